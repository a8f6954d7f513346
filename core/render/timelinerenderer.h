#pragma once

#include "model/trace.h"
#include "view/timelineselection.h"
#include "view/timelinestyle.h"
#include "view/timelineviewport.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace sockscope {

class ReplayMoment;
class TimelineLayout;

// Paints a trace onto any QPainter: the widget, a QImage, an SVG or a PDF page, so that the GUI
// and `sockscope run --png` draw the same picture. All runs share one
// time axis, stacked, each with a send() lane over a recv() lane and links between them; this
// class draws the axis and stacks the runs, RunPainter paints each. During replay, trace is
// replay->known() and the calls in progress and packets in flight come from replay.
//
// Cost is bounded by pixels, not events: only events in view are visited, and lanes with more
// events than fit as boxes are drawn as per-pixel-column marks (10 M events in a few
// milliseconds that way) that keep lost and truncated datagrams visible.
class TimelineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TimelineRenderer)

public:
    static void paint(QPainter &painter, const QRect &rect, const Trace &trace,
                      const TimelineViewport &viewport, const TimelineStyle &style,
                      const TimelineSelection &selection = {},
                      const ReplayMoment *replay = nullptr);

    // The time axis again at y = top, over what paint() drew there: a tall figure scrolled in
    // its window keeps its axis in view. Nothing when the axis is below top already.
    static void paintPinnedAxis(QPainter &painter, const QRect &rect, const Trace &trace,
                                const TimelineViewport &viewport, const TimelineStyle &style,
                                double top);

    // The first call of any run (connecting comes before it).
    static double traceStartNs(const Trace &trace);
    // The latest moment any run recorded.
    static double traceEndNs(const Trace &trace);
    // A viewport showing the whole trace in rect, with room on the right for the last box.
    static TimelineViewport fittedViewport(const Trace &trace, const QRectF &rect,
                                           const TimelineStyle &style, const TimeWarp &warp = {});
    // Bounds for a viewport over layout: the trace's extent plus the last box's width.
    static void setBounds(TimelineViewport &viewport, const Trace &trace,
                          const TimelineLayout &layout);

    static double naturalHeight(const Trace &trace, const TimelineStyle &style);

    // Which per-pixel-column marks paint() would draw with these arguments, for the legend:
    // any lane drawn per column, and a recv lane per column whose messages are known (coloured
    // by messages per recv, MergeScale).
    struct Overview
    {
        bool columns = false;
        bool messages = false;
    };
    static Overview overview(const QRect &rect, const Trace &trace,
                             const TimelineViewport &viewport, const TimelineStyle &style);
};

} // namespace sockscope
