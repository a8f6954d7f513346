#include "io/ipv4packet.h"

#include <QtEndian>

namespace sockscope {

namespace {

constexpr quint8 kProtocolTcp = 6;
constexpr quint8 kProtocolUdp = 17;
constexpr quint8 kTtl = 64;
constexpr quint16 kDontFragment = 0x4000;

void put16(QByteArray &out, qsizetype at, quint16 v)
{
    qToBigEndian(v, out.data() + at);
}

void put32(QByteArray &out, qsizetype at, quint32 v)
{
    qToBigEndian(v, out.data() + at);
}

// The IPv4 header in front of a transport segment, checksum filled in.
QByteArray ipHeader(quint32 source, quint32 destination, quint16 ipId, quint8 protocol,
                    qsizetype payload)
{
    QByteArray h(Ipv4Packet::kIpHeader, '\0');
    h[0] = char(0x45); // version 4, 5 words of header
    put16(h, 2, quint16(Ipv4Packet::kIpHeader + payload));
    put16(h, 4, ipId);
    put16(h, 6, kDontFragment);
    h[8] = char(kTtl);
    h[9] = char(protocol);
    put32(h, 12, source);
    put32(h, 16, destination);
    put16(h, 10, quint16(~Ipv4Packet::fold(Ipv4Packet::sum(h.constData(), h.size()))));
    return h;
}

// The TCP/UDP checksum covers a pseudo-header of addresses, protocol and length.
quint32 pseudoHeaderSum(quint32 source, quint32 destination, quint8 protocol, qsizetype length)
{
    QByteArray p(12, '\0');
    put32(p, 0, source);
    put32(p, 4, destination);
    p[9] = char(protocol);
    put16(p, 10, quint16(length));
    return Ipv4Packet::sum(p.constData(), p.size());
}

} // namespace

quint32 Ipv4Packet::sum(const char *data, qsizetype size, quint32 start)
{
    quint64 total = start;
    const auto *bytes = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i + 1 < size; i += 2)
        total += quint32(bytes[i]) << 8 | bytes[i + 1];
    if (size % 2)
        total += quint32(bytes[size - 1]) << 8;
    while (total >> 32)
        total = (total & 0xffffffffU) + (total >> 32);
    return quint32(total);
}

quint16 Ipv4Packet::fold(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(sum);
}

QByteArray Ipv4Packet::synOptions(quint16 mss, quint8 windowShift)
{
    QByteArray o(8, '\0');
    o[0] = 2; // MSS
    o[1] = 4;
    put16(o, 2, mss);
    o[4] = 1; // NOP
    o[5] = 3; // window scale
    o[6] = 3;
    o[7] = char(windowShift);
    return o;
}

QByteArray Ipv4Packet::tcp(quint32 source, quint32 destination, quint16 ipId, const Tcp &header,
                           const QByteArray &payload)
{
    const qsizetype headerSize = kTcpHeader + header.options.size();
    QByteArray segment(headerSize, '\0');
    put16(segment, 0, header.sourcePort);
    put16(segment, 2, header.destinationPort);
    put32(segment, 4, header.seq);
    put32(segment, 8, header.ack);
    segment[12] = char((headerSize / 4) << 4);
    segment[13] = char(header.flags);
    put16(segment, 14, header.window);
    segment.replace(kTcpHeader, header.options.size(), header.options);
    segment.append(payload);
    const quint32 pseudo = pseudoHeaderSum(source, destination, kProtocolTcp, segment.size());
    put16(segment, 16, quint16(~fold(sum(segment.constData(), segment.size(), pseudo))));
    return ipHeader(source, destination, ipId, kProtocolTcp, segment.size()) + segment;
}

QByteArray Ipv4Packet::udp(quint32 source, quint32 destination, quint16 ipId, quint16 sourcePort,
                           quint16 destinationPort, const QByteArray &payload)
{
    QByteArray datagram(kUdpHeader, '\0');
    put16(datagram, 0, sourcePort);
    put16(datagram, 2, destinationPort);
    put16(datagram, 4, quint16(kUdpHeader + payload.size()));
    datagram.append(payload);
    const quint32 pseudo = pseudoHeaderSum(source, destination, kProtocolUdp, datagram.size());
    auto checksum = quint16(~fold(sum(datagram.constData(), datagram.size(), pseudo)));
    // RFC 768: a computed 0 is sent as all ones (0 means "no checksum").
    put16(datagram, 6, checksum == 0 ? 0xffff : checksum);
    return ipHeader(source, destination, ipId, kProtocolUdp, datagram.size()) + datagram;
}

} // namespace sockscope
