#include "io/pcapngwriter.h"

#include "io/wirecapture.h"
#include "util/outputfile.h"
#include "util/progressmeter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QtEndian>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::PcapngWriter", text);
}

constexpr quint16 kOptEnd = 0;
constexpr quint16 kOptComment = 1;
constexpr quint16 kOptIfName = 2;
constexpr quint16 kOptIfDescription = 3;
constexpr quint16 kOptShbUserAppl = 4;
constexpr quint16 kOptIfTsresol = 9;
constexpr quint8 kNanoseconds = 9;

// The file is little-endian throughout: the byte-order magic says so to the reader.
template<typename T> void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void pad4(QByteArray &out)
{
    while (out.size() % 4)
        out.append('\0');
}

void appendOption(QByteArray &out, quint16 code, const QByteArray &value)
{
    append<quint16>(out, code);
    append<quint16>(out, quint16(value.size()));
    out.append(value);
    pad4(out);
}

void appendEnd(QByteArray &out)
{
    append<quint16>(out, kOptEnd);
    append<quint16>(out, 0);
}

} // namespace

PcapngWriter::PcapngWriter(QIODevice &out) : m_out(out)
{ }

void PcapngWriter::writeBlock(quint32 type, const QByteArray &body)
{
    QByteArray block;
    const auto total = quint32(12 + body.size()); // type, two lengths, body (padded)
    append<quint32>(block, type);
    append<quint32>(block, total);
    block.append(body);
    append<quint32>(block, total);
    m_out.write(block);
}

void PcapngWriter::writeSectionHeader(const QString &application)
{
    QByteArray body;
    append<quint32>(body, kByteOrderMagic);
    append<quint16>(body, 1); // version 1.0
    append<quint16>(body, 0);
    append<qint64>(body, -1); // section length not given
    appendOption(body, kOptShbUserAppl, application.toUtf8());
    appendEnd(body);
    writeBlock(kSectionHeader, body);
}

void PcapngWriter::writeInterface(const QString &name, const QString &description, quint16 linkType)
{
    QByteArray body;
    append<quint16>(body, linkType);
    append<quint16>(body, 0);
    append<quint32>(body, 0); // no snap length limit
    appendOption(body, kOptIfName, name.toUtf8());
    appendOption(body, kOptIfDescription, description.toUtf8());
    appendOption(body, kOptIfTsresol, QByteArray(1, char(kNanoseconds)));
    appendEnd(body);
    writeBlock(kInterfaceDescription, body);
}

void PcapngWriter::writePacket(int interface, qint64 timestampNs, const QByteArray &data,
                               const QString &comment, qint64 originalLength)
{
    QByteArray body;
    const auto ts = quint64(timestampNs);
    append<quint32>(body, quint32(interface));
    append<quint32>(body, quint32(ts >> 32));
    append<quint32>(body, quint32(ts & 0xffffffffU));
    append<quint32>(body, quint32(data.size())); // captured
    append<quint32>(body, quint32(std::max<qint64>(originalLength, data.size()))); // original
    body.append(data);
    pad4(body);
    if (!comment.isEmpty()) {
        appendOption(body, kOptComment, comment.toUtf8());
        appendEnd(body);
    }
    writeBlock(kEnhancedPacket, body);
}

bool PcapngWriter::writeTrace(QIODevice &out, const Trace &trace, ProgressMeter *meter)
{
    const WireCapture capture(trace);
    qint64 packets = capture.packets().size();
    for (const PacketCapture &c : trace.captures)
        packets += c.packets.size();
    if (meter && !meter->start(packets))
        return false;
    PcapngWriter writer(out);
    writer.writeSectionHeader(
        QStringLiteral("SockScope %1").arg(QCoreApplication::applicationVersion()));
    for (const WireCapture::Interface &i : capture.interfaces())
        writer.writeInterface(i.name, i.description);
    for (const WireCapture::Packet &p : capture.packets()) {
        writer.writePacket(p.interface, kEpochNs + p.tNs, p.data, p.comment);
        if (meter && !meter->add())
            return false;
    }
    int interface = int(capture.interfaces().size());
    for (const PacketCapture &c : trace.captures) {
        writer.writeInterface(c.name, c.description, quint16(c.linkType));
        for (const CapturedPacket &p : c.packets) {
            writer.writePacket(interface, p.timestampNs, p.data, QString(), p.length);
            if (meter && !meter->add())
                return false;
        }
        ++interface;
    }
    return true;
}

bool PcapngWriter::hasWire(const Trace &trace)
{
    return WireCapture::hasWire(trace) || !trace.captures.isEmpty();
}

QString PcapngWriter::noWire()
{
    return tr("--pcap: the trace has no packets to write: no simulated run (--mode sim or "
              "--mode both) and no packets captured on loopback (a saved trace keeps the "
              "captured segments, not the packets)");
}

QByteArray PcapngWriter::toPcapng(const Trace &trace)
{
    if (!hasWire(trace))
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTrace(buffer, trace);
    return buffer.data();
}

QString PcapngWriter::write(const Trace &trace, const QString &path,
                            const ProgressMeter::Callback &progress)
{
    if (!hasWire(trace))
        return noWire();
    // Made in memory (the packets are a fraction of the trace), counted per packet, then
    // written whole; the file is replaced only if the meter was not stopped meanwhile.
    ProgressMeter meter(progress);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeTrace(buffer, trace, &meter))
        return tr("%1: cannot write the pcapng file (%2)").arg(path, ProgressMeter::cancelled());
    // The last report comes before the file replaces the old one: a stop there still keeps it.
    const auto produce = [&](const OutputFile::Chunk &chunk) {
        if (chunk(buffer.data()))
            meter.finish();
    };
    if (const QString error = OutputFile::write(path, produce, &meter); !error.isEmpty())
        return tr("%1: cannot write the pcapng file (%2)").arg(path, error);
    return {};
}

} // namespace sockscope
