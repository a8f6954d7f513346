#include "windowtesthelpers.h"

#include "gui/lessonpanel.h"
#include "gui/mainwindow.h"
#include "run/runcontroller.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

using namespace sockscope;
using namespace windowtest;

// The lesson picker's framing switch, on the offscreen platform.
class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchOnlyForFramingLessons();
    void clickingASideEmitsIt();
    void windowRunsWhatTheSwitchSays();
};

void TestLessonPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sockscope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lessonpanel"));
}

void TestLessonPanel::switchOnlyForFramingLessons()
{
    LessonPanel panel;
    panel.show();
    auto *off = panel.findChild<QAbstractButton *>(QStringLiteral("switchOff"));
    QVERIFY(off);
    panel.setLesson(QStringLiteral("tcp-nagle"));
    QVERIFY(!off->isVisible());
    QCOMPARE(panel.switchState(), LessonSwitch::On); // no switch: the lesson as it is
    panel.setLesson(QStringLiteral("framing-delimiter"));
    QVERIFY(off->isVisible());
    QCOMPARE(panel.switchState(), LessonSwitch::Both); // problem and fix stacked by default
}

void TestLessonPanel::clickingASideEmitsIt()
{
    LessonPanel panel;
    panel.show();
    panel.setLesson(QStringLiteral("framing-length-prefix"));
    QSignalSpy spy(&panel, &LessonPanel::switchChanged);
    panel.findChild<QAbstractButton *>(QStringLiteral("switchOff"))->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<LessonSwitch>(), LessonSwitch::Off);
    QCOMPARE(panel.switchState(), LessonSwitch::Off);
    panel.findChild<QAbstractButton *>(QStringLiteral("switchOff"))->click(); // already off
    QCOMPARE(spy.size(), 1);
}

void TestLessonPanel::windowRunsWhatTheSwitchSays()
{
    MainWindow window;
    window.show();
    window.openLesson(QStringLiteral("framing-length-prefix"));
    QSignalSpy finished(controller(window), &RunController::finished);
    window.run();
    QVERIFY(finished.wait(20000));
    const Trace both = controller(window)->trace();
    QCOMPARE(both.runs.size(), 2);
    QVERIFY(both.runs[0].frames.isEmpty()); // off: the raw recvs
    QCOMPARE(both.runs[1].frames.size(), 10); // on: every message decoded

    // Choosing a side runs it at once.
    window.findChild<QAbstractButton *>(QStringLiteral("switchOn"))->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(controller(window)->trace().runs.size(), 1);
    QCOMPARE(controller(window)->trace().runs[0].frames.size(), 10);
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
