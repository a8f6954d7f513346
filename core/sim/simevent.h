#pragma once

#include <QtGlobal>

namespace sockscope {

// One scheduled happening of the simulator. A plain value, so the queue stores events inline
// and the hot loop allocates nothing per event. Which fields matter depends on kind. Wide
// fields first and small ones last: 64 bytes, and a burst of a million datagrams in flight is
// a million of them.
struct SimEvent
{
    qint64 tNs = 0;
    quint64 order = 0; // insertion order, set by the queue: makes ties deterministic
    // A packet's contents (TCP) or a datagram's (UDP).
    qint64 offset = 0;
    qint64 bytes = 0;
    qint64 ackNo = -1; // TCP: -1 = carries no ACK
    qint64 window = 0;
    int target = 0; // model-defined: an app, a direction, a message
    quint32 generation = 0; // timers and wake-ups: stale when the owner's generation moved on
    int segment = -1; // index in the run's wire lane
    qint8 priority = 0; // at equal times: smaller first (see EventQueue)
    quint8 kind = 0; // model-defined
    bool fin = false;
};

} // namespace sockscope
