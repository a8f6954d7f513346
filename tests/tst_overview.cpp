#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/mergescale.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"
#include "view/timewarp.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sockscope;

// Zoomed out, a dense recv lane shows what its recvs held: each pixel column's bar has the
// colour of its messages per recv (MergeScale) and grows with it, so a reader that falls
// behind shows where; an alarming call in a column still marks it red.
namespace {

constexpr int kMessages = 40'000;
constexpr qint64 kBytes = 10;

// kMessages messages of 10 bytes, one every microsecond. The first half is read one message
// per recv, the second ten messages per recv (the reader fell behind).
Run fallingBehind()
{
    Run run;
    run.label = QStringLiteral("TCP");
    run.protocol = Protocol::Tcp;
    for (int i = 0; i < kMessages; ++i) {
        run.sends.append(fixture::send(i, i, qint64(i) * 1000, kBytes, i * kBytes, "m"));
        run.fates.append(fixture::fate(i, i, i * kBytes, kBytes, Fate::Intact, {}));
    }
    for (int i = 0; i < kMessages;) {
        const int per = i < kMessages / 2 ? 1 : 10;
        const int id = int(run.recvs.size());
        run.recvs.append(
            fixture::recv(id, qint64(i + per - 1) * 1000 + 500, per * kBytes, i * kBytes, "m"));
        i += per;
    }
    run.summary.messages = kMessages;
    run.durationNs = qint64(kMessages) * 1000;
    return run;
}

struct Picture
{
    QImage image;
    QRectF recvs; // the recv lane
    QRectF sends;
    TimelineViewport viewport;
};

Picture render(const Trace &trace, const TimeWarp &warp = {})
{
    const TimelineStyle style = TimelineStyle::light();
    const QSize size(1300, 500);
    Picture p{ QImage(size, QImage::Format_RGB32), {}, {}, {} };
    p.viewport = TimelineRenderer::fittedViewport(trace, p.image.rect(), style, warp);
    QPainter painter(&p.image);
    TimelineRenderer::paint(painter, p.image.rect(), trace, p.viewport, style);
    painter.end();
    const TimelineLayout layout(QRectF(QPointF(0, 0), size), trace, style);
    p.recvs = layout.runs().at(0).recvs;
    p.sends = layout.runs().at(0).sends;
    return p;
}

bool near(QRgb pixel, const QColor &colour)
{
    return std::abs(qRed(pixel) - colour.red()) <= 2
        && std::abs(qGreen(pixel) - colour.green()) <= 2
        && std::abs(qBlue(pixel) - colour.blue()) <= 2;
}

// How many pixels of the column at time t in the lane (the recv lane unless told) have the
// colour.
int height(const Picture &p, double t, const QColor &colour, bool sends = false)
{
    const int x = int(std::floor(p.viewport.mapTimeToX(t)));
    const QRectF &lane = sends ? p.sends : p.recvs;
    int n = 0;
    for (int y = int(lane.top()); y < int(lane.bottom()); ++y)
        n += near(p.image.pixel(x, y), colour) ? 1 : 0;
    return n;
}

} // namespace

class tst_Overview : public QObject
{
    Q_OBJECT

private slots:
    void recvColumnsShowMessagesPerRecv();
    void alarmingColumnIsStillMarked();
    void unknownMessagesStayGrey();
    void sendBarsAreBytesOnALinearAxis();
    void legendFollowsTheZoom();
    void scaleBands();
};

void tst_Overview::recvColumnsShowMessagesPerRecv()
{
    const Trace trace = fixture::trace({ fallingBehind() });
    const Picture p = render(trace);
    const TimelineStyle style = TimelineStyle::light();
    const QColor one = MergeScale::colour(MergeScale::band(1), style);
    const QColor ten = MergeScale::colour(MergeScale::band(10), style);
    QCOMPARE(MergeScale::band(1), MergeScale::kOne);
    QCOMPARE(MergeScale::band(10), MergeScale::kOne + 3); // the "8" band: 5.7 to 11.3
    QVERIFY(one != ten);
    const double early = 0.25 * kMessages * 1000;
    const double late = 0.75 * kMessages * 1000;
    const int oneEarly = height(p, early, one);
    const int tenLate = height(p, late, ten);
    QVERIFY2(oneEarly > 0, "one message per recv: the grey of band 1");
    QVERIFY2(tenLate > 0, "ten messages per recv: the band of 8");
    QCOMPARE(height(p, early, ten), 0);
    QCOMPARE(height(p, late, one), 0);
    // Taller the more messages a recv held: log2(10) + 2 against 2 of 9 steps above the floor.
    QVERIFY2(tenLate > oneEarly + 3,
             qPrintable(QStringLiteral("%1 px against %2 px").arg(tenLate).arg(oneEarly)));
}

void tst_Overview::alarmingColumnIsStillMarked()
{
    Run run = fallingBehind();
    const int failed = int(run.recvs.size()) - 700; // among the recvs of ten messages
    run.recvs.edit(failed)->error = 104;
    const Trace trace = fixture::trace({ run });
    const Picture p = render(trace);
    const TimelineStyle style = TimelineStyle::light();
    const double t = TimelineGeometry::time(run.recvs.at(failed));
    QVERIFY(height(p, t, style.lost) > 0);
    // Its neighbours are not: one failed call marks its own column only.
    QCOMPARE(height(p, TimelineGeometry::time(run.recvs.at(failed - 100)), style.lost), 0);
}

void tst_Overview::unknownMessagesStayGrey()
{
    // Still recording (not analysed): no message is known, so no colour claims one.
    Run run = fallingBehind();
    run.fates.clear();
    const Trace trace = fixture::trace({ run });
    const Picture p = render(trace);
    const TimelineStyle style = TimelineStyle::light();
    const QColor grey = TimelineStyle::mix(style.foreground, style.background, 0.6);
    const double late = 0.75 * kMessages * 1000;
    QVERIFY(height(p, late, grey) > 0);
    QCOMPARE(height(p, late, MergeScale::colour(MergeScale::band(10), style)), 0);
}

void tst_Overview::sendBarsAreBytesOnALinearAxis()
{
    // The same rate of sends, four times the bytes each in the second half: on a linear axis
    // the send bars are the throughput; on the compact axis (columns of unequal time) full.
    Run run;
    run.protocol = Protocol::Tcp;
    qint64 offset = 0;
    for (int i = 0; i < kMessages; ++i) {
        const qint64 bytes = i < kMessages / 2 ? 10 : 40;
        run.sends.append(fixture::send(i, i, qint64(i) * 1000, bytes, offset, "m"));
        run.recvs.append(fixture::recv(i, qint64(i) * 1000 + 500, bytes, offset, "m"));
        run.fates.append(fixture::fate(i, i, offset, bytes, Fate::Intact, { i }));
        offset += bytes;
    }
    run.durationNs = qint64(kMessages) * 1000;
    const Trace trace = fixture::trace({ run });
    const TimelineStyle style = TimelineStyle::light();
    const QColor grey = TimelineStyle::mix(style.foreground, style.background, 0.6);
    const double early = 0.25 * kMessages * 1000;
    const double late = 0.75 * kMessages * 1000;
    const Picture linear = render(trace);
    const int small = height(linear, early, grey, true);
    const int large = height(linear, late, grey, true);
    QVERIFY2(small > 0 && large > 3 * small,
             qPrintable(QStringLiteral("%1 px against %2 px").arg(large).arg(small)));
    const Picture compact = render(trace, TimeWarp::compact(trace));
    QCOMPARE(height(compact, early, grey, true), height(compact, late, grey, true));
}

void tst_Overview::legendFollowsTheZoom()
{
    const Trace trace = fixture::trace({ fallingBehind() });
    const TimelineStyle style = TimelineStyle::light();
    const QRect rect(0, 0, 1300, 500);
    TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, rect, style);
    TimelineRenderer::Overview o = TimelineRenderer::overview(rect, trace, viewport, style);
    QVERIFY(o.columns);
    QVERIFY(o.messages);
    // Zoomed in to a few calls: boxes, no per-column marks to explain.
    viewport.setVisibleRange(1'000'000, 1'020'000);
    o = TimelineRenderer::overview(rect, trace, viewport, style);
    QVERIFY(!o.columns);
    QVERIFY(!o.messages);
}

void tst_Overview::scaleBands()
{
    // Bands are powers of 2, each reaching halfway (on a log scale) to its neighbours.
    QCOMPARE(MergeScale::band(0), 0);
    QCOMPARE(MergeScale::band(0.25), 0);
    QCOMPARE(MergeScale::band(0.5), 1);
    QCOMPARE(MergeScale::band(1.4), MergeScale::kOne);
    QCOMPARE(MergeScale::band(0.72), MergeScale::kOne);
    QCOMPARE(MergeScale::band(1.42), MergeScale::kOne + 1);
    QCOMPARE(MergeScale::band(1e6), MergeScale::kBands - 1);
    QCOMPARE(MergeScale::label(MergeScale::kOne), QStringLiteral("1"));
    QCOMPARE(MergeScale::label(MergeScale::kBands - 1), QStringLiteral("≥128"));
    QCOMPARE(MergeScale::height(0.25), 0.0);
    QCOMPARE(MergeScale::height(128), 1.0);
    QVERIFY(MergeScale::height(2) > MergeScale::height(1));
}

QTEST_MAIN(tst_Overview)
#include "tst_overview.moc"
