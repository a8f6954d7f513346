#pragma once

#include "model/trace.h"
#include "view/timewarp.h"

#include <QList>

#include <utility>

namespace sockscope {

struct Trace;

// TimeWarp::compact() of a trace that grows while a run records, kept up to date by looking
// only at the events appended since the last extend(): a live view re-sorting every event
// time 30 times a second froze the window at a few hundred thousand events. The warp equals
// TimeWarp::compact() of the trace passed last.
class TimeWarpBuilder
{
public:
    explicit TimeWarpBuilder(double alpha = 0.5);

    // Takes the events of `trace` beyond those taken so far. The taken ones must be unchanged
    // (events are only appended to each run's lists, runs only added): a trace with fewer
    // runs or events than taken, or another time at the last taken event, starts over.
    void extend(const Trace &trace);
    // Forgets every event: the next extend() takes its trace whole.
    void clear();

    const TimeWarp &warp() const { return m_warp; }

private:
    // One run's sends or recvs: how many were taken, and how many of them share the last
    // taken time, of each kind (a batch can end in the middle of an instant).
    struct Lane
    {
        qsizetype taken = 0;
        double lastTime = 0;
        TimeWarp::Slots lastSlots;
    };
    // A time and the calls of one lane at that time. Narrower than (time, Slots): ten million
    // calls are sorted and merged as 24-byte records instead of 56-byte ones.
    struct Instant
    {
        double time = 0;
        qint32 sends = 0;
        qint32 recvs = 0;
        qint32 brief = 0;
        quint8 shelters = 0;
        quint8 inner = 0;

        TimeWarp::Slots toSlots() const { return { sends, recvs, brief, 0, shelters, inner }; }
    };

    bool grewFrom(const Trace &trace) const;
    // One lane's new instants in time order, one at a time: what `take` appends, for a merge
    // that reads every lane at once instead of sorting a list of all of them. A call without
    // bytes (TimelineGeometry::isBrief) gets a slot of its own kind.
    template<typename Event> class Reader;
    template<typename Event>
    void take(const EventList<Event> &events, Lane &lane, QList<Instant> &fresh);
    // Whether every lane's new events are in time order (a hand-edited trace's may not be).
    static bool inOrder(const Trace &trace, const QList<Lane> &lanes);
    // Counts the new instants into the warp; next(instant) gives them in time order.
    template<typename Next> void merge(double firstTime, Next &&next);

    double m_alpha;
    QList<Lane> m_lanes; // sends of run 0, recvs of run 0, sends of run 1, …
    TimeWarp m_warp;
};

} // namespace sockscope
