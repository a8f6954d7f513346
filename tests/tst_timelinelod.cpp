#include "io/tracejsonwriter.h"
#include "real/tcprunner.h"
#include "record/eventrecorder.h"
#include "record/monotonicclock.h"
#include "record/stopsignal.h"
#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sockscope;

// The renderer's fast paths must not change what a class sees: level of detail (events that
// share a pixel column are aggregated) draws exactly what the exact path draws whenever no two
// events share a column, never hides a lost or truncated message, and an event the recorder
// could not keep is never dropped without a mark.
namespace {

constexpr char kExact[] = "SOCKSCOPE_EXACT_TIMELINE";

bool near(QRgb pixel, const QColor &colour, int tolerance = 12)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance
        && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

bool columnHas(const QImage &image, int x, const QRectF &lane, const QColor &colour)
{
    for (int dx = -1; dx <= 1; ++dx) {
        for (int y = int(lane.top()); y < int(lane.bottom()); ++y) {
            if (x + dx >= 0 && x + dx < image.width() && near(image.pixel(x + dx, y), colour))
                return true;
        }
    }
    return false;
}

// n UDP datagrams 1 µs apart, each read whole half a microsecond later; every lostEvery-th is
// lost and every truncatedEvery-th read is cut short (0 = never).
Run udpRun(int n, int lostEvery = 0, int truncatedEvery = 0)
{
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    for (int i = 0; i < n; ++i) {
        run.sends.append(fixture::send(i, i, qint64(i) * 1000, 14, 0, "m"));
        const bool lost = lostEvery > 0 && i % lostEvery == lostEvery - 1;
        run.fates.append(fixture::fate(i, i, 0, 14, lost ? Fate::Lost : Fate::Intact, {}));
        if (lost)
            continue;
        RecvEvent r = fixture::recv(int(run.recvs.size()), qint64(i) * 1000 + 500, 14, 0, "m");
        r.seq = i;
        r.datagramSize = 14;
        if (truncatedEvery > 0 && int(run.recvs.size()) % truncatedEvery == truncatedEvery - 1) {
            r.truncated = true;
            r.bytes = 10;
            run.fates.last().fate = Fate::Truncated;
        }
        run.fates.last().recvs = { int(run.recvs.size()) };
        run.recvs.append(r);
    }
    run.summary.messages = n;
    run.durationNs = qint64(n) * 1000;
    return run;
}

QImage render(const Trace &trace, const QSize &size, bool exact)
{
    if (exact)
        qputenv(kExact, "1");
    else
        qunsetenv(kExact);
    const TimelineStyle style = TimelineStyle::light();
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, image.rect(), style);
    TimelineRenderer::paint(painter, image.rect(), trace, viewport, style);
    painter.end();
    qunsetenv(kExact);
    return image;
}

} // namespace

class tst_TimelineLod : public QObject
{
    Q_OBJECT

private slots:
    void lodEqualsExactWhenEventsAreWide_data();
    void lodEqualsExactWhenEventsAreWide();
    void lodAggregatesSubPixelEvents();
    void aggregatedColumnsKeepLossAndTruncation();
    void recorderCountsWhatItCouldNotKeep();
    void cappedRunIsMarkedAndShown();
};

void tst_TimelineLod::lodEqualsExactWhenEventsAreWide_data()
{
    QTest::addColumn<int>("events");
    // 1100 px of plot: 1.2 to 4 pixels per event, so more events than fit as labelled boxes
    // (the lane counts as dense) but never two in one pixel column.
    QTest::newRow("1.2 px apart") << 850;
    QTest::newRow("2 px apart") << 520;
    QTest::newRow("4 px apart") << 260;
}

void tst_TimelineLod::lodEqualsExactWhenEventsAreWide()
{
    QFETCH(int, events);
    const Trace trace = fixture::trace({ udpRun(events, 17, 13) });
    const QSize size(1300, 500);
    const QImage lod = render(trace, size, false);
    const QImage exact = render(trace, size, true);
    QCOMPARE(lod, exact);
}

void tst_TimelineLod::lodAggregatesSubPixelEvents()
{
    // The control: with many events per column the two paths differ, so the comparison above
    // really compares the level-of-detail path with the exact one.
    const Trace trace = fixture::trace({ udpRun(20'000) });
    const QSize size(1300, 500);
    QVERIFY(render(trace, size, false) != render(trace, size, true));
}

void tst_TimelineLod::aggregatedColumnsKeepLossAndTruncation()
{
    const Run run = udpRun(200'000, 9973, 10007);
    const Trace trace = fixture::trace({ run });
    const QSize size(1600, 600);
    const QImage image = render(trace, size, false);

    const TimelineStyle style = TimelineStyle::light();
    const TimelineLayout layout(QRectF(QPointF(0, 0), size), 1, style);
    const TimelineGeometry geometry(
        layout, TimelineRenderer::fittedViewport(trace, QRectF(QPointF(0, 0), size), style));
    QVERIFY(layout.isDense(run.sends.size()));
    int lost = 0;
    int truncated = 0;
    for (const MessageFate &f : run.fates) {
        if (f.fate == Fate::Lost) {
            ++lost;
            const double x
                = geometry.viewport().mapTimeToX(TimelineGeometry::time(run.sends.at(f.firstSend)));
            QVERIFY2(columnHas(image, int(x), layout.runs().at(0).sends, style.lost),
                     qPrintable(QString::number(x)));
        } else if (f.fate == Fate::Truncated) {
            ++truncated;
            const double x = geometry.viewport().mapTimeToX(
                TimelineGeometry::time(run.recvs.at(f.recvs.first())));
            QVERIFY2(columnHas(image, int(x), layout.runs().at(0).recvs, style.lost),
                     qPrintable(QString::number(x)));
        }
    }
    QCOMPARE(lost, 20);
    QCOMPARE(truncated, 19);
}

void tst_TimelineLod::recorderCountsWhatItCouldNotKeep()
{
    const qint64 saved = EventCap::limit();
    EventCap::setLimit(10);
    SendList events;
    EventRecorder<SendEvent> rec(events, nullptr, 0, &LiveFeed::sendsAdded);
    for (int i = 0; i < 15; ++i)
        rec.append(fixture::send(0, i, i, 1, i, "x"));
    EventCap::setLimit(saved);
    QCOMPARE(events.size(), 10);
    QCOMPARE(events.last().message, 9);
    QVERIFY(rec.full());
    QCOMPARE(rec.dropped(), 5);
}

void tst_TimelineLod::cappedRunIsMarkedAndShown()
{
    const qint64 saved = EventCap::limit();
    EventCap::setLimit(40);
    Scenario s;
    s.protocol = Scenario::Protocols::Tcp;
    s.count = 200;
    s.nodelay = true;
    MonotonicClock clock;
    StopSignal stop;
    TcpRunner runner(s, QString(), clock, stop, nullptr, nullptr, 0);
    Trace trace;
    trace.runs = runner.run();
    EventCap::setLimit(saved);

    // The trace says where and why recording stopped: the run's error is the cap notice, in
    // the JSON too, and no run holds more events than the cap.
    const Run &run = trace.runs.at(0);
    QCOMPARE(run.error, EventCap::notice(40));
    QVERIFY(run.sends.size() <= 40 && run.recvs.size() <= 40);
    QVERIFY(TraceJsonWriter::toJson(trace).contains(EventCap::notice(40).toUtf8()));

    // The picture says it in the run's header, in the alarming colour.
    const TimelineStyle style = TimelineStyle::light();
    const QImage image = render(trace, QSize(1200, 400), false);
    const TimelineLayout layout(QRectF(0, 0, 1200, 400), 1, style);
    const QRectF header = layout.runs().at(0).header;
    int red = 0;
    for (int y = int(header.top()); y < int(header.bottom()); ++y) {
        for (int x = int(header.center().x()); x < int(header.right()); ++x)
            red += near(image.pixel(x, y), style.lost, 40) ? 1 : 0;
    }
    QVERIFY2(red > 20, qPrintable(QString::number(red)));
}

QTEST_MAIN(tst_TimelineLod)
#include "tst_timelinelod.moc"
