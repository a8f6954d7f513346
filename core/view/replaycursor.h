#pragma once

#include "model/trace.h"

#include <array>
#include <vector>

namespace sockscope {

// Replay: walks any trace, real or simulated, in time order, revealing one event at a
// time — the "slow motion" a teacher narrates over. A value type without timers: the GUI drives
// it from its own QTimer with advance(), or steps it by hand, and asks isRevealed() per event.
// Events are the calls' returns (a call is known whole only then) and the packets' departures;
// between them, ReplayMoment says what is drawn at timeNs(): a call that began and has not
// returned is drawn in progress, a packet as far as it flew.
// Sends and recvs of one run are in time order, so what is revealed of them is a prefix and
// revealedCount() is enough to draw them; wire segments of a bandwidth-limited link may leave
// out of list order, so ask isRevealed() for those.
class ReplayCursor
{
public:
    enum class Kind { Send, Recv, Segment };

    struct Event
    {
        qint64 tNs = 0; // a call's return, a packet's departure
        int run = 0;
        Kind kind = Kind::Send;
        int index = 0; // in run.sends, run.recvs or run.segments
    };

    // Speeds the controls offer: 0.1× to 10× of playSpeedNs().
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 10.0;

    ReplayCursor() = default;
    explicit ReplayCursor(const Trace &trace);

    int eventCount() const { return int(m_events.size()); }
    int position() const { return m_position; } // events revealed so far
    const Event &event(int i) const { return m_events[size_t(i)]; }
    qint64 timeNs() const { return m_timeNs; } // the current-time marker
    qint64 endNs() const { return m_endNs; }
    bool atStart() const { return m_position == 0; }
    bool atEnd() const { return m_position == eventCount(); }

    void stepForward(); // reveal the next event; the time jumps to it
    void stepBack(); // hide the last revealed event
    void seek(qint64 tNs); // reveal exactly the events at or before tNs
    void rewind() { seek(-1); }
    // Playing: move the time forward by wallNs of real time at the given speed, where 1× plays
    // the whole trace in kPlaySeconds (a 40 ms trace and a 4 s trace both take a while to watch).
    void advance(qint64 wallNs, double speed);
    static constexpr qint64 kPlaySeconds = 10;

    int revealedCount(int run, Kind kind) const;
    bool isRevealed(int run, Kind kind, int index) const;

    // What replay shows of trace (the one the cursor was made from): every run, with only its
    // revealed sends, recvs (returned: known whole) and segments (gone), drawn by the usual
    // renderer; ReplayMoment adds the calls in progress. A message's fate (and a frame) appears
    // once all its recvs are revealed; "lost" only at the end, when it is known. The summary's
    // counts stay empty until the end: run headers show the calls so far.
    Trace revealed(const Trace &trace) const;
    // Of a run shown up to its first `recvs` recvs: keeps the fates and frames those recvs
    // settle, and leaves the summary counts and how the run ended for its end. Shared with
    // ReplayMoment, which cuts a trace at a time instead of a cursor position.
    static void keepSettled(Run &run, qsizetype recvs);

private:
    void reveal(const Event &e, int delta);

    std::vector<Event> m_events;
    std::vector<std::array<int, 3>> m_revealed; // per run, per kind: how many
    std::vector<std::array<std::vector<int>, 3>>
        m_rank; // per run, per kind, per index: place in m_events
    int m_position = 0;
    qint64 m_timeNs = 0;
    qint64 m_endNs = 0;
};

} // namespace sockscope
