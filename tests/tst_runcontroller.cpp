// The asynchronous side the GUI uses: live updates while recording, stop within 500 ms from any
// state (even a sender blocked in the kernel), the trace kept and analysed after a stop.

#include "analysis/analysis.h"
#include "analysis/tracecomparison.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/runcontroller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace sockscope;

namespace {

QList<PlannedRun> plan(const QList<QPair<QString, QString>> &settings)
{
    Scenario s;
    for (const auto &[key, value] : settings) {
        const QString error = s.set(key, value);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    return { PlannedRun{ QString(), s } };
}

} // namespace

class TestRunController : public QObject
{
    Q_OBJECT

private slots:
    void runsToTheEndWithLiveUpdates();
    void stopWhileRecording_data();
    void stopWhileRecording();
    void restartDiscardsTheOldRun();
    void simulatedMode();
    void bothModesStacked();
};

void TestRunController::runsToTheEndWithLiveUpdates()
{
    RunController controller;
    QSignalSpy changed(&controller, &RunController::traceChanged);
    QSignalSpy finished(&controller, &RunController::finished);
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    controller.start(lesson->plan(lesson->scenario), lesson->name);
    QVERIFY(controller.isRunning());
    // Events arrive before the run ends: the timeline can grow live.
    QTRY_VERIFY_WITH_TIMEOUT(
        !controller.trace().runs.isEmpty() && !controller.trace().runs[0].sends.isEmpty(), 5000);
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(10'000));
    QVERIFY(!controller.isRunning());
    QVERIFY(changed.size() >= 2);
    const Trace &t = controller.trace();
    QCOMPARE(t.runs.size(), 2);
    for (const Run &run : t.runs) {
        QVERIFY(run.summary.conserved);
        QCOMPARE(run.fates.size(), qsizetype(run.scenario.count));
    }
}

void TestRunController::stopWhileRecording_data()
{
    QTest::addColumn<QList<PlannedRun>>("plan");
    // A slow cadence: threads asleep between messages.
    QTest::newRow("sleeping sender")
        << plan({ { QStringLiteral("protocol"), QStringLiteral("both") },
                  { QStringLiteral("count"), QStringLiteral("1000") },
                  { QStringLiteral("interval_ms"), QStringLiteral("100") } });
    // A receiver that never reads: the blocking sender sleeps inside send() in the kernel.
    QTest::newRow("sender blocked in send()")
        << plan({ { QStringLiteral("protocol"), QStringLiteral("tcp") },
                  { QStringLiteral("count"), QStringLiteral("200") },
                  { QStringLiteral("size"), QStringLiteral("65536") },
                  { QStringLiteral("sndbuf"), QStringLiteral("4096") },
                  { QStringLiteral("rcvbuf"), QStringLiteral("4096") },
                  { QStringLiteral("read_delay_ms"), QStringLiteral("60000") } });
    // The same with a non-blocking sender waiting in poll() after EAGAIN.
    QTest::newRow("non-blocking sender waiting")
        << plan({ { QStringLiteral("protocol"), QStringLiteral("tcp") },
                  { QStringLiteral("count"), QStringLiteral("200") },
                  { QStringLiteral("size"), QStringLiteral("65536") },
                  { QStringLiteral("nonblocking"), QStringLiteral("true") },
                  { QStringLiteral("read_delay_ms"), QStringLiteral("60000") } });
    // A UDP reader that reads one datagram a minute.
    QTest::newRow("slow UDP reader")
        << plan({ { QStringLiteral("protocol"), QStringLiteral("udp") },
                  { QStringLiteral("count"), QStringLiteral("50") },
                  { QStringLiteral("read_interval_ms"), QStringLiteral("60000") } });
}

void TestRunController::stopWhileRecording()
{
    QFETCH(QList<PlannedRun>, plan);
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    controller.start(plan, QString());
    // A sender blocked in its first send() has recorded nothing yet: the call has not returned.
    QTRY_VERIFY_WITH_TIMEOUT(!controller.trace().runs.isEmpty(), 5000);
    QTest::qWait(300); // let it get stuck where it gets stuck
    QElapsedTimer timer;
    timer.start();
    controller.stop();
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 500, qPrintable(QStringLiteral("stop took %1 ms").arg(elapsed)));
    QVERIFY(!controller.isRunning());
    QCOMPARE(finished.size(), 1);
    // The partial trace is kept, analysed and marked.
    const Trace &t = controller.trace();
    QVERIFY(!t.runs.isEmpty());
    for (const Run &run : t.runs) {
        QVERIFY(run.aborted);
        QVERIFY(run.error.isEmpty());
        QVERIFY(!run.sends.isEmpty());
        QCOMPARE(run.fates.size(), run.messages.size());
        // Bytes the reader had no chance to read are not called lost: never "NOT conserved".
        QVERIFY(Analysis::conservation(run) != Analysis::Conservation::Broken);
        // A TCP reader blocked in recv() is woken by the stop's shutdown(2) and reads 0: that
        // is the stop, not the peer closing, and must not show as an EOF.
        if (run.protocol == Protocol::Tcp && !run.recvs.isEmpty())
            QVERIFY2(run.recvs.constLast().bytes > 0, "a stop shows as the peer closing");
    }
}

void TestRunController::restartDiscardsTheOldRun()
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    controller.start(plan({ { QStringLiteral("protocol"), QStringLiteral("tcp") },
                            { QStringLiteral("count"), QStringLiteral("1000") },
                            { QStringLiteral("interval_ms"), QStringLiteral("50") } }),
                     QString());
    QTest::qWait(100);
    controller.start(plan({ { QStringLiteral("protocol"), QStringLiteral("udp") },
                            { QStringLiteral("count"), QStringLiteral("3") } }),
                     QString());
    QVERIFY(finished.wait(10'000) || !controller.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 10'000);
    QCOMPARE(controller.trace().runs.size(), 1);
    QCOMPARE(controller.trace().runs[0].protocol, Protocol::Udp);
    QCOMPARE(controller.trace().runs[0].sends.size(), 3);
}

void TestRunController::simulatedMode()
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("tcp-nagle"));
    Scenario s = lesson->scenario;
    s.set(QStringLiteral("rtt_ms"), QStringLiteral("100"));
    const QList<PlannedRun> plan = lesson->plan(s, { QStringLiteral("rtt_ms") });
    controller.start(plan, lesson->name, Mode::Sim);
    QVERIFY(finished.wait(10'000));
    const Trace &t = controller.trace();
    // The very runs of the simulator (and of `run --mode sim`): same count, all simulated, each
    // with its wire lane.
    StopSignal unused;
    const Trace expected = PlanRunner::run(plan, lesson->name, Mode::Sim, unused);
    QCOMPARE(t.runs.size(), expected.runs.size());
    QCOMPARE(t.runs.size(), qsizetype(2));
    for (qsizetype i = 0; i < t.runs.size(); ++i) {
        QCOMPARE(t.runs[i].mode, Mode::Sim);
        QVERIFY(!t.runs[i].segments.isEmpty());
        QCOMPARE(t.runs[i].sends.size(), expected.runs[i].sends.size());
        QCOMPARE(t.runs[i].recvs.size(), expected.runs[i].recvs.size());
        QCOMPARE(t.runs[i].durationNs, expected.runs[i].durationNs);
    }
    // Nagle on a 100 ms round trip: the first 10 B leave at once, the rest a round trip later.
    QList<Segment> data;
    for (const Segment &g : t.runs[0].segments) {
        if (!g.ack && g.bytes > 0)
            data << g;
    }
    QVERIFY(data.size() >= 2);
    QCOMPARE(data[0].tNs, 0);
    QVERIFY(data[1].tNs >= 99'000'000);
}

void TestRunController::bothModesStacked()
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("tcp-nagle-delayed-ack"));
    const QList<PlannedRun> plan = lesson->plan(lesson->scenario);
    controller.start(plan, lesson->name, Mode::Both);
    // The prediction is there before the real runs finish.
    QTRY_VERIFY_WITH_TIMEOUT(!controller.trace().runs.isEmpty(), 5000);
    QVERIFY(std::any_of(controller.trace().runs.cbegin(), controller.trace().runs.cend(),
                        [](const Run &r) { return r.mode == Mode::Sim && !r.sends.isEmpty(); }));
    QVERIFY(finished.wait(20'000));
    const Trace &t = controller.trace();
    // Per variant: requests and replies observed, then the same two predicted.
    QCOMPARE(plan.size(), qsizetype(2));
    QCOMPARE(t.runs.size(), qsizetype(8));
    const Mode modes[] = { Mode::Real, Mode::Real, Mode::Sim, Mode::Sim,
                           Mode::Real, Mode::Real, Mode::Sim, Mode::Sim };
    for (qsizetype i = 0; i < t.runs.size(); ++i) {
        QCOMPARE(t.runs[i].mode, modes[i]);
        QVERIFY(t.runs[i].summary.conserved);
        // Both have a wire: the model's, and the packets captured on loopback (none without
        // the permission to capture, and then the run says so by its wire).
        if (t.runs[i].mode == Mode::Sim)
            QCOMPARE(t.runs[i].wire, Wire::Simulated);
        else
            QVERIFY(t.runs[i].wire != Wire::Simulated);
        QCOMPARE(t.runs[i].segments.isEmpty(), t.runs[i].wire == Wire::None);
    }
    // Replies point at the requests of their own half.
    QCOMPARE(t.runs[1].requestsRun, 0);
    QCOMPARE(t.runs[3].requestsRun, 2);
    QCOMPARE(t.runs[7].requestsRun, 6);
    QCOMPARE(t.runs[0].scenario.nodelay, t.runs[2].scenario.nodelay);
    // Split apart, the halves compare run by run: the CLI's table from the same trace.
    const auto [real, simulated] = TraceComparison::split(t);
    QCOMPARE(real.runs.size(), qsizetype(4));
    QCOMPARE(simulated.runs.size(), qsizetype(4));
    QCOMPARE(simulated.runs[3].requestsRun, 2);
    QCOMPARE(TraceComparison::compare(t).size(), qsizetype(4));
}

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
