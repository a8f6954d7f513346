#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"
#include "view/timewarp.h"

#include <QTest>

#include <algorithm>

using namespace sockscope;

// Boxes on the compact axis: a call with data keeps a readable box however many other calls
// and however long a pause the trace holds; a pause or an end of file does not take that room;
// the last box of a lane ends at its own end, not at the plot's edge.
class TestTimelineGeometry : public QObject
{
    Q_OBJECT

private slots:
    void recvWithDataStaysReadable();
    void eofTakesOnlyItsWord();
    void pauseStillShows();
    void lastBoxEndsAtItsOwnEnd();
    void orderIsKept();
    void sendToHasNoRecvLane();
    void lanesFitTheirRectangle_data();
    void lanesFitTheirRectangle();

private:
    // The tcp-nagle lesson as recorded: per run 40 back-to-back sends of 9 B, then one recv of
    // all 350 B and an end of file 2 µs later; the TCP_NODELAY run's reader waits 14 ms, and
    // the run stays open until 27 ms.
    static Trace nagle();
    TimelineGeometry geometry(const Trace &trace, bool compact) const;

    const QRectF m_rect{ 0, 0, 1600, 600 };
    const TimelineStyle m_style = TimelineStyle::light();
};

Trace TestTimelineGeometry::nagle()
{
    QList<Run> runs;
    for (const qint64 wait : { qint64(40'000), qint64(14'600'000) }) {
        Run run;
        run.protocol = Protocol::Tcp;
        for (int i = 0; i < 40; ++i) {
            run.sends.append(fixture::send(i, i, 100'000 + 500 * i, 9, 9 * i, "nagle-0;"));
            run.sends.editLast()->durNs = 270;
        }
        const qint64 last = 100'000 + 500 * 39;
        run.recvs = { fixture::recv(0, last + wait, 350, 0, "nagle-0;nagle-1;"),
                      fixture::recv(1, last + wait + 2'000, 0, 350, "") };
        run.durationNs = wait > 1'000'000 ? 27'000'000 : last + wait + 5'000;
        runs.append(run);
    }
    return fixture::trace(runs);
}

TimelineGeometry TestTimelineGeometry::geometry(const Trace &trace, bool compact) const
{
    const TimelineLayout layout(m_rect, trace, m_style);
    return TimelineGeometry(
        layout,
        TimelineRenderer::fittedViewport(trace, m_rect, m_style,
                                         compact ? TimeWarp::compact(trace) : TimeWarp()));
}

void TestTimelineGeometry::recvWithDataStaysReadable()
{
    const Trace trace = nagle();
    const TimelineGeometry g = geometry(trace, true);
    const double readable = g.layout().readableBoxWidth();
    QVERIFY(readable >= 30); // "m0–m39" and "350 B" fit
    for (int r = 0; r < trace.runs.size(); ++r) {
        const QRectF box = g.recvBox(trace.runs.at(r), r, 0);
        QVERIFY2(box.width() >= readable - 1,
                 qPrintable(QStringLiteral("run %1: the recv of 350 B is %2 px wide, not %3")
                                .arg(r)
                                .arg(box.width())
                                .arg(readable)));
        // Every send keeps a box of its own, a few pixels at least.
        for (int s = 0; s < trace.runs.at(r).sends.size(); ++s)
            QVERIFY(g.sendBox(trace.runs.at(r), r, s).width() >= g.layout().minBoxWidth());
    }
}

void TestTimelineGeometry::eofTakesOnlyItsWord()
{
    const Trace trace = nagle();
    for (const bool compact : { true, false }) {
        const TimelineGeometry g = geometry(trace, compact);
        for (int r = 0; r < trace.runs.size(); ++r) {
            const QRectF data = g.recvBox(trace.runs.at(r), r, 0);
            const QRectF eof = g.recvBox(trace.runs.at(r), r, 1);
            QVERIFY(eof.width() <= g.layout().eofBoxWidth() + 0.5);
            if (!compact)
                continue; // 2 µs apart in linear time: the boxes overlap at their least width
            QVERIFY(eof.width() < data.width());
            QVERIFY(eof.left() >= data.right() - 0.5); // side by side, in time order
        }
    }
}

void TestTimelineGeometry::pauseStillShows()
{
    // The axis stays honest: the 14 ms the second reader waited is squeezed, not removed. Its
    // pause is wider than a send's slot, and the axis maps the times in between in order.
    const Trace trace = nagle();
    const TimelineGeometry g = geometry(trace, true);
    const Run &slow = trace.runs.at(1);
    const double lastSend = g.sendBox(slow, 1, 39).left();
    const double recv = g.recvBox(slow, 1, 0).left();
    const double slot = g.sendBox(slow, 1, 1).left() - g.sendBox(slow, 1, 0).left();
    QVERIFY(recv - lastSend > 3 * slot);
    const TimelineViewport &v = g.viewport();
    QVERIFY(v.mapTimeToX(5e6) < v.mapTimeToX(10e6));
    QVERIFY(v.mapTimeToX(10e6) < recv);
}

void TestTimelineGeometry::lastBoxEndsAtItsOwnEnd()
{
    // A lone last datagram: nothing follows it, so its box is as wide as its label needs, on
    // either axis, and not the widest box a gap allows.
    Run run = fixture::udpIntact(3);
    run.durationNs = 2 * TimelineGeometry::time(run.recvs.last());
    const Trace trace = fixture::trace({ run });
    for (const bool compact : { true, false }) {
        const TimelineGeometry g = geometry(trace, compact);
        const TimelineLayout &l = g.layout();
        const Run &r = trace.runs.first();
        const QRectF lastSend = g.sendBox(r, 0, int(r.sends.size()) - 1);
        const QRectF lastRecv = g.recvBox(r, 0, int(r.recvs.size()) - 1);
        QVERIFY(l.readableBoxWidth() < l.maxBoxWidth());
        QCOMPARE(lastRecv.width(), l.readableBoxWidth());
        QCOMPARE(lastSend.width(), l.readableBoxWidth()); // its 1 µs call is under a pixel
        QVERIFY(lastRecv.right() <= l.plot().right() + 0.5);
    }
}

void TestTimelineGeometry::orderIsKept()
{
    // Whatever the widths, the boxes of a lane follow each other in time order and do not
    // overlap, and the axis maps every event time in order.
    const Trace trace = nagle();
    const TimelineGeometry g = geometry(trace, true);
    for (int r = 0; r < trace.runs.size(); ++r) {
        const Run &run = trace.runs.at(r);
        for (int i = 1; i < run.sends.size(); ++i)
            QVERIFY(g.sendBox(run, r, i).left() >= g.sendBox(run, r, i - 1).right() - 0.5);
        QVERIFY(g.recvBox(run, r, 0).left() > g.sendBox(run, r, 0).left());
    }
    QList<double> times;
    for (const Run &run : trace.runs) {
        for (int i = 0; i < run.sends.size(); ++i)
            times.append(TimelineGeometry::time(run.sends, i));
        for (int i = 0; i < run.recvs.size(); ++i)
            times.append(TimelineGeometry::time(run.recvs, i));
    }
    std::sort(times.begin(), times.end());
    for (qsizetype i = 1; i < times.size(); ++i) {
        if (times.at(i) > times.at(i - 1))
            QVERIFY(g.viewport().mapTimeToX(times.at(i))
                    > g.viewport().mapTimeToX(times.at(i - 1)));
    }
}

// A QGuiApplication: the layout measures text.
void TestTimelineGeometry::sendToHasNoRecvLane()
{
    // A send-to run recorded only SockScope's sends: no recv() lane, no "queued n/a" for a
    // receiver that was someone else's program. An observed run has no send lanes; a lesson's
    // run has both.
    Run sendTo;
    sendTo.role = Role::Sender;
    Run observed;
    observed.role = Role::Observer;
    const Run lesson;
    QCOMPARE(TimelineLayout::shapeOf(sendTo).recvs, false);
    QCOMPARE(TimelineLayout::shapeOf(sendTo).sends, true);
    QCOMPARE(TimelineLayout::shapeOf(observed).sends, false);
    QCOMPARE(TimelineLayout::shapeOf(lesson).recvs, true);

    const TimelineStyle &style = m_style;
    const QRectF rect(0, 0, 800, 2000);
    const TimelineLayout layout(rect, { TimelineLayout::shapeOf(sendTo) }, style);
    const TimelineLayout::RunLanes &lanes = layout.runs().first();
    QVERIFY(lanes.hasSends());
    QVERIFY(!lanes.hasRecvs());
    QVERIFY(lanes.links.isNull() && lanes.queued.isNull());
    QVERIFY(TimelineLayout::naturalHeight({ TimelineLayout::shapeOf(sendTo) }, style)
            < TimelineLayout::naturalHeight({ TimelineLayout::shapeOf(lesson) }, style));
}

void TestTimelineGeometry::lanesFitTheirRectangle_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<double>("share"); // of the natural height, clamped to the minimum
    for (const int runs : { 1, 2, 4 }) {
        for (const double share : { 0.0, 0.85, 1.0, 1.3 })
            QTest::addRow("%d runs, %.2f", runs, share) << runs << share;
    }
}

void TestTimelineGeometry::lanesFitTheirRectangle()
{
    // A widget given TimelineLayout::minimumHeight() (presentation mode's four runs on a
    // projector) shows every lane inside it: the headers keep their height, so the lanes
    // must be squeezed for them too, or the last run's recv lane runs off the bottom.
    QFETCH(int, runs);
    QFETCH(double, share);
    const double minimum = TimelineLayout::minimumHeight(runs, m_style);
    const double height = std::max(minimum, share * TimelineLayout::naturalHeight(runs, m_style));
    const TimelineLayout layout(QRectF(0, 0, 1366, height), runs, m_style);
    QCOMPARE(layout.runs().size(), runs);
    const QRectF last = layout.runs().last().queued;
    QVERIFY2(
        last.bottom() <= height + 0.5,
        qPrintable(
            QStringLiteral("the last lane ends at %1 of %2 px").arg(last.bottom()).arg(height)));
    // Not squeezed more than needed either: the room is used.
    if (share <= 1.0)
        QVERIFY2(layout.runs().last().block.bottom() >= height - 1,
                 qPrintable(QString::number(layout.runs().last().block.bottom())));
}

QTEST_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
