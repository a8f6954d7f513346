#pragma once

#include <QString>
#include <QStringList>

#include <mutex>

namespace sockscope {

class LiveFeed;
class MonotonicClock;

// The notes of an observe session (Trace::notes): what happened outside the runs — a client
// turned away, a relay's server that refused, a reset the relay passed on — each stamped with
// the session's clock and told to the LiveFeed as it happens. The accepting thread and every
// connection's threads add to it, hence the lock.
class ObserveNotes
{
public:
    ObserveNotes(const MonotonicClock &clock, LiveFeed *feed) : m_clock(clock), m_feed(feed) { }

    void add(const QString &text);
    QStringList list() const;

private:
    const MonotonicClock &m_clock;
    LiveFeed *m_feed;
    mutable std::mutex m_mutex;
    QStringList m_notes;
};

} // namespace sockscope
