#pragma once

#include "model/trace.h"
#include "view/timelinestyle.h"
#include "view/timelineviewport.h"

#include <QPointF>
#include <QRectF>

namespace sockscope {

struct TimelineHit
{
    enum class Kind { None, Send, Recv, Frame, Segment };
    Kind kind = Kind::None;
    int run = -1;
    int index = -1; // into run.sends, run.recvs, run.frames or run.segments
    int message = -1; // the message under the point (a merged recv holds several); for a
                      // frame, FrameAttribution::messageOf()

    bool operator==(const TimelineHit &) const = default;
};

// What lies under a point of a picture painted by TimelineRenderer with the same rect, viewport
// and style. The evidence lanes answer for the call they describe; the brackets above a frame
// answer for the frame.
class TimelineHitTest
{
public:
    static TimelineHit hit(const Trace &trace, const QRectF &rect, const TimelineViewport &viewport,
                           const TimelineStyle &style, const QPointF &point);
    // The packet of run's wire lane whose line passes nearest the point (within a few pixels),
    // as WirePainter draws it in lane; -1 if none.
    static int segmentAt(const Run &run, const QRectF &lane, const TimelineViewport &viewport,
                         const TimelineStyle &style, const QPointF &point);
};

} // namespace sockscope
