#include "capture/wiredecoder.h"

#include "capture/datagrammatcher.h"

#include <QtEndian>

#include <array>

namespace sockscope {

namespace {

// pcap link types the loopback device can have (Linux gives Ethernet with zero addresses).
constexpr int kLinkNull = 0;
constexpr int kLinkEthernet = 1;
constexpr int kLinkRaw = 12;
constexpr int kLinkRawAlias = 101;
constexpr int kLinkLoop = 108;
constexpr int kLinkLinuxSll = 113;

constexpr int kIpProtocolTcp = 6;
constexpr int kIpProtocolUdp = 17;

constexpr quint8 kFin = 0x01;
constexpr quint8 kSyn = 0x02;
constexpr quint8 kRst = 0x04;
constexpr quint8 kAck = 0x10;

constexpr qint64 kWrap = qint64(1) << 32;

struct Ip
{
    const uchar *l4 = nullptr; // transport header
    qint64 l4Captured = 0; // bytes of it in the capture
    qint64 l4Length = 0; // bytes of it on the wire
    int protocol = 0;
    quint32 source = 0; // the sender's IPv4 address
};

quint16 be16(const uchar *p)
{
    return qFromBigEndian<quint16>(p);
}

quint32 be32(const uchar *p)
{
    return qFromBigEndian<quint32>(p);
}

// The IPv4 packet inside a captured frame; nullopt for anything else (ARP, IPv6).
std::optional<Ip> ipOf(const CapturedPacket &packet, int linkType)
{
    const auto *data = reinterpret_cast<const uchar *>(packet.data.constData());
    const qint64 captured = packet.data.size();
    qint64 at = 0;
    switch (linkType) {
    case kLinkEthernet:
        if (captured < 14 || be16(data + 12) != 0x0800)
            return std::nullopt;
        at = 14;
        break;
    case kLinkLinuxSll:
        if (captured < 16 || be16(data + 14) != 0x0800)
            return std::nullopt;
        at = 16;
        break;
    case kLinkNull:
    case kLinkLoop:
        at = 4;
        break;
    case kLinkRaw:
    case kLinkRawAlias:
        break;
    default:
        return std::nullopt;
    }
    if (captured < at + 20 || (data[at] >> 4) != 4)
        return std::nullopt;
    const int headerLength = (data[at] & 0x0f) * 4;
    const qint64 total = be16(data + at + 2);
    if (headerLength < 20 || total < headerLength || captured < at + headerLength)
        return std::nullopt;
    Ip ip;
    ip.protocol = data[at + 9];
    ip.source = be32(data + at + 12);
    ip.l4 = data + at + headerLength;
    ip.l4Captured = captured - at - headerLength;
    ip.l4Length = total - headerLength;
    return ip;
}

// The 64-bit value of a 32-bit sequence difference, the one closest to the last value seen.
qint64 unwrap(quint32 relative, qint64 &last)
{
    qint64 value = (last & ~(kWrap - 1)) | qint64(relative);
    if (value - last > kWrap / 2)
        value -= kWrap;
    else if (last - value > kWrap / 2)
        value += kWrap;
    last = std::max(last, value);
    return value;
}

// One TCP connection being decoded: side 0 is the client, side 1 the server.
class TcpConnection
{
public:
    TcpConnection(const WireDecoder::Connection &c, QList<Run> &runs) : m_c(c), m_runs(runs) { }

    void add(const uchar *tcp, qint64 captured, qint64 length, qint64 tNs)
    {
        if (captured < 20)
            return;
        const quint16 source = be16(tcp);
        const int headerLength = (tcp[12] >> 4) * 4;
        if (headerLength < 20 || headerLength > captured || length < headerLength)
            return;
        const int side = source == m_c.port ? 1 : 0;
        const quint32 seq = be32(tcp + 4);
        const quint32 ackNumber = be32(tcp + 8);
        const quint8 flags = tcp[13];
        const qint64 payload = length - headerLength;
        if (flags & kSyn) {
            m_isn[side] = seq;
            m_synSeen[side] = true;
            m_scale[side] = windowScale(tcp + 20, headerLength - 20);
        } else if (!m_synSeen[side]) {
            // The capture began after the handshake (it cannot, but a file can say so): count
            // from the first byte seen.
            m_isn[side] = seq - 1;
            m_synSeen[side] = true;
        }

        Segment g;
        g.tNs = tNs;
        g.arriveNs = tNs; // loopback delivers it as it leaves: one copy, one time
        const int own = runOf(side);
        const bool carries = payload > 0 || (flags & (kSyn | kFin | kRst));
        bool placed = false;
        if (carries && own >= 0) {
            Segment d = g;
            d.syn = flags & kSyn;
            d.fin = flags & kFin;
            d.rst = flags & kRst;
            d.bytes = payload;
            d.offset = d.syn ? 0 : unwrap(seq - m_isn[side] - 1, m_lastSeq[side]);
            const qint64 end = d.offset + payload + (d.fin ? 1 : 0);
            d.retransmit = (payload > 0 || d.fin) && end <= m_sentEnd[side];
            m_sentEnd[side] = std::max(m_sentEnd[side], end);
            m_runs[own].segments.append(d);
            placed = true;
        }
        const int acked = runOf(1 - side);
        if ((flags & kAck) && acked >= 0 && m_synSeen[1 - side]) {
            Segment a = g;
            a.ack = true;
            a.offset = unwrap(ackNumber - m_isn[1 - side] - 1, m_lastAck[side]);
            a.offset = std::max<qint64>(a.offset, 0); // the ACK of a SYN expects byte 0
            a.piggybacked = placed;
            // A segment that carries nothing else is shown once, as the ACK it is.
            if (!placed) {
                a.syn = flags & kSyn;
                a.fin = flags & kFin;
                a.rst = flags & kRst;
            }
            const qint64 raw = be16(tcp + 14);
            const bool scaled = !(flags & kSyn) && m_scale[0] >= 0 && m_scale[1] >= 0;
            a.window = scaled ? raw << m_scale[side] : raw;
            m_runs[acked].segments.append(a);
        } else if ((flags & kRst) && !placed && acked >= 0) {
            Segment r = g;
            r.ack = true;
            r.rst = true;
            r.offset = std::max<qint64>(m_lastAck[side], 0);
            m_runs[acked].segments.append(r);
        }
    }

private:
    int runOf(int side) const { return side == 0 ? m_c.dataRun : m_c.replyRun; }

    static int windowScale(const uchar *options, int size)
    {
        for (int i = 0; i < size;) {
            const uchar kind = options[i];
            if (kind == 0)
                break;
            if (kind == 1) {
                ++i;
                continue;
            }
            if (i + 1 >= size || options[i + 1] < 2)
                break;
            if (kind == 3 && options[i + 1] == 3 && i + 2 < size)
                return std::min<int>(options[i + 2], 14);
            i += options[i + 1];
        }
        return -1;
    }

    WireDecoder::Connection m_c;
    QList<Run> &m_runs;
    std::array<quint32, 2> m_isn{};
    std::array<bool, 2> m_synSeen{};
    std::array<int, 2> m_scale{ -1, -1 };
    std::array<qint64, 2> m_lastSeq{};
    std::array<qint64, 2> m_lastAck{};
    std::array<qint64, 2> m_sentEnd{};
};

} // namespace

std::optional<WireDecoder::Ports> WireDecoder::ports(const CapturedPacket &packet, int linkType)
{
    const auto ip = ipOf(packet, linkType);
    if (!ip || ip->l4Captured < 8
        || (ip->protocol != kIpProtocolTcp && ip->protocol != kIpProtocolUdp))
        return std::nullopt;
    Ports p;
    p.protocol = ip->protocol == kIpProtocolTcp ? Protocol::Tcp : Protocol::Udp;
    p.source = be16(ip->l4);
    p.destination = be16(ip->l4 + 2);
    if (p.protocol == Protocol::Tcp && ip->l4Captured >= 14) {
        p.syn = ip->l4[13] & kSyn;
        p.ack = ip->l4[13] & kAck;
    }
    return p;
}

void WireDecoder::decode(const PacketCapture &capture, const QList<Connection> &connections,
                         const std::function<qint64(qint64)> &toRunNs, QList<Run> &runs)
{
    std::vector<TcpConnection> tcp;
    tcp.reserve(size_t(connections.size()));
    QList<int> udpSends(connections.size(), 0); // the next send to match per connection
    // Per UDP connection, what the capture kept of each datagram: which recv() read it.
    QList<QList<DatagramMatcher::Datagram>> datagrams(connections.size());
    for (const Connection &c : connections) {
        tcp.emplace_back(c, runs);
        for (int r : { c.dataRun, c.replyRun }) {
            if (r >= 0 && r < runs.size())
                runs[r].wire = Wire::Captured;
        }
    }
    for (const CapturedPacket &packet : capture.packets) {
        const auto ip = ipOf(packet, capture.linkType);
        if (!ip || ip->l4Captured < 8)
            continue;
        const quint16 source = be16(ip->l4);
        const quint16 destination = be16(ip->l4 + 2);
        for (qsizetype i = 0; i < connections.size(); ++i) {
            const Connection &c = connections[i];
            if (c.port != source && c.port != destination)
                continue;
            if (c.clientPort != 0 && c.clientPort != source && c.clientPort != destination)
                continue;
            if (c.protocol == Protocol::Tcp && ip->protocol == kIpProtocolTcp) {
                tcp[size_t(i)].add(ip->l4, ip->l4Captured, ip->l4Length,
                                   toRunNs(packet.timestampNs));
            } else if (c.protocol == Protocol::Udp && ip->protocol == kIpProtocolUdp
                       && destination == c.port && c.dataRun >= 0) {
                Run &run = runs[c.dataRun];
                Segment g;
                g.tNs = toRunNs(packet.timestampNs);
                g.arriveNs = g.tNs;
                g.bytes = std::max<qint64>(ip->l4Length - 8, 0);
                // Loopback delivers one sender's datagrams in send order, one per send() that
                // the kernel accepted.
                int &next = udpSends[i];
                while (next < run.sends.size() && run.sends.at(next).accepted <= 0)
                    ++next;
                if (next < run.sends.size())
                    g.message = run.sends.at(next++).message;
                const qint64 kept = std::clamp<qint64>(ip->l4Captured - 8, 0, g.bytes);
                datagrams[i].append(
                    { int(run.segments.size()), g.bytes,
                      QByteArrayView(reinterpret_cast<const char *>(ip->l4) + 8, kept), ip->source,
                      source });
                run.segments.append(g);
            }
            break;
        }
    }
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const Connection &c = connections[i];
        // Which datagram a recv() read is found by its place in the capture: only a whole one.
        if (c.protocol == Protocol::Udp && c.dataRun >= 0 && c.dataRun < runs.size()
            && capture.missed == 0)
            DatagramMatcher::match(runs[c.dataRun], datagrams[i]);
    }
}

} // namespace sockscope
