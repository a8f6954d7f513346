#pragma once

#include <QList>

#include <algorithm>

namespace sockscope {

struct Trace;

// A monotone, piecewise-linear map from time to "display time". The identity by default. The
// compact warp gives every call a slot of its own after its instant, plus a share of the width
// that follows time, so that calls a microsecond apart get readable boxes while a 40 ms stall
// still looks longer than a 1 ms one. Outside the knots time runs at the pauses' rate.
//
// Calls at the very same instant (the simulator's calls take no time: 40 back-to-back send()s
// share one timestamp) count as gaps of length zero: each gets a slot only, so an instant
// holding k calls of one lane is a short stretch of k slots rather than one point.
// map() gives the first slot; mapEvent() the slot of the rank-th call at that instant.
//
// A call's slot is an instant: time does not run across it. A time between two instants lies
// in the pause after the earlier one's slots, so a tick for 150 ms is never drawn inside the
// box of a call made at 101 ms.
//
// As built, half of the width is shared equally among the slots and half follows time.
// fitted() gives the same knots widths in pixels for a plot: a call's box first gets a readable
// width, a call that carried no bytes (end of file, EAGAIN, an empty call) only the width of its
// word, and only the width left over goes to the pauses (half by their length, half shared among
// the calls with data; the stretch after the last call up to Room::endNs counts as a pause).
// A pause of a millisecond or more between two instants (a marked pause: the painter writes
// its length across it) first gets the width of that label on top of its share, out of what
// the calls leave or else up to a third of the width: on a crowded axis the 40 ms stall of
// a delayed ACK still shows, with its length, instead of a few pixels like a 10 µs gap.
// When that room holds fewer labels than there are marked pauses, the longest pauses get a
// whole label's room each (of equal ones, the earliest) and the others none: a share too
// small for any label would leave every length unwritten, or only a 3 ms one written where
// the box before it happened to be wide, while the 40 ms stalls went bare.
// When the calls cannot all be readable, the pauses keep a tenth of the width (so a long one
// still shows as a gap), and the room goes first to the recv()s with data (what the kernel
// handed over), then to the send()s with data (down to three quarters of an equal share), and
// the calls without bytes shrink first. A call with data followed at once by one without
// (the last recv() and the end of file) would then end where that one begins: the pause
// between them gets what its box lacks of a readable width (Slots::shelters), out of the
// calls' room (recv()s only: the last one holds what the kernel handed over last). The order
// of events never changes.
class TimeWarp
{
public:
    // Widths in pixels that fitted() gives slots.
    struct Room
    {
        double plotWidth = 0; // the plot the whole trace is fitted into, up to endNs
        // The time shown last. A run stays open a while after its last call (its socket is
        // drained and closed): that stretch is a pause like the others and shares their width,
        // instead of taking whatever the calls leave (it took half the plot while 40 sends
        // shared a fifth of it). At or before the last call: no such stretch.
        double endNs = 0;
        double readable = 0; // a call with data: its label fits
        double brief = 0; // a call without bytes (EOF, EAGAIN, empty): its word fits
        double least = 0; // the least a box keeps when others take the room first
        double pause = 0; // a marked pause: its length ("42 ms") fits across it
    };

    // The shortest pause that is marked: back-to-back calls are microseconds apart, and a
    // millisecond is where a pause starts to matter to a reader.
    static constexpr double kMarkedPauseNs = 1e6;

    TimeWarp() = default;

    // alpha = 1 is linear time, 0 spaces events evenly. TimeWarpBuilder makes the same warp
    // for a trace that grows, looking only at the new events.
    static TimeWarp compact(const Trace &trace, double alpha = 0.5);

    // The same knots, with slot widths solved for room (see above). Depends only on the knots
    // and room, not on an earlier fit; the identity and alpha = 1 stay as they are.
    TimeWarp fitted(const Room &room) const;

    bool isIdentity() const { return m_times.size() < 2; }
    // Display time from the first event's instant to the last one's (0 on the identity).
    double knotSpan() const { return isIdentity() ? 0.0 : first(m_times.size() - 1) - first(0); }
    double map(double tNs) const; // time → display time
    double unmap(double u) const; // display time → time (an instant's slots all give it)
    // The rank-th (0-based) event of one lane at exactly tNs; map(tNs) for rank 0, for times
    // that are no event's and on the identity.
    double mapEvent(double tNs, qsizetype rank) const;
    // The display width of a pause of ns nanoseconds (on the identity: ns).
    double pauseWidth(double ns) const { return isIdentity() ? ns : m_linear * ns; }
    // The display width of one call's slot (its box and the gap after it): calls of one kind
    // get equal widths. 0 on the identity, where a box takes the room up to the next call.
    double slotWidth(bool send, bool brief) const
    {
        if (isIdentity() || m_alpha >= 1)
            return 0.0;
        return brief ? m_brief : send ? m_send : m_recv;
    }

    bool operator==(const TimeWarp &) const = default;

    // Slots of one instant (or, summed, of several), by what they are drawn for. An instant
    // takes as many of each kind as its busiest lane has calls of that kind. 32 bits each: a
    // trace's calls number far below 2^31 (a run records at most the event cap), and a warp
    // keeps one Slots per instant, ten million of them for a run at the cap.
    struct Slots
    {
        qint32 sends = 0; // send()s and recv()s that carried bytes
        qint32 recvs = 0;
        qint32 brief = 0; // calls of either lane that carried none (EOF, EAGAIN, empty)
        // 1 when the pause after this instant is marked (kMarkedPauseNs or longer): not a
        // slot of the instant, the room that pause gets on top of its length.
        qint32 pauses = 0;
        // 1 when a recv() without bytes at this instant (the end of file, a reset) follows, at
        // an earlier instant, a recv() of that lane with data: the pause before this instant
        // keeps room for that data call's box to stay readable, which otherwise would end
        // where the brief call begins.
        qint32 shelters = 0;
        // The same when the two calls share this instant (the simulator's calls take no
        // time): the room lies inside the instant, after its first slot.
        qint32 inner = 0;

        qsizetype count() const { return qsizetype(sends) + recvs + brief; }
        qsizetype sheltered() const { return qsizetype(shelters) + inner; }
        Slots &operator+=(const Slots &o)
        {
            sends += o.sends;
            recvs += o.recvs;
            brief += o.brief;
            pauses += o.pauses;
            shelters += o.shelters;
            inner += o.inner;
            return *this;
        }
        Slots operator-(const Slots &o) const
        {
            return { sends - o.sends,   recvs - o.recvs,       brief - o.brief,
                     pauses - o.pauses, shelters - o.shelters, inner - o.inner };
        }
        bool operator==(const Slots &) const = default;
    };

private:
    friend class TimeWarpBuilder;

    // Instant i's first slot lies at t0 + linear (t_i - t0) + the widths of the slots before i:
    // stored as counts rather than positions, so that a new event changes only the knots after
    // it, not every position (the widths change with each event).
    // The last instant at or before tNs, for m_times.first() <= tNs <= m_times.last().
    qsizetype knotAtOrBefore(double tNs) const;
    double first(qsizetype i) const;
    // The marked pauses before instant i that get a label's room (all of them unless fitted()
    // gave the room to the longest only).
    qsizetype markedBefore(qsizetype i) const
    {
        if (!m_someMarked)
            return m_before.at(i).pauses;
        return std::lower_bound(m_granted.cbegin(), m_granted.cend(), i) - m_granted.cbegin();
    }
    // The `count` instants followed by the longest marked pauses (of equal ones, the earliest),
    // in time order. Visits the marked pauses only, not every instant: a live run fits its
    // warp again for every frame, over a million instants and more.
    QList<qsizetype> longestPauses(qsizetype count) const;
    // Past instant i's slots: where the pause after it begins (its mark is part of the pause).
    double after(qsizetype i) const
    {
        const Slots own = slotsAt(i);
        return first(i) + width(own) + m_shelter * double(own.inner);
    }
    Slots slotsAt(qsizetype i) const;
    double width(const Slots &slots) const;
    // The slope before the first event and after the last: time there is a pause like the
    // others (a run stays open a while after its last call).
    double outside() const { return m_linear > 0 ? m_linear : 1.0; }
    // The distance from one slot of instant i to the next.
    double step(qsizetype i) const;
    // As built: half of the width follows time, half is shared equally by the slots.
    void spreadEvenly();
    // fitted()'s widths, before the marks' room is given to the longest pauses.
    TimeWarp fittedCalls(const Room &room) const;
    // fitted() with `reserved` display time set aside for the shelters (not yet in m_shelter).
    TimeWarp solved(const Room &room, double reserved) const;

    QList<double> m_times; // distinct event times, ascending
    QList<Slots> m_before; // slots of the instants before each one
    Slots m_slots; // slots of all instants
    double m_alpha = 1;
    double m_linear = 1; // display time per nanosecond of a pause
    double m_send = 0; // display time of one slot of each kind
    double m_recv = 0;
    double m_brief = 0;
    double m_mark = 0; // display time a marked pause gets on top of its length
    // When only some marked pauses get m_mark (m_someMarked): the instants they follow, in
    // time order (as many as the room holds labels, a few dozen).
    QList<qsizetype> m_granted;
    bool m_someMarked = false;
    qsizetype m_marks = 0; // how many marked pauses get m_mark (set by fitted())
    double m_shelter = 0; // display time the pause before a sheltering instant gets on top
};

} // namespace sockscope
