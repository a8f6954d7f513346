#pragma once

#include "livefeed.h"

namespace sockscope {

// Appends one thread's events to its own list (no other thread touches it while recording) and
// hands new ones to the LiveFeed in batches, so a GUI sees a run grow without a lock per event.
template <typename Event>
class EventRecorder
{
public:
    using Publish = void (LiveFeed::*)(int, const QList<Event> &);

    EventRecorder(QList<Event> &events, LiveFeed *feed, int runIndex, Publish publish)
        : m_events(events), m_feed(feed), m_runIndex(runIndex), m_publish(publish)
    {
    }

    Event &append(Event event)
    {
        event.id = int(m_events.size());
        m_events.append(std::move(event));
        return m_events.last();
    }

    int nextId() const { return int(m_events.size()); }

    // Publishes what is new at most every kBatchNs, or everything when forced.
    void flush(qint64 nowNs, bool force = false)
    {
        if (!m_feed || m_published == m_events.size())
            return;
        if (!force && nowNs - m_lastPublishNs < kBatchNs)
            return;
        (m_feed->*m_publish)(m_runIndex, m_events.mid(m_published));
        m_published = m_events.size();
        m_lastPublishNs = nowNs;
    }

private:
    static constexpr qint64 kBatchNs = 20'000'000;
    QList<Event> &m_events;
    LiveFeed *m_feed;
    int m_runIndex;
    Publish m_publish;
    qsizetype m_published = 0;
    qint64 m_lastPublishNs = 0;
};

} // namespace sockscope
