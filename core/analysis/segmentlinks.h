#pragma once

#include "model/trace.h"

namespace sockscope {

// Which packets of a run's wire lane carried which calls' bytes, by stream offset (TCP) or by
// message (UDP): a data segment carries the stream bytes [offset, offset + bytes), a send
// wrote [offset, offset + accepted), a recv read [offset, offset + bytes); an observed UDP
// run's datagram names the recv that read it (Segment::recv, DatagramMatcher). Works alike for
// simulated and captured segments; the wire lane and the tooltips ask it.
class SegmentLinks
{
public:
    // Data segments (indices in run.segments) holding bytes of send i, in order; a
    // retransmission is left out when the first copy is there.
    static QList<int> segmentsOfSend(const Run &run, int send);
    // Data segments holding bytes recv i read, in order; a retransmission is left out when the
    // first copy is there. UDP: the datagram of the recv's message, or an observed run's
    // datagram that names the recv (Segment::recv); none when neither says.
    static QList<int> segmentsOfRecv(const Run &run, int recv);
    // Sends whose bytes segment i carries, in order.
    static QList<int> sendsOfSegment(const Run &run, int segment);
    // Recvs that read bytes segment i carried, in order.
    static QList<int> recvsOfSegment(const Run &run, int segment);
    // The message whose colour and selection packet i shares, so that a packet and the calls
    // linked to it are drawn and selected as one: a TCP segment the message of its first byte; a
    // datagram its message (a lesson's), else, on an observed run, the one the recv() that read
    // it is (RunAttribution::messageOfRecv); an observed TCP segment the decoded frame of its
    // first byte (the frames are such a run's messages). -1 for an ACK, a datagram no recv() is
    // known to have read (dropped, still queued, or the evidence does not say) and bytes of no
    // known message.
    static int messageOf(const Run &run, int segment);
    // The message whose byte at offset a TCP send wrote; -1 if none.
    static int messageAt(const Run &run, qint64 offset);
    // The segment's number among the run's data segments that carry bytes (0, 1, 2, …, in the
    // order they left, counted from 0 like every id), the one a class counts on the picture; -1
    // for an ACK or an empty one.
    static int dataNumber(const Run &run, int segment);
};

} // namespace sockscope
