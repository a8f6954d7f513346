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

    // alpha = 1 is linear time, 0 spaces events evenly. TimeWarpBuilder makes the same warp
    // for a trace that grows, looking only at the new events.
    static TimeWarp compact(const Trace &trace, double alpha = 0.5);

    bool isIdentity() const { return m_times.size() < 2; }
    double map(double tNs) const; // time → display time
    double unmap(double u) const; // display time → time (an instant's slots all give it)
    // The rank-th (0-based) event of one lane at exactly tNs; map(tNs) for rank 0, for times
    // that are no event's and on the identity.
    double mapEvent(double tNs, qsizetype rank) const;

    bool operator==(const TimeWarp &) const = default;

private:
    friend class TimeWarpBuilder;

    // Instant i's first slot lies at t0 + alpha (t_i - t0) + slot × (slots before i): stored as
    // counts rather than positions, so that a new event changes only the knots after it, not
    // every position (the equal share changes with each event).
    // The last instant at or before tNs, for m_times.first() <= tNs <= m_times.last().
    qsizetype knotAtOrBefore(double tNs) const;
    double first(qsizetype i) const;
    double last(qsizetype i) const;
    qsizetype slotsAt(qsizetype i) const;

    QList<double> m_times; // distinct event times, ascending
    QList<qsizetype> m_before; // slots of the instants before each one
    qsizetype m_slots = 0; // slots of all instants
    double m_alpha = 1;
    double m_slot = 0; // display time from one slot to the next
};

} // namespace sockscope
