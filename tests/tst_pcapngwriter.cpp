// The pcapng of the simulated wire lane: the blocks parse, every non-duplicate segment is one
// packet with correct lengths, checksums, sequence numbers and payload, a saved trace gives the
// same file, and tshark (when installed) reads it as TCP/UDP on 127.0.0.1.

#include "io/ipv4packet.h"
#include "io/pcapngwriter.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "io/wirecapture.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace sockscope;

namespace {

struct Block
{
    quint32 type = 0;
    QByteArray body;
};

struct FilePacket
{
    quint32 interface = 0;
    quint64 timestampNs = 0;
    QByteArray data;
    QString comment;
};

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint16 be16(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint16>(b.constData() + at);
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

// Splits the file into blocks, checking both length fields and the 4-byte alignment.
QList<Block> blocks(const QByteArray &file)
{
    QList<Block> out;
    qsizetype at = 0;
    while (at < file.size()) {
        if (file.size() - at < 12)
            return {};
        const quint32 length = le32(file, at + 4);
        if (length % 4 || length < 12 || at + length > file.size()
            || le32(file, at + length - 4) != length)
            return {};
        out.append({ le32(file, at), file.mid(at + 8, length - 12) });
        at += length;
    }
    return out;
}

QString commentOf(const QByteArray &options)
{
    for (qsizetype at = 0; at + 4 <= options.size();) {
        const quint16 code = le16(options, at);
        const quint16 length = le16(options, at + 2);
        if (code == 0)
            break;
        if (code == 1)
            return QString::fromUtf8(options.mid(at + 4, length));
        at += 4 + (length + 3) / 4 * 4;
    }
    return {};
}

QList<FilePacket> packetsOf(const QList<Block> &all)
{
    QList<FilePacket> out;
    for (const Block &b : all) {
        if (b.type != PcapngWriter::kEnhancedPacket)
            continue;
        FilePacket p;
        p.interface = le32(b.body, 0);
        p.timestampNs = quint64(le32(b.body, 4)) << 32 | le32(b.body, 8);
        const quint32 captured = le32(b.body, 12);
        p.data = b.body.mid(20, captured);
        p.comment = commentOf(b.body.mid(20 + (captured + 3) / 4 * 4));
        out.append(p);
    }
    return out;
}

bool checksumOk(const char *data, qsizetype size, quint32 start = 0)
{
    return Ipv4Packet::fold(Ipv4Packet::sum(data, size, start)) == 0xffff;
}

// The transport checksum including the pseudo-header.
bool transportChecksumOk(const QByteArray &ip)
{
    QByteArray pseudo = ip.mid(12, 8);
    pseudo.append('\0');
    pseudo.append(ip[9]);
    const quint16 length = quint16(ip.size() - Ipv4Packet::kIpHeader);
    pseudo.append(char(length >> 8));
    pseudo.append(char(length & 0xff));
    return checksumOk(ip.constData() + Ipv4Packet::kIpHeader, length,
                      Ipv4Packet::sum(pseudo.constData(), pseudo.size()));
}

Trace simulateLesson(const QString &name, const QStringList &settings = {})
{
    const Lesson *lesson = LessonCatalogue::find(name);
    Scenario s = lesson->scenario;
    QStringList keys;
    for (const QString &kv : settings) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (!s.set(kv.left(eq), kv.mid(eq + 1)).isEmpty())
            qFatal("bad test setting %s", qPrintable(kv));
        keys << kv.left(eq);
    }
    StopSignal stop;
    return PlanRunner::run(lesson->plan(s, keys), name, Mode::Sim, stop);
}

QByteArray streamOf(const Run &run)
{
    QByteArray s;
    for (const QByteArray &m : run.messages)
        s.append(m);
    return s;
}

qsizetype tcpHeaderSize(const QByteArray &ip)
{
    return (uchar(ip[Ipv4Packet::kIpHeader + 12]) >> 4) * 4;
}

} // namespace

class TestPcapngWriter : public QObject
{
    Q_OBJECT

private slots:
    void blocksParse_data();
    void blocksParse();
    void tcpSequenceNumbersFollowOffsets();
    void lostSegmentsAreCapturedWithAComment();
    void udpOnePacketPerDatagram();
    void savedTraceGivesTheSameFile();
    void realTraceHasNoWire();
    void tsharkReadsIt_data();
    void tsharkReadsIt();
    void commandLine();
};

void TestPcapngWriter::blocksParse_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QStringList>("settings");
    QTest::newRow("side-by-side") << QStringLiteral("side-by-side") << QStringList();
    QTest::newRow("nagle variants") << QStringLiteral("tcp-nagle") << QStringList();
    QTest::newRow("request/response") << QStringLiteral("tcp-nagle-delayed-ack") << QStringList();
    QTest::newRow("lossy, duplicating")
        << QStringLiteral("side-by-side")
        << QStringList{ QStringLiteral("loss=0.2"), QStringLiteral("duplicate=0.2") };
}

void TestPcapngWriter::blocksParse()
{
    QFETCH(QString, lesson);
    QFETCH(QStringList, settings);
    const Trace trace = simulateLesson(lesson, settings);
    const QList<Block> all = blocks(PcapngWriter::toPcapng(trace));
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.first().type, PcapngWriter::kSectionHeader);
    QCOMPARE(le32(all.first().body, 0), PcapngWriter::kByteOrderMagic);

    // One interface per connection: a replies run shares its requests run's.
    int connections = 0;
    qsizetype expectedPackets = 0;
    for (const Run &run : trace.runs) {
        if (run.requestsRun < 0)
            ++connections;
        if (run.protocol == Protocol::Tcp && run.requestsRun < 0)
            expectedPackets += 3; // the handshake
        for (const Segment &g : run.segments)
            expectedPackets += (g.duplicate || g.piggybacked) ? 0 : 1;
    }
    const auto interfaces = std::count_if(all.cbegin(), all.cend(), [](const Block &b) {
        return b.type == PcapngWriter::kInterfaceDescription;
    });
    QCOMPARE(interfaces, connections);
    for (const Block &b : all) {
        if (b.type == PcapngWriter::kInterfaceDescription)
            QCOMPARE(le16(b.body, 0), PcapngWriter::kLinkTypeRaw);
    }

    const QList<FilePacket> packets = packetsOf(all);
    QCOMPARE(packets.size(), expectedPackets);
    for (const FilePacket &p : packets) {
        QVERIFY(p.interface < quint32(connections));
        QCOMPARE(uchar(p.data[0]), uchar(0x45));
        QCOMPARE(be16(p.data, 2), quint16(p.data.size()));
        QCOMPARE(be32(p.data, 12), Ipv4Packet::kLoopback);
        QCOMPARE(be32(p.data, 16), Ipv4Packet::kLoopback);
        QVERIFY(checksumOk(p.data.constData(), Ipv4Packet::kIpHeader));
        QVERIFY(transportChecksumOk(p.data));
    }
}

void TestPcapngWriter::tcpSequenceNumbersFollowOffsets()
{
    const Trace trace = simulateLesson(QStringLiteral("tcp-slow-reader"));
    const Run &run = trace.runs.first();
    const QByteArray stream = streamOf(run);
    const QList<FilePacket> packets = packetsOf(blocks(PcapngWriter::toPcapng(trace)));

    // Handshake: SYN, SYN/ACK, ACK at t <= 0.
    QCOMPARE(uchar(packets[0].data[33]), uchar(Ipv4Packet::Syn));
    QCOMPARE(be32(packets[0].data, 24), WireCapture::kClientIsn);
    QCOMPARE(uchar(packets[1].data[33]), uchar(Ipv4Packet::Syn | Ipv4Packet::Ack));
    QCOMPARE(be32(packets[1].data, 28), WireCapture::kClientIsn + 1);
    QVERIFY(packets[2].timestampNs <= quint64(PcapngWriter::kEpochNs));

    // Pointers into packets itself (after the handshake), not into a temporary copy of it.
    QList<const FilePacket *> fromClient;
    for (qsizetype i = 3; i < packets.size(); ++i) {
        if (be16(packets[i].data, Ipv4Packet::kIpHeader) == WireCapture::kFirstClientPort)
            fromClient.append(&packets[i]);
    }
    QList<const Segment *> data;
    for (const Segment &g : run.segments) {
        if (!g.ack && !g.duplicate)
            data.append(&g);
    }
    QCOMPARE(fromClient.size(), data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QByteArray &ip = fromClient[i]->data;
        const Segment &g = *data[i];
        QCOMPARE(be32(ip, Ipv4Packet::kIpHeader + 4),
                 quint32(WireCapture::kClientIsn + 1 + g.offset));
        QCOMPARE(fromClient[i]->timestampNs, quint64(PcapngWriter::kEpochNs + g.tNs));
        const QByteArray payload = ip.mid(Ipv4Packet::kIpHeader + tcpHeaderSize(ip));
        QCOMPARE(payload, stream.mid(g.offset, g.bytes));
    }
    // The server's ACKs acknowledge what the segments carried.
    qint64 lastAck = 0;
    for (const FilePacket &p : packets.mid(3)) {
        if (be16(p.data, Ipv4Packet::kIpHeader) == WireCapture::kServerPort)
            lastAck = qint64(be32(p.data, Ipv4Packet::kIpHeader + 8)) - WireCapture::kClientIsn - 1;
    }
    QCOMPARE(lastAck, qint64(stream.size()) + 1); // every byte and the FIN
}

void TestPcapngWriter::lostSegmentsAreCapturedWithAComment()
{
    const Trace trace
        = simulateLesson(QStringLiteral("tcp-slow-reader"), { QStringLiteral("loss=0.3") });
    qsizetype lost = 0;
    for (const Segment &g : trace.runs.first().segments)
        lost += g.lost && !g.duplicate ? 1 : 0;
    QVERIFY2(lost > 0, "the seed should lose something at 30 %");
    const QList<FilePacket> packets = packetsOf(blocks(PcapngWriter::toPcapng(trace)));
    const auto commented = std::count_if(packets.cbegin(), packets.cend(), [](const FilePacket &p) {
        return p.comment.contains(QLatin1String("lost"));
    });
    QCOMPARE(commented, lost);
}

void TestPcapngWriter::udpOnePacketPerDatagram()
{
    const Trace trace = simulateLesson(QStringLiteral("udp-boundaries"));
    const Run &run = trace.runs.first();
    const QList<FilePacket> packets = packetsOf(blocks(PcapngWriter::toPcapng(trace)));
    QCOMPARE(packets.size(), run.messages.size());
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const QByteArray &ip = packets[i].data;
        QCOMPARE(uchar(ip[9]), uchar(17));
        QCOMPARE(be16(ip, Ipv4Packet::kIpHeader + 4),
                 quint16(Ipv4Packet::kUdpHeader + run.messages[i].size()));
        QCOMPARE(ip.mid(Ipv4Packet::kIpHeader + Ipv4Packet::kUdpHeader), run.messages[i]);
    }
}

void TestPcapngWriter::savedTraceGivesTheSameFile()
{
    // A saved trace keeps 64-byte previews only: the payloads are made again from the scenario.
    for (const QString &lesson : { QStringLiteral("side-by-side"), QStringLiteral("tcp-split"),
                                   QStringLiteral("framing-json-header") }) {
        const Trace trace = simulateLesson(lesson);
        QString error;
        const auto back = TraceJsonReader::fromJson(TraceJsonWriter::toJson(trace), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(PcapngWriter::toPcapng(*back), PcapngWriter::toPcapng(trace));
    }
}

void TestPcapngWriter::realTraceHasNoWire()
{
    Trace trace = simulateLesson(QStringLiteral("udp-boundaries"));
    for (Run &run : trace.runs)
        run.mode = Mode::Real;
    QVERIFY(PcapngWriter::toPcapng(trace).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.pcapng"));
    QVERIFY(PcapngWriter::write(trace, path).contains(QLatin1String("no simulated run")));
    QVERIFY(!QFile::exists(path));
}

void TestPcapngWriter::tsharkReadsIt_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QStringList>("settings");
    QTest::newRow("tcp-split") << QStringLiteral("tcp-split") << QStringList();
    QTest::newRow("side-by-side, lossy")
        << QStringLiteral("side-by-side") << QStringList{ QStringLiteral("loss=0.2") };
}

void TestPcapngWriter::tsharkReadsIt()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (apt-get install tshark): the file is checked by the parser "
              "above only");
    QFETCH(QString, lesson);
    QFETCH(QStringList, settings);
    const Trace trace = simulateLesson(lesson, settings);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wire.pcapng"));
    QCOMPARE(PcapngWriter::write(trace, path), QString());

    QProcess p;
    p.start(tshark,
            { QStringLiteral("-n"),
              QStringLiteral("-r"),
              path,
              QStringLiteral("-o"),
              QStringLiteral("tcp.check_checksum:TRUE"),
              QStringLiteral("-o"),
              QStringLiteral("udp.check_checksum:TRUE"),
              QStringLiteral("-o"),
              QStringLiteral("ip.check_checksum:TRUE"),
              QStringLiteral("-o"),
              QStringLiteral("tcp.relative_sequence_numbers:TRUE"),
              QStringLiteral("-T"),
              QStringLiteral("fields"),
              QStringLiteral("-E"),
              QStringLiteral("separator=,"),
              QStringLiteral("-e"),
              QStringLiteral("ip.src"),
              QStringLiteral("-e"),
              QStringLiteral("ip.dst"),
              QStringLiteral("-e"),
              QStringLiteral("tcp.srcport"),
              QStringLiteral("-e"),
              QStringLiteral("tcp.seq"),
              QStringLiteral("-e"),
              QStringLiteral("tcp.len"),
              QStringLiteral("-e"),
              QStringLiteral("udp.length"),
              QStringLiteral("-e"),
              QStringLiteral("ip.checksum.status"),
              QStringLiteral("-e"),
              QStringLiteral("tcp.checksum.status"),
              QStringLiteral("-e"),
              QStringLiteral("udp.checksum.status") });
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');

    // The expected client data segments, in order: relative seq = offset + 1 (after the SYN).
    QList<QPair<qint64, qint64>> expectedData;
    qsizetype expectedPackets = 0;
    int udpDatagrams = 0;
    for (const Run &run : trace.runs) {
        expectedPackets += run.protocol == Protocol::Tcp && run.requestsRun < 0 ? 3 : 0;
        for (const Segment &g : run.segments) {
            if (g.duplicate || g.piggybacked)
                continue;
            ++expectedPackets;
            if (run.protocol == Protocol::Udp)
                ++udpDatagrams;
            else if (!g.ack && run.requestsRun < 0 && g.bytes > 0)
                expectedData.append({ g.offset + 1, g.bytes });
        }
    }
    QCOMPARE(lines.size(), expectedPackets);
    QList<QPair<qint64, qint64>> seenData;
    int seenUdp = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(',');
        QCOMPARE(f.size(), 9);
        QCOMPARE(f[0], QByteArray("127.0.0.1"));
        QCOMPARE(f[1], QByteArray("127.0.0.1"));
        // Checksum status (validation switched on above): 1 = good, 0 = bad.
        QCOMPARE(f[6], QByteArray("1"));
        QCOMPARE(f[7] + f[8], QByteArray("1"));
        if (!f[5].isEmpty())
            ++seenUdp;
        if (f[2] == QByteArray::number(WireCapture::kFirstClientPort) && f[4].toLongLong() > 0)
            seenData.append({ f[3].toLongLong(), f[4].toLongLong() });
    }
    QCOMPARE(seenUdp, udpDatagrams);
    QCOMPARE(seenData, expectedData);
}

void TestPcapngWriter::commandLine()
{
    QTemporaryDir dir;
    auto sockscope = [](const QStringList &arguments, QByteArray *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(SOCKSCOPE_BINARY), arguments);
        p.waitForFinished(120000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    const QString json = dir.filePath(QStringLiteral("sim.json"));
    const QString pcap = dir.filePath(QStringLiteral("run.pcapng"));
    QCOMPARE(
        sockscope({ QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("tcp-split"),
                    QStringLiteral("--mode"), QStringLiteral("sim"), QStringLiteral("--quiet"),
                    QStringLiteral("--json"), json, QStringLiteral("--pcap"), pcap }),
        0);
    QFile written(pcap);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray fromRun = written.readAll();
    QCOMPARE(le32(fromRun, 0), PcapngWriter::kSectionHeader);

    // show: the saved trace gives the same capture.
    const QString shown = dir.filePath(QStringLiteral("show.pcapng"));
    QCOMPARE(sockscope({ QStringLiteral("show"), json, QStringLiteral("--quiet"),
                         QStringLiteral("--pcap"), shown }),
             0);
    QFile again(shown);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), fromRun);

    // An observe session that listens beyond loopback cannot capture its clients: refused at
    // once, before it listens (a session would otherwise wait for a client), exit 2 with a
    // sentence that says why.
    QByteArray err;
    QCOMPARE(
        sockscope({ QStringLiteral("observe"), QStringLiteral("--tcp"), QStringLiteral("--port"),
                    QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                    QStringLiteral("--pcap"), dir.filePath(QStringLiteral("observe.pcapng")) },
                  &err),
        2);
    QVERIFY2(err.contains("loopback device only"), err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("observe.pcapng"))));
}

QTEST_GUILESS_MAIN(TestPcapngWriter)
#include "tst_pcapngwriter.moc"
