#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <mutex>
#include <optional>

namespace sockscope {

class LiveFeed;
class MonotonicClock;

// The notes of an observe session (Trace::notes): what happened outside the runs, each line
// starting with when ("at 1.234 s: …"). The session and its connection threads add them, so they
// are kept under a lock, and the LiveFeed hears them one at a time. A peer decides how many
// clients it opens, so the routine notes (a client turned away, an idle one closed) are kept up
// to kMaxRoutine and then only counted; the notes that say recording stopped are always kept.
class ObserveNotes
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ObserveNotes)

public:
    static constexpr int kMaxRoutine = 1000;
    enum class Kind { Routine, Always };

    ObserveNotes(const MonotonicClock &clock, LiveFeed *feed) : m_clock(clock), m_feed(feed) { }

    // Keeps "at T s: text", T being atNs or now, and tells the feed.
    void add(const QString &text, Kind kind = Kind::Routine, std::optional<qint64> atNs = {});
    // Tells the feed only: the live notice of something whose note, with its totals, is added
    // when they are known.
    void announce(const QString &text);
    // The notes kept, and one more saying how many routine ones were not.
    QStringList take();

private:
    static QString line(const QString &text, qint64 atNs);

    const MonotonicClock &m_clock;
    LiveFeed *m_feed;
    std::mutex m_mutex;
    QStringList m_notes;
    int m_routine = 0;
    qint64 m_dropped = 0;
};

} // namespace sockscope
