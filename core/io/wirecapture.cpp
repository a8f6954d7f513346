#include "io/wirecapture.h"

#include "io/ipv4packet.h"
#include "model/wireformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::WireCapture", text);
}

constexpr qint64 kNsPerMs = 1'000'000;
constexpr qint64 kUnscaledWindow = 65535;
constexpr int kMaxWindowShift = 14; // RFC 7323

// What went on the wire for a run. A trace read back from JSON keeps only 64-byte previews, so
// the payloads are made again from the run's scenario: they are a pure function of it.
QList<QByteArray> messagesOf(const Run &run)
{
    if (!run.messages.isEmpty())
        return run.messages;
    if (run.protocol == Protocol::Tcp && run.requestsRun >= 0) {
        QList<QByteArray> replies;
        for (int n = 0; n < run.scenario.count; ++n)
            replies.append(WireFormat::reply(n, run.scenario.replySize));
        return replies;
    }
    return WireFormat::messages(run.scenario, run.protocol);
}

QByteArray streamOf(const Run &run)
{
    QByteArray stream;
    for (const QByteArray &m : messagesOf(run))
        stream.append(m);
    return stream;
}

// The segment's bytes; zeros past the end, should a hand-edited trace point beyond its stream.
QByteArray slice(const QByteArray &stream, qint64 offset, qint64 bytes)
{
    QByteArray out = stream.mid(offset, bytes);
    if (out.size() < bytes)
        out.append(QByteArray(bytes - out.size(), '\0'));
    return out;
}

qint64 firstWindow(const Run *run)
{
    if (!run)
        return kUnscaledWindow;
    for (const Segment &g : run->segments) {
        if (g.ack)
            return g.window;
    }
    // TcpModel: a receiver starts with half its effective SO_RCVBUF as window.
    return run->effective.rcvbuf ? *run->effective.rcvbuf / 2 : kUnscaledWindow;
}

// One TCP connection: the requests run (client → server data, server → client ACKs) and, for
// request/response lessons, the replies run (the other way round). Host 0 is the client.
class TcpConnection
{
public:
    TcpConnection(int interface, quint16 clientPort, QList<WireCapture::Packet> &out)
        : m_interface(interface), m_out(out)
    {
        m_hosts[0].isn = WireCapture::kClientIsn;
        m_hosts[0].port = clientPort;
        m_hosts[1].isn = WireCapture::kServerIsn;
        m_hosts[1].port = WireCapture::kServerPort;
    }

    void build(const Run &requests, const Run *replies)
    {
        m_hosts[0].window = firstWindow(replies);
        m_hosts[1].window = firstWindow(&requests);
        chooseWindowShift({ &requests, replies });
        handshake(requests.scenario);
        const std::array<QByteArray, 2> streams{ streamOf(requests),
                                                 replies ? streamOf(*replies) : QByteArray() };

        struct Item
        {
            const Segment *segment;
            int from;
        };
        QList<Item> items;
        for (const Segment &g : requests.segments)
            items.append({ &g, 0 });
        if (replies) {
            for (const Segment &g : replies->segments)
                items.append({ &g, 1 });
        }
        // A piggybacked ACK rides on a data segment leaving at the same moment: apply it first
        // so that the data packet carries it.
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            if (a.segment->tNs != b.segment->tNs)
                return a.segment->tNs < b.segment->tNs;
            return a.segment->piggybacked && !b.segment->piggybacked;
        });
        for (const Item &item : std::as_const(items)) {
            if (item.segment->duplicate)
                continue; // made by the network after the capture point
            if (item.segment->ack)
                ack(*item.segment, 1 - item.from);
            else
                data(*item.segment, item.from, streams[size_t(item.from)]);
        }
    }

private:
    struct Host
    {
        quint32 isn = 0;
        quint16 port = 0;
        quint16 ipId = 0;
        qint64 sndNxt = 0; // relative to isn + 1
        qint64 ackRel = 0; // what this host acknowledges, relative to the peer's isn + 1
        qint64 window = 0; // bytes this host advertises
    };

    void chooseWindowShift(std::initializer_list<const Run *> runs)
    {
        qint64 largest = std::max(m_hosts[0].window, m_hosts[1].window);
        for (const Run *run : runs) {
            for (const Segment &g : run ? run->segments : QList<Segment>()) {
                if (g.ack)
                    largest = std::max(largest, g.window);
            }
        }
        while (m_shift < kMaxWindowShift && (largest >> m_shift) > kUnscaledWindow)
            ++m_shift;
    }

    void handshake(const Scenario &scenario)
    {
        const qint64 rttNs = qint64(scenario.rttMs) * kNsPerMs;
        const QByteArray options
            = Ipv4Packet::synOptions(quint16(std::min(scenario.mss, 65535)), quint8(m_shift));
        emitPacket(0, -rttNs, -1, Ipv4Packet::Syn, {}, {}, options);
        emitPacket(1, -rttNs / 2, -1, Ipv4Packet::Syn | Ipv4Packet::Ack, {}, {}, options);
        emitPacket(0, 0, 0, Ipv4Packet::Ack, {}, {});
    }

    void data(const Segment &g, int from, const QByteArray &stream)
    {
        quint8 flags = Ipv4Packet::Ack;
        if (g.bytes > 0)
            flags |= Ipv4Packet::Psh;
        if (g.fin)
            flags |= Ipv4Packet::Fin;
        QString comment;
        if (g.lost)
            comment = tr("lost in the simulated network: it never arrived");
        else if (g.retransmit)
            comment = tr("sent again after a retransmission timeout");
        else if (g.bytes == 0 && !g.fin)
            comment = tr("window probe");
        emitPacket(from, g.tNs, g.offset, flags, slice(stream, g.offset, g.bytes), comment);
        Host &h = m_hosts[size_t(from)];
        h.sndNxt = std::max(h.sndNxt, g.offset + g.bytes + (g.fin ? 1 : 0));
    }

    void ack(const Segment &g, int from)
    {
        Host &h = m_hosts[size_t(from)];
        h.ackRel = g.offset + (g.fin ? 1 : 0); // the FIN takes one sequence number
        h.window = g.window;
        if (!g.piggybacked)
            emitPacket(from, g.tNs, h.sndNxt, Ipv4Packet::Ack, {},
                       g.lost ? tr("lost in the simulated network: it never arrived") : QString());
    }

    // seqRel -1 is the SYN's own sequence number (the ISN).
    void emitPacket(int from, qint64 tNs, qint64 seqRel, quint8 flags, const QByteArray &payload,
                    const QString &comment, const QByteArray &options = {})
    {
        Host &h = m_hosts[size_t(from)];
        const Host &peer = m_hosts[size_t(1 - from)];
        Ipv4Packet::Tcp tcp;
        tcp.sourcePort = h.port;
        tcp.destinationPort = peer.port;
        tcp.seq = quint32(qint64(h.isn) + 1 + seqRel);
        tcp.ack = (flags & Ipv4Packet::Ack) ? quint32(qint64(peer.isn) + 1 + h.ackRel) : 0;
        tcp.flags = flags;
        // The window of a SYN is never scaled (RFC 7323).
        const qint64 window = (flags & Ipv4Packet::Syn) ? h.window : h.window >> m_shift;
        tcp.window = quint16(std::clamp<qint64>(window, 0, kUnscaledWindow));
        tcp.options = options;
        m_out.append(
            { m_interface, tNs,
              Ipv4Packet::tcp(Ipv4Packet::kLoopback, Ipv4Packet::kLoopback, ++h.ipId, tcp, payload),
              comment });
    }

    int m_interface;
    QList<WireCapture::Packet> &m_out;
    std::array<Host, 2> m_hosts;
    int m_shift = 0;
};

} // namespace

WireCapture::WireCapture(const Trace &trace)
{
    for (int i = 0; i < trace.runs.size(); ++i) {
        const Run &run = trace.runs[i];
        if (run.mode != Mode::Sim)
            continue;
        if (run.protocol == Protocol::Udp) {
            addUdp(run);
        } else if (run.requestsRun < 0) {
            int replies = -1;
            for (int j = 0; j < trace.runs.size(); ++j) {
                if (trace.runs[j].requestsRun == i && trace.runs[j].mode == Mode::Sim)
                    replies = j;
            }
            addTcp(trace, i, replies);
        }
    }
}

bool WireCapture::hasWire(const Trace &trace)
{
    return std::any_of(trace.runs.cbegin(), trace.runs.cend(),
                       [](const Run &run) { return run.mode == Mode::Sim; });
}

int WireCapture::addInterface(const Run &run, const QString &description)
{
    m_interfaces.append({ run.label, description });
    return int(m_interfaces.size() - 1);
}

void WireCapture::addTcp(const Trace &trace, int requests, int replies)
{
    const auto clientPort = quint16(kFirstClientPort + m_interfaces.size());
    const int interface = addInterface(
        trace.runs[requests],
        tr("SockScope simulated network: TCP 127.0.0.1:%1 → 127.0.0.1:%2")
            .arg(clientPort)
            .arg(kServerPort));
    TcpConnection(interface, clientPort, m_packets)
        .build(trace.runs[requests], replies >= 0 ? &trace.runs[replies] : nullptr);
}

void WireCapture::addUdp(const Run &run)
{
    const auto clientPort = quint16(kFirstClientPort + m_interfaces.size());
    const int interface = addInterface(
        run,
        tr("SockScope simulated network: UDP 127.0.0.1:%1 → 127.0.0.1:%2")
            .arg(clientPort)
            .arg(kServerPort));
    const QList<QByteArray> datagrams = messagesOf(run);
    quint16 ipId = 0;
    for (const Segment &g : run.segments) {
        if (g.duplicate)
            continue; // made by the network after the capture point
        QString comment;
        if (g.lost)
            comment = tr("lost in the simulated network: it never arrived");
        else if (g.dropped)
            comment = tr("dropped by the receiver: its receive buffer was full");
        m_packets.append(
            { interface, g.tNs,
              Ipv4Packet::udp(Ipv4Packet::kLoopback, Ipv4Packet::kLoopback, ++ipId, clientPort,
                              kServerPort, slice(datagrams.value(g.message), 0, g.bytes)),
              comment });
    }
}

} // namespace sockscope
