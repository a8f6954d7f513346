#pragma once

#include <QList>

namespace sockscope {

struct Trace;

// A monotone, piecewise-linear map from time to "display time". The identity by default. The
// compact warp gives every gap between events a share of the width that is half proportional
// to its length and half equal for all, so that calls a microsecond apart get readable boxes
// while a 40 ms stall still looks longer than a 1 ms one. Outside the knots it has slope 1.
//
// Calls at the very same instant (the simulator's calls take no time: 40 back-to-back send()s
// share one timestamp) count as gaps of length zero: each gets the equal share only, so an
// instant holding k calls of one lane is a short stretch of k slots rather than one point.
// map() gives the first slot; mapEvent() the slot of the rank-th call at that instant.
class TimeWarp
{
public:
    TimeWarp() = default;

    // alpha = 1 is linear time, 0 spaces events evenly.
    static TimeWarp compact(const Trace &trace, double alpha = 0.5);

    bool isIdentity() const { return m_times.size() < 2; }
    double map(double tNs) const;     // time → display time
    double unmap(double u) const;     // display time → time (an instant's slots all give it)
    // The rank-th (0-based) event of one lane at exactly tNs; map(tNs) for rank 0, for times
    // that are no event's and on the identity.
    double mapEvent(double tNs, qsizetype rank) const;

    bool operator==(const TimeWarp &) const = default;

private:
    QList<double> m_times; // distinct event times, ascending
    QList<double> m_first; // display time of each instant's first slot
    QList<double> m_last;  // … and of its last slot (= m_first when it holds one event)
    double m_slot = 0;     // display time from one slot to the next
};

} // namespace sockscope
