#pragma once

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace sockscope {

struct TimelineStyle;
struct Trace;

// The key to the picture's marks, drawn with the same shapes and colours as the timeline so
// that an exported image explains itself on a slide. Items flow left to right and wrap.
class TimelineLegend
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TimelineLegend)

public:
    // Which marks the picture has beyond the calls' boxes, each explained only when shown.
    struct Contents
    {
        bool frames = false; // a "decoded messages" lane (TimelineLayout::hasFrameLanes)
        bool wire = false; // a wire lane: packets and ACKs, simulated or captured
        // The marks the picture has. A key that explains marks the picture does not have
        // took rows from the lanes, and told the class to look for what is not there. A run
        // still recording (its messages not yet judged) may get any of them.
        bool messages = true; // boxes coloured by message (not a foreign program's grey calls)
        bool merged = true;
        bool split = true;
        bool truncated = true;
        bool lost = true;
        bool hollow = true; // an empty, EOF or failed call
        bool evidence = true;
        // Whose evidence the unsent/queued marks are: the kernel's (real and observed runs) or
        // the model's (simulated runs), named so that the key never calls a model's number an
        // ioctl's.
        bool kernelEvidence = true;
        bool modelEvidence = false;
        bool badFrames = true;
        // A UDP reader's peeks (MSG_PEEK): only where a run peeked, not in the key before the
        // first run.
        bool peek = false;
        // Lanes drawn per pixel column (too many calls for boxes), and among them a recv lane
        // coloured by messages per recv: what the picture shows at its zoom, so of() leaves
        // them false and whoever knows the view sets them (TimelineRenderer::overview).
        bool columns = false;
        bool mergeScale = false;
        static Contents of(const Trace &trace);
        bool operator==(const Contents &) const = default;
    };

    static double height(double width, const TimelineStyle &style, Contents contents);
    static void paint(QPainter &painter, const QRectF &rect, const TimelineStyle &style,
                      Contents contents);

private:
    enum class Mark {
        Box,
        GreyBox, // calls of a foreign program, whose messages are unknown
        Merged,
        Split,
        Truncated,
        Lost,
        Hollow,
        Evidence,
        Frame,
        BadFrame,
        Wire,
        Peek,
        Columns,
        ColumnAlarm,
        MergeScale
    };
    static double swatchWidth(Mark mark, double line);
    static void paintMark(QPainter &p, Mark mark, const QRectF &r, const TimelineStyle &s);
    // Positions of every item for a given width; height() and paint() share it.
    static double flow(QPainter *painter, const QRectF &rect, const TimelineStyle &style,
                       Contents contents);
};

} // namespace sockscope
