#include "view/framelanegeometry.h"

#include "analysis/frameattribution.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sockscope {

FrameLaneGeometry::FrameLaneGeometry(const TimelineGeometry &geometry, const Run &run, int runIndex)
    : m_g(geometry), m_run(run), m_index(runIndex),
      m_lanes(runIndex >= 0 && runIndex < geometry.layout().runs().size()
                  ? geometry.layout().runs().at(runIndex)
                  : TimelineLayout::RunLanes{})
{ }

template<typename Predicate> int FrameLaneGeometry::firstFrame(Predicate reached, int from) const
{
    // Lefts and rights both grow with the index (stream order maps onto time order). Frames
    // whose recvs the trace does not hold come last (a capped recording) and count as far right.
    int lo = from;
    int hi = int(m_run.frames.size());
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const QRectF b = frameBox(mid);
        if (b.isNull() || reached(b))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

QList<FrameLaneGeometry::Bracket> FrameLaneGeometry::brackets(int frame) const
{
    QList<Bracket> out;
    for (const FrameSpan &span : FrameAttribution::spans(m_run, frame)) {
        const QRectF box = m_g.recvBox(m_run, m_index, span.recv);
        out.append(Bracket{ span.recv, box.left() + box.width() * span.recvFrom,
                            box.left() + box.width() * span.recvTo });
    }
    return out;
}

FrameLaneGeometry::Pieces FrameLaneGeometry::pieces(int recv) const
{
    const RecvEvent &r = m_run.recvs.at(recv);
    const qint64 end = r.offset + std::max<qint64>(r.bytes, 0);
    const auto first = std::lower_bound(
        m_run.frames.cbegin(), m_run.frames.cend(), r.offset,
        [](const Frame &f, qint64 offset) { return f.offset + f.length <= offset; });
    const auto last
        = std::lower_bound(first, m_run.frames.cend(), std::max(end, r.offset + 1),
                           [](const Frame &f, qint64 offset) { return f.offset < offset; });
    Pieces p;
    p.frames = int(last - first);
    // Past a few dozen frames per recv the lane is drawn as column marks anyway: plain
    // proportions then, so that a recv holding 100,000 tiny frames costs nothing extra.
    if (p.frames > kMaxCompactPieces || r.bytes <= 0)
        return p;
    p.bounds.append(r.offset);
    for (auto f = first; f != last; ++f) {
        for (const qint64 b : { f->offset, f->offset + f->length }) {
            if (b > p.bounds.last() && b < end)
                p.bounds.append(b);
        }
    }
    p.bounds.append(end);
    return p;
}

double FrameLaneGeometry::fractionAt(int recv, const Pieces &p, qint64 offset) const
{
    const RecvEvent &r = m_run.recvs.at(recv);
    if (r.bytes <= 0)
        return 0.0;
    const qint64 at = std::clamp(offset - r.offset, qint64(0), r.bytes) + r.offset;
    if (p.bounds.size() < 2)
        return double(at - r.offset) / double(r.bytes);
    // Partly by bytes, mostly an equal share per piece (like TimeWarp::compact for time): a 4-byte
    // message next to a 3000-byte one still gets a box wide enough to read.
    const int n = int(p.bounds.size() - 1);
    double x = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 a = p.bounds.at(i);
        const qint64 b = p.bounds.at(i + 1);
        const double share = 0.3 * double(b - a) / double(r.bytes) + 0.7 / n;
        if (at >= b) {
            x += share;
            continue;
        }
        return x + share * double(at - a) / double(std::max<qint64>(1, b - a));
    }
    return 1.0;
}

double FrameLaneGeometry::spreadRight(int recv, const Pieces &p) const
{
    // A recv box is at most maxBoxWidth() wide, too narrow for five messages' labels side by
    // side; the room up to the next recv is free, so the frames of a recv spread into it
    // (the brackets still sit on the recv's real bytes, the lines fan out to the boxes).
    const QRectF box = m_g.recvBox(m_run, m_index, recv);
    const double wanted = box.left() + double(p.frames) * 0.6 * m_g.layout().maxBoxWidth();
    const double next = recv + 1 < m_run.recvs.size()
        ? m_g.recvBox(m_run, m_index, recv + 1).left() - m_g.layout().minBoxWidth()
        : std::numeric_limits<double>::infinity();
    return std::max(box.right(), std::min(wanted, next));
}

bool FrameLaneGeometry::naturalSpan(int frame, double *x0, double *x1) const
{
    const QList<int> &recvs = m_run.frames.at(frame).recvs;
    // Only the first and the last recv matter: the spans in between lie inside.
    int first = -1;
    int last = -1;
    for (int id : recvs) {
        if (id >= 0 && id < m_run.recvs.size()) {
            first = first < 0 ? id : first;
            last = id;
        }
    }
    if (first < 0)
        return false;
    const Frame &f = m_run.frames.at(frame);
    auto at = [&](int recv, qint64 offset) {
        const Pieces p = pieces(recv);
        const double left = m_g.recvBox(m_run, m_index, recv).left();
        return left + (spreadRight(recv, p) - left) * fractionAt(recv, p, offset);
    };
    *x0 = at(first, f.offset);
    *x1 = at(last, f.offset + f.length);
    return true;
}

QRectF FrameLaneGeometry::frameBox(int frame) const
{
    double x0 = 0;
    double x1 = 0;
    if (!hasLane() || !naturalSpan(frame, &x0, &x1))
        return {};
    const double width = std::max(x1 - x0, m_g.layout().minBoxWidth());
    const double pad = std::round(m_lanes.frames.height() * 0.08);
    return { x0, m_lanes.frames.top() + pad, width, m_lanes.frames.height() - 2 * pad };
}

TimelineGeometry::Range FrameLaneGeometry::visibleFrames() const
{
    if (!hasLane())
        return {};
    const QRectF plot = m_g.layout().plot();
    const int begin = firstFrame([&](const QRectF &b) { return b.right() >= plot.left(); });
    const double limit = plot.right() + m_g.layout().maxBoxWidth();
    const int end = firstFrame([&](const QRectF &b) { return b.left() > limit; }, begin);
    return TimelineGeometry::Range{ begin, end };
}

bool FrameLaneGeometry::isDense() const
{
    const TimelineGeometry::Range range = visibleFrames();
    if (m_g.layout().isDense(range.count()))
        return true;
    // Few frames, but squeezed under narrow recv boxes (linear time, zoomed out): boxes of the
    // minimum width would pile up and hide each other.
    int thin = 0;
    for (int i = range.begin; i < range.end; ++i) {
        double x0 = 0;
        double x1 = 0;
        if (naturalSpan(i, &x0, &x1) && x1 - x0 < 1.0)
            ++thin;
    }
    return thin > 1 && 2 * qsizetype(thin) > range.count();
}

int FrameLaneGeometry::frameAt(double x) const
{
    const TimelineGeometry::Range range = visibleFrames();
    if (range.count() == 0)
        return -1;
    if (isDense()) {
        // Column marks are a pixel wide: accept the nearest frame within a small reach.
        constexpr double reach = 4.0;
        int best = -1;
        double bestDistance = reach;
        const int first
            = firstFrame([&](const QRectF &b) { return b.left() >= x - reach - 1; }, range.begin);
        for (int i = first; i < range.end; ++i) {
            const QRectF b = frameBox(i);
            if (b.isNull() || b.left() > x + reach + 1)
                break;
            const double d = std::abs(std::floor(b.left()) + 0.5 - x);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
    // The last box starting at or before x; a later box is drawn on top of an earlier one.
    const int after = firstFrame([&](const QRectF &b) { return b.left() > x; }, range.begin);
    if (after == range.begin)
        return -1;
    const QRectF b = frameBox(after - 1);
    return x <= b.right() ? after - 1 : -1;
}

} // namespace sockscope
