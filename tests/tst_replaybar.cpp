// Replay: the bar steps, plays and seeks a ReplayCursor over the timeline's trace,
// and the timeline then draws only the revealed events, with a marker at the current time.

#include "gui/replaybar.h"
#include "gui/timelinewidget.h"
#include "tracefixture.h"
#include "view/timelinegeometry.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace sockscope;
using namespace sockscope::fixture;

namespace {

// Two TCP messages merged into one recv, plus a UDP run: five calls at known times.
Trace sample()
{
    return trace({ tcpMerged(), udpIntact(2) });
}

int eventCount(const Trace &t)
{
    int n = 0;
    for (const Run &r : t.runs)
        n += int(r.sends.size() + r.recvs.size() + r.segments.size());
    return n;
}

QRgb pixelAt(TimelineWidget &w, const QPointF &p)
{
    return w.grab().toImage().pixel(p.toPoint());
}

} // namespace

class tst_ReplayBar : public QObject
{
    Q_OBJECT

private slots:
    void stepForwardAndBack();
    void drawsOnlyRevealedEvents();
    void playsInTimeOrder();
    void keyboardShortcuts();
    void newTraceLeavesReplay();
    void playButtonSaysWhatItDoes();
};

// The bar is called "Replay"; its button says what it does: Play, and Pause while playing —
// never the bar's name again beside it.
void tst_ReplayBar::playButtonSaysWhatItDoes()
{
    TimelineWidget timeline;
    ReplayBar bar(&timeline);
    timeline.setTrace(sample());
    QAction *play = bar.replayActions().first();
    QCOMPARE(play->text(), QStringLiteral("Play"));
    bar.togglePlay();
    QVERIFY(bar.isPlaying());
    QCOMPARE(play->text(), QStringLiteral("Pause"));
    bar.togglePlay();
    QVERIFY(!bar.isPlaying());
    QCOMPARE(play->text(), QStringLiteral("Play"));
}

void tst_ReplayBar::stepForwardAndBack()
{
    TimelineWidget timeline;
    ReplayBar bar(&timeline);
    const Trace t = sample();
    timeline.setTrace(t);
    QVERIFY(!bar.isReplaying());

    bar.stepForward();
    QVERIFY(bar.isReplaying());
    QVERIFY(timeline.isReplaying());
    QCOMPARE(bar.cursor().position(), 1);
    QCOMPARE(eventCount(timeline.shownTrace()), 1);
    QCOMPARE(timeline.shownTrace().runs.size(), t.runs.size()); // lanes keep their places
    bar.stepForward();
    bar.stepForward();
    QCOMPARE(eventCount(timeline.shownTrace()), 3);
    bar.stepBack();
    QCOMPARE(eventCount(timeline.shownTrace()), 2);
    QCOMPARE(timeline.markerNs(), double(bar.cursor().timeNs()));

    bar.leave();
    QVERIFY(!bar.isReplaying());
    QVERIFY(!timeline.isReplaying());
    QCOMPARE(eventCount(timeline.shownTrace()), eventCount(t));
    QCOMPARE(timeline.markerNs(), -1.0);
}

void tst_ReplayBar::drawsOnlyRevealedEvents()
{
    TimelineWidget timeline;
    timeline.resize(1200, 700);
    ReplayBar bar(&timeline);
    timeline.setTrace(trace({ tcpMerged() }));
    const TimelineLayout layout(timeline.rect(), 1, timeline.timelineStyle());
    const TimelineGeometry geometry(layout, timeline.viewport());
    const Run &run = timeline.trace().runs[0];
    // A box's left part: inside the box whatever its width (a revealed box may be wider than in
    // the whole trace, having no neighbour yet), and right of the marker at its own time.
    auto inside = [&](const QRectF &box) { return QPointF(box.left() + 4, box.center().y()); };
    const QPointF firstSend = inside(geometry.sendBox(run, 0, 0));
    const QPointF secondSend = inside(geometry.sendBox(run, 0, 1));
    const QPointF theRecv = inside(geometry.recvBox(run, 0, 0));
    const QRgb lane = timeline.timelineStyle().laneBackground.rgb();
    QVERIFY(pixelAt(timeline, firstSend) != lane);
    QVERIFY(pixelAt(timeline, theRecv) != lane);

    bar.enter(); // nothing revealed: every box is gone
    QCOMPARE(pixelAt(timeline, firstSend), lane);
    QCOMPARE(pixelAt(timeline, secondSend), lane);
    QCOMPARE(pixelAt(timeline, theRecv), lane);

    bar.stepForward(); // "hello" sent
    QVERIFY(pixelAt(timeline, firstSend) != lane);
    QCOMPARE(pixelAt(timeline, secondSend), lane);
    QCOMPARE(pixelAt(timeline, theRecv), lane);
    bar.stepForward(); // "world" sent
    QVERIFY(pixelAt(timeline, secondSend) != lane);
    QCOMPARE(pixelAt(timeline, theRecv), lane);
    bar.stepForward(); // the recv that holds both
    QVERIFY(pixelAt(timeline, theRecv) != lane);

    // The marker: a highlight line at the current time, through the runs.
    const double x = timeline.viewport().mapTimeToX(double(bar.cursor().timeNs()));
    const int y = int(layout.runs()[0].header.center().y());
    auto markerAt = [&] {
        const QImage image = timeline.grab().toImage();
        const QRgb highlight = timeline.timelineStyle().highlight.rgb();
        for (int dx = -3; dx <= 3; ++dx) {
            if (image.pixel(int(x) + dx, y) == highlight)
                return true;
        }
        return false;
    };
    QVERIFY(markerAt());
    bar.leave();
    QVERIFY(!markerAt());
}

void tst_ReplayBar::playsInTimeOrder()
{
    TimelineWidget timeline;
    ReplayBar bar(&timeline);
    timeline.setTrace(sample());
    bar.setSpeed(10);
    QCOMPARE(bar.speed(), 10.0);
    QList<qint64> times;
    connect(&bar, &ReplayBar::replayChanged, &bar, [&] { times << bar.cursor().timeNs(); });
    bar.togglePlay();
    QVERIFY(bar.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(bar.cursor().atEnd() && !bar.isPlaying(), 10'000);
    QVERIFY(times.size() > 2);
    QVERIFY(std::is_sorted(times.cbegin(), times.cend()));
    // Once at the end, the whole trace is on screen, and play starts over.
    QCOMPARE(eventCount(timeline.shownTrace()), eventCount(timeline.trace()));
    bar.togglePlay();
    QVERIFY(bar.cursor().position() < bar.cursor().eventCount());
    bar.togglePlay();
    QVERIFY(!bar.isPlaying());

    bar.slower();
    QCOMPARE(bar.speed(), 5.0);
    for (int i = 0; i < 10; ++i)
        bar.slower();
    QCOMPARE(bar.speed(), 0.1);
}

void tst_ReplayBar::keyboardShortcuts()
{
    QWidget window;
    auto *timeline = new TimelineWidget(&window);
    auto *bar = new ReplayBar(timeline, &window);
    timeline->setGeometry(0, 0, 800, 500);
    bar->setGeometry(0, 500, 800, 40);
    timeline->setTrace(sample());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Period);
    QCOMPARE(bar->cursor().position(), 1);
    QTest::keyClick(timeline, Qt::Key_Period);
    QCOMPARE(bar->cursor().position(), 2);
    QTest::keyClick(timeline, Qt::Key_Comma);
    QCOMPARE(bar->cursor().position(), 1);
    QTest::keyClick(timeline, Qt::Key_BracketRight);
    QCOMPARE(bar->speed(), 2.0);
    QTest::keyClick(timeline, Qt::Key_X);
    QVERIFY(!bar->isReplaying());
}

void tst_ReplayBar::newTraceLeavesReplay()
{
    TimelineWidget timeline;
    ReplayBar bar(&timeline);
    QSignalSpy changed(&bar, &ReplayBar::replayChanged);
    timeline.setTrace(sample());
    bar.stepForward();
    QVERIFY(bar.isReplaying());
    const qsizetype before = changed.size();
    timeline.setTrace(trace({ udpIntact(3) }));
    QVERIFY(!bar.isReplaying());
    QVERIFY(!timeline.isReplaying());
    QCOMPARE(changed.size(), before + 1); // the owner hears that replay ended
    // An empty timeline has nothing to replay.
    timeline.setTrace(Trace{});
    bar.stepForward();
    QVERIFY(!bar.isReplaying());
}

QTEST_MAIN(tst_ReplayBar)
#include "tst_replaybar.moc"
