// The simulator's other operating systems: each documented behaviour of the platform key shows
// in a simulated lesson, and Linux (the default) is what it always was. Simulated time only.

#include "analysis/comparisonreport.h"
#include "analysis/tracecomparison.h"
#include "io/textreport.h"
#include "model/lessoncatalogue.h"
#include "model/platformprofile.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "scenariofixture.h"
#include "view/eventtext.h"
#include "view/runnarrative.h"

#include <QJsonObject>
#include <QTest>

#include <cerrno>
#include <cmath>

using namespace sockscope;

namespace {

constexpr qint64 kMs = 1'000'000;

Trace simulateLesson(const QString &name, const QStringList &settings, Mode mode = Mode::Sim)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    if (!lesson)
        qFatal("no lesson %s", qPrintable(name));
    Scenario s = lesson->scenario;
    QStringList keys;
    for (const QString &kv : settings) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (const QString error = s.set(kv.left(eq), kv.mid(eq + 1)); !error.isEmpty())
            qFatal("bad setting: %s", qPrintable(error));
        keys << kv.left(eq);
    }
    StopSignal stop;
    return PlanRunner::run(lesson->plan(s, keys), name, mode, stop);
}

Trace simulate(const QStringList &settings)
{
    StopSignal stop;
    return PlanRunner::run({ PlannedRun{ QString(), fixture::scenarioOf(settings) } }, QString(),
                           Mode::Sim, stop);
}

} // namespace

class tst_PlatformProfile : public QObject
{
    Q_OBJECT

private slots:
    void delayedAckIsThePlatforms_data();
    void delayedAckIsThePlatforms();
    void anExplicitDelayedAckWins();
    void windowsFailsATruncatingRecvfrom();
    void linuxAndMacosReturnTheCutDatagram_data();
    void linuxAndMacosReturnTheCutDatagram();
    void macosRefusesADatagramOverItsLimit();
    void buffersAreDoubledOnlyOnLinux();
    void theModelSaysWhatDiffers();
    void linuxSaysNothingMore();
    void badPlatformIsNamed();
    void autoIsWrittenAndRead();
};

void tst_PlatformProfile::delayedAckIsThePlatforms_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("stallMs");
    QTest::newRow("linux") << "linux" << 40;
    QTest::newRow("windows") << "windows" << 200;
    QTest::newRow("macos") << "macos" << 100;
}

void tst_PlatformProfile::delayedAckIsThePlatforms()
{
    QFETCH(QString, platform);
    QFETCH(int, stallMs);
    // rtt 0: the request's stall is the receiver's delayed-ACK timer alone.
    const Trace trace
        = simulateLesson(QStringLiteral("tcp-nagle-delayed-ack"),
                         { QStringLiteral("rtt_ms=0"), QStringLiteral("platform=") + platform });
    QCOMPARE(trace.runs.size(), 4);
    const auto nagle = TraceComparison::medianRoundTripNs(trace.runs[0], trace.runs[1]);
    const auto nodelay = TraceComparison::medianRoundTripNs(trace.runs[2], trace.runs[3]);
    QVERIFY(nagle && nodelay);
    QVERIFY2(std::abs(*nagle - stallMs * kMs) <= kMs, qPrintable(QString::number(*nagle)));
    QVERIFY2(*nodelay < kMs, qPrintable(QString::number(*nodelay)));
}

void tst_PlatformProfile::anExplicitDelayedAckWins()
{
    const Trace trace
        = simulateLesson(QStringLiteral("tcp-nagle-delayed-ack"),
                         { QStringLiteral("rtt_ms=0"), QStringLiteral("platform=windows"),
                           QStringLiteral("delayed_ack_ms=40") });
    const auto nagle = TraceComparison::medianRoundTripNs(trace.runs[0], trace.runs[1]);
    QVERIFY(nagle);
    QVERIFY2(std::abs(*nagle - 40 * kMs) <= kMs, qPrintable(QString::number(*nagle)));
    Scenario s = trace.runs[0].scenario;
    QCOMPARE(PlatformProfile::effectiveDelayedAckMs(s), 40);
    // The model no longer differs from Linux there, so it does not say so.
    for (const QString &d : PlatformProfile::of(s.platform).differences(s))
        QVERIFY2(!d.contains(QLatin1String("ACK")), qPrintable(d));
}

void tst_PlatformProfile::windowsFailsATruncatingRecvfrom()
{
    const Trace trace
        = simulateLesson(QStringLiteral("udp-truncation"), { QStringLiteral("platform=windows") });
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs[0];
    QCOMPARE(run.recvs.size(), 5);
    for (int i = 0; i < run.recvs.size(); ++i) {
        const RecvEvent r = run.recvs.at(i);
        QCOMPARE(r.error, EMSGSIZE); // the call failed ...
        QCOMPARE(r.bytes, 0);
        QVERIFY(!r.datagramSize); // ... and said nothing of the datagram's length
    }
    // Each datagram was consumed and its bytes are gone: truncated to nothing, conserved.
    QCOMPARE(run.summary.truncated, 5);
    QCOMPARE(run.summary.lost, 0);
    QCOMPARE(run.summary.truncatedBytes, 500);
    QVERIFY(run.summary.conserved);
}

void tst_PlatformProfile::linuxAndMacosReturnTheCutDatagram_data()
{
    QTest::addColumn<QString>("platform");
    QTest::newRow("linux") << "linux";
    QTest::newRow("macos") << "macos";
}

void tst_PlatformProfile::linuxAndMacosReturnTheCutDatagram()
{
    QFETCH(QString, platform);
    const Trace trace = simulateLesson(QStringLiteral("udp-truncation"),
                                       { QStringLiteral("platform=") + platform });
    const Run &run = trace.runs[0];
    QCOMPARE(run.recvs.size(), 5);
    for (int i = 0; i < run.recvs.size(); ++i) {
        const RecvEvent r = run.recvs.at(i);
        QCOMPARE(r.error, 0);
        QCOMPARE(r.bytes, 10);
        QCOMPARE(r.datagramSize.value_or(0), 100);
    }
    QCOMPARE(run.summary.truncated, 5);
    QCOMPARE(run.summary.truncatedBytes, 450);
}

void tst_PlatformProfile::macosRefusesADatagramOverItsLimit()
{
    const QStringList settings{ QStringLiteral("protocol=udp"), QStringLiteral("count=3"),
                                QStringLiteral("size=10000"), QStringLiteral("recv_size=65536") };
    const Trace onLinux = simulate(settings);
    QCOMPARE(onLinux.runs[0].summary.intact, 3);

    const Trace macos = simulate(settings + QStringList{ QStringLiteral("platform=macos") });
    const Run &run = macos.runs[0];
    QCOMPARE(run.sends.size(), 3);
    for (int i = 0; i < run.sends.size(); ++i) {
        QCOMPARE(run.sends.at(i).error, EMSGSIZE);
        QCOMPARE(run.sends.at(i).accepted, 0);
    }
    QCOMPARE(run.recvs.size(), 0); // nothing left the sender
    QCOMPARE(run.segments.size(), 0);
    QCOMPARE(run.summary.unsent, 3); // never sent, so not lost by the network
    QCOMPARE(run.summary.lost, 0);
    QCOMPARE(run.summary.lostBytes, 0);
    QVERIFY(run.summary.conserved);

    // 9216 B is still allowed.
    const Trace fits = simulate({ QStringLiteral("protocol=udp"), QStringLiteral("count=1"),
                                  QStringLiteral("size=9216"), QStringLiteral("recv_size=65536"),
                                  QStringLiteral("platform=macos") });
    QCOMPARE(fits.runs[0].summary.intact, 1);
}

void tst_PlatformProfile::buffersAreDoubledOnlyOnLinux()
{
    for (const auto &[platform, expected] :
         { std::pair{ "linux", 8192 }, std::pair{ "windows", 4096 }, std::pair{ "macos", 4096 } }) {
        const Trace t = simulate({ QStringLiteral("protocol=both"), QStringLiteral("count=4"),
                                   QStringLiteral("sndbuf=4096"), QStringLiteral("rcvbuf=4096"),
                                   QStringLiteral("platform=") + QLatin1String(platform) });
        for (const Run &run : t.runs) {
            if (run.requestsRun >= 0)
                continue; // the replies direction keeps the defaults
            QCOMPARE(run.effective.sndbuf.value_or(0), expected);
            QCOMPARE(run.effective.rcvbuf.value_or(0), expected);
        }
    }
    // Defaults: macOS's own (XNU's tcp_sendspace and udp_recvspace), Linux's on Linux.
    const Trace mac
        = simulate({ QStringLiteral("protocol=both"), QStringLiteral("platform=macos") });
    QCOMPARE(mac.runs[0].effective.sndbuf.value_or(0), 1448 * 256);
    QCOMPARE(mac.runs.last().effective.rcvbuf.value_or(0), 40 * (1024 + 28));
    const Trace lin = simulate({ QStringLiteral("protocol=both") });
    QCOMPARE(lin.runs[0].effective.sndbuf.value_or(0), 16384);
    QCOMPARE(lin.runs.last().effective.rcvbuf.value_or(0), 212992);
}

void tst_PlatformProfile::theModelSaysWhatDiffers()
{
    const Trace trace
        = simulateLesson(QStringLiteral("udp-truncation"), { QStringLiteral("platform=windows") });
    const Run &run = trace.runs[0];
    // The run's title, its sentence and the model's description name the platform.
    QVERIFY2(EventText::runTitle(run).contains(QLatin1String("Windows")),
             qPrintable(EventText::runTitle(run)));
    const QString sentence = RunNarrative::sentence(run);
    QVERIFY2(sentence.contains(QLatin1String("WSAEMSGSIZE")), qPrintable(sentence));
    QVERIFY2(trace.scenario.describeNetwork().contains(QLatin1String("Windows model")),
             qPrintable(trace.scenario.describeNetwork()));
    // Predicted vs observed says whose prediction it is.
    const Trace both = simulateLesson(QStringLiteral("udp-boundaries"),
                                      { QStringLiteral("platform=macos") }, Mode::Both);
    const auto [real, simulated] = TraceComparison::split(both);
    const QString report = ComparisonReport::render(real, simulated);
    QVERIFY2(report.contains(QLatin1String("macOS model")), qPrintable(report));
    // The real run is this machine's: never labelled with the modelled platform.
    QVERIFY(!EventText::runTitle(real.runs[0]).contains(QLatin1String("macOS")));
}

void tst_PlatformProfile::linuxSaysNothingMore()
{
    const Trace trace = simulateLesson(QStringLiteral("udp-truncation"), {});
    const Run &run = trace.runs[0];
    QVERIFY(!RunNarrative::sentence(run).contains(QLatin1String("Modelled on")));
    QVERIFY(PlatformProfile::of(Scenario::Platform::Linux).differences(run.scenario).isEmpty());
    QVERIFY(EventText::runTitle(run).endsWith(QLatin1String("(simulated)")));
}

void tst_PlatformProfile::badPlatformIsNamed()
{
    Scenario s;
    const QString error = s.set(QStringLiteral("platform"), QStringLiteral("solaris"));
    QVERIFY2(error.contains(QLatin1String("platform")) && error.contains(QLatin1String("solaris")),
             qPrintable(error));
    QCOMPARE(s.platform, Scenario::Platform::Linux);
    const QString negative = s.set(QStringLiteral("delayed_ack_ms"), QStringLiteral("-5"));
    QVERIFY2(negative.contains(QLatin1String("delayed_ack_ms")), qPrintable(negative));
}

void tst_PlatformProfile::autoIsWrittenAndRead()
{
    Scenario s;
    QCOMPARE(s.toJson().value(QStringLiteral("delayed_ack_ms")).toString(), QStringLiteral("auto"));
    QCOMPARE(s.toJson().value(QStringLiteral("platform")).toString(), QStringLiteral("linux"));
    QString error;
    // A trace written before the key existed (delayed_ack_ms 40, no platform) still reads.
    QJsonObject old = s.toJson();
    old.remove(QStringLiteral("platform"));
    old[QStringLiteral("delayed_ack_ms")] = 40;
    const auto read = Scenario::fromJson(old, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->delayedAckMs, 40);
    QCOMPARE(read->platform, Scenario::Platform::Linux);
    QVERIFY(s.set(QStringLiteral("platform"), QStringLiteral("macos")).isEmpty());
    QCOMPARE(Scenario::fromJson(s.toJson(), &error)->platform, Scenario::Platform::Macos);
}

QTEST_GUILESS_MAIN(tst_PlatformProfile)
#include "tst_platformprofile.moc"
