#pragma once

#include "model/trace.h"

#include <functional>
#include <optional>

namespace sockscope {

// Turns the packets captured during one real run into each run's wire lane (Run::segments),
// the same segments the simulator draws. A run's segments are those of its own direction: the
// data its sender's bytes travelled in (with the SYN, FIN or RST that sender sent) and the
// ACKs its receiver returned, so in a request/response connection the reply data belongs to
// the replies run, and a reply that also acknowledges requests is an ACK of the requests run,
// marked piggybacked. Sequence numbers become stream offsets relative to each side's ISN
// (offset 0 is the first payload byte, as the runs' sends count them); an ACK's offset is the
// next byte it expects; its window is scaled as both SYNs agreed. Data that ends no later than
// bytes already seen from that side is a retransmission. UDP: each datagram to the receiving
// port is a segment carrying the message of the sender's k-th successful send.
class WireDecoder
{
public:
    // The runs of one connection or socket pair, by the port their receiving end bound.
    struct Connection
    {
        Protocol protocol = Protocol::Tcp;
        quint16 port = 0; // the listening TCP port or the receiving UDP port
        int dataRun = -1; // index in runs: the run whose sender is the client (TCP) / sender
        int replyRun = -1; // TCP request/response: the run of the server's replies
        // TCP: the client's port, when several clients connect to the one listening port (each
        // connection is its own runs); 0 = any.
        quint16 clientPort = 0;
    };

    // The transport ports and TCP flags of one captured packet, to route it before decoding.
    struct Ports
    {
        Protocol protocol = Protocol::Tcp;
        quint16 source = 0;
        quint16 destination = 0;
        bool syn = false; // TCP SYN
        bool ack = false; // TCP ACK flag
    };
    // nullopt for anything but IPv4 TCP or UDP.
    static std::optional<Ports> ports(const CapturedPacket &packet, int linkType);

    // Appends the segments to runs and marks them captured. toRunNs maps a kernel timestamp
    // (CLOCK_REALTIME ns) onto the runs' clock.
    static void decode(const PacketCapture &capture, const QList<Connection> &connections,
                       const std::function<qint64(qint64)> &toRunNs, QList<Run> &runs);
};

} // namespace sockscope
