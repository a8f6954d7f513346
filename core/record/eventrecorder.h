#pragma once

#include "model/eventcap.h"
#include "model/eventlist.h"
#include "record/livefeed.h"

namespace sockscope {

// Appends one thread's events to its own list (no other thread touches it while recording) and
// hands new ones to the LiveFeed in batches, so a GUI sees a run grow without a lock per event.
template<typename Event> class EventRecorder
{
public:
    using Publish = void (LiveFeed::*)(int, const EventList<Event> &);

    EventRecorder(EventList<Event> &events, LiveFeed *feed, int runIndex, Publish publish)
        : m_events(events), m_feed(feed), m_runIndex(runIndex), m_publish(publish),
          m_limit(EventCap::limit())
    { }

    // At the cap the event is not kept (memory stays bounded even where a caller does not
    // check full()); dropped() counts it, so a runner can say that recording stopped (the run's
    // error is EventCap::notice()).
    //
    // The hot path: no lock and no allocation per event. The list's columns grow
    // geometrically and are this thread's alone until the run ends; the preview is copied into
    // the list's byte arena.
    void append(const Event &event)
    {
        if (full()) [[unlikely]] {
            ++m_droppedCount;
            return;
        }
        m_events.appendNumbered(event);
        m_lastEndNs = event.tNs + event.durNs;
    }

    int nextId() const { return int(m_events.size()); }
    bool full() const { return m_events.size() >= m_limit; }
    qint64 limit() const { return m_limit; }
    // Events offered after the cap was reached.
    qint64 dropped() const { return m_droppedCount; }

    // Publishes what is new every kBatchNs or kBatchEvents events, whichever comes first, or
    // everything when forced. Time is the end of the last event kept: there is something to
    // publish only after an append, and a clock read per call here was a third of what
    // recording a small send costs.
    void flush(bool force = false)
    {
        if (!m_feed || m_published == m_events.size())
            return;
        const qint64 nowNs = m_lastEndNs;
        if (!force && nowNs - m_lastPublishNs < kBatchNs
            && m_events.size() - m_published < kBatchEvents)
            return;
        // A fresh list (slice() shares nothing): a copy would share this thread's own storage
        // with the receiving thread, so the next append() would copy the whole list, and Qt's
        // unsynchronised "is it shared?" check would race with the other thread's reads (found
        // by TSan).
        // A large batch ends at the end of a block of PackedColumn::kBlock events (the rest
        // goes with the next): the next batch then starts at a block's start, and the blocked
        // columns are sliced and appended as they are instead of value by value.
        qsizetype end = m_events.size();
        if (!force && end - m_published > PackedColumn::kBlock)
            end &= ~(PackedColumn::kBlock - 1);
        (m_feed->*m_publish)(m_runIndex, m_events.slice(m_published, end));
        m_published = end;
        m_lastPublishNs = nowNs;
    }

private:
    static constexpr qint64 kBatchNs = 20'000'000;
    // A batch's columns stay small enough (tens of KiB) for the heap to hand the same memory
    // out again once the receiver has appended and freed them; a 20 ms batch of a run that
    // records millions of calls a second was megabytes of fresh pages each time, and
    // first-touching pages cost more than recording the calls (ns_per_event_append).
    static constexpr qsizetype kBatchEvents = 8192;
    EventList<Event> &m_events;
    LiveFeed *m_feed;
    int m_runIndex;
    Publish m_publish;
    qsizetype m_published = 0;
    qint64 m_lastPublishNs = 0;
    qint64 m_lastEndNs = 0;
    qint64 m_limit;
    qint64 m_droppedCount = 0;
};

} // namespace sockscope
