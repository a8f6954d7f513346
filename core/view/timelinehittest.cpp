#include "view/timelinehittest.h"

#include "analysis/frameattribution.h"
#include "analysis/runattribution.h"
#include "view/framelanegeometry.h"
#include "view/timelinegeometry.h"

namespace sockscope {

TimelineHit TimelineHitTest::hit(const Trace &trace, const QRectF &rect,
                                 const TimelineViewport &viewport, const TimelineStyle &style,
                                 const QPointF &point)
{
    const TimelineLayout layout(rect, trace, style);
    const TimelineGeometry geometry(layout, viewport);
    int runIndex = -1;
    const TimelineLayout::Lane lane = layout.laneAt(point, &runIndex);
    if (runIndex < 0 || point.x() < layout.plot().left())
        return {};
    const Run &run = trace.runs.at(runIndex);

    TimelineHit hit;
    hit.run = runIndex;
    if (lane == TimelineLayout::Lane::Sends || lane == TimelineLayout::Lane::Unsent) {
        hit.index = geometry.sendAt(run, point.x());
        if (hit.index < 0)
            return {};
        hit.kind = TimelineHit::Kind::Send;
        hit.message = run.sends.at(hit.index).message;
        return hit;
    }
    if (lane == TimelineLayout::Lane::Recvs || lane == TimelineLayout::Lane::Queued) {
        hit.index = geometry.recvAt(run, point.x());
        if (hit.index < 0)
            return {};
        hit.kind = TimelineHit::Kind::Recv;
        hit.message = RunAttribution::messageOfRecv(run, hit.index);
        // A merged recv holds several messages side by side: pick the band under the point.
        const QRectF box = geometry.recvBox(run, runIndex, hit.index);
        const RecvEvent &r = run.recvs.at(hit.index);
        double kept = 1.0;
        if (r.truncated && r.datagramSize && *r.datagramSize > 0)
            kept = double(r.bytes) / double(*r.datagramSize);
        const double f = box.width() > 0 ? (point.x() - box.left()) / (box.width() * kept) : 0.0;
        for (const ByteSpan &span : RunAttribution::ofRecv(run, hit.index)) {
            if (f >= span.recvFrom && f <= span.recvTo) {
                hit.message = span.message;
                break;
            }
        }
        return hit;
    }
    if (lane == TimelineLayout::Lane::Frames || lane == TimelineLayout::Lane::FrameLinks) {
        hit.index = FrameLaneGeometry(geometry, run, runIndex).frameAt(point.x());
        if (hit.index < 0)
            return {};
        hit.kind = TimelineHit::Kind::Frame;
        hit.message = FrameAttribution::messageOf(run, hit.index);
        return hit;
    }
    return {};
}

} // namespace sockscope
