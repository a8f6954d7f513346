#pragma once

#include "model/preview.h"

#include <QtGlobal>

#include <optional>

namespace sockscope {

// One recv()/recvfrom() system call with the requested size. A run keeps its recvs in an
// EventList, column by column; this is one of them as a value.
struct RecvEvent
{
    int id = 0;
    qint64 tNs = 0;
    qint64 durNs = 0;
    qint64 requested = 0;
    qint64 bytes = 0; // what the call returned; 0 on TCP means the peer closed
    qint64 offset = 0; // stream offset (TCP) of the first byte
    std::optional<qint64> queuedBefore; // FIONREAD before the call
    std::optional<qint64> datagramSize; // UDP: true datagram size (MSG_TRUNC)
    bool truncated = false; // UDP: the datagram was longer than the buffer
    // UDP: recvmsg(MSG_PEEK | MSG_TRUNC): the datagram stayed queued, so the call read nothing
    // away: bytes are a copy, datagramSize its true length, seq -1 (the read after it is the
    // datagram's recv), never truncated.
    bool peek = false;
    int seq = -1; // UDP: the message this datagram is (the recorder attributes it), -1 if none
    int peer = -1; // observed UDP: index in Run::peers of the sender, -1 if n/a
    // UDP: the socket's drop counter as SO_RXQ_OVFL reported it with this datagram (how many
    // datagrams the kernel had dropped on the socket when this one was queued); 0 when the
    // kernel sent no counter, which it does only once the counter is not 0.
    qint64 drops = 0;
    int error = 0;
    Preview preview;
};

} // namespace sockscope
