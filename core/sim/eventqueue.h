#pragma once

#include "sim/simevent.h"

#include <vector>

namespace sockscope {

// The simulator's agenda, ordered by time, then priority, then insertion order, so equal-time
// events always come out in the same order (determinism). Most events are packet arrivals on a
// first-come-first-served link, which are pushed in time order already: those may go to a FIFO
// lane instead of the heap, which keeps the heap small (a burst of a million datagrams is a
// million lane entries, not a million-entry heap) without changing the order events come out.
// Storage only grows, so the hot loop allocates nothing once it has reached its working size.
class EventQueue
{
public:
    explicit EventQueue(int lanes = 0) : m_lanes(size_t(lanes)) { }

    void reserve(size_t events) { m_heap.reserve(events); }
    // A lane that will hold many events at once (a burst of datagrams in flight): reserving
    // once touches only the memory used, where growing would copy and touch twice as much.
    void reserveLane(int lane, size_t events) { m_lanes[size_t(lane)].items.reserve(events); }
    bool isEmpty() const { return m_size == 0; }
    size_t size() const { return m_size; }

    // True when an event pushed now at (tNs, priority) would be the next one out: nothing
    // queued is due before it. Its owner may then handle it at once instead of queueing it.
    bool wouldComeNext(qint64 tNs, int priority) const;

    void push(SimEvent event);
    // For events whose times never decrease within the lane; one that would go back in time
    // (a reordered packet) falls back to the heap, so the order stays exact either way.
    void pushToLane(int lane, SimEvent event);
    SimEvent pop();

private:
    struct Lane
    {
        std::vector<SimEvent> items;
        size_t head = 0;
    };

    std::vector<SimEvent> m_heap;
    std::vector<Lane> m_lanes;
    quint64 m_next = 0;
    size_t m_size = 0;
};

} // namespace sockscope
