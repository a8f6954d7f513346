#pragma once

#include "model/trace.h"
#include "util/progressmeter.h"

class QIODevice;

namespace sockscope {

// pcapng (draft-ietf-opsawg-pcapng) of the wire lanes: Wireshark and tshark open it as
// TCP/UDP on 127.0.0.1. One section. The simulated wire: one interface per connection (named
// after the run), LINKTYPE_RAW (IPv4 without a link layer), nanosecond timestamps (if_tsresol
// 9), a run's t = 0 at kEpochNs; connections follow one another in the file, each in its own
// time. Then the packets captured on loopback during real runs (Trace::captures): one
// interface per planned run with the link type it was captured with, each packet's bytes and
// kernel timestamp exactly as captured (a packet kept only in part says so with its length).
class PcapngWriter
{
public:
    static constexpr quint32 kSectionHeader = 0x0A0D0D0A;
    static constexpr quint32 kInterfaceDescription = 1;
    static constexpr quint32 kEnhancedPacket = 6;
    static constexpr quint32 kByteOrderMagic = 0x1A2B3C4D;
    static constexpr quint16 kLinkTypeRaw = 101;
    static constexpr qint64 kEpochNs = 946'684'800'000'000'000; // 2000-01-01T00:00:00Z

    // Empty when the trace has neither a simulated run nor captured packets.
    static QByteArray toPcapng(const Trace &trace);
    // An error sentence naming the file, or empty. progress counts the packets and can stop
    // the writing (the file is then left as it was).
    static QString write(const Trace &trace, const QString &path,
                         const ProgressMeter::Callback &progress = {});

    explicit PcapngWriter(QIODevice &out);
    void writeSectionHeader(const QString &application);
    void writeInterface(const QString &name, const QString &description,
                        quint16 linkType = kLinkTypeRaw);
    // originalLength: the packet's length on the wire when data holds only its start.
    void writePacket(int interface, qint64 timestampNs, const QByteArray &data,
                     const QString &comment, qint64 originalLength = -1);
    static bool hasWire(const Trace &trace);
    // Why --pcap cannot write this trace (it has no wire), one sentence.
    static QString noWire();

private:
    // False when meter stopped it.
    static bool writeTrace(QIODevice &out, const Trace &trace, ProgressMeter *meter = nullptr);
    void writeBlock(quint32 type, const QByteArray &body);

    QIODevice &m_out;
};

} // namespace sockscope
