#pragma once

#include "model/trace.h"

#include <QCoreApplication>

#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace sockscope {

class LoopbackCapture;
class MemoryBudget;
class MonotonicClock;
class ObserveNotes;

// The captured wire of one observe or relay session: the packets of the session's own ports on
// the loopback device (LoopbackCapture), while it records for hours. The filter holds the
// listening port (TCP or UDP) and, for a relay, the upstream connections' own ports while they
// are open. Each TCP packet is routed, as it is captured, to the connection it belongs to (by
// the client's port, or a relay's upstream port); when a connection ends its packets become the
// wire lane of its runs (WireDecoder) and are let go, so what the wire holds is that of the open
// connections plus their segments. A UDP session's datagrams are the one run's wire.
//
// Which run a connection's packets draw in: each run shows the connection its recv()s read, as
// a lesson run shows its receiver's: an observe run the client's data and SockScope's ACKs; a
// relay's client → server run the client's connection (the client's data, the relay's ACKs),
// its server → client run the upstream connection (the server's data, the relay's ACKs). The
// relay's own forwarded copies and the peers' ACKs of them are in the --pcap file, not in a lane.
//
// Memory: every packet kept (its headers for the lane, the whole packet for --pcap) and every
// segment is charged to the session's MemoryBudget. Once the budget is spent nothing more is
// kept, packets are only counted per connection, and each run's Unrecorded says how many.
class ObserveWire
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ObserveWire)

public:
    // listenPort: the session's own port; relayPort: the server's port of a relay, else 0.
    // keepPackets: keep every packet whole for --pcap (up to LoopbackCapture::kWholeBytes, then
    // their headers), as well as the lanes. budget and notes may be null.
    ObserveWire(Protocol protocol, const MonotonicClock &clock, MemoryBudget *budget,
                ObserveNotes *notes, bool keepPackets);
    ~ObserveWire();
    ObserveWire(const ObserveWire &) = delete;
    ObserveWire &operator=(const ObserveWire &) = delete;

    bool isCapturing() const;
    // Why there is no wire (LoopbackCapture::unavailable()), empty when capturing.
    QString unavailable() const { return m_unavailable; }

    // The session's port (after bind(), before listen()); the relay server's port.
    void watchSession(quint16 listenPort, quint16 relayPort);
    // A relay's upstream connection, by its own port: before its SYN, and out of the filter
    // again once the connection is done.
    void watchUpstream(quint16 port);
    void unwatchUpstream(quint16 port);

    // A TCP connection has ended (its sockets closed): its packets become its runs' wire (runs
    // as ObservedConnection::join() gives them: the client's run, and a relay's server's run),
    // charged to the budget; clientPort is the client's port, upstreamPort the relay's own port
    // towards the server (0 for observe). Without runs (a client served unrecorded or turned
    // away), the packets are only let go.
    void decodeConnection(QList<Run> &runs, quint16 clientPort, quint16 upstreamPort);
    // UDP: the datagrams to the session's port become the run's wire.
    void decodeDatagrams(Run &run);
    // Stops capturing; the packets kept for --pcap (named after the session), if any.
    std::optional<PacketCapture> finish(const QString &description);

    // What a packet kept costs the budget: the list entry and its bytes' heap block.
    static qint64 packetBytes(const CapturedPacket &packet);

private:
    // The packets of one connection (a SYN starts one), oldest first: a client port reused
    // while the previous connection is not yet decoded queues a second one behind it.
    struct Route
    {
        std::deque<QList<CapturedPacket>> connections;
        qint64 bytes = 0; // charged for what the lists hold
        qint64 unkept = 0; // packets counted after the budget was spent
    };

    void route(CapturedPacket &&packet);
    // The key of a TCP packet: the port that is neither the session's nor the relay server's.
    quint16 keyOf(quint16 source, quint16 destination) const;
    // Takes the oldest connection of a route (under m_mutex); unkept: its packets not kept.
    QList<CapturedPacket> take(quint16 key, qint64 *unkept);
    void charge(qint64 delta);
    // A run's packets captured after the budget was reached and not kept: counted in its
    // Unrecorded, which says the budget stopped the recording.
    void countUnkept(Run &run, qint64 packets) const;
    void decode(QList<CapturedPacket> packets, Protocol protocol, quint16 port, int dataRun,
                int replyRun, QList<Run> &runs);

    Protocol m_protocol;
    const MonotonicClock &m_clock;
    MemoryBudget *m_budget;
    ObserveNotes *m_notes;
    bool m_keepPackets;
    quint16 m_listenPort = 0;
    quint16 m_relayPort = 0;
    std::unique_ptr<LoopbackCapture> m_capture;
    QString m_unavailable;
    int m_linkType = 0;

    std::mutex m_mutex; // the capture thread routes, the session's threads decode
    std::unordered_map<quint16, Route> m_routes;
    QList<CapturedPacket> m_pcap; // keepPackets: every packet, in capture order
    qint64 m_pcapWhole = 0; // bytes kept whole in m_pcap
    qint64 m_pcapUnkept = 0; // packets not kept for --pcap once the budget was spent
};

} // namespace sockscope
