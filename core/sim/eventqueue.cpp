#include "sim/eventqueue.h"

#include <algorithm>

namespace sockscope {

namespace {

// std::push_heap builds a max-heap; "later" compares greater so the earliest event is on top.
bool later(const SimEvent &a, const SimEvent &b)
{
    if (a.tNs != b.tNs)
        return a.tNs > b.tNs;
    if (a.priority != b.priority)
        return a.priority > b.priority;
    return a.order > b.order;
}

} // namespace

bool EventQueue::wouldComeNext(qint64 tNs, int priority) const
{
    // The new event would have the largest insertion order: anything queued at the same time
    // and priority comes out before it.
    const auto before = [tNs, priority](const SimEvent &e) {
        return e.tNs < tNs || (e.tNs == tNs && e.priority <= priority);
    };
    if (!m_heap.empty() && before(m_heap.front()))
        return false;
    return std::none_of(m_lanes.cbegin(), m_lanes.cend(), [&before](const Lane &l) {
        return l.head < l.items.size() && before(l.items[l.head]);
    });
}

void EventQueue::push(SimEvent event)
{
    event.order = m_next++;
    m_heap.push_back(event);
    std::push_heap(m_heap.begin(), m_heap.end(), later);
    ++m_size;
}

void EventQueue::pushToLane(int lane, SimEvent event)
{
    Lane &l = m_lanes[size_t(lane)];
    SimEvent next;
    next.tNs = event.tNs;
    next.priority = event.priority;
    next.order = m_next;
    if (l.head < l.items.size() && later(l.items.back(), next)) {
        push(event);
        return;
    }
    if (l.head == l.items.size()) {
        l.items.clear(); // drained: reuse the storage from the start
        l.head = 0;
    }
    event.order = m_next++;
    l.items.push_back(event);
    ++m_size;
}

SimEvent EventQueue::pop()
{
    // The earliest of the heap's top and the lanes' heads (a handful of lanes at most).
    Lane *best = nullptr;
    const SimEvent *bestEvent = m_heap.empty() ? nullptr : &m_heap.front();
    for (Lane &l : m_lanes) {
        if (l.head < l.items.size() && (!bestEvent || later(*bestEvent, l.items[l.head]))) {
            best = &l;
            bestEvent = &l.items[l.head];
        }
    }
    --m_size;
    if (best)
        return best->items[best->head++];
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    const SimEvent top = m_heap.back();
    m_heap.pop_back();
    return top;
}

} // namespace sockscope
