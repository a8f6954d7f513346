#include "view/replaycursor.h"

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

template<typename Event> qint64 returnNs(const EventList<Event> &events, int i)
{
    return events.template get<&Event::tNs>(i)
        + std::max<qint64>(0, events.template get<&Event::durNs>(i));
}

} // namespace

ReplayCursor::ReplayCursor(const Trace &trace)
{
    size_t total = 0;
    for (const Run &run : trace.runs)
        total += size_t(run.sends.size() + run.recvs.size() + run.segments.size());
    m_events.reserve(total);
    m_revealed.assign(size_t(trace.runs.size()), { 0, 0, 0 });
    for (int r = 0; r < trace.runs.size(); ++r) {
        const Run &run = trace.runs[r];
        // A call is an event when it returns: only then is it known whole (ReplayMoment).
        for (int i = 0; i < run.sends.size(); ++i)
            m_events.push_back({ returnNs(run.sends, i), r, Kind::Send, i });
        for (int i = 0; i < run.recvs.size(); ++i)
            m_events.push_back({ returnNs(run.recvs, i), r, Kind::Recv, i });
        for (int i = 0; i < run.segments.size(); ++i)
            m_events.push_back({ run.segments[i].tNs, r, Kind::Segment, i });
        m_endNs = std::max(m_endNs, run.durationNs);
    }
    // Stable: events at the same instant keep run, kind and call order.
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.tNs < b.tNs; });
    m_rank.resize(size_t(trace.runs.size()));
    for (int r = 0; r < trace.runs.size(); ++r) {
        const Run &run = trace.runs[r];
        m_rank[size_t(r)][0].resize(size_t(run.sends.size()));
        m_rank[size_t(r)][1].resize(size_t(run.recvs.size()));
        m_rank[size_t(r)][2].resize(size_t(run.segments.size()));
    }
    for (size_t i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events[i];
        m_rank[size_t(e.run)][size_t(e.kind)][size_t(e.index)] = int(i);
    }
    if (!m_events.empty())
        m_endNs = std::max(m_endNs, m_events.back().tNs);
}

void ReplayCursor::reveal(const Event &e, int delta)
{
    m_revealed[size_t(e.run)][size_t(e.kind)] += delta;
}

void ReplayCursor::stepForward()
{
    if (atEnd())
        return;
    const Event &e = m_events[size_t(m_position++)];
    reveal(e, +1);
    m_timeNs = e.tNs;
}

void ReplayCursor::stepBack()
{
    if (atStart())
        return;
    reveal(m_events[size_t(--m_position)], -1);
    m_timeNs = atStart() ? 0 : m_events[size_t(m_position - 1)].tNs;
}

void ReplayCursor::seek(qint64 tNs)
{
    while (!atEnd() && m_events[size_t(m_position)].tNs <= tNs)
        stepForward();
    while (!atStart() && m_events[size_t(m_position - 1)].tNs > tNs)
        stepBack();
    m_timeNs = std::clamp<qint64>(tNs, 0, m_endNs);
}

void ReplayCursor::advance(qint64 wallNs, double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    const double traceNsPerWallNs
        = double(std::max<qint64>(m_endNs, 1)) / double(kPlaySeconds * 1'000'000'000LL);
    const auto step = qint64(std::llround(double(wallNs) * speed * traceNsPerWallNs));
    seek(m_timeNs + std::max<qint64>(step, 1));
}

bool ReplayCursor::isRevealed(int run, Kind kind, int index) const
{
    if (run < 0 || size_t(run) >= m_rank.size())
        return false;
    const std::vector<int> &ranks = m_rank[size_t(run)][size_t(kind)];
    return index >= 0 && size_t(index) < ranks.size() && ranks[size_t(index)] < m_position;
}

int ReplayCursor::revealedCount(int run, Kind kind) const
{
    if (run < 0 || size_t(run) >= m_revealed.size())
        return 0;
    return m_revealed[size_t(run)][size_t(kind)];
}

Trace ReplayCursor::revealed(const Trace &trace) const
{
    if (atEnd())
        return trace;
    Trace out = trace;
    for (int r = 0; r < out.runs.size() && size_t(r) < m_revealed.size(); ++r) {
        Run &run = out.runs[r];
        const int recvs = revealedCount(r, Kind::Recv);
        run.sends.truncate(revealedCount(r, Kind::Send));
        run.recvs.truncate(recvs);
        if (!run.segments.isEmpty()) {
            QList<Segment> shown;
            for (int i = 0; i < run.segments.size(); ++i) {
                if (isRevealed(r, Kind::Segment, i))
                    shown.append(run.segments[i]);
            }
            run.segments = shown;
        }
        keepSettled(run, recvs);
    }
    return out;
}

void ReplayCursor::keepSettled(Run &run, qsizetype recvs)
{
    auto settled = [recvs](const QList<int> &list) {
        return !list.isEmpty()
            && std::all_of(list.cbegin(), list.cend(), [recvs](int i) { return i < recvs; });
    };
    run.fates.removeIf([&](const MessageFate &f) { return !settled(f.recvs); });
    run.frames.removeIf([&](const Frame &f) { return !settled(f.recvs); });
    // Counts only at the end; "messages" alone keeps the run reading as analysed (its calls so
    // far), not as a recording in progress. How the run ended is not known yet either.
    const int messages = run.summary.messages;
    run.summary = Summary{};
    run.summary.messages = messages;
    run.error.clear();
    run.aborted = false;
}

} // namespace sockscope
