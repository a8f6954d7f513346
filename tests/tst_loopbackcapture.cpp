// The real wire: packets captured on loopback while a lesson runs (LoopbackCapture,
// WireDecoder), drawn and written like the simulator's. Capturing needs CAP_NET_RAW: CI runs
// as root, so a test that finds the capture unavailable there fails; elsewhere (not root) it
// skips and says why.

#include "clitesthelpers.h"

#include "analysis/segmentlinks.h"
#include "capture/loopbackcapture.h"
#include "capturetesthelpers.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "view/eventtext.h"
#include "view/timeaxis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

namespace {

constexpr qint64 kDelayedAckNs = 30'000'000; // the kernel's delayed ACK is 40 ms or more
constexpr qint64 kLeavesAtOnceNs = 10'000'000; // held bytes leave as the ACK is processed

Trace runLesson(const QString &name)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    StopSignal stop;
    return PlanRunner::run(lesson->plan(lesson->scenario), name, Mode::Real, stop);
}

// Data segments held until an ACK the receiver sent >= 30 ms after the previous data: Nagle's
// held bytes leaving when the delayed ACK arrives. Their indices in the run's segments.
QList<int> heldUntilDelayedAck(const Run &run)
{
    QList<int> held;
    qint64 lastData = -1;
    qint64 lastAck = -1;
    for (int i = 0; i < run.segments.size(); ++i) {
        const Segment &g = run.segments.at(i);
        if (g.ack) {
            lastAck = g.tNs;
            continue;
        }
        if (g.bytes <= 0)
            continue;
        if (lastData >= 0 && lastAck >= lastData + kDelayedAckNs
            && g.tNs - lastAck < kLeavesAtOnceNs)
            held.append(i);
        lastData = g.tNs;
    }
    return held;
}

int dataSegments(const Run &run)
{
    return int(std::count_if(run.segments.cbegin(), run.segments.cend(),
                             [](const Segment &g) { return !g.ack && g.bytes > 0; }));
}

qint64 capturedBytes(const Run &run)
{
    qint64 sum = 0;
    for (const Segment &g : run.segments)
        sum += !g.ack && !g.retransmit ? g.bytes : 0;
    return sum;
}

} // namespace

class TestLoopbackCapture : public QObject
{
    Q_OBJECT

private slots:
    void nagleBodyLeavesWithTheDelayedAck();
    void nagleSendsFewerSegmentsThanSends();
    void udpDatagramsAreTheMessages();
    void aPortAddedMidRunLosesNoPacket();
    void tsharkReadsThePcapAsTheJsonSays();
    void withoutThePermissionTheRunGoesOn();
};

void TestLoopbackCapture::nagleBodyLeavesWithTheDelayedAck()
{
    REQUIRE_CAPTURE();
    const Trace trace = runLesson(QStringLiteral("tcp-nagle-delayed-ack"));
    int nagleRuns = 0;
    int nodelayRuns = 0;
    for (const Run &run : trace.runs) {
        QCOMPARE(run.wire, Wire::Captured);
        QVERIFY(!run.segments.isEmpty());
        QCOMPARE(capturedBytes(run), run.summary.sentBytes);
        if (run.requestsRun >= 0) // the replies: written whole, never held
            continue;
        QVERIFY(run.effective.nodelay.has_value());
        if (*run.effective.nodelay) {
            ++nodelayRuns;
            QCOMPARE(heldUntilDelayedAck(run).size(), 0);
        } else {
            ++nagleRuns;
            QVERIFY2(heldUntilDelayedAck(run).size() >= 1, qPrintable(run.label));
            // The held body is linked to the send that wrote it.
            int linked = 0;
            for (int s = 0; s < run.sends.size(); ++s)
                linked += SegmentLinks::segmentsOfSend(run, s).isEmpty() ? 0 : 1;
            QCOMPARE(linked, int(run.sends.size()));
            // Hovering that send says so: the segment, and when it left (after the ACK).
            const int held = heldUntilDelayedAck(run).value(0, -1);
            QVERIFY(held >= 0);
            const QList<int> sends = SegmentLinks::sendsOfSegment(run, held);
            QVERIFY(!sends.isEmpty());
            const QString hover = EventText::sendDetails(run, sends.first());
            const QString said
                = QStringLiteral("left in segment #%1 at %2")
                      .arg(SegmentLinks::dataNumber(run, held))
                      .arg(TimeAxis::formatDuration(double(run.segments.at(held).tNs)));
            QVERIFY2(hover.contains(said), qPrintable(hover + QStringLiteral("\n≠ ") + said));
        }
    }
    QCOMPARE(nagleRuns, 1);
    QCOMPARE(nodelayRuns, 1);
}

void TestLoopbackCapture::nagleSendsFewerSegmentsThanSends()
{
    REQUIRE_CAPTURE();
    const Trace trace = runLesson(QStringLiteral("tcp-nagle"));
    bool sawNagle = false;
    for (const Run &run : trace.runs) {
        QCOMPARE(run.wire, Wire::Captured);
        QCOMPARE(capturedBytes(run), run.summary.sentBytes);
        if (run.effective.nodelay == false) {
            sawNagle = true;
            QVERIFY2(dataSegments(run) < run.sends.size(),
                     qPrintable(QStringLiteral("%1 segments for %2 sends")
                                    .arg(dataSegments(run))
                                    .arg(run.sends.size())));
        }
    }
    QVERIFY(sawNagle);
}

void TestLoopbackCapture::udpDatagramsAreTheMessages()
{
    REQUIRE_CAPTURE();
    const Trace trace = runLesson(QStringLiteral("udp-boundaries"));
    for (const Run &run : trace.runs) {
        QCOMPARE(run.wire, Wire::Captured);
        QCOMPARE(dataSegments(run), run.fates.size());
        for (int i = 0; i < run.segments.size(); ++i) {
            QCOMPARE(run.segments[i].message, i);
            QCOMPARE(run.segments[i].bytes, qint64(run.messages.at(i).size()));
        }
    }
}

// side-by-side runs TCP and UDP at once: the UDP port joins the capture's filter while the TCP
// connection is being set up. Changing the filter must not lose a packet: both SYNs and every
// byte sent are captured, in every one of several runs.
void TestLoopbackCapture::aPortAddedMidRunLosesNoPacket()
{
    REQUIRE_CAPTURE();
    for (int attempt = 0; attempt < 6; ++attempt) {
        const Trace trace = runLesson(QStringLiteral("side-by-side"));
        for (const Run &run : trace.runs) {
            QCOMPARE(run.wire, Wire::Captured);
            QCOMPARE(capturedBytes(run), run.summary.sentBytes);
            if (run.protocol == Protocol::Tcp) {
                const auto syns = std::count_if(run.segments.cbegin(), run.segments.cend(),
                                                [](const Segment &g) { return g.syn; });
                QVERIFY2(
                    syns == 2,
                    qPrintable(QStringLiteral("run %1: %2 SYN segments").arg(attempt).arg(syns)));
            }
        }
    }
}

void TestLoopbackCapture::tsharkReadsThePcapAsTheJsonSays()
{
    REQUIRE_CAPTURE();
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (scripts/sockscope.sh test installs it)");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    const QString pcap = dir.filePath(QStringLiteral("t.pcapng"));
    const auto r = clitest::runSockscope({ QStringLiteral("run"), QStringLiteral("--lesson"),
                                           QStringLiteral("tcp-nagle-delayed-ack"),
                                           QStringLiteral("--quiet"), QStringLiteral("--json"),
                                           json, QStringLiteral("--pcap"), pcap });
    QCOMPARE(r.exitCode, 0);

    // Per TCP stream and direction: (relative seq of the first byte, payload length).
    QProcess p;
    p.start(tshark,
            { QStringLiteral("-r"), pcap, QStringLiteral("-T"), QStringLiteral("fields"),
              QStringLiteral("-e"), QStringLiteral("tcp.stream"), QStringLiteral("-e"),
              QStringLiteral("tcp.srcport"), QStringLiteral("-e"), QStringLiteral("tcp.seq"),
              QStringLiteral("-e"), QStringLiteral("tcp.len"), QStringLiteral("-e"),
              QStringLiteral("tcp.flags.syn"), QStringLiteral("-e"),
              QStringLiteral("tcp.flags.ack") });
    QVERIFY(p.waitForFinished(120'000));
    QCOMPARE(p.exitCode(), 0);
    QMap<int, int> clientPort;
    QMap<QPair<int, bool>, QStringList> wire; // (stream, from client) → "seq/len"
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        const QStringList f = line.split(u'\t');
        if (f.size() < 6)
            continue;
        const int stream = f[0].toInt();
        const int port = f[1].toInt();
        if (f[4] == QLatin1String("1") && f[5] == QLatin1String("0"))
            clientPort[stream] = port;
        if (f[3].toInt() > 0)
            wire[{ stream, port == clientPort.value(stream) }]
                << QStringLiteral("%1/%2").arg(f[2].toLongLong() - 1).arg(f[3]);
    }
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray runs
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), qsizetype(4)); // per variant: requests and replies
    for (int i = 0; i < runs.size(); ++i) {
        const QJsonObject run = runs[i].toObject();
        QCOMPARE(run.value(QStringLiteral("wire")).toString(), QStringLiteral("captured"));
        QStringList segments;
        for (const QJsonValue &v : run.value(QStringLiteral("segments")).toArray()) {
            const QJsonObject g = v.toObject();
            if (g.value(QStringLiteral("dir")) == QLatin1String("data")
                && g.value(QStringLiteral("bytes")).toInteger() > 0)
                segments << QStringLiteral("%1/%2")
                                .arg(g.value(QStringLiteral("offset")).toInteger())
                                .arg(g.value(QStringLiteral("bytes")).toInteger());
        }
        const bool requests = run.value(QStringLiteral("requests_run")).isNull()
            || run.value(QStringLiteral("requests_run")).isUndefined();
        QVERIFY(!segments.isEmpty());
        QCOMPARE(segments, wire.value({ i / 2, requests }));
    }
}

void TestLoopbackCapture::withoutThePermissionTheRunGoesOn()
{
    if (clitest::capshAsRoot().isEmpty())
        QSKIP("needs root and capsh (libcap2-bin) to drop CAP_NET_RAW");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    const clitest::Result r = clitest::runSockscopeWithoutNetRaw(
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("tcp-nagle"),
          QStringLiteral("--json"), json });
    const QString &out = r.out;
    QCOMPARE(r.exitCode, 0);
    const QString hint = QStringLiteral("setcap cap_net_raw+ep");
    QCOMPARE(out.count(hint), 1); // said once, not per run
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject trace = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray notes = trace.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), qsizetype(1));
    QVERIFY(notes[0].toString().contains(hint));
    for (const QJsonValue &run : trace.value(QStringLiteral("runs")).toArray()) {
        QVERIFY(!run.toObject().contains(QStringLiteral("wire")));
        QVERIFY(!run.toObject().contains(QStringLiteral("segments")));
        QVERIFY(run.toObject()
                    .value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("conserved"))
                    .toBool());
    }
}

QTEST_GUILESS_MAIN(TestLoopbackCapture)
#include "tst_loopbackcapture.moc"
