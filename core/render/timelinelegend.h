#pragma once

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace sockscope {

struct TimelineStyle;

// The key to the picture's marks, drawn with the same shapes and colours as the timeline so
// that an exported image explains itself on a slide. Items flow left to right and wrap.
class TimelineLegend
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TimelineLegend)

public:
    // frames: the picture has a "decoded messages" lane (TimelineLayout::hasFrameLanes), whose
    // marks are explained too.
    static double height(double width, const TimelineStyle &style, bool frames = false);
    static void paint(QPainter &painter, const QRectF &rect, const TimelineStyle &style,
                      bool frames = false);

private:
    enum class Mark { Box, Merged, Split, Truncated, Lost, Hollow, Evidence, Frame, BadFrame };
    static void paintMark(QPainter &p, Mark mark, const QRectF &r, const TimelineStyle &s);
    // Positions of every item for a given width; height() and paint() share it.
    static double flow(QPainter *painter, const QRectF &rect, const TimelineStyle &style,
                       bool frames);
};

} // namespace sockscope
