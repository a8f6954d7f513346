#include "view/bytestreamhittest.h"

#include <algorithm>

namespace sockscope {

namespace {

// How far from an empty call's mark the pointer still hits it, in pixels.
constexpr double kEmptyReach = 4.0;

} // namespace

ByteStreamHit ByteStreamHitTest::hit(const Trace &trace, const QRectF &rect,
                                     const TimelineStyle &style, double viewFrom, double viewTo,
                                     const QPointF &point)
{
    const ByteStreamGeometry geometry(trace, rect, style, viewFrom, viewTo);
    return hit(trace, geometry, point);
}

ByteStreamHit ByteStreamHitTest::hit(const Trace &trace, const ByteStreamGeometry &geometry,
                                     const QPointF &point)
{
    using Row = ByteStreamGeometry::Row;
    for (int run = 0; run < geometry.runs().size(); ++run) {
        const ByteStreamAxis &axis = geometry.axis(run);
        if (point.x() < axis.left() || point.x() > axis.right())
            return {};
        for (Row row : { Row::Sends, Row::Bytes, Row::Recvs, Row::Frames }) {
            const QRectF r = geometry.rowRect(run, row);
            if (r.isEmpty() || point.y() < r.top() || point.y() > r.bottom())
                continue;
            QList<BytePiece> pieces = geometry.pieces(run, row);
            // An empty datagram is a mark on a boundary, a few pixels wide to the pointer: it
            // goes before the boxes it sits between.
            std::stable_partition(pieces.begin(), pieces.end(),
                                  [](const BytePiece &p) { return p.empty; });
            for (const BytePiece &p : pieces) {
                double x0 = axis.x(p.from);
                double x1 = std::max(axis.x(std::max(p.to, p.cutTo)), x0 + 1);
                if (p.empty) {
                    x0 -= kEmptyReach;
                    x1 = x0 + 2 * kEmptyReach;
                }
                if (point.x() < x0 || point.x() >= x1)
                    continue;
                ByteStreamHit h;
                h.run = run;
                h.index = p.index;
                h.count = p.count;
                h.lost = p.lost;
                h.message = p.message;
                const Run &data = trace.runs.at(run);
                // A TCP call holds the bytes of every message it spans: the one under the point.
                if (data.protocol == Protocol::Tcp && !p.aggregated()
                    && (row == Row::Sends || row == Row::Recvs)) {
                    const int m = ByteStreamGeometry::messageAt(geometry.starts(run),
                                                                axis.offset(point.x()));
                    if (m >= 0)
                        h.message = m;
                }
                switch (row) {
                case Row::Sends:
                    h.kind = ByteStreamHit::Kind::Send;
                    break;
                case Row::Bytes: {
                    // One-sided runs know no messages: their bar is the frames, or only bytes.
                    const bool known = !geometry.starts(run).isEmpty();
                    h.kind = known               ? ByteStreamHit::Kind::Message
                        : !data.frames.isEmpty() ? ByteStreamHit::Kind::Frame
                                                 : ByteStreamHit::Kind::None;
                    break;
                }
                case Row::Recvs:
                    h.kind = ByteStreamHit::Kind::Recv;
                    break;
                case Row::Frames:
                    h.kind = ByteStreamHit::Kind::Frame;
                    break;
                }
                if (h.kind == ByteStreamHit::Kind::None)
                    return {};
                return h;
            }
            return {};
        }
    }
    return {};
}

} // namespace sockscope
