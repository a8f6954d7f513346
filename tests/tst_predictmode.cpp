// Run → Predict first, as a class uses it with the keyboard alone: the questions of the lesson,
// a run recorded but hidden (no lanes, no "What happened"), the Run key revealing it as a
// replay, and each prediction checked against what the run measured; a pick question answered
// by clicking a recv box on the timeline.

#include "analysis/predictioncheck.h"
#include "gui/mainwindow.h"
#include "gui/predictpanel.h"
#include "model/lessoncatalogue.h"
#include "view/timelinehittest.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace windowtest;

namespace {

PredictPanel *panel(const QObject &w)
{
    return part<PredictPanel>(w, QStringLiteral("predictPanel"));
}

// The window on a lesson, simulated (deterministic, milliseconds), in predict mode by its key.
void openPredicting(MainWindow &w, const QString &lesson)
{
    w.openLesson(lesson);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(w.isPredictMode());
    QVERIFY(panel(w)->isVisible());
}

// Types a number into the field that has the focus and presses Enter, as a student would.
void typeAnswer(const QString &number)
{
    QWidget *field = QApplication::focusWidget();
    QVERIFY(qobject_cast<QDoubleSpinBox *>(field)
            || qobject_cast<QDoubleSpinBox *>(field->parentWidget()));
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, number);
    QTest::keyClick(field, Qt::Key_Return);
}

// A point on the timeline where the hit test finds recv() recv of run.
std::optional<QPoint> recvPoint(const TimelineWidget &t, int run, int recv)
{
    for (int y = 0; y < t.height(); y += 2) {
        for (int x = 0; x < t.width(); x += 3) {
            const TimelineHit hit = TimelineHitTest::hit(t.shownTrace(), t.rect(), t.viewport(),
                                                         t.shownStyle(), QPointF(x, y));
            if (hit.kind == TimelineHit::Kind::Recv && hit.run == run && hit.index == recv)
                return QPoint(x, y);
        }
    }
    return std::nullopt;
}

} // namespace

class TestPredictMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keyboardOnlyPredictRunReveal();
    void runKeyWaitsForAPrediction();
    void pickARecvOnTheTimeline();
    void questionsFollowTheLessonAndAreRemembered();
};

void TestPredictMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's real settings out of it
}

void TestPredictMode::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("run/mode"), QStringLiteral("sim"));
}

void TestPredictMode::keyboardOnlyPredictRunReveal()
{
    MainWindow w;
    openPredicting(w, QStringLiteral("side-by-side"));
    PredictPanel *p = panel(w);
    const auto shot = [&w](const char *name) {
        if (qEnvironmentVariableIsSet("SOCKSCOPE_SHOTS"))
            w.grab().save(qEnvironmentVariable("SOCKSCOPE_SHOTS") + QLatin1String(name));
    };
    const int n = int(p->questions().size());
    QVERIFY(n >= 2 && n <= 4);
    // The first field has the focus; Enter goes to the next, and in the last one it runs.
    QSignalSpy finished(controller(w), &RunController::finished);
    for (int i = 0; i < n; ++i) {
        QTRY_VERIFY(
            QApplication::focusWidget()
            && (QApplication::focusWidget()->objectName() == QStringLiteral("prediction%1").arg(i)
                || QApplication::focusWidget()->parentWidget()->objectName()
                    == QStringLiteral("prediction%1").arg(i)));
        typeAnswer(QStringLiteral("12"));
    }
    QVERIFY(finished.wait(30000));
    QVERIFY(w.isRunHidden());
    // Recorded, but nothing of it is shown: no lanes, no replay, no numbers in "What happened".
    QVERIFY(!timeline(w)->trace().runs.isEmpty());
    QVERIFY(!timeline(w)->isVisible());
    QVERIFY(!replayBar(w)->isVisible());
    QVERIFY2(!summaryText(w).contains(QStringLiteral("recv")), qPrintable(summaryText(w)));
    QVERIFY2(summaryText(w).contains(QStringLiteral("Hidden until Reveal")),
             qPrintable(summaryText(w)));
    QVERIFY(p->resultLines().isEmpty());
    QCOMPARE(p->state(), PredictPanel::State::Hidden);
    shot("hidden.png");

    // The Run key reveals: the run replays and each prediction is checked against it.
    QTest::keyClick(&w, Qt::Key_F5);
    QVERIFY(!w.isRunHidden());
    QVERIFY(!w.isRunning());
    QVERIFY(timeline(w)->isVisible());
    QVERIFY(replayBar(w)->isReplaying());
    QVERIFY(summaryText(w).contains(QStringLiteral("TCP")));
    const QStringList lines = p->resultLines();
    QTest::keyClick(timeline(w), Qt::Key_X);
    shot("revealed.png");
    QCOMPARE(lines.size(), n);
    const Trace &trace = timeline(w)->trace();
    for (int i = 0; i < n; ++i) {
        const PredictionQuestion &q = p->questions()[i];
        const PredictionAnswer a = PredictionCheck::measure(trace, q);
        QVERIFY(a.value);
        QCOMPARE(lines[i],
                 PredictionCheck::mark(PredictionCheck::verdict(q, 12.0, a)) + QLatin1Char(' ')
                     + PredictionCheck::describe(q, 12.0, a));
        QVERIFY2(lines[i].contains(QStringLiteral("12")), qPrintable(lines[i]));
    }
    // 12 sends in 12 recvs is wrong for TCP read every 50 ms: the class is told how far off.
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                        [](const QString &l) { return l.startsWith(QStringLiteral("✗")); }));
}

void TestPredictMode::runKeyWaitsForAPrediction()
{
    MainWindow w;
    openPredicting(w, QStringLiteral("udp-boundaries"));
    QSignalSpy finished(controller(w), &RunController::finished);
    QTest::keyClick(&w, Qt::Key_F5);
    QVERIFY(finished.wait(30000));
    QVERIFY(w.isRunHidden());
    // No prediction yet: the Run key asks for one instead of giving the answers away.
    QTest::keyClick(&w, Qt::Key_F5);
    QVERIFY(w.isRunHidden());
    QVERIFY(!timeline(w)->isVisible());
    // The Reveal button shows it anyway, each question with what was measured.
    auto *reveal = part<QPushButton>(w, QStringLiteral("revealButton"));
    QVERIFY(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!w.isRunHidden());
    const QStringList lines = panel(w)->resultLines();
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("– no prediction; UDP")), qPrintable(line));
}

void TestPredictMode::pickARecvOnTheTimeline()
{
    MainWindow w;
    w.resize(1366, 768);
    openPredicting(w, QStringLiteral("side-by-side"));
    PredictPanel *p = panel(w);
    int pickQuestion = -1;
    for (int i = 0; i < p->questions().size(); ++i) {
        if (p->questions()[i].isPick())
            pickQuestion = i;
    }
    QVERIFY(pickQuestion >= 0);
    QSignalSpy finished(controller(w), &RunController::finished);
    QTest::keyClick(&w, Qt::Key_F5);
    QVERIFY(finished.wait(30000));
    p->setPrediction(0, 3);
    QTest::keyClick(&w, Qt::Key_F5);
    QVERIFY(!w.isRunHidden());
    QTest::keyClick(timeline(w), Qt::Key_X); // the whole run, not the replay's moment
    QTRY_VERIFY(!replayBar(w)->isReplaying());
    // Pick, then a click on the recv that holds the end of the message: the answer is its
    // number, and it is checked right.
    auto *pick = part<QToolButton>(w, QStringLiteral("pick%1").arg(pickQuestion));
    QTest::mouseClick(pick, Qt::LeftButton);
    QVERIFY(pick->isChecked());
    const PredictionAnswer a
        = PredictionCheck::measure(timeline(w)->trace(), p->questions()[pickQuestion]);
    QVERIFY(a.value);
    // A recv of the other run (UDP's) is no answer to a question about TCP's stream.
    QCOMPARE(a.run, 0);
    const auto udpRecv = recvPoint(*timeline(w), 1, 0);
    QVERIFY(udpRecv);
    QTest::mouseClick(timeline(w), Qt::LeftButton, {}, *udpRecv);
    QVERIFY(pick->isChecked());
    QCOMPARE(p->predictions()[pickQuestion], std::nullopt);
    const auto point = recvPoint(*timeline(w), a.run, int(*a.value));
    QVERIFY(point);
    QTest::mouseClick(timeline(w), Qt::LeftButton, {}, *point);
    QVERIFY(!pick->isChecked());
    QCOMPARE(p->predictions()[pickQuestion], std::optional<double>(*a.value));
    QVERIFY2(p->resultLines()[pickQuestion].startsWith(QStringLiteral("✓")),
             qPrintable(p->resultLines()[pickQuestion]));
}

void TestPredictMode::questionsFollowTheLessonAndAreRemembered()
{
    {
        MainWindow w;
        openPredicting(w, QStringLiteral("tcp-nagle-delayed-ack"));
        QCOMPARE(panel(w)->questions().size(), 2);
        QCOMPARE(panel(w)->questions()[0].unit, PredictionQuestion::Unit::Milliseconds);
        w.openLesson(QStringLiteral("udp-overflow"));
        QCOMPARE(panel(w)->questions(),
                 PredictionQuestions::of(*LessonCatalogue::find(QStringLiteral("udp-overflow"))));
        w.close();
    }
    MainWindow again;
    QVERIFY(again.isPredictMode());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTest::keyClick(&again, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!again.isPredictMode());
    QVERIFY(!QSettings().value(QStringLiteral("run/predict")).toBool());
}

QTEST_MAIN(TestPredictMode)
#include "tst_predictmode.moc"
