#include "view/timewarp.h"

#include "view/timewarpbuilder.h"

#include <algorithm>

namespace sockscope {

TimeWarp TimeWarp::compact(const Trace &trace, double alpha)
{
    TimeWarpBuilder builder(alpha);
    builder.extend(trace);
    return builder.warp();
}

double TimeWarp::first(qsizetype i) const
{
    const double t0 = m_times.first();
    return t0 + m_alpha * (m_times.at(i) - t0) + m_slot * double(m_before.at(i));
}

qsizetype TimeWarp::slotsAt(qsizetype i) const
{
    return (i + 1 < m_before.size() ? m_before.at(i + 1) : m_slots) - m_before.at(i);
}

double TimeWarp::last(qsizetype i) const
{
    return first(i) + double(slotsAt(i) - 1) * m_slot;
}

qsizetype TimeWarp::knotAtOrBefore(double tNs) const
{
    // A renderer maps the calls of a lane in time order, so the knot is nearly always near the
    // one found last: a search that starts there and gallops (steps 1, 2, 4, …) costs
    // O(log distance) per call instead of a binary search over a million knots, which was
    // most of a live frame. The hint only decides where to look first, never the answer.
    thread_local qsizetype hint = 0;
    const qsizetype n = m_times.size();
    qsizetype lo = std::clamp<qsizetype>(hint, 0, n - 1);
    qsizetype hi = lo;
    if (m_times.at(lo) <= tNs) {
        for (qsizetype step = 1; hi < n && m_times.at(hi) <= tNs; step *= 2) {
            lo = hi;
            hi = lo + step;
        }
        hi = std::min(hi, n);
    } else {
        for (qsizetype step = 1; lo > 0 && m_times.at(lo) > tNs; step *= 2) {
            hi = lo;
            lo = std::max<qsizetype>(0, lo - step);
        }
    }
    // m_times[lo] <= tNs, and tNs < m_times[hi] unless hi == n.
    hint = std::upper_bound(m_times.cbegin() + lo, m_times.cbegin() + hi, tNs) - m_times.cbegin()
        - 1;
    return hint;
}

double TimeWarp::map(double tNs) const
{
    if (isIdentity())
        return tNs;
    if (tNs < m_times.first())
        return first(0) + (tNs - m_times.first());
    if (tNs > m_times.last())
        return last(m_times.size() - 1) + (tNs - m_times.last());
    // m_times[i] <= tNs < m_times[i + 1], or tNs is the last instant.
    const qsizetype i = knotAtOrBefore(tNs);
    if (tNs == m_times.at(i))
        return first(i);
    const double f = (tNs - m_times.at(i)) / (m_times.at(i + 1) - m_times.at(i));
    const double from = last(i);
    return from + f * (first(i + 1) - from);
}

double TimeWarp::mapEvent(double tNs, qsizetype rank) const
{
    if (isIdentity() || rank <= 0 || tNs < m_times.first() || tNs > m_times.last())
        return map(tNs);
    const qsizetype i = knotAtOrBefore(tNs);
    if (m_times.at(i) != tNs)
        return map(tNs);
    return first(i) + double(std::min(rank, slotsAt(i) - 1)) * m_slot;
}

double TimeWarp::unmap(double u) const
{
    if (isIdentity())
        return u;
    const qsizetype n = m_times.size();
    if (u < first(0))
        return m_times.first() + (u - first(0));
    if (u > last(n - 1))
        return m_times.last() + (u - last(n - 1));
    // first(i) <= u < first(i + 1): on instant i's slots, or in the gap after them. first() is
    // increasing, so binary search over the instants 1..n-1: i is how many of them start at or
    // before u.
    // (A plain loop: clang 14 cannot compile libstdc++ 12's <ranges>, and the sanitizer builds
    // use clang.)
    qsizetype lo = 1;
    qsizetype hi = n;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (first(mid) <= u)
            lo = mid + 1;
        else
            hi = mid;
    }
    const qsizetype i = lo - 1;
    if (u <= last(i) || i + 1 == n)
        return m_times.at(i);
    const double from = last(i);
    const double gap = first(i + 1) - from;
    const double f = gap > 0 ? (u - from) / gap : 0.0;
    return m_times.at(i) + f * (m_times.at(i + 1) - m_times.at(i));
}

} // namespace sockscope
