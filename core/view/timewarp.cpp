#include "view/timewarp.h"

#include "view/timewarpbuilder.h"

#include <algorithm>

namespace sockscope {

TimeWarp TimeWarp::compact(const Trace &trace, double alpha)
{
    TimeWarpBuilder builder(alpha);
    builder.extend(trace);
    return builder.warp();
}

namespace {

// What the pauses keep of the width when the calls cannot all have readable boxes.
constexpr double kPauseFloor = 0.1;
// The most the marks of marked pauses take from the calls.
constexpr double kMarkShare = 1.0 / 3;
// The most the shelters take from the calls: a lane or two ending in an end of file need
// little, while fifty partial sends each followed by an EAGAIN must not squeeze the rest.
constexpr double kShelterShare = 0.25;

} // namespace

double TimeWarp::width(const Slots &kinds) const
{
    return m_send * double(kinds.sends) + m_recv * double(kinds.recvs)
        + m_brief * double(kinds.brief);
}

double TimeWarp::first(qsizetype i) const
{
    const double t0 = m_times.first();
    const Slots &before = m_before.at(i);
    // A sheltering instant's room lies in the pause before it, so its own shelter counts; the
    // room inside an instant counts from the next one on.
    const auto shelters = double(before.sheltered() + slotsAt(i).shelters);
    return t0 + m_linear * (m_times.at(i) - t0) + width(before) + m_mark * double(markedBefore(i))
        + m_shelter * shelters;
}

TimeWarp::Slots TimeWarp::slotsAt(qsizetype i) const
{
    return (i + 1 < m_before.size() ? m_before.at(i + 1) : m_slots) - m_before.at(i);
}

double TimeWarp::step(qsizetype i) const
{
    const Slots kinds = slotsAt(i);
    return kinds.count() > 0 ? width(kinds) / double(kinds.count()) : 0.0;
}

QList<qsizetype> TimeWarp::longestPauses(qsizetype count) const
{
    // m_before counts the marked pauses before each instant, so the k-th one follows the last
    // instant whose count is still k: found by galloping on from the one before.
    QList<qsizetype> instants;
    instants.reserve(m_slots.pauses);
    const qsizetype n = m_before.size();
    qsizetype from = 0; // m_before[from].pauses <= k
    for (qint32 k = 0; k < m_slots.pauses; ++k) {
        // The first j > from with m_before[j].pauses > k (n if none: the last instant's).
        qsizetype lo = from;
        qsizetype hi = from + 1;
        for (qsizetype step = 1; hi < n && m_before.at(hi).pauses <= k; step *= 2) {
            lo = hi;
            hi = std::min(n, hi + step);
        }
        while (hi - lo > 1) {
            const qsizetype mid = lo + (hi - lo) / 2;
            (m_before.at(mid).pauses <= k ? lo : hi) = mid;
        }
        if (hi >= n)
            break; // the last instant: no pause follows it, so it is never marked
        instants.append(hi - 1);
        from = hi;
    }
    const auto pause = [this](qsizetype i) { return m_times.at(i + 1) - m_times.at(i); };
    count = std::min(count, instants.size());
    std::partial_sort(instants.begin(), instants.begin() + count, instants.end(),
                      [&pause](qsizetype a, qsizetype b) {
                          return pause(a) > pause(b) || (pause(a) == pause(b) && a < b);
                      });
    instants.resize(count);
    std::sort(instants.begin(), instants.end());
    return instants;
}

void TimeWarp::spreadEvenly()
{
    m_linear = m_alpha;
    m_send = m_recv = m_brief = m_mark = m_shelter = 0;
    m_granted.clear();
    m_someMarked = false;
    if (m_times.size() < 2)
        return;
    const double even = (m_times.last() - m_times.first()) / double(m_slots.count() - 1);
    m_send = m_recv = m_brief = (1 - m_alpha) * even;
}

TimeWarp TimeWarp::fitted(const Room &room) const
{
    if (isIdentity() || m_alpha >= 1 || room.plotWidth <= 0)
        return *this;
    TimeWarp out = fittedCalls(room);
    // The room for marks holds out.m_marks labels: the longest pauses get them.
    if (out.m_marks < m_slots.pauses) {
        out.m_granted = longestPauses(out.m_marks);
        out.m_someMarked = true;
    }
    return out;
}

TimeWarp TimeWarp::fittedCalls(const Room &room) const
{
    TimeWarp out = solved(room, 0.0);
    const auto shelters = double(m_slots.sheltered());
    if (shelters <= 0)
        return out;
    // What the data calls' boxes lack of a readable width, set aside for each shelter (up to
    // a quarter of the width for all of them), then the calls fitted again into what is left.
    const double tail = std::max(0.0, room.endNs - m_times.last());
    const double span = m_times.last() - m_times.first() + tail;
    const double readable = room.readable * span / room.plotWidth;
    // Setting room aside narrows the calls' slots again: a few rounds settle it.
    double reserved = 0;
    for (int round = 0; round < 12; ++round) {
        // Inside an instant the data call's slot is that instant's average step, which the
        // slot of a call without bytes may have narrowed.
        const double slot = m_slots.inner > 0 ? std::min({ out.m_send, out.m_recv, out.m_brief })
                                              : std::min(out.m_send, out.m_recv);
        const double lack = std::max(0.0, readable - slot);
        const double next = std::min(shelters * lack, kShelterShare * span);
        if (next <= reserved)
            break;
        reserved = next;
        out = solved(room, reserved);
    }
    out.m_shelter = reserved / shelters;
    return out;
}

TimeWarp TimeWarp::solved(const Room &room, double reserved) const
{
    TimeWarp out = *this;
    // Pauses share one rate, m_linear, which outside() keeps past the last call: the stretch
    // up to room.endNs is paid for from the pauses' width like a pause between calls. Every
    // slot, the last instant's too, lies inside the span, so the last box ends in the plot.
    const double tail = std::max(0.0, room.endNs - m_times.last());
    const double span = m_times.last() - m_times.first() + tail;
    const double perPixel = span / room.plotWidth;
    const auto data = double(m_slots.sends + m_slots.recvs);
    const auto sends = double(m_slots.sends);
    const auto recvs = double(m_slots.recvs);
    const auto brief = double(m_slots.brief);
    const double readable = room.readable * perPixel;
    // A word is at most a readable box wide, except an error the lesson is about (EMSGSIZE
    // beside "m5 7 B" boxes: TimelineLayout widens the brief box for it).
    const double word = room.brief * perPixel;
    const double need = data * readable + brief * word;
    // The marks come out of what the calls leave while every call can be readable; on an axis
    // too crowded for that, they take a share from the calls that grows with the crowding (a
    // third once the calls would need twice the width), so that the stall stays in the
    // picture while the boxes were going to shrink anyway.
    const auto marks = double(m_slots.pauses);
    const double wanted = marks * room.pause * perPixel;
    const double callsRoom = (1 - kPauseFloor) * span;
    const double crowding = std::clamp((need - callsRoom) / callsRoom, 0.0, 1.0);
    double markRoom = std::min(wanted, std::max(callsRoom - need, kMarkShare * crowding * span));
    // Whole labels only: a share too narrow for any leaves every length unwritten.
    const double label = room.pause * perPixel;
    out.m_marks = label > 0 ? std::min(qsizetype(m_slots.pauses), qsizetype(markRoom / label))
                            : qsizetype(m_slots.pauses);
    if (out.m_marks < m_slots.pauses)
        markRoom = double(out.m_marks) * label;
    out.m_mark = out.m_marks > 0 ? markRoom / double(out.m_marks) : 0.0;
    const double available = (1 - kPauseFloor) * span - markRoom - reserved;
    if (need <= available) {
        // Every call readable. What is left goes to the pauses, by length, and to the calls
        // with data, evenly (a call without bytes keeps the width of its word).
        const double spare = available - need;
        const double even = data > 0 ? (1 - m_alpha) * spare : 0.0;
        out.m_linear = (span - need - even - markRoom - reserved) / span;
        out.m_send = out.m_recv = readable + (data > 0 ? even / data : 0.0);
        out.m_brief = word;
        return out;
    }
    out.m_linear = kPauseFloor;
    // Too many calls for readable boxes: what carried bytes keeps its width longest. First the
    // calls without bytes shrink to the least box, then the send()s down to most of an equal
    // share (the recv()s hold the evidence: which bytes the kernel handed over together), then
    // the recv()s down to the send()s' width, and beyond that everything shrinks alike.
    const double least = std::min(word, room.least * perPixel);
    const double equal = available / std::max(1.0, data);
    const double sendFloor = std::min(readable, std::max(room.least * perPixel, 0.75 * equal));
    out.m_send = out.m_recv = readable;
    out.m_brief = least;
    if (data * readable + brief * least <= available) {
        out.m_brief = (available - data * readable) / brief;
    } else if (recvs * readable + sends * sendFloor + brief * least <= available) {
        out.m_send = (available - recvs * readable - brief * least) / sends;
    } else if (const double rest = available - sends * sendFloor - brief * least;
               recvs > 0 && rest >= recvs * sendFloor) {
        out.m_send = sendFloor;
        out.m_recv = rest / recvs;
    } else {
        const double scale = available / need;
        out.m_send = out.m_recv = readable * scale;
        out.m_brief = word * scale;
    }
    return out;
}

qsizetype TimeWarp::knotAtOrBefore(double tNs) const
{
    // A renderer maps the calls of a lane in time order, so the knot is nearly always near the
    // one found last: a search that starts there and gallops (steps 1, 2, 4, …) costs
    // O(log distance) per call instead of a binary search over a million knots, which was
    // most of a live frame. The hint only decides where to look first, never the answer.
    thread_local qsizetype hint = 0;
    const qsizetype n = m_times.size();
    qsizetype lo = std::clamp<qsizetype>(hint, 0, n - 1);
    qsizetype hi = lo;
    if (m_times.at(lo) <= tNs) {
        for (qsizetype step = 1; hi < n && m_times.at(hi) <= tNs; step *= 2) {
            lo = hi;
            hi = lo + step;
        }
        hi = std::min(hi, n);
    } else {
        for (qsizetype step = 1; lo > 0 && m_times.at(lo) > tNs; step *= 2) {
            hi = lo;
            lo = std::max<qsizetype>(0, lo - step);
        }
    }
    // m_times[lo] <= tNs, and tNs < m_times[hi] unless hi == n.
    hint = std::upper_bound(m_times.cbegin() + lo, m_times.cbegin() + hi, tNs) - m_times.cbegin()
        - 1;
    return hint;
}

double TimeWarp::map(double tNs) const
{
    if (isIdentity())
        return tNs;
    if (tNs < m_times.first())
        return first(0) + outside() * (tNs - m_times.first());
    if (tNs > m_times.last())
        return after(m_times.size() - 1) + outside() * (tNs - m_times.last());
    // m_times[i] <= tNs < m_times[i + 1], or tNs is the last instant.
    const qsizetype i = knotAtOrBefore(tNs);
    if (tNs == m_times.at(i))
        return first(i);
    // Past the instant's slots: in the pause after them.
    const double f = (tNs - m_times.at(i)) / (m_times.at(i + 1) - m_times.at(i));
    const double from = after(i);
    return from + f * (first(i + 1) - from);
}

double TimeWarp::mapEvent(double tNs, qsizetype rank) const
{
    if (isIdentity() || rank <= 0 || tNs < m_times.first() || tNs > m_times.last())
        return map(tNs);
    const qsizetype i = knotAtOrBefore(tNs);
    if (m_times.at(i) != tNs)
        return map(tNs);
    const Slots own = slotsAt(i);
    // The room inside the instant follows its first slot (a data call's, before the call
    // without bytes it shelters).
    return first(i) + double(std::min(rank, own.count() - 1)) * step(i)
        + m_shelter * double(own.inner);
}

double TimeWarp::unmap(double u) const
{
    if (isIdentity())
        return u;
    const qsizetype n = m_times.size();
    if (u < first(0))
        return m_times.first() + (u - first(0)) / outside();
    if (u > after(n - 1))
        return m_times.last() + (u - after(n - 1)) / outside();
    // first(i) <= u < first(i + 1): on instant i's slots, or in the gap after them. first() is
    // increasing, so binary search over the instants 1..n-1: i is how many of them start at or
    // before u.
    // (A plain loop: clang 14 cannot compile libstdc++ 12's <ranges>, and the sanitizer builds
    // use clang.)
    qsizetype lo = 1;
    qsizetype hi = n;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (first(mid) <= u)
            lo = mid + 1;
        else
            hi = mid;
    }
    const qsizetype i = lo - 1;
    if (u <= after(i) || i + 1 == n)
        return m_times.at(i);
    const double from = after(i);
    const double gap = first(i + 1) - from;
    const double f = gap > 0 ? (u - from) / gap : 0.0;
    return m_times.at(i) + f * (m_times.at(i + 1) - m_times.at(i));
}

} // namespace sockscope
