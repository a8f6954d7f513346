#pragma once

#include <QList>

namespace sockscope {

struct Trace;

// A monotone, piecewise-linear map from time to "display time". The identity by default. The
// compact warp gives every gap between events a share of the width that is half proportional
// to its length and half equal for all, so that calls a microsecond apart get readable boxes
// while a 40 ms stall still looks longer than a 1 ms one. Outside the knots it has slope 1.
class TimeWarp
{
public:
    TimeWarp() = default;

    // alpha = 1 is linear time, 0 spaces events evenly.
    static TimeWarp compact(const Trace &trace, double alpha = 0.5);

    bool isIdentity() const { return m_times.size() < 2; }
    double map(double tNs) const;     // time → display time
    double unmap(double u) const;     // display time → time

    bool operator==(const TimeWarp &) const = default;

private:
    static double interpolate(const QList<double> &from, const QList<double> &to, double v);

    QList<double> m_times;  // ascending
    QList<double> m_display; // ascending, same size
};

} // namespace sockscope
