#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/replaycursor.h"
#include "view/replaymoment.h"
#include "view/timelinegeometry.h"
#include "view/timelinehittest.h"
#include "view/timelinelayout.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sockscope;

namespace {

constexpr qint64 kMs = 1'000'000;

bool near(QRgb a, const QColor &b, int tolerance = 8)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance
        && qAbs(qBlue(a) - b.blue()) <= tolerance;
}

int count(const QImage &image, const QRectF &area, const QColor &colour, int tolerance = 30)
{
    int n = 0;
    const QRect r = area.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixel(x, y), colour, tolerance) ? 1 : 0;
    }
    return n;
}

// A reader that calls recv() at 5 ms and gets "hello" back at 30 ms (sent at 1 ms), decoded as
// one frame; and the same story simulated, with the data segment leaving at 20 ms and arriving
// at 25 ms.
Trace story()
{
    Run real;
    real.label = QStringLiteral("TCP");
    real.protocol = Protocol::Tcp;
    real.scenario.framing = QStringLiteral("length:4:be");
    real.sends = { fixture::send(0, 0, 1 * kMs, 5, 0, "hello") };
    RecvEvent r = fixture::recv(0, 5 * kMs, 5, 0, "hello");
    r.durNs = 25 * kMs;
    real.recvs = { r };
    real.fates = { fixture::fate(0, 0, 0, 5, Fate::Intact, { 0 }) };
    Frame f;
    f.length = 5;
    f.recvs = { 0 };
    f.preview = "hello";
    real.frames = { f };
    real.summary.messages = real.summary.intact = 1;
    real.durationNs = 40 * kMs;

    Run sim = real;
    sim.label = QStringLiteral("TCP, simulated");
    sim.mode = Mode::Sim;
    Segment g;
    g.tNs = 20 * kMs;
    g.arriveNs = 25 * kMs;
    g.bytes = 5;
    sim.segments = { g };
    return fixture::trace({ real, sim });
}

} // namespace

// What replay may show at a moment, and that the renderer, the hit test and the replay cursor
// show nothing more. Needs a QGuiApplication: the layout is measured in text lines.
class TestReplayMoment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownAtAMoment();
    void cursorRevealsNoRecvBeforeItReturns();
    void recvInProgressIsDrawnOpenWithoutContents();
    void noLinkToARecvInProgress();
    void packetsOnlyAsFarAsTheyFlew();
    void hoverFindsNothingFromTheFuture();
    void frameOnlyOnceItsRecvReturned();
    void endOfReplayIsTheWholePicture();

private:
    QImage render(const ReplayMoment *moment) const;
    const Run &run(int i) const { return m_trace.runs.at(i); }
    TimelineLayout layout() const { return { m_rect, m_trace, m_style }; }

    QRect m_rect{ 0, 0, 1200, 900 };
    TimelineStyle m_style = TimelineStyle::light();
    Trace m_trace;
    TimelineViewport m_viewport;
};

void TestReplayMoment::initTestCase()
{
    m_trace = story();
    m_viewport = TimelineRenderer::fittedViewport(m_trace, m_rect, m_style);
}

QImage TestReplayMoment::render(const ReplayMoment *moment) const
{
    QImage image(m_rect.size(), QImage::Format_RGB32);
    QPainter painter(&image);
    TimelineRenderer::paint(painter, m_rect, moment ? moment->known() : m_trace, m_viewport,
                            m_style, {}, moment);
    return image;
}

void TestReplayMoment::knownAtAMoment()
{
    const ReplayMoment at10(m_trace, 10 * kMs);
    const Run &known = at10.known().runs.at(0);
    QCOMPARE(known.sends.size(), 1);
    QVERIFY(known.recvs.isEmpty()); // began at 5 ms, returns at 30 ms
    QVERIFY(known.fates.isEmpty() && known.frames.isEmpty());
    QVERIFY(at10.known().runs.at(1).segments.isEmpty()); // leaves at 20 ms
    QCOMPARE(at10.pending(0).size(), 1);
    QVERIFY(!at10.pending(0).first().send);
    QCOMPARE(at10.pending(0).first().startNs, 5 * kMs);
    QVERIFY(at10.pending(7).isEmpty()); // no such run

    const ReplayMoment at31(m_trace, 31 * kMs);
    QCOMPARE(at31.known().runs.at(0).recvs.size(), 1);
    QCOMPARE(at31.known().runs.at(0).fates.size(), 1);
    QCOMPARE(at31.known().runs.at(0).frames.size(), 1);
    QCOMPARE(at31.known().runs.at(1).segments.size(), 1);
    QVERIFY(at31.pending(0).isEmpty());
    // The summary's counts come at the end of the run.
    QCOMPARE(at31.known().runs.at(0).summary.intact, 0);
    QCOMPARE(ReplayMoment::at(m_trace, 40 * kMs).runs.at(0).summary.intact, 1);

    QCOMPARE(ReplayMoment::flight(m_trace.runs.at(1).segments.at(0), 22 * kMs), 0.4);
}

void TestReplayMoment::cursorRevealsNoRecvBeforeItReturns()
{
    ReplayCursor cursor(m_trace);
    cursor.seek(10 * kMs); // the recv's start is behind the cursor, its return is not
    QVERIFY(cursor.revealed(m_trace).runs.at(0).recvs.isEmpty());
    // What the window draws there: the recv in progress since 5 ms, nothing of its contents.
    ReplayMoment moment;
    moment.update(m_trace, cursor);
    QVERIFY(moment.known().runs.at(0).recvs.isEmpty());
    QCOMPARE(moment.pending(0).size(), 1);
    QCOMPARE(moment.pending(0).first().startNs, 5 * kMs);
    QCOMPARE(moment.nowNs(), 10 * kMs);
    cursor.seek(31 * kMs);
    QCOMPARE(cursor.revealed(m_trace).runs.at(0).recvs.size(), 1);
    moment.update(m_trace, cursor);
    QCOMPARE(moment.known().runs.at(0).recvs.size(), 1);
    QVERIFY(moment.pending(0).isEmpty());
}

void TestReplayMoment::recvInProgressIsDrawnOpenWithoutContents()
{
    const TimelineLayout l = layout();
    const TimelineGeometry g(l, m_viewport);
    const QRectF whole = g.recvBox(run(0), 0, 0); // where the returned recv is drawn, at 30 ms
    const QRectF lane = layout().runs().at(0).recvs;
    const double x5 = m_viewport.mapTimeToX(5.0 * kMs);
    const double x10 = m_viewport.mapTimeToX(10.0 * kMs);
    QVERIFY2(x10 - x5 > 20, "the test needs room between 5 and 10 ms");
    QVERIFY(whole.left() > x10 + 20);

    const ReplayMoment at10(m_trace, 10 * kMs);
    const QImage image = render(&at10);
    // No box, no contents where the recv returns: the lane is empty there.
    const QColor tint = m_style.messageTint(0);
    QCOMPARE(count(image, whole, tint, 8), 0);
    QVERIFY(near(image.pixel(int(whole.center().x()), int(whole.bottom()) - 2),
                 m_style.laneBackground));
    // In progress from 5 ms to now: the waiting fill near its bottom edge, nothing after now.
    const QColor waiting = TimelineStyle::mix(m_style.muted, m_style.background, 0.85);
    const int y = int(lane.bottom() - std::round(lane.height() * 0.08)) - 3;
    QVERIFY(near(image.pixel(int((x5 + x10) / 2), y), waiting));
    QVERIFY(near(image.pixel(int(x10) + 4, y), m_style.laneBackground));
    QCOMPARE(count(image, QRectF(x5, lane.top(), x10 - x5, lane.height()), tint, 8), 0);

    // Once it has returned it is drawn whole, in its message's colour.
    const ReplayMoment at31(m_trace, 31 * kMs);
    const QImage later = render(&at31);
    QVERIFY(count(later, whole, tint, 8) > 20);
    QVERIFY(!near(later.pixel(int((x5 + x10) / 2), y), waiting));
}

void TestReplayMoment::noLinkToARecvInProgress()
{
    const QRectF links = layout().runs().at(0).links;
    const ReplayMoment at10(m_trace, 10 * kMs);
    QCOMPARE(count(render(&at10), links, m_style.messageColor(0)), 0);
    const ReplayMoment at31(m_trace, 31 * kMs);
    QVERIFY(count(render(&at31), links, m_style.messageColor(0)) > 10);
}

void TestReplayMoment::packetsOnlyAsFarAsTheyFlew()
{
    const QRectF wire = layout().runs().at(1).links;
    const QColor colour = m_style.messageColor(0);
    const ReplayMoment at10(m_trace, 10 * kMs);
    QCOMPARE(count(render(&at10), wire, colour), 0); // leaves at 20 ms
    const ReplayMoment at22(m_trace, 22 * kMs);
    const QImage flying = render(&at22);
    const double x22 = m_viewport.mapTimeToX(22.0 * kMs);
    QVERIFY(count(flying, QRectF(wire.left(), wire.top(), x22 - wire.left(), wire.height()), colour)
            > 5);
    QCOMPARE(count(flying, QRectF(x22 + 4, wire.top(), wire.right() - x22, wire.height()), colour),
             0);
    const ReplayMoment at26(m_trace, 26 * kMs);
    QVERIFY(
        count(render(&at26), QRectF(x22 + 4, wire.top(), wire.right() - x22, wire.height()), colour)
        > 5);
}

void TestReplayMoment::hoverFindsNothingFromTheFuture()
{
    const TimelineLayout l = layout();
    const TimelineGeometry g(l, m_viewport);
    const QPointF onRecv = g.recvBox(run(0), 0, 0).center();
    const QPointF onWaiting((m_viewport.mapTimeToX(5.0 * kMs) + m_viewport.mapTimeToX(10.0 * kMs))
                                / 2,
                            layout().runs().at(0).recvs.center().y());
    const ReplayMoment at10(m_trace, 10 * kMs);
    for (const QPointF &p : { onRecv, onWaiting })
        QCOMPARE(TimelineHitTest::hit(at10.known(), m_rect, m_viewport, m_style, p).kind,
                 TimelineHit::Kind::None);
    const ReplayMoment at31(m_trace, 31 * kMs);
    QCOMPARE(TimelineHitTest::hit(at31.known(), m_rect, m_viewport, m_style, onRecv).kind,
             TimelineHit::Kind::Recv);
}

void TestReplayMoment::frameOnlyOnceItsRecvReturned()
{
    const QRectF lane = layout().runs().at(0).frames;
    QVERIFY(!lane.isNull());
    auto framesHit = [&](const Trace &known) {
        int hits = 0;
        for (double x = lane.left(); x < lane.right(); x += 2) {
            const TimelineHit hit = TimelineHitTest::hit(known, m_rect, m_viewport, m_style,
                                                         QPointF(x, lane.center().y()));
            hits += hit.kind == TimelineHit::Kind::Frame ? 1 : 0;
        }
        return hits;
    };
    QCOMPARE(framesHit(ReplayMoment(m_trace, 10 * kMs).known()), 0);
    QVERIFY(framesHit(ReplayMoment(m_trace, 31 * kMs).known()) > 0);
    const ReplayMoment at10(m_trace, 10 * kMs);
    QCOMPARE(count(render(&at10), lane, m_style.messageTint(0), 8), 0);
}

void TestReplayMoment::endOfReplayIsTheWholePicture()
{
    const ReplayMoment end(m_trace, 40 * kMs);
    QVERIFY(ReplayMoment::isOver(m_trace, 40 * kMs));
    QVERIFY(end.pending(0).isEmpty() && end.pending(1).isEmpty());
    QCOMPARE(render(&end), render(nullptr));
}

QTEST_MAIN(TestReplayMoment)
#include "tst_replaymoment.moc"
