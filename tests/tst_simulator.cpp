// The simulator: hand-checked cases, every lesson in sim mode, determinism, and the
// network keys' validation. Everything here is simulated time: no sockets, no sleeping.

#include "analysis/comparisonreport.h"
#include "analysis/tracecomparison.h"
#include "io/textreport.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "scenariofixture.h"
#include "sim/udpmodel.h"

#include "sim/simulator.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

#include <cerrno>
#include <cmath>

using namespace sockscope;

namespace {

constexpr qint64 kMs = 1'000'000;

using fixture::scenarioOf;

Trace simulate(const Scenario &s)
{
    StopSignal stop;
    return PlanRunner::run({ PlannedRun{ QString(), s } }, QString(), Mode::Sim, stop);
}

Trace simulateLesson(const QString &name, const QStringList &settings = {})
{
    const Lesson *lesson = LessonCatalogue::find(name);
    if (!lesson)
        qFatal("no lesson %s", qPrintable(name));
    Scenario s = lesson->scenario;
    QStringList keys;
    for (const QString &kv : settings) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        s.set(kv.left(eq), kv.mid(eq + 1));
        keys << kv.left(eq);
    }
    StopSignal stop;
    return PlanRunner::run(lesson->plan(s, keys), name, Mode::Sim, stop);
}

QList<const Segment *> dataSegments(const Run &run)
{
    QList<const Segment *> out;
    for (const Segment &g : run.segments) {
        if (!g.ack && (g.bytes > 0 || !g.fin))
            out << &g;
    }
    return out;
}

qint64 maxUnsent(const Run &run)
{
    qint64 most = 0;
    for (const SendEvent &e : run.sends)
        most = std::max(most, e.unsentAfter.value_or(0));
    return most;
}

// Every recv returns the stream's next bytes, in order, and together they are the whole stream.
void verifyStreamInOrder(const Run &run)
{
    QByteArray stream;
    for (const QByteArray &m : run.messages)
        stream += m;
    qint64 offset = 0;
    for (const RecvEvent &r : run.recvs) {
        QCOMPARE(r.offset, offset);
        QCOMPARE(r.preview, stream.mid(offset, std::min<qint64>(r.bytes, kPreviewBytes)));
        offset += r.bytes;
    }
    QCOMPARE(offset, qint64(stream.size()));
    QVERIFY(!run.recvs.isEmpty());
    QCOMPARE(run.recvs.last().bytes, 0); // the FIN: end of stream
}

} // namespace

class tst_Simulator : public QObject
{
    Q_OBJECT

private slots:
    void nagleOnTheWire_data();
    void nagleOnTheWire();
    void mssSegmentation();
    void udpLossIsBinomialAndRepeatable();
    void tcpLossConservesTheStream_data();
    void tcpLossConservesTheStream();
    void delayedAckStall_data();
    void delayedAckStall();
    void windowExhaustionBlocks();
    void readerWaitsInRecv();
    void windowExhaustionNonBlocking();
    void udpOverflowCalibration();
    void everyLessonConserves_data();
    void everyLessonConserves();
    void lessonPhenomena();
    void deterministic_data();
    void deterministic();
    void segmentsInJson();
    void comparison();
    void udpComparisonSpeaksOfDatagrams();
    void networkKeysValid_data();
    void networkKeysValid();
    void networkKeysInvalid_data();
    void networkKeysInvalid();
};

void tst_Simulator::nagleOnTheWire_data()
{
    QTest::addColumn<bool>("nodelay");
    QTest::addColumn<QList<qint64>>("times"); // ms, when each data segment leaves
    QTest::addColumn<QList<qint64>>("sizes");

    QTest::newRow("Nagle on") << false << QList<qint64>{ 0, 100 } << QList<qint64>{ 10, 20 };
    QTest::newRow("TCP_NODELAY") << true << QList<qint64>{ 0, 0, 0 } << QList<qint64>{ 10, 10, 10 };
}

void tst_Simulator::nagleOnTheWire()
{
    QFETCH(bool, nodelay);
    QFETCH(QList<qint64>, times);
    QFETCH(QList<qint64>, sizes);
    Scenario s = scenarioOf({ QStringLiteral("protocol=tcp"), QStringLiteral("count=3"),
                              QStringLiteral("payload=0123456789"), QStringLiteral("rtt_ms=100") });
    s.nodelay = nodelay;
    const Trace trace = simulate(s);
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QCOMPARE(run.mode, Mode::Sim);
    const QList<const Segment *> data = dataSegments(run);
    QCOMPARE(data.size(), sizes.size());
    for (int i = 0; i < data.size(); ++i) {
        QCOMPARE(data[i]->bytes, sizes[i]);
        QVERIFY2(std::abs(data[i]->tNs - times[i] * kMs) <= kMs,
                 qPrintable(QStringLiteral("segment %1 at %2 ns").arg(i).arg(data[i]->tNs)));
    }
    // The kernel evidence agrees with the wire: with Nagle the 2nd and 3rd sends wait.
    QCOMPARE(run.sends[2].unsentAfter.value_or(-1), nodelay ? 0 : 20);
    QVERIFY(run.summary.conserved);
}

void tst_Simulator::mssSegmentation()
{
    const Trace trace = simulate(scenarioOf(
        { QStringLiteral("protocol=tcp"), QStringLiteral("count=1"), QStringLiteral("size=4000"),
          QStringLiteral("mss=1460"), QStringLiteral("recv_size=65536") }));
    const Run &run = trace.runs.first();
    QList<qint64> got;
    for (const RecvEvent &r : run.recvs)
        got << r.bytes;
    QCOMPARE(got, (QList<qint64>{ 1460, 1460, 1080, 0 }));
    QList<qint64> wire;
    for (const Segment *g : dataSegments(run))
        wire << g->bytes;
    QCOMPARE(wire, (QList<qint64>{ 1460, 1460, 1080 }));
    verifyStreamInOrder(run);
}

void tst_Simulator::udpLossIsBinomialAndRepeatable()
{
    const Scenario s = scenarioOf({ QStringLiteral("protocol=udp"), QStringLiteral("count=10000"),
                                    QStringLiteral("loss=0.1"), QStringLiteral("seed=42"),
                                    QStringLiteral("rcvbuf=16777216") });
    const Trace a = simulate(s);
    const Trace b = simulate(s);
    const Run &run = a.runs.first();
    const int lost = run.summary.lost;
    // Binomial(10000, 0.1): mean 1000, σ = 30; ±4σ fails once in ~16,000 seeds.
    QVERIFY2(std::abs(lost - 1000) <= 120, qPrintable(QString::number(lost)));
    QCOMPARE(b.runs.first().summary.lost, lost);
    int wireLost = 0;
    for (const Segment &g : run.segments)
        wireLost += g.lost;
    QCOMPARE(wireLost, lost); // nothing dropped by the buffer: every loss is the network's
    QVERIFY(run.summary.conserved);
}

void tst_Simulator::tcpLossConservesTheStream_data()
{
    QTest::addColumn<QStringList>("settings");
    for (int seed : { 1, 2, 3, 4, 5 }) {
        QTest::addRow("bulk, seed %d", seed)
            << QStringList{ QStringLiteral("protocol=tcp"), QStringLiteral("count=20"),
                            QStringLiteral("size=3000"), QStringLiteral("loss=0.2"),
                            QStringLiteral("seed=%1").arg(seed) };
    }
    QTest::newRow("small window, slow reader")
        << QStringList{ QStringLiteral("protocol=tcp"), QStringLiteral("count=10"),
                        QStringLiteral("size=5000"),    QStringLiteral("loss=0.2"),
                        QStringLiteral("rcvbuf=2048"),  QStringLiteral("read_interval_ms=30") };
    QTest::newRow("reorder and duplicate")
        << QStringList{ QStringLiteral("protocol=tcp"), QStringLiteral("count=30"),
                        QStringLiteral("size=2000"),    QStringLiteral("loss=0.1"),
                        QStringLiteral("reorder=0.3"),  QStringLiteral("duplicate=0.2") };
    QTest::newRow("request/response")
        << QStringList{ QStringLiteral("protocol=tcp"), QStringLiteral("count=10"),
                        QStringLiteral("reply_size=3000"), QStringLiteral("loss=0.2"),
                        QStringLiteral("bandwidth_kbps=10000") };
}

void tst_Simulator::tcpLossConservesTheStream()
{
    QFETCH(QStringList, settings);
    const Trace trace = simulate(scenarioOf(settings));
    int lost = 0;
    int retransmits = 0;
    for (const Run &run : trace.runs) {
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(run.summary.conserved);
        verifyStreamInOrder(run);
        for (const Segment &g : run.segments) {
            lost += g.lost;
            retransmits += g.retransmit;
        }
    }
    QVERIFY(lost > 0);
    QVERIFY(retransmits > 0);
}

void tst_Simulator::delayedAckStall_data()
{
    QTest::addColumn<int>("delayedAckMs");
    QTest::newRow("Linux 40 ms") << 40;
    QTest::newRow("Windows 200 ms") << 200;
}

void tst_Simulator::delayedAckStall()
{
    QFETCH(int, delayedAckMs);
    // rtt 0: loopback-like, so the stall is the delayed ACK alone, as measured on Linux.
    const Trace trace = simulateLesson(
        QStringLiteral("tcp-nagle-delayed-ack"),
        { QStringLiteral("rtt_ms=0"), QStringLiteral("delayed_ack_ms=%1").arg(delayedAckMs) });
    QCOMPARE(trace.runs.size(), 4); // Nagle on: requests, replies; TCP_NODELAY: requests, replies
    const auto nagle = TraceComparison::medianRoundTripNs(trace.runs[0], trace.runs[1]);
    const auto nodelay = TraceComparison::medianRoundTripNs(trace.runs[2], trace.runs[3]);
    QVERIFY(nagle && nodelay);
    QVERIFY2(std::abs(*nagle - delayedAckMs * kMs) <= kMs, qPrintable(QString::number(*nagle)));
    QVERIFY2(*nodelay < kMs, qPrintable(QString::number(*nodelay)));
}

void tst_Simulator::windowExhaustionBlocks()
{
    // 64 KiB into a 2 KiB window and 2 KiB of send buffer, read 8 KiB every 50 ms.
    const Trace trace = simulate(scenarioOf(
        { QStringLiteral("protocol=tcp"), QStringLiteral("count=1"), QStringLiteral("size=65536"),
          QStringLiteral("sndbuf=2048"), QStringLiteral("rcvbuf=2048"),
          QStringLiteral("recv_size=8192"), QStringLiteral("read_interval_ms=50") }));
    const Run &run = trace.runs.first();
    QCOMPARE(run.sends.size(), 1); // a blocking send() is one call that sleeps
    QCOMPARE(run.sends.first().accepted, 65536);
    // Each read frees a window's worth: ~30 reads of 2 KiB, 50 ms apart, before the last byte
    // is in the send buffer.
    QVERIFY2(run.sends.first().durNs > 1000 * kMs,
             qPrintable(QString::number(run.sends.first().durNs)));
    for (const RecvEvent &r : run.recvs)
        QVERIFY(r.bytes <= 2048);
    QVERIFY(run.summary.conserved);
    verifyStreamInOrder(run);
}

// As tst_lessons' real run: a blocking reader ahead of a slow sender waits inside recv(), so
// its calls begin when the previous one returned, with nothing queued, and last until the
// next message arrives. A non-blocking client polls first: its recv() finds the reply there.
void tst_Simulator::readerWaitsInRecv()
{
    const Trace trace
        = simulate(scenarioOf({ QStringLiteral("protocol=tcp"), QStringLiteral("count=4"),
                                QStringLiteral("interval_ms=60"), QStringLiteral("rtt_ms=10"),
                                QStringLiteral("evidence=true") }));
    const Run &run = trace.runs.first();
    QCOMPARE(run.recvs.size(), 5); // one message each, then the EOF
    for (int i = 1; i < 4; ++i) {
        const RecvEvent &r = run.recvs[i];
        QCOMPARE(r.queuedBefore, std::optional<qint64>(0));
        QCOMPARE(r.tNs, run.recvs[i - 1].tNs + run.recvs[i - 1].durNs);
        // Sent at 60 ms * i, arriving half an RTT later.
        QCOMPARE(r.tNs + r.durNs, i * 60 * kMs + 5 * kMs);
        QCOMPARE(r.bytes, qint64(run.messages[i].size()));
    }
    QCOMPARE(run.recvs[4].bytes, 0);
    QVERIFY(run.summary.conserved);

    const Trace polled
        = simulate(scenarioOf({ QStringLiteral("protocol=tcp"), QStringLiteral("count=3"),
                                QStringLiteral("interval_ms=60"), QStringLiteral("rtt_ms=10"),
                                QStringLiteral("reply_size=30"), QStringLiteral("nonblocking=true"),
                                QStringLiteral("evidence=true") }));
    const Run &replies = polled.runs.at(1);
    QVERIFY(!replies.recvs.isEmpty());
    for (const RecvEvent &r : replies.recvs) {
        QCOMPARE(r.durNs, 0);
        QVERIFY(r.bytes == 0 || r.queuedBefore.value_or(0) > 0);
    }
}

void tst_Simulator::windowExhaustionNonBlocking()
{
    const Trace trace = simulateLesson(QStringLiteral("tcp-partial-send"));
    const Run &run = trace.runs.first();
    int eagain = 0;
    for (const SendEvent &e : run.sends)
        eagain += e.error == EAGAIN;
    QVERIFY(run.summary.partialSends > 0);
    QVERIFY(eagain > 0);
    // Nothing more is accepted until the reader (every 20 ms) drains: sends come in bursts.
    QVERIFY(run.sends.last().tNs >= 20 * kMs);
    QVERIFY(run.summary.conserved);
    verifyStreamInOrder(run);
}

void tst_Simulator::udpOverflowCalibration()
{
    // The udp-overflow lesson: 100 × 100 B into SO_RCVBUF 4096 (8192 effective) → 9 delivered.
    QVERIFY(UdpModel::truesize(104) * 8 <= 8192);
    QVERIFY(UdpModel::truesize(104) * 9 > 8192);
    const Trace trace = simulateLesson(QStringLiteral("udp-overflow"));
    const Run &run = trace.runs.first();
    QCOMPARE(run.summary.intact, 9);
    QCOMPARE(run.summary.lost, 91);
    QCOMPARE(*run.effective.rcvbuf, 8192);
    int dropped = 0;
    for (const Segment &g : run.segments)
        dropped += g.dropped;
    QCOMPARE(dropped, 91);
}

void tst_Simulator::everyLessonConserves_data()
{
    QTest::addColumn<QString>("lesson");
    for (const Lesson &lesson : LessonCatalogue::all())
        QTest::newRow(qPrintable(lesson.name)) << lesson.name;
}

void tst_Simulator::everyLessonConserves()
{
    QFETCH(QString, lesson);
    const Trace trace = simulateLesson(lesson);
    QVERIFY(!trace.runs.isEmpty());
    for (const Run &run : trace.runs) {
        QCOMPARE(run.mode, Mode::Sim);
        // A run the model cannot make (a corked sender) fails with the refusal, nothing else.
        const QString refused = Simulator::unsupported(run.scenario);
        QCOMPARE(run.error, refused);
        if (!refused.isEmpty()) {
            QVERIFY(run.sends.isEmpty() && run.recvs.isEmpty());
            continue;
        }
        QVERIFY2(run.summary.conserved, qPrintable(run.label));
        QVERIFY(!run.segments.isEmpty() || run.messages.isEmpty());
        if (run.protocol == Protocol::Tcp)
            verifyStreamInOrder(run);
    }
}

void tst_Simulator::lessonPhenomena()
{
    {
        const Trace t = simulateLesson(QStringLiteral("side-by-side"));
        QVERIFY(t.runs[0].summary.merged > 0); // TCP merges
        QCOMPARE(t.runs[1].summary.intact, 12); // UDP keeps every boundary
    }
    {
        const Trace t = simulateLesson(QStringLiteral("tcp-slow-reader"));
        QVERIFY(t.runs[0].summary.merged > 0);
    }
    {
        const Trace t = simulateLesson(QStringLiteral("tcp-nagle"));
        QVERIFY(maxUnsent(t.runs[0]) > 0); // Nagle holds bytes in the send queue
        QVERIFY(dataSegments(t.runs[0]).size() < t.runs[0].sends.size());
        QCOMPARE(maxUnsent(t.runs[1]), 0); // TCP_NODELAY: nothing held
        QCOMPARE(dataSegments(t.runs[1]).size(), t.runs[1].sends.size());
    }
    {
        const Trace t = simulateLesson(QStringLiteral("tcp-nagle-delayed-ack"));
        const auto nagle = TraceComparison::medianRoundTripNs(t.runs[0], t.runs[1]);
        const auto nodelay = TraceComparison::medianRoundTripNs(t.runs[2], t.runs[3]);
        QVERIFY(*nagle >= *nodelay + 35 * kMs);
    }
    {
        const Trace t = simulateLesson(QStringLiteral("tcp-split"));
        QCOMPARE(t.runs[1].summary.split, 3);
    }
    {
        const Trace t = simulateLesson(QStringLiteral("udp-boundaries"));
        QCOMPARE(t.runs[0].summary.intact, 3);
        QCOMPARE(t.runs[0].recvs.size(), 3);
    }
    {
        const Trace t = simulateLesson(QStringLiteral("udp-truncation"));
        QCOMPARE(t.runs[0].summary.truncated, 5);
    }
    {
        const Trace t = simulateLesson(QStringLiteral("empty-message"));
        QCOMPARE(t.runs[0].summary.empty, 1); // TCP: nothing on the stream
        QCOMPARE(t.runs[1].summary.empty, 1); // UDP: a real empty datagram
        QCOMPARE(t.runs[1].recvs.size(), 3);
    }
    for (const char *framed :
         { "framing-length-prefix", "framing-delimiter", "framing-json-header" }) {
        const Trace t = simulateLesson(QLatin1String(framed));
        const Run &run = t.runs[0];
        QCOMPARE(run.frames.size(), run.messages.size());
        for (const Frame &f : run.frames)
            QVERIFY2(f.complete && f.error.isEmpty(), framed);
    }
}

void tst_Simulator::deterministic_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QStringList>("settings");
    QTest::newRow("side-by-side, lossy")
        << QStringLiteral("side-by-side")
        << QStringList{ QStringLiteral("loss=0.2"), QStringLiteral("reorder=0.2"),
                        QStringLiteral("duplicate=0.1") };
    QTest::newRow("partial sends, lossy")
        << QStringLiteral("tcp-partial-send")
        << QStringList{ QStringLiteral("loss=0.1"), QStringLiteral("bandwidth_kbps=2000") };
    QTest::newRow("delayed ACK") << QStringLiteral("tcp-nagle-delayed-ack") << QStringList{};
}

void tst_Simulator::deterministic()
{
    QFETCH(QString, lesson);
    QFETCH(QStringList, settings);
    const QByteArray a = TraceJsonWriter::toJson(simulateLesson(lesson, settings));
    const QByteArray b = TraceJsonWriter::toJson(simulateLesson(lesson, settings));
    QCOMPARE(a, b);
    if (!settings.isEmpty()) {
        const QByteArray other = TraceJsonWriter::toJson(
            simulateLesson(lesson, settings + QStringList{ QStringLiteral("seed=99") }));
        QVERIFY(other != a);
    }
}

void tst_Simulator::segmentsInJson()
{
    const Trace trace
        = simulateLesson(QStringLiteral("side-by-side"), { QStringLiteral("loss=0.3") });
    const QJsonObject doc = QJsonDocument::fromJson(TraceJsonWriter::toJson(trace)).object();
    const QJsonArray runs = doc.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &run : runs) {
        QCOMPARE(run[QStringLiteral("mode")].toString(), QStringLiteral("sim"));
        const QJsonArray segments = run[QStringLiteral("segments")].toArray();
        QVERIFY(!segments.isEmpty());
        for (const QJsonValue &g : segments) {
            for (const char *key : { "t_ns", "dir", "offset", "bytes", "lost" })
                QVERIFY2(g.toObject().contains(QLatin1String(key)), key);
            const QString dir = g[QStringLiteral("dir")].toString();
            QVERIFY(dir == QLatin1String("data") || dir == QLatin1String("ack"));
            QCOMPARE(g[QStringLiteral("arrive_ns")].isNull(), g[QStringLiteral("lost")].toBool());
        }
    }
    QCOMPARE(doc.value(QStringLiteral("scenario"))[QStringLiteral("loss")].toDouble(), 0.3);
}

void tst_Simulator::comparison()
{
    const Trace a = simulateLesson(QStringLiteral("tcp-split"));
    const QList<RunComparison> same = TraceComparison::compare(a, a);
    QCOMPARE(same.size(), 2);
    for (const RunComparison &c : same) {
        QVERIFY(c.fatesAgree());
        QVERIFY2(c.why.isEmpty(), qPrintable(c.why));
    }
    QVERIFY(same[1].simRoundTripNs.has_value());

    const Trace b = simulateLesson(QStringLiteral("tcp-split"), { QStringLiteral("rtt_ms=200") });
    const QList<RunComparison> differ = TraceComparison::compare(a, b);
    QVERIFY(!differ[1].why.isEmpty());

    const Trace both = TraceComparison::combined(a, b);
    QCOMPARE(both.runs.size(), 4);
    QCOMPARE(both.runs[3].requestsRun, 2);
}

// A UDP run has datagrams on its wire and no ACKs: its comparison rows and the network it names
// say so, without TCP's segments, MSS or delayed ACK; a TCP run's keep them.
void tst_Simulator::udpComparisonSpeaksOfDatagrams()
{
    // The model's run stands in for a captured one: the rows are what is compared.
    const auto asCaptured = [](Trace trace) {
        for (Run &run : trace.runs) {
            run.mode = Mode::Real;
            run.wire = Wire::Captured;
        }
        return trace;
    };
    const Trace udp = simulateLesson(QStringLiteral("udp-overflow"));
    const QString report = ComparisonReport::render(asCaptured(udp), udp);
    QVERIFY2(report.contains(QStringLiteral("datagrams on the wire")), qPrintable(report));
    for (const char *tcpWord : { "segment", "ACK", "MSS" })
        QVERIFY2(!report.contains(QLatin1String(tcpWord)), qPrintable(report));
    const Trace tcp = simulateLesson(QStringLiteral("tcp-nagle"));
    // The table calls the simulator's unsent and queued bytes the model's, not the kernel's.
    const QString table = TextReport::render(tcp);
    QVERIFY2(table.contains(QLatin1String("Model's evidence: after ")), qPrintable(table));
    QVERIFY2(!table.contains(QLatin1String("Kernel evidence")), qPrintable(table));
    const QString stream = ComparisonReport::render(asCaptured(tcp), tcp);
    for (const char *tcpWord : { "data segments on the wire", "longest ACK delay", "MSS" })
        QVERIFY2(stream.contains(QLatin1String(tcpWord)), qPrintable(stream));
}

void tst_Simulator::networkKeysValid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QJsonValue>("stored");
    QTest::newRow("rtt_ms") << "rtt_ms"
                            << "100" << QJsonValue(100);
    QTest::newRow("rtt_ms 0") << "rtt_ms"
                              << "0" << QJsonValue(0);
    QTest::newRow("bandwidth_kbps unlimited") << "bandwidth_kbps"
                                              << "0" << QJsonValue(0);
    QTest::newRow("bandwidth_kbps") << "bandwidth_kbps"
                                    << "1000" << QJsonValue(1000);
    QTest::newRow("mss") << "mss"
                         << "536" << QJsonValue(536);
    QTest::newRow("loss") << "loss"
                          << "0.25" << QJsonValue(0.25);
    QTest::newRow("loss 1") << "loss"
                            << "1" << QJsonValue(1.0);
    QTest::newRow("reorder") << "reorder"
                             << "0.5" << QJsonValue(0.5);
    QTest::newRow("duplicate") << "duplicate"
                               << "0" << QJsonValue(0.0);
    QTest::newRow("delayed_ack_ms off") << "delayed_ack_ms"
                                        << "0" << QJsonValue(0);
    QTest::newRow("delayed_ack_ms Windows") << "delayed_ack_ms"
                                            << "200" << QJsonValue(200);
    QTest::newRow("seed") << "seed"
                          << "123456789012" << QJsonValue(123456789012.0);
}

void tst_Simulator::networkKeysValid()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QJsonValue, stored);
    Scenario s;
    QCOMPARE(s.set(key, value), QString());
    QCOMPARE(s.toJson().value(key), stored);
    QString error;
    const auto back = Scenario::fromJson(s.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, s);
}

void tst_Simulator::networkKeysInvalid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("rtt_ms negative") << "rtt_ms"
                                     << "-1";
    QTest::newRow("rtt_ms word") << "rtt_ms"
                                 << "far";
    QTest::newRow("bandwidth_kbps negative") << "bandwidth_kbps"
                                             << "-5";
    QTest::newRow("mss too small") << "mss"
                                   << "20";
    QTest::newRow("mss too big") << "mss"
                                 << "70000";
    QTest::newRow("loss above 1") << "loss"
                                  << "1.5";
    QTest::newRow("loss negative") << "loss"
                                   << "-0.1";
    QTest::newRow("loss word") << "loss"
                               << "some";
    QTest::newRow("reorder") << "reorder"
                             << "2";
    QTest::newRow("duplicate") << "duplicate"
                               << "nan";
    QTest::newRow("delayed_ack_ms too long") << "delayed_ack_ms"
                                             << "1000";
    QTest::newRow("seed negative") << "seed"
                                   << "-3";
    QTest::newRow("seed fraction") << "seed"
                                   << "1.5";
}

void tst_Simulator::networkKeysInvalid()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Scenario s;
    const Scenario before = s;
    const QString error = s.set(key, value);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.startsWith(key + QLatin1Char(':')), qPrintable(error)); // names the key
    QCOMPARE(s, before); // all or nothing
    // A field written directly (as the GUI may) is caught by validate() too.
    Scenario direct;
    direct.loss = 3;
    QVERIFY(direct.validate().startsWith(QLatin1String("loss:")));
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_simulator.moc"
