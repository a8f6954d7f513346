// The asynchronous side the GUI uses: live updates while recording, stop within 500 ms from any
// state (even a sender blocked in the kernel), the trace kept and analysed after a stop.

#include "lessoncatalogue.h"
#include "runcontroller.h"

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
    return {PlannedRun{QString(), s}};
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
    QTRY_VERIFY_WITH_TIMEOUT(!controller.trace().runs.isEmpty()
                                 && !controller.trace().runs[0].sends.isEmpty(), 5000);
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
    QTest::newRow("sleeping sender") << plan({{QStringLiteral("protocol"), QStringLiteral("both")},
                                              {QStringLiteral("count"), QStringLiteral("1000")},
                                              {QStringLiteral("interval_ms"), QStringLiteral("100")}});
    // A receiver that never reads: the blocking sender sleeps inside send() in the kernel.
    QTest::newRow("sender blocked in send()") << plan({{QStringLiteral("protocol"), QStringLiteral("tcp")},
                                                       {QStringLiteral("count"), QStringLiteral("200")},
                                                       {QStringLiteral("size"), QStringLiteral("65536")},
                                                       {QStringLiteral("sndbuf"), QStringLiteral("4096")},
                                                       {QStringLiteral("rcvbuf"), QStringLiteral("4096")},
                                                       {QStringLiteral("read_delay_ms"), QStringLiteral("60000")}});
    // The same with a non-blocking sender waiting in poll() after EAGAIN.
    QTest::newRow("non-blocking sender waiting") << plan({{QStringLiteral("protocol"), QStringLiteral("tcp")},
                                                          {QStringLiteral("count"), QStringLiteral("200")},
                                                          {QStringLiteral("size"), QStringLiteral("65536")},
                                                          {QStringLiteral("nonblocking"), QStringLiteral("true")},
                                                          {QStringLiteral("read_delay_ms"), QStringLiteral("60000")}});
    // A UDP reader that reads one datagram a minute.
    QTest::newRow("slow UDP reader") << plan({{QStringLiteral("protocol"), QStringLiteral("udp")},
                                              {QStringLiteral("count"), QStringLiteral("50")},
                                              {QStringLiteral("read_interval_ms"), QStringLiteral("60000")}});
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
        QVERIFY(!run.summary.conserved || run.protocol == Protocol::Udp);
    }
}

void TestRunController::restartDiscardsTheOldRun()
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    controller.start(plan({{QStringLiteral("protocol"), QStringLiteral("tcp")},
                           {QStringLiteral("count"), QStringLiteral("1000")},
                           {QStringLiteral("interval_ms"), QStringLiteral("50")}}),
                     QString());
    QTest::qWait(100);
    controller.start(plan({{QStringLiteral("protocol"), QStringLiteral("udp")},
                           {QStringLiteral("count"), QStringLiteral("3")}}),
                     QString());
    QVERIFY(finished.wait(10'000) || !controller.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 10'000);
    QCOMPARE(controller.trace().runs.size(), 1);
    QCOMPARE(controller.trace().runs[0].protocol, Protocol::Udp);
    QCOMPARE(controller.trace().runs[0].sends.size(), 3);
}

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
