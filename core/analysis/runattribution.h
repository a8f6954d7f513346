#pragma once

#include "model/trace.h"

#include <QList>

namespace sockscope {

// Which bytes of which send() ended up in which recv(), for drawing links (an observed run, with
// no sends of ours: which decoded frame's, send -1). Computed from the
// events alone so that it works while a run is still recording, before Analysis has filled
// the fates: TCP by stream offset, UDP by the sequence header (or by the fates once they exist,
// which also place the header-less empty datagram).
struct ByteSpan
{
    int send = -1;
    int recv = -1;
    int message = -1;
    qint64 bytes = 0;
    // Where the span lies inside each box, as fractions of the call's bytes (0..1).
    double sendFrom = 0;
    double sendTo = 1;
    double recvFrom = 0;
    double recvTo = 1;
};

class RunAttribution
{
public:
    // Events are indexed by their position in run.sends / run.recvs, which is their id.
    static QList<ByteSpan> ofRecv(const Run &run, int recv);
    static QList<ByteSpan> ofSend(const Run &run, int send);

    // UDP: the message a datagram carried, -1 if unknown. An observed run (one-sided, no
    // sequence numbers) has no messages of the sender's: each datagram read is one, numbered by
    // the recv() that read it (recv #3 read message #3); a failed recv() read none.
    static int messageOfRecv(const Run &run, int recv);
    // UDP: the message a peek (MSG_PEEK) looked at, -1 if unknown or recv is no peek. A peek
    // leaves the datagram at the head of the queue, so it is the one the next recv() that is
    // no peek read, when that read found a datagram of the size the peek reported. A peek is
    // not one of the message's recvs (messageOfRecv is -1): it read nothing away.
    static int peekedMessage(const Run &run, int recv);
    // UDP: the last send() of a message that put a datagram on the wire, -1 if none.
    static int sendOfMessage(const Run &run, int message);
    static const MessageFate *fate(const Run &run, int message);

private:
    static QList<ByteSpan> tcpOfRecv(const Run &run, int recv);
    static QList<ByteSpan> tcpOfSend(const Run &run, int send);
    // An observed TCP run (no sends): the decoded frames are its messages (frame #n is message
    // #n, FrameAttribution::messageOf), so a recv's bytes are attributed to the frames they
    // belong to; bytes of no frame the decoder completed belong to no message.
    static QList<ByteSpan> framesOfRecv(const Run &run, int recv, qint64 begin, qint64 end);
    static ByteSpan udpSpan(const Run &run, int send, int recv, int message);
};

} // namespace sockscope
