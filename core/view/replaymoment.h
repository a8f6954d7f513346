#pragma once

#include "model/trace.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace sockscope {

class ReplayCursor;

// What replay may show at one moment: the one rule every painter, the hit test and the
// selection follow, so that a teacher narrating over replay never shows the future.
//
// A call is known whole once it has returned (tNs + durNs <= now): its size, its contents, the
// links to it, the kernel evidence measured around it. A call that has begun but not returned is
// in progress: only where it began is known. A packet is on the wire from when it leaves; it is
// drawn as far as it got. A frame is decoded when the recv that completes it has returned; a
// message's fate is known when all its recvs have returned, and "lost" only when its run ended.
class ReplayMoment
{
public:
    // A send() or recv() that has begun and not yet returned.
    struct Pending
    {
        bool send = false;
        qint64 startNs = 0;
    };

    // Not replaying: everything is known.
    ReplayMoment() = default;
    // At a time (an export of one replay moment).
    ReplayMoment(const Trace &trace, qint64 nowNs);
    // Where cursor stands: what it revealed (call by call, the steps the teacher takes) and, at
    // its time, the calls in progress and packets in flight. known() is made again only when
    // the cursor's position changed: playing moves the time every frame, and copying a big
    // trace is not free.
    void update(const Trace &trace, const ReplayCursor &cursor);

    bool isActive() const { return m_active; }
    qint64 nowNs() const { return m_nowNs; }
    // The trace as known now: only calls that returned, packets that left, settled fates and
    // frames; every run stays (the layout keeps its place). The whole trace when nothing is
    // left to happen.
    const Trace &known() const { return m_known; }
    // Calls of run in progress now (at most one per lane for a program's one thread).
    QList<Pending> pending(int run) const;

    static bool hasBegun(qint64 startNs, qint64 nowNs) { return startNs <= nowNs; }
    static bool hasReturned(qint64 startNs, qint64 durNs, qint64 nowNs)
    {
        return startNs + std::max<qint64>(durNs, 0) <= nowNs;
    }
    // How far a packet that has left has flown at nowNs: 0 leaving … 1 arrived. A lost packet
    // has no arrival and counts as arrived where it is drawn to stop.
    static double flight(const Segment &segment, qint64 nowNs);
    // True when nothing in trace happens after nowNs: replay then shows the trace as recorded.
    static bool isOver(const Trace &trace, qint64 nowNs);
    // The trace as known at nowNs (see known()).
    static Trace at(const Trace &trace, qint64 nowNs);

private:
    // returned: per run, how many sends and recvs have returned (a prefix of each list).
    void findPending(const Trace &trace, const QList<std::pair<qsizetype, qsizetype>> &returned);

    int m_position = -1; // the cursor position known() was made for
    bool m_active = false;
    qint64 m_nowNs = 0;
    Trace m_known;
    QList<QList<Pending>> m_pending; // per run
};

} // namespace sockscope
