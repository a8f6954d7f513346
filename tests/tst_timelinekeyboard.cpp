// The timeline without a mouse: Tab reaches it, Ctrl+Left/Right walk the messages, Esc clears, and
// the selected message is readable as text (accessible description and selectionText()).

#include "analysis/runattribution.h"
#include "gui/timelinewidget.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "view/eventtext.h"
#include "view/selectionsummary.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace sockscope;

namespace {

Trace lessonTrace(const QString &name)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    StopSignal stop;
    return PlanRunner::run(lesson->plan(lesson->scenario), name, Mode::Sim, stop);
}

} // namespace

class TestTimelineKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void tabReachesTheTimeline();
    void arrowsWalkTheMessages();
    void accessibleTextFollowsTheSelection();
    void oneNumberingEverywhere();
    void stepAcrossRuns();
};

void TestTimelineKeyboard::tabReachesTheTimeline()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *edit = new QLineEdit(&window);
    auto *timeline = new TimelineWidget(&window);
    layout->addWidget(edit);
    layout->addWidget(timeline);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY(timeline->hasFocus());
}

void TestTimelineKeyboard::arrowsWalkTheMessages()
{
    TimelineWidget w;
    w.setTrace(lessonTrace(QStringLiteral("udp-boundaries")));
    w.show();
    QVERIFY(!w.selection().isValid());
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(w.selection(), (TimelineSelection{ 0, 0 }));
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(w.selection(), (TimelineSelection{ 0, 1 }));
    QTest::keyClick(&w, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(w.selection(), (TimelineSelection{ 0, 0 }));
    QTest::keyClick(&w, Qt::Key_Left, Qt::ControlModifier); // stays at the first
    QCOMPARE(w.selection(), (TimelineSelection{ 0, 0 }));
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!w.selection().isValid());
    QTest::keyClick(&w, Qt::Key_Left, Qt::ControlModifier); // from nothing: the last message
    QCOMPARE(w.selection(), (TimelineSelection{ 0, 2 }));

    // Plain arrows pan instead of selecting.
    // (Measured where a time lands on screen: the left edge may sit on the slots of the
    // instant at which the simulated sends all happen, which all map back to that one time.)
    w.zoomIn();
    const double last = w.viewport().boundsEnd();
    const double before = w.viewport().mapTimeToX(last);
    QTest::keyClick(&w, Qt::Key_Right);
    QCOMPARE(w.selection(), (TimelineSelection{ 0, 2 }));
    QVERIFY(w.viewport().mapTimeToX(last) < before);
}

void TestTimelineKeyboard::accessibleTextFollowsTheSelection()
{
    TimelineWidget w;
    w.setTrace(lessonTrace(QStringLiteral("udp-boundaries")));
    w.show();
    QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(&w);
    QVERIFY(a11y);
    QVERIFY(!a11y->text(QAccessible::Name).isEmpty());
    QVERIFY(a11y->text(QAccessible::Description).contains(QLatin1String("No message selected")));

    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier);
    const QString said = a11y->text(QAccessible::Description);
    QCOMPARE(said, w.selectionText());
    // Numbered from 0, as in the tooltips, the box labels, the table and the CSV.
    QVERIFY2(said.contains(QLatin1String("message #1 of 3")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("\"world\"")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("intact")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("recv() #1 at")), qPrintable(said));

    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(a11y->text(QAccessible::Description).contains(QLatin1String("No message selected")));
}

// The selection sentence, the send's and the recv's tooltips name the same message and recv by
// the same numbers (the trace's ids, from 0).
void TestTimelineKeyboard::oneNumberingEverywhere()
{
    const Trace trace = lessonTrace(QStringLiteral("udp-boundaries"));
    const Run &run = trace.runs.first();
    const MessageFate *fate = RunAttribution::fate(run, 2);
    QVERIFY(fate && fate->firstSend >= 0 && fate->recvs.size() == 1);
    const int recv = fate->recvs.first();
    const QString recvName = QStringLiteral("recv() #%1").arg(recv);

    const QString said = SelectionSummary::describe(trace, { 0, 2 });
    QVERIFY2(said.contains(QLatin1String("message #2 of 3")), qPrintable(said));
    QVERIFY2(said.contains(recvName), qPrintable(said));

    const QString send = EventText::sendDetails(run, fate->firstSend);
    QVERIFY2(send.contains(QLatin1String("message #2")), qPrintable(send));
    QVERIFY2(send.contains(QStringLiteral("(recv() #%1)").arg(recv)), qPrintable(send));

    const QString received = EventText::recvDetails(run, recv);
    QVERIFY2(received.contains(recvName), qPrintable(received));
    QVERIFY2(received.contains(QLatin1String("of message #2")), qPrintable(received));
}

void TestTimelineKeyboard::stepAcrossRuns()
{
    const Trace trace = lessonTrace(QStringLiteral("side-by-side"));
    QVERIFY(trace.runs.size() >= 2);
    const int last = int(trace.runs[0].fates.size()) - 1;
    QCOMPARE(SelectionSummary::step(trace, { 0, last }, +1), (TimelineSelection{ 1, 0 }));
    QCOMPARE(SelectionSummary::step(trace, { 1, 0 }, -1), (TimelineSelection{ 0, last }));
    QVERIFY(SelectionSummary::describe(trace, { 1, 0 }).contains(QLatin1String("UDP")));
}

QTEST_MAIN(TestTimelineKeyboard)
#include "tst_timelinekeyboard.moc"
