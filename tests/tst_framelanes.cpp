#include "analysis/frameattribution.h"
#include "render/timelineexporter.h"
#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/framelanegeometry.h"
#include "view/timelinehittest.h"
#include "view/timelinelayout.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sockscope;

namespace {

Frame frame(int id, qint64 offset, qint64 length, QList<int> recvs, const QByteArray &preview)
{
    Frame f;
    f.id = id;
    f.offset = offset;
    f.length = length;
    f.recvs = std::move(recvs);
    f.preview = preview;
    return f;
}

// A student's length-prefixed client seen by observe mode: "hello" and "world" (9 bytes each
// with the 4-byte prefix) arrive as recvs of 12 and 6 bytes, then a 0xFFFFFFFF prefix.
Run observed()
{
    Run run;
    run.label = QStringLiteral("TCP client 127.0.0.1:5555");
    run.protocol = Protocol::Tcp;
    run.role = Role::Observer;
    run.scenario.framing = QStringLiteral("length:4:be");
    run.recvs = { fixture::recv(0, 10'000'000, 12, 0, QByteArray("\0\0\0\5hello\0\0\0", 12)),
                  fixture::recv(1, 30'000'000, 6, 12, QByteArray("\5world", 6)),
                  fixture::recv(2, 50'000'000, 8, 18, QByteArray("\xff\xff\xff\xffjunk", 8)) };
    run.frames = { frame(0, 0, 9, { 0 }, "hello"), frame(1, 9, 9, { 0, 1 }, "world"),
                   frame(2, 18, 4, { 2 }, {}) };
    run.frames[2].complete = false;
    run.frames[2].error = QStringLiteral(
        "the length prefix announces a 4294967295-byte frame, more than the 16777216-byte limit");
    run.durationNs = 60'000'000;
    return run;
}

// A lesson run with framing: message n starts at the frame's offset.
Run loopbackFramed()
{
    Run run = fixture::tcpMerged();
    run.scenario.framing = QStringLiteral("length:4:be");
    run.frames = { frame(0, 0, 5, { 0 }, "hello"), frame(1, 5, 5, { 0 }, "world") };
    return run;
}

} // namespace

// Needs a QGuiApplication: the layout is measured in text lines (fonts).
class TestFrameLanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyDecodingRunsGetTheLane_data();
    void onlyDecodingRunsGetTheLane();
    void laneSitsUnderTheRecvs();
    void spansFollowTheStreamOffsets();
    void boxesLieUnderTheirBytes();
    void hitFindsTheFrameDrawnThere_data();
    void hitFindsTheFrameDrawnThere();
    void framesCarryTheirMessage();
    void badFrameIsDrawnInTheAlarmColour();
    void denseLaneKeepsBadFramesVisible();
    void exportHasRoomForTheLaneAndItsLegend();

private:
    TimelineHit hitAt(const QPointF &point) const;

    Trace m_trace;
    QRect m_rect{ 0, 0, 1200, 700 };
    TimelineStyle m_style = TimelineStyle::light();
    TimelineViewport m_viewport;
};

void TestFrameLanes::initTestCase()
{
    m_trace = fixture::trace({ fixture::tcpMerged(), observed() });
    m_viewport = TimelineRenderer::fittedViewport(m_trace, m_rect, m_style);
}

TimelineHit TestFrameLanes::hitAt(const QPointF &point) const
{
    return TimelineHitTest::hit(m_trace, m_rect, m_viewport, m_style, point);
}

void TestFrameLanes::onlyDecodingRunsGetTheLane_data()
{
    QTest::addColumn<Run>("run");
    QTest::addColumn<bool>("lane");
    Run live = observed();
    live.frames.clear();
    QTest::newRow("frames") << observed() << true;
    QTest::newRow("decoding, none yet") << live << true;
    QTest::newRow("no framing") << fixture::tcpMerged() << false;
    Run replies = loopbackFramed();
    replies.frames.clear();
    replies.requestsRun = 0;
    QTest::newRow("replies run") << replies << false;
    Run sender = live;
    sender.role = Role::Sender;
    QTest::newRow("send-to") << sender << false;
    QTest::newRow("udp") << fixture::udpLossAndTruncation() << false;
}

void TestFrameLanes::onlyDecodingRunsGetTheLane()
{
    QFETCH(Run, run);
    QFETCH(bool, lane);
    QCOMPARE(TimelineLayout::hasFrameLane(run), lane);
}

void TestFrameLanes::laneSitsUnderTheRecvs()
{
    const TimelineLayout layout(m_rect, m_trace, m_style);
    QCOMPARE(layout.runs().size(), 2);
    const TimelineLayout::RunLanes &plain = layout.runs().at(0);
    const TimelineLayout::RunLanes &framed = layout.runs().at(1);
    QVERIFY(!plain.hasFrames());
    QVERIFY(framed.hasFrames());
    QVERIFY(framed.frameLinks.top() >= framed.queued.bottom() - 0.5);
    QVERIFY(framed.frames.top() >= framed.frameLinks.bottom() - 0.5);
    QVERIFY(framed.frames.bottom() <= framed.block.bottom());
    int run = -1;
    QCOMPARE(layout.laneAt(framed.frames.center(), &run), TimelineLayout::Lane::Frames);
    QCOMPARE(run, 1);
    QCOMPARE(layout.laneAt(framed.frameLinks.center(), &run), TimelineLayout::Lane::FrameLinks);
    // The lane costs height: a framed run wants more room than a plain one.
    using Shape = TimelineLayout::RunShape;
    QVERIFY(TimelineLayout::naturalHeight({ Shape{ true, true } }, m_style)
            > TimelineLayout::naturalHeight(1, m_style));
    QCOMPARE(TimelineLayout::naturalHeight({ Shape{}, Shape{} }, m_style),
             TimelineLayout::naturalHeight(2, m_style));
    // An observed run saw no sends: no empty send lanes for it.
    QVERIFY(!layout.runs().at(1).hasSends());
    QVERIFY(layout.runs().at(0).hasSends());
    QVERIFY(framed.recvs.top() < framed.header.bottom() + 1);
    QCOMPARE(layout.laneAt(QPointF(framed.recvs.center().x(), framed.header.bottom() + 1), &run),
             TimelineLayout::Lane::Recvs);
}

void TestFrameLanes::spansFollowTheStreamOffsets()
{
    const Run run = observed();
    const QList<FrameSpan> first = FrameAttribution::spans(run, 0);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].recv, 0);
    QCOMPARE(first[0].bytes, 9);
    QCOMPARE(first[0].recvFrom, 0.0);
    QCOMPARE(first[0].recvTo, 0.75);
    const QList<FrameSpan> second = FrameAttribution::spans(run, 1);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second[0].bytes + second[1].bytes, 9);
    QCOMPARE(second[0].recvFrom, 0.75);
    QCOMPARE(second[1].recv, 1);
    QCOMPARE(second[1].recvTo, 1.0);
    // A capped recording: recvs the trace does not hold are left out, not read past.
    Run capped = run;
    capped.recvs.removeLast();
    QVERIFY(FrameAttribution::spans(capped, 2).isEmpty());
}

void TestFrameLanes::boxesLieUnderTheirBytes()
{
    const TimelineLayout layout(m_rect, m_trace, m_style);
    const TimelineGeometry geometry(layout, m_viewport);
    const Run &run = m_trace.runs.at(1);
    const FrameLaneGeometry frames(geometry, run, 1);
    const QRectF r0 = geometry.recvBox(run, 1, 0);
    const QRectF r1 = geometry.recvBox(run, 1, 1);
    const QRectF f0 = frames.frameBox(0);
    const QRectF f1 = frames.frameBox(1);
    QCOMPARE(f0.left(), r0.left());
    // "world" was split over two recvs: its box spans from the first one into the second.
    QCOMPARE(f1.left(), f0.right());
    QVERIFY(f1.right() >= r1.right() - 0.01);
    QVERIFY(f1.right() <= FrameLaneGeometry(geometry, run, 1).frameBox(2).left() + 0.01);
    QVERIFY(f0.top() >= layout.runs().at(1).frames.top());
    // The brackets sit on the recvs' real bytes: hello is the first 9 of recv 0's 12 bytes.
    const QList<FrameLaneGeometry::Bracket> hello = frames.brackets(0);
    QCOMPARE(hello.size(), 1);
    QVERIFY(qAbs(hello[0].x1 - (r0.left() + 0.75 * r0.width())) < 0.01);
    QCOMPARE(frames.brackets(1).size(), 2);
    QCOMPARE(frames.brackets(1).at(1).x1, r1.right());
    QCOMPARE(frames.visibleFrames().count(), 3);
    QVERIFY(!frames.isDense());
    // A run without a lane has no boxes.
    QVERIFY(FrameLaneGeometry(geometry, m_trace.runs.at(0), 0).frameBox(0).isNull());
}

void TestFrameLanes::hitFindsTheFrameDrawnThere_data()
{
    QTest::addColumn<int>("frame");
    QTest::addColumn<bool>("onBracket");
    QTest::newRow("hello") << 0 << false;
    QTest::newRow("world, split") << 1 << false;
    QTest::newRow("bad prefix") << 2 << false;
    QTest::newRow("bracket of world") << 1 << true;
}

void TestFrameLanes::hitFindsTheFrameDrawnThere()
{
    QFETCH(int, frame);
    QFETCH(bool, onBracket);
    const TimelineLayout layout(m_rect, m_trace, m_style);
    const TimelineGeometry geometry(layout, m_viewport);
    const QRectF box = FrameLaneGeometry(geometry, m_trace.runs.at(1), 1).frameBox(frame);
    const double y = onBracket ? layout.runs().at(1).frameLinks.center().y() : box.center().y();
    const TimelineHit hit = hitAt(QPointF(box.center().x(), y));
    QCOMPARE(hit.kind, TimelineHit::Kind::Frame);
    QCOMPARE(hit.run, 1);
    QCOMPARE(hit.index, frame);
    QCOMPARE(hit.message, frame); // observed: the frames are the only messages known
    // Past the last frame's box there is nothing, and the plain run has no frames lane.
    const QRectF last = FrameLaneGeometry(geometry, m_trace.runs.at(1), 1).frameBox(2);
    QCOMPARE(hitAt(QPointF(m_rect.right() - 2, last.center().y())).kind, TimelineHit::Kind::None);
}

void TestFrameLanes::framesCarryTheirMessage()
{
    const Run run = loopbackFramed();
    QCOMPARE(FrameAttribution::messageOf(run, 0), 0);
    QCOMPARE(FrameAttribution::messageOf(run, 1), 1);
    QCOMPARE(FrameAttribution::frameOf(run, 1), 1);
    // Bytes the sender did not frame that way carry no message.
    Run shifted = run;
    shifted.frames[1].offset = 3;
    QCOMPARE(FrameAttribution::messageOf(shifted, 1), -1);
    // Before analysis, the sends tell the same.
    Run live = run;
    live.fates.clear();
    QCOMPARE(FrameAttribution::messageOf(live, 1), 1);
    // Observed: a frame is its own message.
    QCOMPARE(FrameAttribution::messageOf(observed(), 2), 2);
    QCOMPARE(FrameAttribution::frameOf(observed(), 2), 2);
    QCOMPARE(FrameAttribution::frameOf(observed(), 7), -1);
}

void TestFrameLanes::badFrameIsDrawnInTheAlarmColour()
{
    QImage image(m_rect.size(), QImage::Format_ARGB32);
    QPainter painter(&image);
    TimelineRenderer::paint(painter, m_rect, m_trace, m_viewport, m_style);
    painter.end();
    const TimelineLayout layout(m_rect, m_trace, m_style);
    const TimelineGeometry geometry(layout, m_viewport);
    const FrameLaneGeometry frames(geometry, m_trace.runs.at(1), 1);
    auto count = [&](const QRectF &area, const QColor &colour) {
        int n = 0;
        const QRect r = area.toAlignedRect().intersected(image.rect());
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x)
                n += image.pixelColor(x, y) == colour ? 1 : 0;
        }
        return n;
    };
    // A good frame wears its message's colour (the strip), a bad one the alarm colour.
    QVERIFY(count(frames.frameBox(0), m_style.messageColor(0)) > 0);
    QVERIFY(count(frames.frameBox(1), m_style.messageColor(1)) > 0);
    QCOMPARE(count(frames.frameBox(2), m_style.messageColor(2)), 0);
    QVERIFY(count(frames.frameBox(2), m_style.lost) > 0);
}

void TestFrameLanes::denseLaneKeepsBadFramesVisible()
{
    // 3000 one-recv frames in 1200 pixels: column marks; the one bad frame stays red.
    Run run;
    run.protocol = Protocol::Tcp;
    run.role = Role::Observer;
    run.scenario.framing = QStringLiteral("fixed:10");
    for (int i = 0; i < 3000; ++i) {
        run.recvs.append(fixture::recv(i, qint64(i) * 1'000'000, 10, qint64(i) * 10, "0123456789"));
        run.frames.append(frame(i, qint64(i) * 10, 10, { i }, "0123456789"));
    }
    const int bad = 1500;
    run.frames[bad].complete = false;
    run.frames[bad].error = QStringLiteral("broken");
    run.durationNs = 3'000'000'000;
    const Trace trace = fixture::trace({ run });
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, m_rect, m_style);
    const TimelineLayout layout(m_rect, trace, m_style);
    const TimelineGeometry geometry(layout, viewport);
    const FrameLaneGeometry frames(geometry, trace.runs.at(0), 0);
    QVERIFY(frames.isDense());

    QImage image(m_rect.size(), QImage::Format_ARGB32);
    QPainter painter(&image);
    TimelineRenderer::paint(painter, m_rect, trace, viewport, m_style);
    painter.end();
    const QRectF box = frames.frameBox(bad);
    const int x = int(std::floor(box.left()));
    bool red = false;
    for (int dx = 0; dx < 3; ++dx)
        red = red
            || image.pixelColor(x + dx, int(layout.runs().at(0).frames.center().y()))
                == m_style.lost;
    QVERIFY(red);
    // Picking a column mark finds a frame next to it.
    const TimelineHit hit
        = TimelineHitTest::hit(trace, m_rect, viewport, m_style,
                               QPointF(x + 0.5, layout.runs().at(0).frames.center().y()));
    QCOMPARE(hit.kind, TimelineHit::Kind::Frame);
    QVERIFY(qAbs(hit.index - bad) <= 3);
}

void TestFrameLanes::exportHasRoomForTheLaneAndItsLegend()
{
    Run plain = observed();
    plain.frames.clear();
    plain.scenario.framing = QStringLiteral("none");
    const QSizeF without = TimelineExporter::logicalSize(fixture::trace({ plain }));
    const QSizeF with = TimelineExporter::logicalSize(fixture::trace({ observed() }));
    QVERIFY(with.height() > without.height());
    const QImage image = TimelineExporter::render(fixture::trace({ observed() }));
    QVERIFY(!image.isNull());
}

QTEST_MAIN(TestFrameLanes)
#include "tst_framelanes.moc"
