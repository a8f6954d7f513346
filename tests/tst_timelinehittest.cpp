#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/timelinegeometry.h"
#include "view/timelinehittest.h"

#include <QTest>

using namespace sockscope;

// Needs a QGuiApplication: the layout is measured in text lines (fonts).
class TestTimelineHitTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheEventDrawnThere_data();
    void findsTheEventDrawnThere();
    void mergedRecvPicksTheBandUnderThePoint();
    void emptySpaceFindsNothing();

private:
    Trace m_trace;
    QRect m_rect{ 0, 0, 1200, 700 };
    TimelineStyle m_style = TimelineStyle::light();
    TimelineViewport m_viewport;
};

void TestTimelineHitTest::initTestCase()
{
    m_trace = fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() });
    m_viewport = TimelineRenderer::fittedViewport(m_trace, m_rect, m_style);
}

void TestTimelineHitTest::findsTheEventDrawnThere_data()
{
    QTest::addColumn<int>("run");
    QTest::addColumn<bool>("isSend");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("message");

    QTest::newRow("tcp send hello") << 0 << true << 0 << 0;
    QTest::newRow("tcp send world") << 0 << true << 1 << 1;
    QTest::newRow("udp lost send") << 1 << true << 1 << 1;
    QTest::newRow("udp truncated send") << 1 << true << 2 << 2;
    QTest::newRow("udp first recv") << 1 << false << 0 << 0;
    QTest::newRow("udp truncated recv") << 1 << false << 1 << 2;
}

void TestTimelineHitTest::findsTheEventDrawnThere()
{
    QFETCH(int, run);
    QFETCH(bool, isSend);
    QFETCH(int, index);
    QFETCH(int, message);

    const TimelineLayout layout(m_rect, int(m_trace.runs.size()), m_style);
    const TimelineGeometry geometry(layout, m_viewport);
    const Run &r = m_trace.runs.at(run);
    const QRectF box = isSend ? geometry.sendBox(r, run, index) : geometry.recvBox(r, run, index);
    // Near the box's left edge, where a truncated recv holds its received bytes.
    const QPointF point(box.left() + std::min(3.0, box.width() / 2), box.center().y());
    const TimelineHit hit = TimelineHitTest::hit(m_trace, m_rect, m_viewport, m_style, point);
    QCOMPARE(hit.kind, isSend ? TimelineHit::Kind::Send : TimelineHit::Kind::Recv);
    QCOMPARE(hit.run, run);
    QCOMPARE(hit.index, index);
    QCOMPARE(hit.message, message);
}

void TestTimelineHitTest::mergedRecvPicksTheBandUnderThePoint()
{
    const TimelineLayout layout(m_rect, int(m_trace.runs.size()), m_style);
    const TimelineGeometry geometry(layout, m_viewport);
    const QRectF box = geometry.recvBox(m_trace.runs.at(0), 0, 0);
    const auto at = [&](double fraction) {
        return TimelineHitTest::hit(m_trace, m_rect, m_viewport, m_style,
                                    QPointF(box.left() + fraction * box.width(), box.center().y()));
    };
    QCOMPARE(at(0.25).message, 0); // "hello"
    QCOMPARE(at(0.75).message, 1); // "world"
    QCOMPARE(at(0.75).index, 0);
}

void TestTimelineHitTest::emptySpaceFindsNothing()
{
    const TimelineLayout layout(m_rect, int(m_trace.runs.size()), m_style);
    const TimelineGeometry geometry(layout, m_viewport);
    const QRectF world = geometry.sendBox(m_trace.runs.at(0), 0, 1);
    // Between "world" (10 ms) and the end of the plot there is no send.
    const QPointF beyond(world.right() + 20, world.center().y());
    QCOMPARE(TimelineHitTest::hit(m_trace, m_rect, m_viewport, m_style, beyond).kind,
             TimelineHit::Kind::None);
    // The gutter and the links gap are not events.
    QCOMPARE(
        TimelineHitTest::hit(m_trace, m_rect, m_viewport, m_style, QPointF(5, world.center().y()))
            .kind,
        TimelineHit::Kind::None);
    const QPointF links(world.center().x(), layout.runs().at(0).links.center().y());
    QCOMPARE(TimelineHitTest::hit(m_trace, m_rect, m_viewport, m_style, links).kind,
             TimelineHit::Kind::None);
}

QTEST_MAIN(TestTimelineHitTest)
#include "tst_timelinehittest.moc"
