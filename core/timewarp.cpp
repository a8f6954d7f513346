#include "timewarp.h"

#include "timelinegeometry.h"
#include "trace.h"

#include <algorithm>

namespace sockscope {

TimeWarp TimeWarp::compact(const Trace &trace, double alpha)
{
    QList<double> times;
    for (const Run &run : trace.runs) {
        // Only call starts (sends) and returns (recvs) are knots: a knot at the end of every
        // send would give each microsecond-long call an even share, as wide as a real pause.
        for (const SendEvent &s : run.sends)
            times.append(TimelineGeometry::time(s));
        for (const RecvEvent &r : run.recvs)
            times.append(TimelineGeometry::time(r));
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    TimeWarp warp;
    if (times.size() < 2)
        return warp;
    alpha = std::clamp(alpha, 0.0, 1.0);
    const double total = times.last() - times.first();
    const double even = total / double(times.size() - 1);
    warp.m_times = times;
    warp.m_display.reserve(times.size());
    double u = times.first();
    warp.m_display.append(u);
    for (qsizetype i = 1; i < times.size(); ++i) {
        u += alpha * (times.at(i) - times.at(i - 1)) + (1 - alpha) * even;
        warp.m_display.append(u);
    }
    return warp;
}

double TimeWarp::map(double tNs) const
{
    return isIdentity() ? tNs : interpolate(m_times, m_display, tNs);
}

double TimeWarp::unmap(double u) const
{
    return isIdentity() ? u : interpolate(m_display, m_times, u);
}

double TimeWarp::interpolate(const QList<double> &from, const QList<double> &to, double v)
{
    if (v <= from.first())
        return to.first() + (v - from.first());
    if (v >= from.last())
        return to.last() + (v - from.last());
    const auto it = std::upper_bound(from.cbegin(), from.cend(), v);
    const qsizetype i = it - from.cbegin();
    const double f0 = from.at(i - 1);
    const double f1 = from.at(i);
    const double t = f1 > f0 ? (v - f0) / (f1 - f0) : 0.0;
    return to.at(i - 1) + t * (to.at(i) - to.at(i - 1));
}

} // namespace sockscope
