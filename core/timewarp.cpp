#include "timewarp.h"

#include "timelinegeometry.h"
#include "trace.h"

#include <algorithm>
#include <utility>

namespace sockscope {

namespace {

// (time, calls at that time) for one lane, whose events are in time order.
template<typename Event>
void countInstants(const QList<Event> &events, QList<std::pair<double, qsizetype>> &out)
{
    for (qsizetype i = 0; i < events.size();) {
        const double t = TimelineGeometry::time(events.at(i));
        qsizetype j = i + 1;
        while (j < events.size() && TimelineGeometry::time(events.at(j)) == t)
            ++j;
        out.append({t, j - i});
        i = j;
    }
}

} // namespace

TimeWarp TimeWarp::compact(const Trace &trace, double alpha)
{
    // Only call starts (sends) and returns (recvs) are knots: a knot at the end of every
    // send would give each microsecond-long call an even share, as wide as a real pause.
    QList<std::pair<double, qsizetype>> instants;
    for (const Run &run : trace.runs) {
        countInstants(run.sends, instants);
        countInstants(run.recvs, instants);
    }
    std::sort(instants.begin(), instants.end());
    // Lanes are drawn apart, so an instant needs as many slots as its busiest lane has calls.
    QList<double> times;
    QList<qsizetype> perInstant;
    qsizetype totalSlots = 0;
    for (const auto &[t, count] : instants) {
        if (times.isEmpty() || times.last() != t) {
            times.append(t);
            perInstant.append(0);
        }
        totalSlots += std::max(count, perInstant.last()) - perInstant.last();
        perInstant.last() = std::max(count, perInstant.last());
    }
    TimeWarp warp;
    if (times.size() < 2)
        return warp;
    alpha = std::clamp(alpha, 0.0, 1.0);
    const double total = times.last() - times.first();
    const double even = total / double(totalSlots - 1);
    warp.m_slot = (1 - alpha) * even;
    warp.m_times = times;
    warp.m_first.reserve(times.size());
    warp.m_last.reserve(times.size());
    double u = times.first();
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (i > 0)
            u += alpha * (times.at(i) - times.at(i - 1)) + (1 - alpha) * even;
        warp.m_first.append(u);
        u += double(perInstant.at(i) - 1) * warp.m_slot;
        warp.m_last.append(u);
    }
    return warp;
}

double TimeWarp::map(double tNs) const
{
    if (isIdentity())
        return tNs;
    if (tNs < m_times.first())
        return m_first.first() + (tNs - m_times.first());
    if (tNs > m_times.last())
        return m_last.last() + (tNs - m_times.last());
    // m_times[i] <= tNs < m_times[i + 1], or tNs is the last instant.
    const qsizetype i = std::upper_bound(m_times.cbegin(), m_times.cend(), tNs) - m_times.cbegin() - 1;
    if (tNs == m_times.at(i))
        return m_first.at(i);
    const double f = (tNs - m_times.at(i)) / (m_times.at(i + 1) - m_times.at(i));
    return m_last.at(i) + f * (m_first.at(i + 1) - m_last.at(i));
}

double TimeWarp::mapEvent(double tNs, qsizetype rank) const
{
    if (isIdentity() || rank <= 0)
        return map(tNs);
    const auto it = std::lower_bound(m_times.cbegin(), m_times.cend(), tNs);
    if (it == m_times.cend() || *it != tNs)
        return map(tNs);
    const qsizetype i = it - m_times.cbegin();
    return std::min(m_first.at(i) + double(rank) * m_slot, m_last.at(i));
}

double TimeWarp::unmap(double u) const
{
    if (isIdentity())
        return u;
    if (u < m_first.first())
        return m_times.first() + (u - m_first.first());
    if (u > m_last.last())
        return m_times.last() + (u - m_last.last());
    // m_first[i] <= u < m_first[i + 1]: on instant i's slots, or in the gap after them.
    const qsizetype i = std::upper_bound(m_first.cbegin(), m_first.cend(), u) - m_first.cbegin() - 1;
    if (u <= m_last.at(i) || i + 1 == m_times.size())
        return m_times.at(i);
    const double gap = m_first.at(i + 1) - m_last.at(i);
    const double f = gap > 0 ? (u - m_last.at(i)) / gap : 0.0;
    return m_times.at(i) + f * (m_times.at(i + 1) - m_times.at(i));
}

} // namespace sockscope
