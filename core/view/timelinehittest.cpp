#include "view/timelinehittest.h"

#include "analysis/frameattribution.h"
#include "analysis/runattribution.h"
#include "analysis/segmentlinks.h"
#include "view/framelanegeometry.h"
#include "view/timelinegeometry.h"

#include <algorithm>
#include <cmath>

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
        // A peek selects the datagram it looked at.
        hit.message = run.recvs.get<&RecvEvent::peek>(hit.index)
            ? RunAttribution::peekedMessage(run, hit.index)
            : RunAttribution::messageOfRecv(run, hit.index);
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
    if (lane == TimelineLayout::Lane::Links && !run.segments.isEmpty()) {
        hit.index = segmentAt(run, layout.runs().at(runIndex).links, viewport, style, point);
        if (hit.index < 0)
            return {};
        hit.kind = TimelineHit::Kind::Segment;
        hit.message = SegmentLinks::messageOf(run, hit.index);
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

int TimelineHitTest::segmentAt(const Run &run, const QRectF &lane, const TimelineViewport &viewport,
                               const TimelineStyle &style, const QPointF &point)
{
    // The lines WirePainter draws: data from the top edge (leaving) to the bottom (arriving),
    // ACKs back up.
    const double line = style.lineHeight();
    const double top = lane.top() + 0.15 * line;
    const double bottom = lane.bottom() - 0.15 * line;
    if (bottom <= top || point.y() < lane.top() || point.y() > lane.bottom())
        return -1;
    const double f = std::clamp((point.y() - top) / (bottom - top), 0.0, 1.0);
    const double reach = std::max(4.0, 3 * style.lineWidth);
    qint64 longestFlight = 0;
    for (const Segment &g : run.segments)
        longestFlight = std::max(longestFlight, g.arriveNs - g.tNs);
    const double from = viewport.mapXToTime(point.x() - reach) - double(longestFlight);
    const auto first
        = std::lower_bound(run.segments.cbegin(), run.segments.cend(), from,
                           [](const Segment &g, double t) { return double(g.tNs) < t; });
    int best = -1;
    double bestDistance = reach;
    for (auto it = first; it != run.segments.cend(); ++it) {
        const double x0 = viewport.mapTimeToX(double(it->tNs));
        if (x0 > point.x() + reach)
            break;
        const double x1 = viewport.mapTimeToX(double(it->arriveNs >= 0 ? it->arriveNs : it->tNs));
        const double x = x0 + (x1 - x0) * (it->ack ? 1.0 - f : f);
        // On loopback a packet's ACK leaves microseconds after it, on the same pixel: the
        // packet that carried bytes answers first, an ACK where it stands apart.
        const double distance = std::abs(point.x() - x) + (it->ack ? 1.0 : 0.0);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(it - run.segments.cbegin());
        }
    }
    return best;
}

} // namespace sockscope
