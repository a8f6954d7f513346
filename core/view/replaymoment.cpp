#include "view/replaymoment.h"

#include "view/replaycursor.h"

#include <algorithm>

namespace sockscope {

namespace {

// A program's calls on one socket follow each other, so the calls that returned by nowNs are a
// prefix of the list: the first whose end is after nowNs, by binary search on the columns.
template<typename Event> qsizetype returnedCount(const EventList<Event> &events, qint64 nowNs)
{
    qsizetype from = 0;
    qsizetype to = events.size();
    while (from < to) {
        const qsizetype mid = from + (to - from) / 2;
        if (ReplayMoment::hasReturned(events.template get<&Event::tNs>(mid),
                                      events.template get<&Event::durNs>(mid), nowNs))
            from = mid + 1;
        else
            to = mid;
    }
    return from;
}

template<typename Event>
void addPending(QList<ReplayMoment::Pending> &out, const EventList<Event> &events,
                qsizetype returned, qint64 nowNs, bool send)
{
    for (qsizetype i = returned; i < events.size(); ++i) {
        const qint64 start = events.template get<&Event::tNs>(i);
        if (!ReplayMoment::hasBegun(start, nowNs))
            break;
        out.append({ send, start });
    }
}

template<typename Event> qint64 lastReturn(const EventList<Event> &events)
{
    qint64 end = 0;
    // Calls are in order, but a blocked call may return after a later one began elsewhere:
    // the last few decide.
    for (qsizetype i = std::max<qsizetype>(0, events.size() - 4); i < events.size(); ++i)
        end = std::max(end,
                       events.template get<&Event::tNs>(i)
                           + std::max<qint64>(0, events.template get<&Event::durNs>(i)));
    return end;
}

bool runIsOver(const Run &run, qint64 nowNs)
{
    if (nowNs < run.durationNs || nowNs < lastReturn(run.sends) || nowNs < lastReturn(run.recvs))
        return false;
    return std::all_of(run.segments.cbegin(), run.segments.cend(),
                       [nowNs](const Segment &g) { return std::max(g.tNs, g.arriveNs) <= nowNs; });
}

} // namespace

ReplayMoment::ReplayMoment(const Trace &trace, qint64 nowNs)
    : m_active(true), m_nowNs(nowNs), m_known(at(trace, nowNs))
{
    QList<std::pair<qsizetype, qsizetype>> returned;
    for (const Run &run : trace.runs)
        returned.append({ returnedCount(run.sends, nowNs), returnedCount(run.recvs, nowNs) });
    findPending(trace, returned);
}

void ReplayMoment::update(const Trace &trace, const ReplayCursor &cursor)
{
    if (!m_active || cursor.position() != m_position) {
        m_known = cursor.revealed(trace);
        m_position = cursor.position();
    }
    m_active = true;
    // Before the first step nothing has begun, not even a call at time 0.
    m_nowNs = cursor.atStart() && cursor.timeNs() == 0 ? -1 : cursor.timeNs();
    QList<std::pair<qsizetype, qsizetype>> returned;
    for (int r = 0; r < trace.runs.size(); ++r)
        returned.append({ cursor.revealedCount(r, ReplayCursor::Kind::Send),
                          cursor.revealedCount(r, ReplayCursor::Kind::Recv) });
    findPending(trace, returned);
}

void ReplayMoment::findPending(const Trace &trace,
                               const QList<std::pair<qsizetype, qsizetype>> &returned)
{
    m_pending.clear();
    m_pending.resize(trace.runs.size());
    for (int r = 0; r < trace.runs.size() && r < returned.size(); ++r) {
        const Run &run = trace.runs.at(r);
        addPending(m_pending[r], run.sends, returned.at(r).first, m_nowNs, true);
        addPending(m_pending[r], run.recvs, returned.at(r).second, m_nowNs, false);
    }
}

QList<ReplayMoment::Pending> ReplayMoment::pending(int run) const
{
    return run >= 0 && run < m_pending.size() ? m_pending.at(run) : QList<Pending>{};
}

double ReplayMoment::flight(const Segment &segment, qint64 nowNs)
{
    if (segment.arriveNs < 0 || segment.arriveNs <= segment.tNs)
        return nowNs >= segment.tNs ? 1.0 : 0.0;
    return std::clamp(double(nowNs - segment.tNs) / double(segment.arriveNs - segment.tNs), 0.0,
                      1.0);
}

bool ReplayMoment::isOver(const Trace &trace, qint64 nowNs)
{
    return std::all_of(trace.runs.cbegin(), trace.runs.cend(),
                       [nowNs](const Run &run) { return runIsOver(run, nowNs); });
}

Trace ReplayMoment::at(const Trace &trace, qint64 nowNs)
{
    if (isOver(trace, nowNs))
        return trace;
    Trace out = trace;
    for (Run &run : out.runs) {
        if (runIsOver(run, nowNs))
            continue;
        run.sends.truncate(returnedCount(run.sends, nowNs));
        const qsizetype recvs = returnedCount(run.recvs, nowNs);
        run.recvs.truncate(recvs);
        run.segments.removeIf([nowNs](const Segment &g) { return !hasBegun(g.tNs, nowNs); });
        ReplayCursor::keepSettled(run, recvs);
    }
    return out;
}

} // namespace sockscope
