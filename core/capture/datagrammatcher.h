#pragma once

#include "model/trace.h"

#include <QByteArrayView>

namespace sockscope {

// Which captured datagram each recv() of a real UDP run read, and which ones the kernel dropped
// at the full receive buffer, from the evidence the run recorded. The receiving socket's queue
// is FIFO: a recv() takes the oldest datagram queued, and a datagram that finds the buffer full
// is dropped and counted (SO_RXQ_OVFL reports the counter as it stood when the datagram a
// recv() returns was queued). Loopback delivers the datagrams in the order the capture sees
// them, and the socket is made for the run, so its counter starts at 0. So the k-th datagram
// read is the captured datagram k + drops; it is taken as that one only when the two agree —
// the true length (MSG_TRUNC), the bytes the recv() kept (a truncated recv() holds a prefix),
// the sender's address — and the datagrams between two such reads are the drops the counter
// rose by. After the last read, the datagrams are dropped only when the counter at the end
// (Run::kernelDrops) accounts for every one; some still queued when the run ended, or a
// recording that stopped early, leave them unmarked. Where the evidence disagrees (a datagram
// the capture did not see, two senders whose datagrams the queue took in another order) the
// recv() is left unlinked and the drops around it unmarked: never a guess.
//
// An observed run (a foreign sender: no messages) gets Segment::recv on each datagram read; a
// lesson's run links by message already (Segment::message, RecvEvent::seq) and gets only the
// drops. Both get Segment::dropped, as the simulator marks a datagram the full buffer dropped.
class DatagramMatcher
{
public:
    // One datagram the capture saw arriving at the run's receiving port, in capture order.
    struct Datagram
    {
        int segment = -1; // its index in run.segments
        qint64 length = 0; // its payload's length on the wire
        QByteArrayView payload; // what the capture kept of its payload (a prefix)
        quint32 address = 0; // the sender's IPv4 address
        quint16 port = 0; // and port
    };

    static void match(Run &run, const QList<Datagram> &datagrams);
};

} // namespace sockscope
