#pragma once

#include "view/timelinegeometry.h"

#include <QList>
#include <QRectF>

namespace sockscope {

// Where a run's decoded frames are drawn. A frame's box lies under the bytes it was assembled
// from: it starts below its first byte in the first recv box and ends below its last byte in
// the last one, so five messages merged into one recv become five boxes side by side under it,
// and a message split over three recvs becomes one box spanning them. A recv's bytes are spread
// over its box and the free room after it (up to the next recv), so the messages get room for
// their labels, and within a recv every message gets 30 % of its share by bytes and 70 % an equal
// share, so a 4-byte message beside a 3000-byte one stays readable. The brackets stay on the
// recv's real bytes. Boxes therefore follow
// stream order left to right, which makes visibility and picking binary searches. Shared by
// the renderer and the hit test, like TimelineGeometry.
class FrameLaneGeometry
{
public:
    // The part of one recv box a frame's bytes occupy (the bracket drawn above the frame).
    struct Bracket
    {
        int recv = -1;
        double x0 = 0;
        double x1 = 0;
    };

    FrameLaneGeometry(const TimelineGeometry &geometry, const Run &run, int runIndex);

    bool hasLane() const { return m_lanes.hasFrames(); }
    QRectF lane() const { return m_lanes.frames; }
    QRectF linkBand() const { return m_lanes.frameLinks; }

    // A null rect when none of the frame's recvs is in the trace.
    QRectF frameBox(int frame) const;
    QList<Bracket> brackets(int frame) const;

    TimelineGeometry::Range visibleFrames() const;
    // Too many frames, or frames too thin, for boxes: per-pixel-column marks instead.
    bool isDense() const;
    // The frame under x, as drawn (boxes, or in a dense lane the nearest mark); -1 if none.
    int frameAt(double x) const;

private:
    // A recv's bytes cut at the frame boundaries inside it; no bounds past kMaxCompactPieces.
    struct Pieces
    {
        int frames = 0; // frames with bytes in the recv
        QList<qint64> bounds; // stream offsets: the recv's start, frame boundaries, its end
    };
    static constexpr int kMaxCompactPieces = 64;
    Pieces pieces(int recv) const;
    // Where offset lies across the recv's part of the frames lane, 0..1.
    double fractionAt(int recv, const Pieces &pieces, qint64 offset) const;
    // Where a recv's bytes end in the frames lane: its box, widened into the free room after it.
    double spreadRight(int recv, const Pieces &pieces) const;
    // The box's horizontal extent before the minimum width is applied.
    bool naturalSpan(int frame, double *x0, double *x1) const;
    // The first frame from `from` on whose box has reached(box); frames.size() if none.
    template<typename Predicate> int firstFrame(Predicate reached, int from = 0) const;

    const TimelineGeometry &m_g;
    const Run &m_run;
    int m_index;
    TimelineLayout::RunLanes m_lanes;
};

} // namespace sockscope
