#include "view/timewarpbuilder.h"

#include "model/trace.h"
#include "view/timelinegeometry.h"

#include <algorithm>
#include <type_traits>

namespace sockscope {

namespace {

template<typename T> bool earlier(const T &a, const T &b)
{
    return a.time < b.time;
}

struct Known
{
    double time = 0;
    TimeWarp::Slots kinds;
};

// `runs` holds the start of each sorted run of `v`, then v.size(). Merging neighbours pairwise
// costs n log(runs) instead of n log n: a trace of a million events has only two lanes a run.
template<typename T> void mergeRuns(QList<T> &v, QList<qsizetype> runs)
{
    while (runs.size() > 2) {
        QList<qsizetype> merged;
        qsizetype i = 0;
        for (; i + 2 < runs.size(); i += 2) {
            std::inplace_merge(v.begin() + runs.at(i), v.begin() + runs.at(i + 1),
                               v.begin() + runs.at(i + 2), earlier<T>);
            merged.append(runs.at(i));
        }
        if (i + 1 < runs.size())
            merged.append(runs.at(i)); // an odd run out waits for the next round
        merged.append(runs.last());
        runs = merged;
    }
    // A lane whose events are out of time order (a hand-edited trace file) is not a sorted run.
    if (!std::is_sorted(v.cbegin(), v.cend(), earlier<T>))
        std::stable_sort(v.begin(), v.end(), earlier<T>);
}

} // namespace

TimeWarpBuilder::TimeWarpBuilder(double alpha) : m_alpha(std::clamp(alpha, 0.0, 1.0))
{
    m_warp.m_alpha = m_alpha;
    m_warp.m_linear = m_alpha;
}

void TimeWarpBuilder::clear()
{
    m_lanes.clear();
    m_warp = TimeWarp();
    m_warp.m_alpha = m_alpha;
    m_warp.m_linear = m_alpha;
}

template<typename Event> class TimeWarpBuilder::Reader
{
public:
    Reader(const EventList<Event> &events, Lane &lane)
        : m_events(&events), m_lane(&lane), m_from(lane.taken), m_i(lane.taken)
    {
        if (done())
            m_lane->taken = m_events->size();
    }
    bool done() const { return m_i >= m_events->size(); }
    double time() const { return TimelineGeometry::time(*m_events, m_i); }

    // The next instant of the lane; only when !done().
    Instant next()
    {
        const EventList<Event> &events = *m_events;
        const double t = time();
        TimeWarp::Slots kinds;
        qsizetype j = m_i;
        for (; j < events.size() && TimelineGeometry::time(events, j) == t; ++j) {
            // A recv() without bytes (the end of file, a reset) right after one with data: a
            // shelter, before this instant or inside it. Only recv()s: fifty partial sends each
            // followed by an EAGAIN would take the room of every other call.
            if (std::is_same_v<Event, RecvEvent> && j > 0 && TimelineGeometry::isBrief(events, j)
                && !TimelineGeometry::isBrief(events, j - 1)) {
                if (TimelineGeometry::time(events, j - 1) < t)
                    kinds.shelters = 1;
                else
                    kinds.inner = 1;
            }
            if (TimelineGeometry::isBrief(events, j))
                ++kinds.brief;
            else if constexpr (std::is_same_v<Event, RecvEvent>)
                ++kinds.recvs;
            else
                ++kinds.sends;
        }
        // The last batch ended in the middle of this instant: its calls so far count too.
        if (m_i == m_from && m_from > 0 && t == m_lane->lastTime) {
            kinds += m_lane->lastSlots;
            // A lane's instant shelters once, however its calls were taken.
            kinds.shelters = std::min(kinds.shelters, 1);
            kinds.inner = std::min(kinds.inner, 1);
        }
        m_lane->lastTime = t;
        m_lane->lastSlots = kinds;
        m_i = j;
        if (done())
            m_lane->taken = events.size();
        return {
            t, kinds.sends, kinds.recvs, kinds.brief, quint8(kinds.shelters), quint8(kinds.inner)
        };
    }

private:
    const EventList<Event> *m_events;
    Lane *m_lane;
    qsizetype m_from;
    qsizetype m_i;
};

template<typename Event>
void TimeWarpBuilder::take(const EventList<Event> &events, Lane &lane, QList<Instant> &fresh)
{
    for (Reader<Event> reader(events, lane); !reader.done();)
        fresh.append(reader.next());
}

void TimeWarpBuilder::extend(const Trace &trace)
{
    if (!grewFrom(trace))
        clear();
    m_lanes.resize(2 * trace.runs.size());
    // Only call starts (sends) and returns (recvs) are knots: a knot at the end of every
    // send would give each microsecond-long call an even share, as wide as a real pause.
    if (!inOrder(trace, m_lanes)) {
        // A lane out of time order: every new instant listed, then sorted.
        QList<Instant> fresh;
        QList<qsizetype> runs;
        for (qsizetype r = 0; r < trace.runs.size(); ++r) {
            runs.append(fresh.size());
            const Run &run = trace.runs.at(r);
            take(run.sends, m_lanes[2 * r], fresh);
            runs.append(fresh.size());
            take(run.recvs, m_lanes[2 * r + 1], fresh);
        }
        if (fresh.isEmpty())
            return;
        runs.append(fresh.size());
        mergeRuns(fresh, runs);
        auto it = fresh.cbegin();
        merge(fresh.first().time, [&](Instant &out) {
            if (it == fresh.cend())
                return false;
            out = *it++;
            return true;
        });
        m_warp.spreadEvenly();
        return;
    }
    // Every lane in order: their instants merged as they are read, each lane's head at hand;
    // a list of ten million of them, sorted, cost more than the rest of the warp (its memory
    // is fresh pages every time). Equal times in any order: they are counted by the widest.
    std::vector<Reader<SendEvent>> sends;
    std::vector<Reader<RecvEvent>> recvs;
    qsizetype events = 0; // at most one instant each: room reserved, touched only as used
    for (qsizetype r = 0; r < trace.runs.size(); ++r) {
        const Run &run = trace.runs.at(r);
        events += run.sends.size() - m_lanes.at(2 * r).taken;
        events += run.recvs.size() - m_lanes.at(2 * r + 1).taken;
        sends.emplace_back(run.sends, m_lanes[2 * r]);
        recvs.emplace_back(run.recvs, m_lanes[2 * r + 1]);
    }
    // Room for the new instants, grown by half at least: a live run extends the warp every
    // batch, and room for exactly the new ones copied every instant so far each time.
    const auto room = [events](auto &list) {
        const qsizetype needed = list.size() + events;
        if (needed > list.capacity())
            list.reserve(std::max(needed, list.capacity() + list.capacity() / 2));
    };
    room(m_warp.m_times);
    room(m_warp.m_before);
    const auto earliest = [&]() -> std::pair<int, size_t> { // (0 sends, 1 recvs, -1 none), lane
        std::pair<int, size_t> best{ -1, 0 };
        double t = 0;
        for (size_t l = 0; l < sends.size(); ++l) {
            if (!sends[l].done() && (best.first < 0 || sends[l].time() < t)) {
                best = { 0, l };
                t = sends[l].time();
            }
            if (!recvs[l].done() && (best.first < 0 || recvs[l].time() < t)) {
                best = { 1, l };
                t = recvs[l].time();
            }
        }
        return best;
    };
    const std::pair<int, size_t> first = earliest();
    if (first.first < 0)
        return;
    merge(first.first == 0 ? sends[first.second].time() : recvs[first.second].time(),
          [&](Instant &out) {
              const std::pair<int, size_t> l = earliest();
              if (l.first < 0)
                  return false;
              out = l.first == 0 ? sends[l.second].next() : recvs[l.second].next();
              return true;
          });
    m_warp.spreadEvenly();
}

bool TimeWarpBuilder::inOrder(const Trace &trace, const QList<Lane> &lanes)
{
    const auto sorted = [](const auto &events, qsizetype from) {
        for (qsizetype i = std::max<qsizetype>(from, 1); i < events.size(); ++i) {
            if (TimelineGeometry::time(events, i) < TimelineGeometry::time(events, i - 1))
                return false;
        }
        return true;
    };
    for (qsizetype r = 0; r < trace.runs.size(); ++r) {
        if (!sorted(trace.runs.at(r).sends, lanes.at(2 * r).taken)
            || !sorted(trace.runs.at(r).recvs, lanes.at(2 * r + 1).taken))
            return false;
    }
    return true;
}

bool TimeWarpBuilder::grewFrom(const Trace &trace) const
{
    if (2 * trace.runs.size() < m_lanes.size())
        return false;
    for (qsizetype l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes.at(l);
        const Run &run = trace.runs.at(l / 2);
        const auto taken = [&](const auto &events) {
            return events.size() >= lane.taken
                && (lane.taken == 0
                    || TimelineGeometry::time(events, lane.taken - 1) == lane.lastTime);
        };
        if (!(l % 2 == 0 ? taken(run.sends) : taken(run.recvs)))
            return false;
    }
    return true;
}

template<typename Next> void TimeWarpBuilder::merge(double firstTime, Next &&next)
{
    // Lanes are drawn apart, so an instant needs as many slots as its busiest lane has calls.
    // New events mostly lie after every known instant; only the instants from the earliest
    // new time on are rewritten.
    QList<double> &times = m_warp.m_times;
    QList<TimeWarp::Slots> &before = m_warp.m_before;
    const qsizetype n = times.size();
    qsizetype pos = std::lower_bound(times.cbegin(), times.cend(), firstTime) - times.cbegin();
    // The instant before the first new one: the pause after it changes (and with it its mark).
    if (pos > 0)
        --pos;
    const auto widest = [](const TimeWarp::Slots &a, const TimeWarp::Slots &b) {
        return TimeWarp::Slots{ std::max(a.sends, b.sends),       std::max(a.recvs, b.recvs),
                                std::max(a.brief, b.brief),       0,
                                std::max(a.shelters, b.shelters), std::max(a.inner, b.inner) };
    };
    // The known instants from pos on are taken out (usually one: new events mostly come
    // after every known instant) and merged with the new ones as they are counted, without a
    // merged copy of ten million instants.
    QList<Known> tail;
    tail.reserve(n - pos);
    for (qsizetype k = pos; k < n; ++k)
        tail.append({ times.at(k), m_warp.slotsAt(k) });

    TimeWarp::Slots counted = pos < n ? before.at(pos) : m_warp.m_slots;
    times.resize(pos);
    before.resize(pos);

    TimeWarp::Slots open; // slots of the instant appended last, not yet in `counted`
    const auto add = [&](double t, const TimeWarp::Slots &kinds) {
        if (times.size() > pos && times.last() == t) {
            open = widest(open, kinds);
            return;
        }
        // The pause after the instant before is known now: marked or not.
        if (times.size() > pos)
            open.pauses = t - times.last() >= TimeWarp::kMarkedPauseNs ? 1 : 0;
        counted += open;
        times.append(t);
        before.append(counted);
        open = kinds;
        open.pauses = 0; // the instant's own pause is decided by the next one
    };
    // Stable: at equal times the known instant first, as std::merge would.
    auto known = tail.cbegin();
    for (Instant f; next(f);) {
        for (; known != tail.cend() && known->time <= f.time; ++known)
            add(known->time, known->kinds);
        add(f.time, f.toSlots());
    }
    for (; known != tail.cend(); ++known)
        add(known->time, known->kinds);
    counted += open;
    m_warp.m_slots = counted;
}

} // namespace sockscope
