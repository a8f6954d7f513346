#include "gui/timelinewidget.h"
#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"
#include "view/timewarp.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace sockscope;

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wheelZoomKeepsTimeUnderCursor_data();
    void wheelZoomKeepsTimeUnderCursor();
    void dragPans();
    void keysPanAndFit();
    void clickSelectsTheMessage();
    void liveTraceKeepsFittingUntilZoomed();
    void followedTraceLooksLikeACopy();
    void linearAndCompactAxes();

private:
    QRectF sendBox(int run, int send) const;
    QPointF sendCenter(int run, int send) const;
    void wheel(const QPointF &pos, int delta);
    // The compact axis of `trace` as a fitted view of the widget's size has it.
    TimeWarp fittedWarp(const Trace &trace) const
    {
        return TimelineRenderer::fittedViewport(trace, m_widget->rect(), m_widget->timelineStyle(),
                                                TimeWarp::compact(trace))
            .warp();
    }

    TimelineWidget *m_widget = nullptr;
    Trace m_trace;
};

void TestTimelineWidget::init()
{
    m_widget = new TimelineWidget;
    m_widget->resize(1200, 800);
    m_trace = fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() });
    m_widget->setTrace(m_trace);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
}

void TestTimelineWidget::cleanup()
{
    delete m_widget;
}

QRectF TestTimelineWidget::sendBox(int run, int send) const
{
    const TimelineLayout layout(m_widget->rect(), int(m_trace.runs.size()),
                                m_widget->timelineStyle());
    const TimelineGeometry geometry(layout, m_widget->viewport());
    return geometry.sendBox(m_trace.runs.at(run), run, send);
}

QPointF TestTimelineWidget::sendCenter(int run, int send) const
{
    return sendBox(run, send).center();
}

void TestTimelineWidget::wheel(const QPointF &pos, int delta)
{
    QWheelEvent event(pos, m_widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_widget, &event);
}

void TestTimelineWidget::wheelZoomKeepsTimeUnderCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("delta");

    QTest::newRow("in, middle") << 600.0 << 120;
    QTest::newRow("in twice, left") << 300.0 << 240;
    QTest::newRow("in, right") << 1000.0 << 360;
}

void TestTimelineWidget::wheelZoomKeepsTimeUnderCursor()
{
    QFETCH(double, x);
    QFETCH(int, delta);

    const double before = m_widget->viewport().mapXToTime(x);
    const double span = m_widget->viewport().visibleSpan();
    QSignalSpy changed(m_widget, &TimelineWidget::viewportChanged);
    wheel(QPointF(x, 300), delta);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_widget->viewport().visibleSpan() < span);
    QVERIFY(qAbs(m_widget->viewport().mapXToTime(x) - before) < 1.0);
    // And back out: the view fits again.
    wheel(QPointF(x, 300), -delta);
    QVERIFY(qAbs(m_widget->viewport().visibleSpan() - span) < 1.0);
}

void TestTimelineWidget::dragPans()
{
    wheel(QPointF(600, 300), 480); // zoom in so there is room to pan
    const double grabbed = m_widget->viewport().mapXToTime(600);
    QTest::mousePress(m_widget, Qt::LeftButton, {}, QPoint(600, 300));
    QTest::mouseMove(m_widget, QPoint(650, 300));
    QTest::mouseMove(m_widget, QPoint(700, 300));
    QTest::mouseRelease(m_widget, Qt::LeftButton, {}, QPoint(700, 300));
    // What was under the cursor moved with it.
    QVERIFY(qAbs(m_widget->viewport().mapTimeToX(grabbed) - 700) < 0.5);
    QVERIFY(!m_widget->selection().isValid()); // a drag is not a click
}

void TestTimelineWidget::keysPanAndFit()
{
    wheel(QPointF(600, 300), 480);
    const double start = m_widget->viewport().visibleStart();
    QTest::keyClick(m_widget, Qt::Key_Right);
    QVERIFY(m_widget->viewport().visibleStart() > start);
    QTest::keyClick(m_widget, Qt::Key_Left);
    QVERIFY(qAbs(m_widget->viewport().visibleStart() - start) < 1.0);
    QTest::keyClick(m_widget, Qt::Key_Home);
    QVERIFY(m_widget->viewport().isFitted());
}

void TestTimelineWidget::clickSelectsTheMessage()
{
    QSignalSpy selected(m_widget, &TimelineWidget::selectionChanged);
    const QPoint world = sendCenter(0, 1).toPoint();
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, world);
    QCOMPARE(m_widget->selection(), (TimelineSelection{ 0, 1 }));
    QCOMPARE(selected.count(), 1);
    // Clicking it again clears the highlight.
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, world);
    QVERIFY(!m_widget->selection().isValid());
}

void TestTimelineWidget::liveTraceKeepsFittingUntilZoomed()
{
    Trace growing = m_trace;
    growing.runs[0].durationNs = 500'000'000;
    m_widget->setTrace(growing);
    QVERIFY(m_widget->viewport().isFitted());
    QVERIFY(m_widget->viewport().visibleEnd() >= 500e6);
    wheel(QPointF(600, 300), 240);
    const double end = m_widget->viewport().visibleEnd();
    growing.runs[0].durationNs = 900'000'000;
    m_widget->setTrace(growing);
    QCOMPARE(m_widget->viewport().visibleEnd(), end); // the user's zoom is kept
}

// A live run is followed, not copied, and its compact axis is extended with the new events
// only: after every update the picture must be the one a copy of the same trace gives.
void TestTimelineWidget::followedTraceLooksLikeACopy()
{
    Trace live;
    TimelineWidget copy;
    copy.resize(m_widget->size());
    m_widget->followTrace(live);
    live.runs = { fixture::tcpMerged(), fixture::udpLossAndTruncation() };
    for (Run &run : live.runs) {
        run.sends.clear();
        run.recvs.clear();
    }
    const Trace full = m_trace;
    qint64 shift = 0;
    for (int round = 0; round < 40; ++round) {
        for (int r = 0; r < live.runs.size(); ++r) {
            // Whole rounds of the fixture's calls, later each time; recvs lag a round behind.
            for (SendEvent send : full.runs.at(r).sends) {
                send.tNs += shift;
                live.runs[r].sends.append(send);
            }
            if (round % 3 != 1) {
                for (RecvEvent recv : full.runs.at(r).recvs) {
                    recv.tNs += shift - (round % 2) * 7'000'000;
                    live.runs[r].recvs.append(recv);
                }
            }
        }
        shift += round % 4 == 0 ? 0 : 80'000'000; // some rounds repeat the same instants
        if (round == 25)
            wheel(QPointF(600, 300), 240); // the user zooms in: the view stops following
        m_widget->followTrace(live);
        copy.setTrace(live);
        QCOMPARE(&m_widget->trace(), &live);
        // The widget's warp is the compact one, its slots in pixels of the widget's plot.
        QCOMPARE(m_widget->viewport().warp(), fittedWarp(live));
        QCOMPARE(m_widget->viewport().isFitted(), round < 25);
        if (round < 25)
            QCOMPARE(m_widget->viewport(), copy.viewport());
    }
    // The run ends: the widget takes its copy of the very trace it followed.
    m_widget->setTrace(live);
    QVERIFY(&m_widget->trace() != &live);
    QCOMPARE(m_widget->viewport().warp(), fittedWarp(live));
    // Another trace is worked out afresh.
    m_widget->setTrace(m_trace);
    QCOMPARE(m_widget->viewport().warp(), fittedWarp(m_trace));
}

void TestTimelineWidget::linearAndCompactAxes()
{
    // "world" 1 µs after "hello" in a 60 ms run: linear time leaves it under "hello", the
    // compact axis (the default) gives the gap an even share of the width.
    Trace clustered = m_trace;
    clustered.runs[0].sends.edit(1)->tNs = 1000;
    m_trace = clustered;
    m_widget->setTrace(clustered);
    QVERIFY(m_widget->isCompact());
    const double compact = sendBox(0, 1).left() - sendBox(0, 0).left();
    m_widget->setCompact(false);
    QVERIFY(m_widget->viewport().warp().isIdentity());
    QVERIFY(m_widget->viewport().isFitted());
    const double linear = sendBox(0, 1).left() - sendBox(0, 0).left();
    QVERIFY2(linear < 1 && compact > 50,
             qPrintable(QStringLiteral("%1 vs %2").arg(compact).arg(linear)));
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
