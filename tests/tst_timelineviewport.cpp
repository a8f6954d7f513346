#include "model/trace.h"
#include "view/timelineviewport.h"

#include <QTest>

using sockscope::TimelineViewport;

class TestTimelineViewport : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void zoomKeepsPointUnderCursor_data();
    void zoomKeepsPointUnderCursor();
    void zoomStopsAtTheData();
    void zoomInStopsAtMinimumSpan();
    void pan_data();
    void pan();
    void fitShowsEverything();
    void emptyBoundsStillHaveAWindow();
    void warpedAxisRoundTripsAndZooms_data();
    void warpedAxisRoundTripsAndZooms();
    void warpChangeKeepsTheVisibleTimes();
};

void TestTimelineViewport::roundTrip_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("t");

    QTest::newRow("ms run, plot at 0") << 0.0 << 50e6 << 0.0 << 1000.0 << 12.5e6;
    QTest::newRow("ms run, plot after gutter") << 0.0 << 50e6 << 120.0 << 800.0 << 49e6;
    QTest::newRow("µs zoom into a minute")
        << 59'999'990'000.0 << 60'000'000'000.0 << 100.0 << 1500.0 << 59'999'995'123.0;
    QTest::newRow("time outside the window") << 1e6 << 2e6 << 10.0 << 500.0 << 5e6;
}

void TestTimelineViewport::roundTrip()
{
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(double, left);
    QFETCH(double, width);
    QFETCH(double, t);

    TimelineViewport v(0, 60e9, left, width);
    v.setVisibleRange(start, end);
    QCOMPARE(v.mapTimeToX(start), left);
    QCOMPARE(v.mapTimeToX(end), left + width);
    QVERIFY(qAbs(v.mapXToTime(v.mapTimeToX(t)) - t) < 1e-3);
    const double x = left + width / 3;
    QVERIFY(qAbs(v.mapTimeToX(v.mapXToTime(x)) - x) < 1e-6);
}

void TestTimelineViewport::zoomKeepsPointUnderCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");

    QTest::newRow("in at the middle") << 600.0 << 2.0;
    QTest::newRow("in near the left") << 130.0 << 1.5;
    QTest::newRow("in near the right") << 1090.0 << 4.0;
    QTest::newRow("a wheel notch") << 444.0 << 1.1972;
    QTest::newRow("deep") << 321.0 << 1000.0;
}

void TestTimelineViewport::zoomKeepsPointUnderCursor()
{
    QFETCH(double, x);
    QFETCH(double, factor);

    TimelineViewport v(0, 100e6, 100, 1000);
    const double before = v.mapXToTime(x);
    v.zoomAround(x, factor);
    QVERIFY(qAbs(v.mapXToTime(x) - before) < 1e-3);
    QVERIFY(qAbs(v.visibleSpan() - 100e6 / factor) < 1e-3);

    // Zooming back out by the same factor restores the window.
    v.zoomAround(x, 1 / factor);
    QVERIFY(qAbs(v.visibleStart()) < 1e-3);
    QVERIFY(qAbs(v.visibleEnd() - 100e6) < 1e-3);
}

void TestTimelineViewport::zoomStopsAtTheData()
{
    TimelineViewport v(0, 100e6, 0, 1000);
    v.zoomAround(500, 4);
    v.zoomAround(0, 0.1); // far out, anchored at the left edge
    QCOMPARE(v.visibleStart(), 0.0);
    QCOMPARE(v.visibleEnd(), 100e6);
    QVERIFY(v.isFitted());
}

void TestTimelineViewport::zoomInStopsAtMinimumSpan()
{
    TimelineViewport v(0, 1e9, 0, 1000);
    for (int i = 0; i < 100; ++i)
        v.zoomAround(250, 10);
    QCOMPARE(v.visibleSpan(), TimelineViewport::kMinSpanNs);
    QVERIFY(v.visibleStart() >= 0);
}

void TestTimelineViewport::pan_data()
{
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expectedStart");

    // Window 40..60 ms of 0..100 ms over 1000 px: 20 µs per pixel.
    QTest::newRow("drag right shows earlier") << 100.0 << 38e6;
    QTest::newRow("drag left shows later") << -250.0 << 45e6;
    QTest::newRow("stops at the start") << 5000.0 << 0.0;
    QTest::newRow("stops at the end") << -5000.0 << 80e6;
}

void TestTimelineViewport::pan()
{
    QFETCH(double, dx);
    QFETCH(double, expectedStart);

    TimelineViewport v(0, 100e6, 0, 1000);
    v.setVisibleRange(40e6, 60e6);
    v.panByPixels(dx);
    QVERIFY2(qAbs(v.visibleStart() - expectedStart) < 1e-3,
             qPrintable(QString::number(v.visibleStart())));
    QVERIFY(qAbs(v.visibleSpan() - 20e6) < 1e-3); // panning never zooms
}

void TestTimelineViewport::fitShowsEverything()
{
    TimelineViewport v(5e6, 80e6, 0, 640);
    v.zoomAround(300, 3);
    QVERIFY(!v.isFitted());
    v.fit();
    QVERIFY(v.isFitted());
    QCOMPARE(v.mapTimeToX(5e6), 0.0);
    QCOMPARE(v.mapTimeToX(80e6), 640.0);
}

void TestTimelineViewport::emptyBoundsStillHaveAWindow()
{
    TimelineViewport v(0, 0, 0, 100);
    QVERIFY(v.visibleSpan() >= TimelineViewport::kMinSpanNs);
    QVERIFY(std::isfinite(v.mapTimeToX(0)));
}

namespace {

sockscope::TimeWarp clusteredWarp()
{
    // Three events within 2 µs, then one 100 ms later: compact gives the cluster room.
    sockscope::Trace trace;
    sockscope::Run run;
    for (qint64 t : { 0, 1000, 2000 }) {
        sockscope::SendEvent s;
        s.tNs = t;
        s.id = s.message = int(run.sends.size());
        run.sends.append(s);
    }
    sockscope::RecvEvent r;
    r.tNs = 100'000'000;
    run.recvs.append(r);
    trace.runs.append(run);
    return sockscope::TimeWarp::compact(trace);
}

} // namespace

void TestTimelineViewport::warpedAxisRoundTripsAndZooms_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");

    QTest::newRow("in the cluster") << 150.0 << 3.0;
    QTest::newRow("in the long gap") << 800.0 << 2.0;
    QTest::newRow("zoom out") << 500.0 << 0.8;
}

void TestTimelineViewport::warpedAxisRoundTripsAndZooms()
{
    QFETCH(double, x);
    QFETCH(double, factor);

    TimelineViewport v(0, 1e6, 100, 1000);
    v.setWarp(clusteredWarp());
    v.setBounds(0, 100e6);
    v.fit();
    // The 1 µs between the first two events gets many pixels on a compact axis.
    QVERIFY(v.mapTimeToX(1000) - v.mapTimeToX(0) > 100);
    QVERIFY(qAbs(v.mapXToTime(v.mapTimeToX(42e6)) - 42e6) < 1e-3);
    v.zoomAround(500, 2); // room to zoom out again
    const double before = v.mapXToTime(x);
    v.zoomAround(x, factor);
    QVERIFY(qAbs(v.mapXToTime(x) - before) < 1e-3);
}

void TestTimelineViewport::warpChangeKeepsTheVisibleTimes()
{
    TimelineViewport v(0, 100e6, 0, 1000);
    v.setVisibleRange(10e6, 60e6);
    v.setWarp(clusteredWarp());
    QVERIFY(qAbs(v.visibleStart() - 10e6) < 1e-3);
    QVERIFY(qAbs(v.visibleEnd() - 60e6) < 1e-3);
    QVERIFY(qAbs(v.boundsEnd() - 100e6) < 1e-3);
}

QTEST_GUILESS_MAIN(TestTimelineViewport)
#include "tst_timelineviewport.moc"
