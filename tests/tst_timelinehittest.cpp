#include "analysis/runattribution.h"
#include "analysis/segmentlinks.h"
#include "render/timelinelegend.h"
#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/eventtext.h"
#include "view/selectionsummary.h"
#include "view/timelinegeometry.h"
#include "view/timelinehittest.h"

#include <QTest>

using namespace sockscope;

// Needs a QGuiApplication: the layout is measured in text lines (fonts).
namespace {

// udpLossAndTruncation() with its three datagrams captured, one for each message.
Run capturedUdp()
{
    Run udp = fixture::udpLossAndTruncation();
    udp.wire = Wire::Captured;
    for (int m = 0; m < 3; ++m) {
        Segment g;
        g.tNs = g.arriveNs = 10'000'000LL * m + 1'000'000;
        g.bytes = m == 2 ? 104 : 14;
        g.message = m;
        udp.segments << g;
    }
    return udp;
}

} // namespace

class TestTimelineHitTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheEventDrawnThere_data();
    void findsTheEventDrawnThere();
    void mergedRecvPicksTheBandUnderThePoint();
    void emptySpaceFindsNothing();
    void wireLaneSegmentSaysWhatItCarried();
    void observedRunHasAWireLaneToHover();
    void observedDatagramsNameTheirRecvs();
    void observedDatagramAndItsRecvSelectTogether();
    void observedFramesAreTheStreamsMessages();
    void tooltipsNumberFromZeroAndListReadably();
    void aRecvLargerThanItsQueueSaysWhy();
    void udpSendsLeaveAsDatagrams();
    void simulatedEvidenceIsTheModels();

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

namespace {

// "hello" and "world" of tcpMerged() on a captured wire: each in a segment of its own, and an
// ACK of both; its one recv read them.
Run capturedMerged()
{
    Run run = fixture::tcpMerged();
    run.wire = Wire::Captured;
    Segment hello;
    hello.tNs = hello.arriveNs = 1'000'000;
    hello.bytes = 5;
    Segment world = hello;
    world.tNs = world.arriveNs = 11'000'000;
    world.offset = 5;
    Segment ack;
    ack.tNs = ack.arriveNs = 30'000'000;
    ack.ack = true;
    ack.offset = 10;
    ack.window = 65536;
    run.segments = { hello, world, ack };
    return run;
}

// The point on a segment's line, halfway down its lane.
QPointF onSegment(const Trace &trace, const QRect &rect, const TimelineViewport &viewport,
                  const TimelineStyle &style, int run, int segment)
{
    const TimelineLayout layout(rect, trace, style);
    const QRectF lane = layout.runs().at(run).links;
    const Segment &g = trace.runs.at(run).segments.at(segment);
    return { viewport.mapTimeToX(double(g.tNs)), lane.center().y() };
}

} // namespace

// Hovering a packet of the wire lane names what it carried (which send's bytes, which recv
// read them) or, for an ACK, its window; hovering a recv names the segments its bytes came in.
void TestTimelineHitTest::wireLaneSegmentSaysWhatItCarried()
{
    const Trace trace = fixture::trace({ capturedMerged() });
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, m_rect, m_style);
    const auto hitAt = [&](int segment) {
        return TimelineHitTest::hit(trace, m_rect, viewport, m_style,
                                    onSegment(trace, m_rect, viewport, m_style, 0, segment));
    };
    const TimelineHit world = hitAt(1);
    QCOMPARE(world.kind, TimelineHit::Kind::Segment);
    QCOMPARE(world.index, 1);
    QCOMPARE(world.message, 1);
    const QString carried = EventText::segmentDetails(trace.runs.at(0), world.index);
    QVERIFY2(carried.contains(QStringLiteral("send() #1 (message #1)"))
                 && carried.contains(QStringLiteral("read by recv() #0"))
                 && carried.contains(QStringLiteral("stream bytes 5–9")),
             qPrintable(carried));
    const TimelineHit ack = hitAt(2);
    QCOMPARE(ack.kind, TimelineHit::Kind::Segment);
    QCOMPARE(ack.index, 2);
    const QString acked = EventText::segmentDetails(trace.runs.at(0), ack.index);
    QVERIFY2(acked.contains(QStringLiteral("pure ACK, window 64.0 KiB")), qPrintable(acked));
    const QString recv = EventText::recvDetails(trace.runs.at(0), 0);
    QVERIFY2(recv.contains(QStringLiteral("arrived in segment #0 at"))
                 && recv.contains(QStringLiteral("arrived in segment #1 at")),
             qPrintable(recv));
    // Far from any line: nothing.
    const QPointF between = onSegment(trace, m_rect, viewport, m_style, 0, 1) + QPointF(-40, 0);
    QCOMPARE(TimelineHitTest::hit(trace, m_rect, viewport, m_style, between).kind,
             TimelineHit::Kind::None);
}

// A one-sided run with a captured wire gets the lane (observe: above its recvs), and its
// packets answer the hover as a lesson run's do.
void TestTimelineHitTest::observedRunHasAWireLaneToHover()
{
    Run observed = capturedMerged();
    observed.role = Role::Observer;
    observed.sends.clear();
    observed.fates.clear();
    observed.peers = { QStringLiteral("127.0.0.1:40000") };
    const Trace trace = fixture::trace({ observed });
    const TimelineLayout layout(m_rect, trace, m_style);
    const TimelineLayout::RunLanes &lanes = layout.runs().at(0);
    QVERIFY(!lanes.hasSends());
    QVERIFY(!lanes.links.isNull());
    QVERIFY(lanes.links.bottom() <= lanes.recvs.top());
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, m_rect, m_style);
    const TimelineHit hit = TimelineHitTest::hit(trace, m_rect, viewport, m_style,
                                                 onSegment(trace, m_rect, viewport, m_style, 0, 0));
    QCOMPARE(hit.kind, TimelineHit::Kind::Segment);
    QCOMPARE(hit.index, 0);
    const QString text = EventText::segmentDetails(trace.runs.at(0), 0);
    QVERIFY2(text.contains(QStringLiteral("read by recv() #0")), qPrintable(text));
    QVERIFY2(EventText::recvDetails(trace.runs.at(0), 0).contains(QStringLiteral("segment #0")),
             qPrintable(EventText::recvDetails(trace.runs.at(0), 0)));
    // Without a wire, a one-sided run has no lane between its side and nothing.
    observed.wire = Wire::None;
    observed.segments.clear();
    QVERIFY(
        TimelineLayout(m_rect, fixture::trace({ observed }), m_style).runs().at(0).links.isNull());
}

// An observed UDP run's datagrams name the recv() that read them (Segment::recv): hovering one
// says which recv() read it, or that the full buffer dropped it; hovering a recv() names its
// datagram, and a recv() the evidence linked to none says so.
void TestTimelineHitTest::observedDatagramsNameTheirRecvs()
{
    const Run run = fixture::observedUdp();
    const Trace trace = fixture::trace({ run });
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, m_rect, m_style);
    const TimelineHit hit = TimelineHitTest::hit(trace, m_rect, viewport, m_style,
                                                 onSegment(trace, m_rect, viewport, m_style, 0, 2));
    QCOMPARE(hit.kind, TimelineHit::Kind::Segment);
    QCOMPARE(hit.index, 2);
    const Run &shown = trace.runs.at(0);
    const QString read = EventText::segmentDetails(shown, 2);
    QVERIFY2(read.contains(QStringLiteral("datagram #2: 5 B at"))
                 && read.contains(QStringLiteral("read by recv() #1")),
             qPrintable(read));
    const QString dropped = EventText::segmentDetails(shown, 1);
    QVERIFY2(dropped.contains(QStringLiteral("dropped: the receive buffer was full"))
                 && !dropped.contains(QStringLiteral("read by")),
             qPrintable(dropped));
    QVERIFY2(EventText::recvDetails(shown, 1).contains(QStringLiteral("arrived as datagram #2 at")),
             qPrintable(EventText::recvDetails(shown, 1)));
    QVERIFY2(EventText::recvDetails(shown, 2).contains(
                 QStringLiteral("no captured datagram is known to be this one")),
             qPrintable(EventText::recvDetails(shown, 2)));
}

// An observed run's datagram and the recv() that read it are one message (the datagram recv #1
// read is message #1), as a lesson's datagram and its recv() are: clicking either selects both,
// the selection names both, and Ctrl+Right steps through them. A dropped datagram, and one the
// evidence links to no recv(), select nothing.
void TestTimelineHitTest::observedDatagramAndItsRecvSelectTogether()
{
    const Trace trace = fixture::trace({ fixture::observedUdp() });
    const Run &run = trace.runs.at(0);
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, m_rect, m_style);
    const auto segmentHit = [&](int segment) {
        return TimelineHitTest::hit(trace, m_rect, viewport, m_style,
                                    onSegment(trace, m_rect, viewport, m_style, 0, segment));
    };
    const TimelineHit datagram = segmentHit(2);
    QCOMPARE(datagram.kind, TimelineHit::Kind::Segment);
    QCOMPARE(datagram.message, 1);
    const TimelineGeometry geometry(TimelineLayout(m_rect, trace, m_style), viewport);
    const TimelineHit recv = TimelineHitTest::hit(trace, m_rect, viewport, m_style,
                                                  geometry.recvBox(run, 0, 1).center());
    QCOMPARE(recv.kind, TimelineHit::Kind::Recv);
    QCOMPARE(recv.index, 1);
    QCOMPARE(recv.message, datagram.message);
    QCOMPARE(SegmentLinks::messageOf(run, 0), 0);
    for (int unread : { 1, 3 }) {
        const TimelineHit hit = segmentHit(unread);
        QCOMPARE(hit.kind, TimelineHit::Kind::Segment);
        QCOMPARE(hit.index, unread);
        QCOMPARE(hit.message, -1);
    }

    const QString said = SelectionSummary::describe(trace, { 0, 1 });
    QVERIFY2(said.contains(QStringLiteral("the datagram recv() #1 read at"))
                 && said.contains(QStringLiteral("\"abcde\", 5 B"))
                 && said.contains(QStringLiteral("arrived as datagram #2 at")),
             qPrintable(said));
    QVERIFY2(!SelectionSummary::describe(trace, { 0, 2 }).contains(QStringLiteral("arrived")),
             qPrintable(SelectionSummary::describe(trace, { 0, 2 })));
    QCOMPARE(SelectionSummary::step(trace, {}, +1), (TimelineSelection{ 0, 0 }));
    QCOMPARE(SelectionSummary::step(trace, { 0, 0 }, +1), (TimelineSelection{ 0, 1 }));
    QCOMPARE(SelectionSummary::step(trace, { 0, 2 }, +1), (TimelineSelection{ 0, 2 }));
}

// An observed TCP run's messages are its decoded frames: a recv() is attributed to the frames
// whose bytes it holds, a segment to the frame of its first byte, so clicking a recv's band, a
// segment or a frame selects one message; bytes of a frame the decoder rejected are none.
void TestTimelineHitTest::observedFramesAreTheStreamsMessages()
{
    const Trace trace = fixture::trace({ fixture::observedTcpFramed() });
    const Run &run = trace.runs.at(0);
    const QList<ByteSpan> spans = RunAttribution::ofRecv(run, 0);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0).message, 0);
    QCOMPARE(spans.at(1).message, 1);
    QCOMPARE(spans.at(0).recvTo, 0.75); // 9 of the recv's 12 bytes
    QCOMPARE(spans.at(1).bytes, qint64(3));
    QCOMPARE(RunAttribution::messageOfRecv(run, 1), 1);
    QCOMPARE(RunAttribution::messageOfRecv(run, 2), -1);
    QCOMPARE(SegmentLinks::messageOf(run, 0), 0);
    QCOMPARE(SegmentLinks::messageOf(run, 1), 1); // stream byte 12 is world's
    QCOMPARE(SegmentLinks::messageOf(run, 2), -1);

    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, m_rect, m_style);
    const TimelineHit segment = TimelineHitTest::hit(
        trace, m_rect, viewport, m_style, onSegment(trace, m_rect, viewport, m_style, 0, 1));
    QCOMPARE(segment.kind, TimelineHit::Kind::Segment);
    QCOMPARE(segment.message, 1);
    const TimelineGeometry geometry(TimelineLayout(m_rect, trace, m_style), viewport);
    const TimelineHit recv = TimelineHitTest::hit(trace, m_rect, viewport, m_style,
                                                  geometry.recvBox(run, 0, 1).center());
    QCOMPARE(recv.kind, TimelineHit::Kind::Recv);
    QCOMPARE(recv.message, 1);

    const QString said = SelectionSummary::describe(trace, { 0, 1 });
    QVERIFY2(said.contains(QStringLiteral("decoded message #1: \"world\", 5 B"))
                 && said.contains(QStringLiteral("held by recv() #0 at"))
                 && said.contains(QStringLiteral("recv() #1 at")),
             qPrintable(said));
    QCOMPARE(SelectionSummary::step(trace, { 0, 1 }, +1), (TimelineSelection{ 0, 1 }));
}

// One numbering: datagrams and segments count from 0 like messages, sends and recvs, and a
// byte range names its first and last byte. A recv of many like messages reads as one range.
void TestTimelineHitTest::tooltipsNumberFromZeroAndListReadably()
{
    QCOMPARE(EventText::byteRange(6, 6), QStringLiteral("6–11"));
    QCOMPARE(EventText::byteRange(6, 1), QStringLiteral("6"));

    const Run udp = capturedUdp();
    // recv #1 read datagram #2 (message #2): both tooltips say #2.
    const QString recv = EventText::recvDetails(udp, 1);
    QVERIFY2(recv.contains(QLatin1String("arrived as datagram #2 at")), qPrintable(recv));
    const QString wire = EventText::segmentDetails(udp, 2);
    QVERIFY2(wire.contains(QLatin1String("datagram #2")), qPrintable(wire));

    QList<ByteSpan> spans;
    for (int m = 0; m < 6; ++m)
        spans << ByteSpan{ m, 0, m, 6 };
    QCOMPARE(EventText::heldMessages(spans), QStringLiteral("messages #0–#5, 6 B each"));
    spans << ByteSpan{ 6, 0, 6, 2 };
    QCOMPARE(EventText::heldMessages(spans),
             QStringLiteral("messages #0–#5, 6 B each, 2 B of message #6"));
    QCOMPARE(EventText::heldMessages(spans.mid(0, 2)),
             QStringLiteral("6 B of message #0, 6 B of message #1"));
}

// FIONREAD is read before the recv(): a TCP recv() that returned more than was queued then
// says where the rest came from, and one that returned no more says nothing of it.
void TestTimelineHitTest::aRecvLargerThanItsQueueSaysWhy()
{
    Run tcp = fixture::tcpMerged();
    RecvEvent r = tcp.recvs.at(0);
    r.queuedBefore = 4;
    tcp.recvs.set(0, r);
    const QString more = EventText::recvDetails(tcp, 0);
    QVERIFY2(more.contains(QLatin1String("queued before the call (FIONREAD): 4 B"))
                 && more.contains(QLatin1String("6 B more arrived after FIONREAD was read")),
             qPrintable(more));
    r.queuedBefore = 10;
    tcp.recvs.set(0, r);
    QVERIFY(!EventText::recvDetails(tcp, 0).contains(QLatin1String("more arrived")));
    // A datagram's FIONREAD is the next datagram's size, not a stream's queue.
    Run udp = fixture::udpLossAndTruncation();
    RecvEvent d = udp.recvs.at(0);
    d.queuedBefore = 4;
    udp.recvs.set(0, d);
    QVERIFY(!EventText::recvDetails(udp, 0).contains(QLatin1String("more arrived")));
}

// A UDP send leaves as one datagram: its tooltip never calls it a segment, and names no
// stream ioctl (SIOCOUTQNSD) that UDP does not have.
void TestTimelineHitTest::udpSendsLeaveAsDatagrams()
{
    const Run udp = capturedUdp();
    const QString send = EventText::sendDetails(udp, 2);
    QVERIFY2(send.contains(QLatin1String("left as datagram #2 at")), qPrintable(send));
    QVERIFY2(!send.contains(QLatin1String("segment"), Qt::CaseInsensitive), qPrintable(send));
    QVERIFY2(!send.contains(QLatin1String("SIOCOUTQNSD")), qPrintable(send));
    // A TCP send still names its segment and the kernel's unsent count.
    Run tcp = fixture::tcpMerged();
    tcp.wire = Wire::Captured;
    Segment g;
    g.tNs = g.arriveNs = 2'000'000;
    g.bytes = 5;
    tcp.segments << g;
    const QString stream = EventText::sendDetails(tcp, 0);
    QVERIFY2(stream.contains(QLatin1String("left in segment #0 at"))
                 && stream.contains(QLatin1String("unsent after the call (SIOCOUTQNSD): 0 B")),
             qPrintable(stream));
}

// The simulator makes no system calls: its tooltips say the model computed a number, never
// that an ioctl or MSG_TRUNC returned it, and the key under the picture says the same.
void TestTimelineHitTest::simulatedEvidenceIsTheModels()
{
    Run tcp = fixture::tcpMerged();
    tcp.mode = Mode::Sim;
    RecvEvent r = tcp.recvs.at(0);
    r.queuedBefore = 4; // the model's queue: no "arrived after FIONREAD" for it either
    tcp.recvs.set(0, r);
    const QString send = EventText::sendDetails(tcp, 0);
    const QString recv = EventText::recvDetails(tcp, 0);
    QVERIFY2(send.contains(QLatin1String("unsent after the call (model): 0 B")), qPrintable(send));
    QVERIFY2(recv.contains(QLatin1String("queued before the call (model): 4 B")), qPrintable(recv));
    Run udp = fixture::udpLossAndTruncation();
    udp.mode = Mode::Sim;
    const QString datagram = EventText::recvDetails(udp, 1);
    QVERIFY2(datagram.contains(QLatin1String("datagram size (model):")), qPrintable(datagram));
    for (const QString &text : { send, recv, datagram }) {
        for (const char *call : { "FIONREAD", "SIOCOUTQNSD", "MSG_TRUNC" })
            QVERIFY2(!text.contains(QLatin1String(call)), qPrintable(text));
    }

    Trace trace = fixture::trace({ tcp });
    TimelineLegend::Contents contents = TimelineLegend::Contents::of(trace);
    QVERIFY(contents.evidence && contents.modelEvidence && !contents.kernelEvidence);
    tcp.mode = Mode::Real;
    trace = fixture::trace({ tcp });
    contents = TimelineLegend::Contents::of(trace);
    QVERIFY(contents.evidence && !contents.modelEvidence && contents.kernelEvidence);
}

QTEST_MAIN(TestTimelineHitTest)
#include "tst_timelinehittest.moc"
