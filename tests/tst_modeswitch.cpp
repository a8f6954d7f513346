// The Real / Simulated / Both switch in the window: it picks what RunController runs,
// restarts a run like any knob, is remembered, and enables the network keys only when the
// simulator is involved; Both shows predicted vs observed in the summary.

#include "windowtesthelpers.h"

#include "gui/mainwindow.h"
#include "gui/modeswitch.h"
#include "gui/replaybar.h"
#include "gui/scenariocontrols.h"
#include "gui/summarypanel.h"
#include "gui/timelinewidget.h"
#include "model/lessoncatalogue.h"
#include "run/runcontroller.h"

#include <QAbstractButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace sockscope;
using namespace windowtest;

namespace {

bool allRunsIn(const Trace &t, Mode mode)
{
    return !t.runs.isEmpty() && std::all_of(t.runs.cbegin(), t.runs.cend(), [mode](const Run &r) {
        return r.mode == mode;
    });
}

void click(MainWindow &w, Mode mode)
{
    auto *button
        = modeSwitch(w)->findChild<QAbstractButton *>(QStringLiteral("mode_") + modeName(mode));
    QVERIFY(button);
    button->click();
}

} // namespace

class tst_ModeSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void switchRestartsTheRun();
    void networkKeysFollowTheMode();
    void bothComparesInTheSummary();
    void remembered();
};

void tst_ModeSwitch::switchRestartsTheRun()
{
    MainWindow w;
    w.openLesson(QStringLiteral("tcp-slow-reader"));
    w.show();
    QCOMPARE(modeSwitch(w)->mode(), Mode::Real);
    w.run();
    QVERIFY(w.isRunning());
    click(w, Mode::Sim);
    // The running real run is replaced by the simulated one.
    QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning() && allRunsIn(timeline(w)->trace(), Mode::Sim), 10'000);
    QVERIFY(!timeline(w)->trace().runs[0].segments.isEmpty());
    // With a picture on screen, switching back runs again at once, for real.
    click(w, Mode::Real);
    QVERIFY(w.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning() && allRunsIn(timeline(w)->trace(), Mode::Real), 10'000);
}

void tst_ModeSwitch::networkKeysFollowTheMode()
{
    MainWindow w;
    w.openLesson(QStringLiteral("tcp-nagle"));
    auto *rtt = controls(w)->findChild<QSpinBox *>(QStringLiteral("rtt_ms"));
    auto *count = controls(w)->findChild<QSpinBox *>(QStringLiteral("count"));
    QVERIFY(rtt && count);
    QVERIFY(!rtt->isEnabled());
    QVERIFY(rtt->toolTip().contains(QStringLiteral("Simulated")));
    click(w, Mode::Both);
    QVERIFY(rtt->isEnabled());
    QVERIFY(!rtt->toolTip().contains(QStringLiteral("switch the network")));
    click(w, Mode::Real);
    QVERIFY(!rtt->isEnabled());
    QVERIFY(count->isEnabled());
}

void tst_ModeSwitch::bothComparesInTheSummary()
{
    MainWindow w;
    w.openLesson(QStringLiteral("tcp-nagle"));
    auto *rtt = controls(w)->findChild<QSpinBox *>(QStringLiteral("rtt_ms"));
    click(w, Mode::Both);
    rtt->setValue(100);
    QSignalSpy finished(controller(w), &RunController::finished);
    w.run();
    QVERIFY(finished.wait(20'000));
    const Trace &t = timeline(w)->trace();
    // Nagle on and off, each observed then predicted, one above the other.
    QCOMPARE(t.runs.size(), 4);
    QCOMPARE(t.runs[0].mode, Mode::Real);
    QCOMPARE(t.runs[1].mode, Mode::Sim);
    QCOMPARE(t.runs[0].scenario.nodelay, t.runs[1].scenario.nodelay);
    QCOMPARE(t.runs[1].scenario.rttMs, 100);
    const QString text = summaryText(w);
    QVERIFY2(text.contains(QStringLiteral("Predicted vs observed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Why they differ")), qPrintable(text));

    // Replay over the stacked picture: a few steps in, the timeline shows only those calls.
    for (int i = 0; i < 12; ++i)
        replayBar(w)->stepForward();
    QVERIFY(timeline(w)->isReplaying());
    // To look at it: SOCKSCOPE_SHOT_DIR=/tmp/shots (under xvfb-run with QT_QPA_PLATFORM=xcb).
    if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SHOT_DIR"); !dir.isEmpty()) {
        w.resize(1600, 1000);
        replayBar(w)->leave();
        QTest::qWait(300);
        w.grab().save(dir + QStringLiteral("/both.png"));
        for (int i = 0; i < 40; ++i)
            replayBar(w)->stepForward();
        QTest::qWait(100);
        w.grab().save(dir + QStringLiteral("/replay.png"));
    }
}

void tst_ModeSwitch::remembered()
{
    {
        MainWindow w;
        click(w, Mode::Sim);
    }
    MainWindow again;
    QCOMPARE(modeSwitch(again)->mode(), Mode::Sim);
    QVERIFY(controls(again)->findChild<QSpinBox *>(QStringLiteral("mss"))->isEnabled());
}

QTEST_MAIN(tst_ModeSwitch)
#include "tst_modeswitch.moc"
