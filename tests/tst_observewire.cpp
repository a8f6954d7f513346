// The captured wire of observe, relay and send-to sessions (ObserveWire, RemoteSender): each
// connection's packets, captured on loopback while the session records, become its runs' wire
// lanes; --pcap writes them; without CAP_NET_RAW the session goes on and says so once; the
// memory budget bounds them. Capturing needs CAP_NET_RAW: CI runs as root, so a test that finds
// the capture unavailable there fails; elsewhere (not root) it skips and says why.

#include "clitesthelpers.h"
#include "observetesthelpers.h"

#include "analysis/segmentlinks.h"
#include "analysis/wiresummary.h"
#include "capture/datagrammatcher.h"
#include "capture/loopbackcapture.h"
#include "capturetesthelpers.h"
#include "io/textreport.h"
#include "observe/remotesender.h"
#include "view/eventtext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <netinet/tcp.h>
#include <unistd.h>

using namespace sockscope;
using namespace observetest;

namespace {

// Payload bytes of the data segments, first copies only.
qint64 dataBytes(const Run &run)
{
    qint64 sum = 0;
    for (const Segment &g : run.segments) {
        if (!g.ack && !g.retransmit)
            sum += g.bytes;
    }
    return sum;
}

qint64 dataSegments(const Run &run)
{
    return std::count_if(run.segments.cbegin(), run.segments.cend(),
                         [](const Segment &g) { return !g.ack && g.bytes > 0; });
}

bool has(const Run &run, bool Segment::*flag)
{
    return std::any_of(run.segments.cbegin(), run.segments.cend(),
                       [flag](const Segment &g) { return g.*flag; });
}

// A client that sends count messages of size bytes, one send() each with TCP_NODELAY and a
// pause between them, half-closes and waits for the observer to close: its run is complete.
bool sendMessages(quint16 port, int count, int size, int pauseMs)
{
    const int fd = connectTcp(port);
    if (fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const QByteArray message(size, 'm');
    bool ok = true;
    for (int i = 0; ok && i < count; ++i) {
        ok = sendAll(fd, message.constData(), message.size());
        if (pauseMs > 0)
            QThread::msleep(ulong(pauseMs));
    }
    ::shutdown(fd, SHUT_WR);
    const timeval patience{ 30, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    char byte = 0;
    ok = ok && ::recv(fd, &byte, 1, 0) == 0;
    ::close(fd);
    return ok;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Starts `sockscope observe ARGS` and returns the port it printed, 0 when it did not.
quint16 startObserve(QProcess &p, const QStringList &args)
{
    p.setProcessEnvironment(clitest::cLocale());
    p.start(QStringLiteral(SOCKSCOPE_BINARY), QStringList{ QStringLiteral("observe") } + args);
    p.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains("listening on") || !err.mid(err.indexOf("listening on")).contains('\n')) {
        if (!p.waitForReadyRead(10'000))
            return 0;
        err += p.readAllStandardError();
    }
    const qsizetype at = err.indexOf("listening on ");
    const QByteArray line = err.mid(at, err.indexOf('\n', at) - at);
    return quint16(line.mid(line.lastIndexOf(':') + 1).split(',').first().toUInt());
}

// A foreign sender's burst of kFlood distinct 1000-byte datagrams to the session's port; returns
// once the slow reader has emptied the queue (its recvs are handed over in batches, the last one
// when nothing is left to read, so the count then stops growing).
constexpr int kFlood = 3000;
constexpr int kFloodSize = 1000;
QList<QByteArray> flood(Observation &obs)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(obs.port());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QList<QByteArray> sent;
    for (int i = 0; i < kFlood; ++i) {
        // Distinct from the first byte on, so that a link to a neighbour shows.
        QByteArray d = QByteArray::number(i).rightJustified(6, '0') + ';';
        while (d.size() < kFloodSize)
            d += char('a' + (i + d.size()) % 26);
        sent << d;
        if (::sendto(fd, d.constData(), size_t(d.size()), 0,
                     reinterpret_cast<const sockaddr *>(&to), sizeof to)
            != ssize_t(d.size()))
            qFatal("sendto failed");
    }
    ::close(fd);
    QElapsedTimer waited;
    waited.start();
    while (obs.feed.recvs.load() == 0 && waited.elapsed() < 30'000)
        QThread::msleep(50);
    int seen = -1;
    while (seen != obs.feed.recvs.load()) {
        seen = obs.feed.recvs.load();
        QThread::msleep(1000);
    }
    return sent;
}

} // namespace

class tst_ObserveWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void observedClientHasItsSegments();
    void relayHasBothDirections();
    void udpDatagramsAreOneSegmentEach();
    void udpFloodLinksEachReadAndDrop();
    void udpFloodWithPcapKeepsEveryDatagram();
    void matcherLinksOnlyWhatTheEvidenceSays();
    void sendToHasItsSegments();
    void pcapEqualsTheJson();
    void pcapRefusedOffLoopback();
    void withoutThePermissionTheSessionGoesOn();
    void budgetStopsTheWire();
};

void tst_ObserveWire::initTestCase()
{
    if (python().isEmpty())
        QSKIP("python3 is needed for the relay's server");
}

// N messages from a client: its run's captured data bytes are what it sent, with the handshake
// and the FIN, and every recv() finds the segments its bytes came in.
void tst_ObserveWire::observedClientHasItsSegments()
{
    REQUIRE_CAPTURE();
    Observation obs(ObserveOptions{});
    QCOMPARE(obs.open(), QString());
    obs.start();
    constexpr int kMessages = 20;
    constexpr int kSize = 100;
    QVERIFY(sendMessages(obs.port(), kMessages, kSize, 2));
    QTRY_COMPARE(obs.feed.closed.load(), 1);
    // The view gets the wire lane when the connection ends, not when the session does.
    QTRY_VERIFY(obs.feed.segments.load() > kMessages);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QCOMPARE(run.wire, Wire::Captured);
    QCOMPARE(dataBytes(run), qint64(kMessages * kSize));
    QCOMPARE(run.summary.receivedBytes, qint64(kMessages * kSize));
    QVERIFY(has(run, &Segment::syn));
    QVERIFY(has(run, &Segment::fin));
    QVERIFY(has(run, &Segment::ack)); // SockScope's own ACKs come back
    for (int i = 0; i < run.recvs.size(); ++i) {
        if (run.recvs.at(i).bytes > 0)
            QVERIFY2(!SegmentLinks::segmentsOfRecv(run, i).isEmpty(),
                     qPrintable(QString::number(i)));
    }
    QVERIFY(trace.notes.isEmpty());
    // The table says what the wire carried.
    const QString table = TextReport::render(trace);
    QVERIFY2(table.contains(QStringLiteral("Wire (captured on loopback): data segments: ")
                            + QString::number(dataSegments(run)) + QStringLiteral(" (")
                            + QString::number(kMessages * kSize) + QStringLiteral(" B)")),
             qPrintable(table));
}

// A relay: the client's data in the client → server run, the server's answer in the other, each
// from the connection that run's recv()s read.
void tst_ObserveWire::relayHasBothDirections()
{
    REQUIRE_CAPTURE();
    QProcess server;
    const quint16 serverPort = startPeerServer(server, QStringLiteral("server"));
    QVERIFY(serverPort != 0);
    ObserveOptions options;
    options.relay = Endpoint{ QStringLiteral("127.0.0.1"), serverPort };
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    QCOMPARE(runPeerClient(QStringLiteral("client"), obs.port()), QByteArray("exact"));
    QVERIFY(ended(server));
    QTRY_COMPARE(obs.feed.closed.load(), 2);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 2);
    for (const Run &run : trace.runs) {
        QCOMPARE(run.wire, Wire::Captured);
        QCOMPARE(dataBytes(run), qint64(100'000));
        QVERIFY(has(run, &Segment::syn));
        QVERIFY(has(run, &Segment::fin));
    }
}

// Datagrams to the observed port: one segment each, with its size.
void tst_ObserveWire::udpDatagramsAreOneSegmentEach()
{
    REQUIRE_CAPTURE();
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = ObserveOptions::kDefaultUdpRecvSize;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(obs.port());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    constexpr int kDatagrams = 12;
    for (int i = 0; i < kDatagrams; ++i) {
        const QByteArray d(100 + i, char('a' + i));
        QCOMPARE(::sendto(fd, d.constData(), size_t(d.size()), 0,
                          reinterpret_cast<const sockaddr *>(&to), sizeof to),
                 ssize_t(d.size()));
    }
    ::close(fd);
    QTRY_COMPARE(obs.feed.recvs.load(), kDatagrams);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QCOMPARE(run.wire, Wire::Captured);
    QCOMPARE(run.segments.size(), qsizetype(kDatagrams));
    for (int i = 0; i < kDatagrams; ++i)
        QCOMPARE(run.segments.at(i).bytes, qint64(100 + i));
}

// A foreign sender floods a slow reader: the kernel drops most datagrams at the full receive
// buffer. Each recv() is linked to the captured datagram it read (the datagrams are distinct, so
// the link is checked against what was sent), and the datagrams no recv() read are marked
// dropped, as many as the kernel's drop counter says.
void tst_ObserveWire::udpFloodLinksEachReadAndDrop()
{
    REQUIRE_CAPTURE();
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = 512; // shorter than a datagram: each recv() keeps a prefix
    options.readIntervalMs = 2; // a slow reader: the burst overflows the buffer
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    const QList<QByteArray> sent = flood(obs);
    constexpr int kDatagrams = kFlood;
    constexpr int kSize = kFloodSize;
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QCOMPARE(run.wire, Wire::Captured);
    QCOMPARE(run.segments.size(), qsizetype(kDatagrams));
    QVERIFY(run.kernelDrops);
    QVERIFY2(*run.kernelDrops > 0, "the flood did not overflow the receive buffer");
    // Read or dropped, all but the few a loaded machine may still have queued when the session
    // stopped (the wait above ends after a second without a read).
    const qint64 accounted = qint64(run.recvs.size()) + *run.kernelDrops;
    QVERIFY2(accounted <= kDatagrams && accounted >= kDatagrams - 3,
             qPrintable(QStringLiteral("%1 read + %2 dropped of %3")
                            .arg(run.recvs.size())
                            .arg(*run.kernelDrops)
                            .arg(kDatagrams)));

    // Every recv() names one datagram: the one whose bytes it holds.
    QList<bool> read(kDatagrams, false);
    for (int i = 0; i < run.recvs.size(); ++i) {
        const QList<int> segments = SegmentLinks::segmentsOfRecv(run, i);
        QCOMPARE(segments.size(), 1);
        const int j = segments.first();
        QCOMPARE(run.segments.at(j).recv, i);
        QCOMPARE(SegmentLinks::recvsOfSegment(run, j), QList<int>{ i });
        QVERIFY(!run.segments.at(j).dropped);
        QCOMPARE(run.recvs.at(i).preview.toByteArray(), sent.at(j).left(64));
        QCOMPARE(run.recvs.at(i).datagramSize.value_or(-1), qint64(kSize));
        read[j] = true;
    }
    // The others were dropped, as many as the kernel counted. A datagram still queued when the
    // session stopped is neither; after it, the matcher cannot tell which of the last datagrams
    // the counter's last drops were, and marks none of them (a handful on a loaded machine).
    qint64 dropped = 0;
    qint64 unmarked = 0;
    for (int j = 0; j < kDatagrams; ++j) {
        QVERIFY(!(read.at(j) && run.segments.at(j).dropped));
        dropped += run.segments.at(j).dropped;
        unmarked += !read.at(j) && !run.segments.at(j).dropped;
    }
    const bool whole = accounted == kDatagrams && unmarked == 0;
    QVERIFY2(unmarked <= 3 + (kDatagrams - accounted),
             qPrintable(QStringLiteral("%1 datagrams neither read nor dropped").arg(unmarked)));
    QVERIFY(dropped <= *run.kernelDrops && dropped + unmarked >= *run.kernelDrops);

    // The hover texts and the table say it.
    const int firstDropped = int(read.indexOf(false));
    QVERIFY(EventText::segmentDetails(run, firstDropped).contains(QStringLiteral("dropped")));
    const int firstRead = int(read.indexOf(true));
    QVERIFY(
        EventText::segmentDetails(run, firstRead).contains(QStringLiteral("read by recv() #0")));
    QVERIFY2(EventText::recvDetails(run, 0).contains(
                 QStringLiteral("arrived as datagram #%1 at").arg(firstRead)),
             qPrintable(EventText::recvDetails(run, 0)));
    const QString line = QStringLiteral("Wire (captured on loopback): datagrams: %1 (%2 B), read "
                                        "by a recv(): %3, dropped at the full receive buffer: %4")
                             .arg(kDatagrams)
                             .arg(kDatagrams * kSize)
                             .arg(run.recvs.size())
                             .arg(*run.kernelDrops);
    if (!whole)
        return; // the table then also says how many it could not match (tst_wirecli)
    QCOMPARE(WireSummary::line(run), line);
    QVERIFY(TextReport::render(trace).contains(line + QLatin1Char('\n')));
}

// With --pcap the capture keeps whole packets, in the kernel's ring of blocks where each takes
// only its own length: the 16 MiB ring holds the whole 3 MB flood even if the capture thread does
// not run during it. Every datagram sent is kept for the pcapng file, no note says the capture
// missed any, and each is linked to the recv() that read it or marked dropped, as without --pcap.
void tst_ObserveWire::udpFloodWithPcapKeepsEveryDatagram()
{
    REQUIRE_CAPTURE();
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = 512;
    options.readIntervalMs = 2;
    options.keepPackets = true;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    flood(obs);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QVERIFY2(std::none_of(trace.notes.cbegin(), trace.notes.cend(),
                          [](const QString &n) {
                              return n.contains(QStringLiteral("The capture missed packets"));
                          }),
             qPrintable(trace.notes.join(QLatin1Char('\n'))));
    QCOMPARE(run.segments.size(), qsizetype(kFlood));
    QCOMPARE(trace.captures.size(), qsizetype(1));
    QCOMPARE(trace.captures.first().missed, qint64(0));
    QCOMPARE(trace.captures.first().packets.size(), qsizetype(kFlood)); // what --pcap writes
    for (const CapturedPacket &p : trace.captures.first().packets)
        QCOMPARE(p.data.size(), qsizetype(p.length)); // whole

    // Read or dropped, all but the few a loaded machine may still have queued at the end.
    QVERIFY(run.kernelDrops);
    const qint64 accounted = qint64(run.recvs.size()) + *run.kernelDrops;
    QVERIFY2(accounted <= kFlood && accounted >= kFlood - 3,
             qPrintable(QStringLiteral("%1 read + %2 dropped of %3")
                            .arg(run.recvs.size())
                            .arg(*run.kernelDrops)
                            .arg(kFlood)));
    qsizetype linked = 0;
    qsizetype dropped = 0;
    for (const Segment &g : run.segments) {
        linked += g.recv >= 0;
        dropped += g.dropped;
    }
    QCOMPARE(linked, run.recvs.size());
    QVERIFY(dropped <= *run.kernelDrops && dropped >= *run.kernelDrops - 3);
}

// The matcher links a recv() to the datagram the drop counter points at only when their bytes
// agree, marks as dropped only the datagrams between two such links (and after the last one
// when the counter at the end accounts for each), and leaves the rest unsaid.
void tst_ObserveWire::matcherLinksOnlyWhatTheEvidenceSays()
{
    const QList<QByteArray> payloads{ "A-0", "B-1", "C-2", "D-3", "E-4", "F-5", "G-6" };
    auto observed = [&] {
        Run run;
        run.protocol = Protocol::Udp;
        run.role = Role::Observer;
        run.wire = Wire::Captured;
        run.peers << QStringLiteral("127.0.0.1:4000");
        for (qsizetype j = 0; j < payloads.size(); ++j)
            run.segments.append(Segment());
        return run;
    };
    QList<DatagramMatcher::Datagram> datagrams;
    for (qsizetype j = 0; j < payloads.size(); ++j)
        datagrams.append({ int(j), payloads.at(j).size(), payloads.at(j), 0x7f000001, 4000 });
    auto recv = [](const QByteArray &bytes, qint64 drops) {
        RecvEvent r;
        r.bytes = bytes.size();
        r.datagramSize = bytes.size();
        r.preview = bytes;
        r.peer = 0;
        r.drops = drops;
        return r;
    };
    auto recvOf = [](const Run &run) {
        QList<int> out;
        for (const Segment &g : run.segments)
            out << g.recv;
        return out;
    };
    auto droppedOf = [](const Run &run) {
        QList<bool> out;
        for (const Segment &g : run.segments)
            out << g.dropped;
        return out;
    };

    // A, C (B dropped before it), E (D dropped), G (F dropped): every read agrees.
    using Reads = QList<std::pair<QByteArray, qint64>>;
    auto readAll = [&](Run &run, const Reads &reads) {
        for (const auto &[bytes, drops] : reads)
            run.recvs.append(recv(bytes, drops));
    };
    Run all = observed();
    readAll(all, Reads{ { "A-0", 0 }, { "C-2", 1 }, { "E-4", 2 }, { "G-6", 3 } });
    all.kernelDrops = 3;
    DatagramMatcher::match(all, datagrams);
    QCOMPARE(recvOf(all), (QList<int>{ 0, -1, 1, -1, 2, -1, 3 }));
    QCOMPARE(droppedOf(all), (QList<bool>{ false, true, false, true, false, true, false }));

    // The third recv() holds bytes that are not E's (a datagram the capture did not see): it
    // is not linked, and neither D nor F, on either side of it, is said to be dropped.
    Run odd = observed();
    readAll(odd, Reads{ { "A-0", 0 }, { "C-2", 1 }, { "X-9", 2 }, { "G-6", 3 } });
    odd.kernelDrops = 3;
    DatagramMatcher::match(odd, datagrams);
    QCOMPARE(recvOf(odd), (QList<int>{ 0, -1, 1, -1, -1, -1, 3 }));
    QCOMPARE(droppedOf(odd), (QList<bool>{ false, true, false, false, false, false, false }));

    // A truncated recv() keeps a prefix of its datagram; another sender is another datagram.
    Run cut = observed();
    RecvEvent a = recv("A-", 0);
    a.datagramSize = 3;
    a.truncated = true;
    cut.recvs.append(a);
    RecvEvent b = recv("B-1", 0);
    cut.peers << QStringLiteral("127.0.0.1:5000");
    b.peer = 1;
    cut.recvs.append(b);
    cut.kernelDrops = 0;
    DatagramMatcher::match(cut, datagrams);
    QCOMPARE(recvOf(cut), (QList<int>{ 0, -1, -1, -1, -1, -1, -1 }));

    // After the last read: all dropped when the counter at the end counts each of them, none
    // when it counts fewer (some were still queued: which ones, nothing says).
    Run tail = observed();
    tail.recvs.append(recv("A-0", 0));
    tail.recvs.append(recv("B-1", 0));
    tail.kernelDrops = 5;
    DatagramMatcher::match(tail, datagrams);
    QCOMPARE(droppedOf(tail), (QList<bool>{ false, false, true, true, true, true, true }));
    Run queued = observed();
    queued.recvs.append(recv("A-0", 0));
    queued.recvs.append(recv("B-1", 0));
    queued.kernelDrops = 4;
    DatagramMatcher::match(queued, datagrams);
    QCOMPARE(droppedOf(queued), (QList<bool>(payloads.size(), false)));
}

// run --to: the sender's own connection, its bytes on the wire.
void tst_ObserveWire::sendToHasItsSegments()
{
    REQUIRE_CAPTURE();
    Observation obs(ObserveOptions{});
    QCOMPARE(obs.open(), QString());
    obs.start();
    Scenario scenario;
    scenario.protocol = Scenario::Protocols::Tcp;
    scenario.count = 10;
    scenario.size = 50;
    StopSignal stop;
    const Trace trace
        = RemoteSender::run({ PlannedRun{ QString(), scenario } }, QString(),
                            Endpoint{ QStringLiteral("127.0.0.1"), obs.port() }, stop);
    obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QCOMPARE(run.error, QString());
    QCOMPARE(run.wire, Wire::Captured);
    QCOMPARE(dataBytes(run), run.summary.sentBytes);
    QVERIFY(run.summary.sentBytes > 0);
    QVERIFY(has(run, &Segment::syn));
    QCOMPARE(trace.captures.size(), 1);
    for (int i = 0; i < run.sends.size(); ++i)
        QVERIFY(!SegmentLinks::segmentsOfSend(run, i).isEmpty());
}

// `observe --pcap`: tshark reads the client's data lengths the JSON's segments have.
void tst_ObserveWire::pcapEqualsTheJson()
{
    REQUIRE_CAPTURE();
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is needed to read the pcapng file");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("o.json"));
    const QString pcap = dir.filePath(QStringLiteral("o.pcapng"));
    QProcess observe;
    const quint16 port = startObserve(
        observe,
        { QStringLiteral("--tcp"), QStringLiteral("--port"), QStringLiteral("0"),
          QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--quiet"),
          QStringLiteral("--json"), json, QStringLiteral("--pcap"), pcap });
    QVERIFY(port != 0);
    QVERIFY(sendMessages(port, 15, 300, 3));
    QVERIFY(observe.waitForFinished(30'000));
    QCOMPARE(observe.exitCode(), 0);

    QProcess p;
    p.start(tshark,
            { QStringLiteral("-r"), pcap, QStringLiteral("-Y"),
              QStringLiteral("tcp.dstport == %1").arg(port), QStringLiteral("-T"),
              QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("tcp.len") });
    QVERIFY(p.waitForFinished(120'000));
    QCOMPARE(p.exitCode(), 0);
    QStringList wire;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        if (line.toInt() > 0)
            wire << line.trimmed();
    }
    const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), qsizetype(1));
    const QJsonObject run = runs[0].toObject();
    QCOMPARE(run.value(QStringLiteral("wire")).toString(), QStringLiteral("captured"));
    QStringList segments;
    for (const QJsonValue &v : run.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject g = v.toObject();
        if (g.value(QStringLiteral("dir")) == QLatin1String("data")
            && g.value(QStringLiteral("bytes")).toInteger() > 0)
            segments << QString::number(g.value(QStringLiteral("bytes")).toInteger());
    }
    QVERIFY(!segments.isEmpty());
    QCOMPARE(segments, wire);
}

// Packets of another machine do not pass loopback: refused before anything listens.
void tst_ObserveWire::pcapRefusedOffLoopback()
{
    QTemporaryDir dir;
    const QString pcap = dir.filePath(QStringLiteral("o.pcapng"));
    QProcess p;
    p.setProcessEnvironment(clitest::cLocale());
    p.start(QStringLiteral(SOCKSCOPE_BINARY),
            { QStringLiteral("observe"), QStringLiteral("--tcp"), QStringLiteral("--port"),
              QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
              QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--pcap"), pcap });
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("loopback device only")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("listening on")), qPrintable(err));
    QVERIFY(!QFile::exists(pcap));
}

// Without CAP_NET_RAW: the session records, has no wire, says how to allow it once, exits 0;
// --pcap is refused before it listens.
void tst_ObserveWire::withoutThePermissionTheSessionGoesOn()
{
    if (clitest::capshAsRoot().isEmpty())
        QSKIP("needs root and capsh (libcap2-bin) to drop CAP_NET_RAW");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("o.json"));
    const QStringList observe{ QStringLiteral("observe"),    QStringLiteral("--udp"),
                               QStringLiteral("--port"),     QStringLiteral("0"),
                               QStringLiteral("--duration"), QStringLiteral("1"),
                               QStringLiteral("--json") };
    const clitest::Result r
        = clitest::runSockscopeWithoutNetRaw(observe + QStringList{ json }, 30'000);
    const QString &out = r.out;
    const QString &err = r.err;
    QCOMPARE(r.exitCode, 0);
    const QString hint = QStringLiteral("setcap cap_net_raw+ep");
    QCOMPARE(out.count(hint), 1);
    QVERIFY2(err.count(hint) <= 1, qPrintable(err)); // told as it began, not again
    const QJsonObject trace = readJson(json);
    const QJsonArray notes = trace.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), qsizetype(1));
    QVERIFY(notes[0].toString().contains(hint));
    for (const QJsonValue &run : trace.value(QStringLiteral("runs")).toArray()) {
        QVERIFY(!run.toObject().contains(QStringLiteral("wire")));
        QVERIFY(!run.toObject().contains(QStringLiteral("segments")));
    }

    const QString json2 = json + QStringLiteral("2");
    const clitest::Result refused = clitest::runSockscopeWithoutNetRaw(
        observe + QStringList{ json2, QStringLiteral("--pcap"), json2 + QStringLiteral(".pcapng") },
        30'000);
    QCOMPARE(refused.exitCode, 2);
    const QString &refusal = refused.err;
    QVERIFY2(refusal.contains(QStringLiteral("--pcap")) && refusal.contains(hint),
             qPrintable(refusal));
    QVERIFY(!refusal.contains(QStringLiteral("listening on")));
    QVERIFY(!QFile::exists(json + QStringLiteral("2")));
}

// A session past its memory budget keeps no more packets: the run's wire ends where recording
// stopped, and the run says how many packets were captured and not kept.
void tst_ObserveWire::budgetStopsTheWire()
{
    REQUIRE_CAPTURE();
    ObserveOptions options;
    options.memoryBudget = 32 * 1024;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    // A segment each (TCP_NODELAY, a pause between them), an ACK for each: about 1,000
    // packets, far more than 32 KiB of them.
    constexpr int kMessages = 500;
    // It returns once the observer closed its end: the connection is done.
    QVERIFY(sendMessages(obs.port(), kMessages, 10, 1));
    QThread::msleep(300);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QVERIFY2(run.unrecorded,
             qPrintable(QStringLiteral("%1 segments, %2 recvs, %3 held")
                            .arg(run.segments.size())
                            .arg(run.recvs.size())
                            .arg(obs.memoryHeld())));
    QCOMPARE(run.unrecorded->reason, Unrecorded::Reason::MemoryBudget);
    QVERIFY2(run.unrecorded->packets > 0, qPrintable(run.unrecorded->sentence(false)));
    QVERIFY(run.unrecorded->sentence(false).contains(QStringLiteral("packet")));
    QVERIFY(dataBytes(run) < qint64(kMessages) * 10);
    // What the session held stayed near the budget: one charge past it, not the whole wire.
    QVERIFY(obs.memoryHeld() < 2 * options.memoryBudget);
    bool noted = false;
    for (const QString &note : trace.notes)
        noted = noted || note.contains(QStringLiteral("memory budget"));
    QVERIFY(noted);
}

QTEST_GUILESS_MAIN(tst_ObserveWire)
#include "tst_observewire.moc"
