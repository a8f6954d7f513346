#include "observe/observewire.h"

#include "capture/loopbackcapture.h"
#include "capture/wiredecoder.h"
#include "observe/memorybudget.h"
#include "observe/observenotes.h"
#include "observe/recordinggate.h"
#include "record/monotonicclock.h"

#include <algorithm>
#include <limits>

namespace sockscope {

namespace {

// Qt 6's QArrayData header in front of a byte array's bytes, and a malloc block's rounding.
constexpr qint64 kArrayHeader = 16;

qint64 heapBlock(qint64 n)
{
    return n <= 0 ? 0 : std::max<qint64>(32, (n + 8 + 15) / 16 * 16);
}

} // namespace

qint64 ObserveWire::packetBytes(const CapturedPacket &packet)
{
    return qint64(sizeof(CapturedPacket)) + heapBlock(kArrayHeader + packet.data.size() + 1);
}

ObserveWire::ObserveWire(Protocol protocol, const MonotonicClock &clock, MemoryBudget *budget,
                         ObserveNotes *notes, bool keepPackets)
    : m_protocol(protocol), m_clock(clock), m_budget(budget), m_notes(notes),
      m_keepPackets(keepPackets)
{
    // The lanes need each packet's headers and the first bytes of a datagram's payload (which
    // recv() read it, DatagramMatcher): within LoopbackCapture::kHeaderBytes.
    m_capture = std::make_unique<LoopbackCapture>(
        [this](CapturedPacket &&packet) { route(std::move(packet)); }, !keepPackets);
    if (!m_capture->isCapturing()) {
        m_unavailable = m_capture->unavailable();
        m_capture.reset();
        return;
    }
    m_linkType = m_capture->linkType();
}

ObserveWire::~ObserveWire()
{
    // The capture's thread routes into this object: it goes first.
    m_capture.reset();
}

bool ObserveWire::isCapturing() const
{
    return m_capture != nullptr;
}

void ObserveWire::watchSession(quint16 listenPort, quint16 relayPort)
{
    {
        const std::lock_guard lock(m_mutex);
        m_listenPort = listenPort;
        m_relayPort = relayPort;
    }
    if (m_capture)
        m_capture->watch(m_protocol, listenPort);
}

void ObserveWire::watchUpstream(quint16 port)
{
    if (m_capture)
        m_capture->watch(Protocol::Tcp, port);
}

void ObserveWire::unwatchUpstream(quint16 port)
{
    if (m_capture)
        m_capture->unwatch(Protocol::Tcp, port);
}

quint16 ObserveWire::keyOf(quint16 source, quint16 destination) const
{
    if (m_protocol == Protocol::Udp)
        return 0;
    if (source == m_listenPort)
        return destination;
    if (destination == m_listenPort)
        return source;
    return source == m_relayPort ? destination : source;
}

void ObserveWire::charge(qint64 delta)
{
    if (m_budget && m_budget->charge(delta, m_clock.nowNs()))
        RecordingGate::budgetReached(*m_budget, m_notes, m_protocol == Protocol::Udp);
}

void ObserveWire::route(CapturedPacket &&packet)
{
    const auto ports = WireDecoder::ports(packet, m_linkType);
    if (!ports)
        return;
    const std::lock_guard lock(m_mutex);
    const quint16 key = keyOf(ports->source, ports->destination);
    if (m_budget && m_budget->exhausted()) {
        ++m_routes[key].unkept; // at most one small entry per port
        if (m_keepPackets)
            ++m_pcapUnkept;
        return;
    }
    qint64 cost = 0;
    // The lane needs the headers only: the IP total length says how long the payload was.
    CapturedPacket headers{ packet.timestampNs, packet.length,
                            packet.data.left(LoopbackCapture::kHeaderBytes) };
    if (m_keepPackets) {
        // As a lesson run's capture: whole up to kWholeBytes, then the headers.
        if (m_pcapWhole + packet.data.size() <= LoopbackCapture::kWholeBytes) {
            m_pcapWhole += packet.data.size();
            m_pcap.append(packet);
        } else {
            m_pcap.append(headers);
        }
        cost += packetBytes(m_pcap.constLast());
    }
    // A connection's packets begin with the client's SYN (a relay's upstream: the relay's).
    // One that belongs to none open (the last ACK after a connection was decoded) is only in
    // the --pcap file.
    const bool opens = ports->protocol == Protocol::Tcp && ports->syn && !ports->ack;
    auto it = m_routes.find(key);
    if (it == m_routes.end() && (opens || m_protocol == Protocol::Udp))
        it = m_routes.emplace(key, Route()).first;
    if (it != m_routes.end()) {
        Route &route = it->second;
        if (route.connections.empty() || (opens && m_protocol == Protocol::Tcp))
            route.connections.emplace_back();
        const qint64 bytes = packetBytes(headers);
        route.connections.back().append(std::move(headers));
        route.bytes += bytes;
        cost += bytes;
    }
    charge(cost);
}

QList<CapturedPacket> ObserveWire::take(quint16 key, qint64 *unkept)
{
    *unkept = 0;
    const auto it = m_routes.find(key);
    if (it == m_routes.end())
        return {};
    Route &route = it->second;
    QList<CapturedPacket> packets;
    if (!route.connections.empty()) {
        packets = std::move(route.connections.front());
        route.connections.pop_front();
    }
    // What was counted after the budget was spent belongs to the connection being decoded:
    // a later one on the same port has nothing kept and starts counting afresh.
    *unkept = route.unkept;
    route.unkept = 0;
    qint64 freed = 0;
    for (const CapturedPacket &p : std::as_const(packets))
        freed += packetBytes(p);
    route.bytes -= freed;
    if (route.connections.empty())
        m_routes.erase(it);
    if (m_budget && freed > 0)
        m_budget->charge(-freed, m_clock.nowNs());
    return packets;
}

void ObserveWire::decode(QList<CapturedPacket> packets, Protocol protocol, quint16 port,
                         int dataRun, int replyRun, QList<Run> &runs)
{
    PacketCapture capture;
    capture.linkType = m_linkType;
    capture.packets = std::move(packets);
    capture.missed = m_capture->missed();
    const LoopbackCapture *mapper = m_capture.get();
    const MonotonicClock &clock = m_clock;
    WireDecoder::decode(
        capture, { { protocol, port, dataRun, replyRun } },
        [mapper, &clock](qint64 ns) { return mapper->toRunNs(ns, clock); }, runs);
}

void ObserveWire::decodeConnection(QList<Run> &runs, quint16 clientPort, quint16 upstreamPort)
{
    if (!m_capture)
        return;
    // The connection's last packets (its FIN and the ACK of it) went out as its sockets closed.
    m_capture->flush();
    qint64 unkept[2] = { 0, 0 };
    QList<CapturedPacket> client;
    QList<CapturedPacket> upstream;
    quint16 listenPort = 0;
    quint16 relayPort = 0;
    {
        const std::lock_guard lock(m_mutex);
        client = take(clientPort, &unkept[0]);
        if (upstreamPort != 0)
            upstream = take(upstreamPort, &unkept[1]);
        listenPort = m_listenPort;
        relayPort = m_relayPort;
    }
    if (runs.isEmpty())
        return;
    qint64 before = 0;
    for (const Run &run : std::as_const(runs))
        before += qint64(run.segments.capacity()) * qint64(sizeof(Segment));
    // The client's connection: its data and SockScope's ACKs, in the first run.
    decode(std::move(client), Protocol::Tcp, listenPort, 0, -1, runs);
    // A relay's upstream connection: the server's data and the relay's ACKs, in the second.
    if (runs.size() > 1) {
        decode(std::move(upstream), Protocol::Tcp, relayPort, -1, 1, runs);
        runs[1].wire = Wire::Captured;
    }
    qint64 after = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        Run &run = runs[i];
        run.wire = Wire::Captured;
        run.segments.squeeze();
        after += qint64(run.segments.capacity()) * qint64(sizeof(Segment));
        countUnkept(run, unkept[std::min<qsizetype>(i, 1)]);
    }
    charge(after - before);
}

void ObserveWire::countUnkept(Run &run, qint64 packets) const
{
    if (packets == 0 || !m_budget)
        return;
    if (!run.unrecorded) {
        Unrecorded u;
        u.reason = Unrecorded::Reason::MemoryBudget;
        u.limit = m_budget->limit();
        u.fromNs = m_budget->exhaustedAtNs();
        run.unrecorded = u;
    }
    run.unrecorded->packets += packets;
}

void ObserveWire::decodeDatagrams(Run &run)
{
    if (!m_capture)
        return;
    m_capture->flush();
    qint64 unkept = 0;
    QList<CapturedPacket> datagrams;
    quint16 port = 0;
    {
        const std::lock_guard lock(m_mutex);
        datagrams = take(0, &unkept);
        port = m_listenPort;
    }
    QList<Run> runs{ run };
    run = Run();
    decode(std::move(datagrams), Protocol::Udp, port, 0, -1, runs);
    run = std::move(runs.first());
    run.segments.squeeze();
    charge(qint64(run.segments.capacity()) * qint64(sizeof(Segment)));
    countUnkept(run, unkept);
}

std::optional<PacketCapture> ObserveWire::finish(const QString &description)
{
    if (!m_capture)
        return std::nullopt;
    // The packets went to route(): this is only the capture's header. The capture object stays,
    // finished, for its clock mapping.
    PacketCapture ended = m_capture->finish();
    if (const QString note = LoopbackCapture::missedNote(ended.missed); !note.isEmpty() && m_notes)
        m_notes->add(note, ObserveNotes::Kind::Always);
    const std::lock_guard lock(m_mutex);
    if (!m_keepPackets)
        return std::nullopt;
    PacketCapture capture;
    capture.name = ended.name;
    capture.linkType = m_linkType;
    capture.description = description + QStringLiteral(" (") + ended.description + QLatin1Char(')');
    if (m_pcapUnkept > 0)
        capture.description += QStringLiteral("; ")
            + tr("%n packet(s) captured after the memory budget was reached were not kept", nullptr,
                 int(std::min<qint64>(m_pcapUnkept, std::numeric_limits<int>::max())));
    capture.packets = std::move(m_pcap);
    m_pcap.clear();
    return capture;
}

} // namespace sockscope
