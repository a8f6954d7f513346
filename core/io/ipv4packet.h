#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace sockscope {

// IPv4 packets as a capture file holds them (LINKTYPE_RAW: no link-layer header), with correct
// lengths and checksums, so Wireshark's checksum validation and TCP analysis accept them.
class Ipv4Packet
{
public:
    static constexpr quint32 kLoopback = 0x7f000001; // 127.0.0.1
    static constexpr int kIpHeader = 20;
    static constexpr int kTcpHeader = 20;
    static constexpr int kUdpHeader = 8;
    static constexpr int kMaxTotalLength = 65535;

    enum TcpFlag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

    struct Tcp
    {
        quint16 sourcePort = 0;
        quint16 destinationPort = 0;
        quint32 seq = 0;
        quint32 ack = 0;
        quint8 flags = 0;
        quint16 window = 0; // as on the wire: already shifted by the window scale
        QByteArray options; // a multiple of 4 bytes (SYN: MSS, window scale)
    };

    // Host byte order addresses; ipId is the IPv4 identification field.
    static QByteArray tcp(quint32 source, quint32 destination, quint16 ipId, const Tcp &header,
                          const QByteArray &payload);
    static QByteArray udp(quint32 source, quint32 destination, quint16 ipId, quint16 sourcePort,
                          quint16 destinationPort, const QByteArray &payload);
    // SYN options: MSS, then a NOP-padded window scale (what Wireshark needs to scale windows).
    static QByteArray synOptions(quint16 mss, quint8 windowShift);

    // RFC 1071 ones' complement sum over data (odd length padded with a zero byte), not yet
    // complemented; start chains partial sums (the pseudo-header).
    static quint32 sum(const char *data, qsizetype size, quint32 start = 0);
    static quint16 fold(quint32 sum);
};

} // namespace sockscope
