#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "render/boxlabels.h"
#include "render/runpainter.h"
#include "render/textwidths.h"
#include "render/timelinelegend.h"
#include "render/timelinerenderer.h"
#include "run/planrunner.h"
#include "tracefixture.h"
#include "view/eventtext.h"
#include "view/timelinegeometry.h"
#include "view/timewarp.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QTest>
#include <QTextItem>

#include <memory>

using namespace sockscope;

namespace {

bool near(QRgb a, const QColor &b, int tolerance = 6)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance
        && qAbs(qBlue(a) - b.blue()) <= tolerance;
}

int count(const QImage &image, const QRectF &area, const QColor &colour, int tolerance = 40)
{
    int n = 0;
    const QRect r = area.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixel(x, y), colour, tolerance) ? 1 : 0;
    }
    return n;
}

// What a painter drew, as a reader finds it: every text with the rectangle it takes and every
// line, in device coordinates, with its pen. Marks are then checked by what they are (a label
// crossed by a line, a count written over a group) rather than guessed from pixels. Clipping is
// not applied: the checks look inside the plot only.
class PaintLog : public QPaintDevice
{
public:
    struct Text
    {
        QString text;
        QRectF rect;
        QColor colour;
        double baseline = 0;
    };
    struct Line
    {
        QLineF line;
        QPen pen;
    };
    explicit PaintLog(QSize size) : m_size(size), m_engine(*this) { }
    QPaintEngine *paintEngine() const override { return &m_engine; }

    QList<Text> texts;
    QList<Line> lines;

    // The texts drawn inside area.
    QList<Text> textsIn(const QRectF &area) const
    {
        QList<Text> out;
        for (const Text &t : texts) {
            if (area.contains(t.rect.center()))
                out.append(t);
        }
        return out;
    }
    bool hasText(const QString &text) const
    {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&text](const Text &t) { return t.text == text; });
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        default:
            break;
        }
        // Sizes in mm and resolutions: those of an image of the same size.
        const QImage image(m_size, QImage::Format_RGB32);
        switch (metric) {
        case PdmWidthMM:
            return image.widthMM();
        case PdmHeightMM:
            return image.heightMM();
        case PdmDpiX:
            return image.logicalDpiX();
        case PdmDpiY:
            return image.logicalDpiY();
        case PdmPhysicalDpiX:
            return image.physicalDpiX();
        default:
            return image.physicalDpiY();
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(PaintLog &log) : QPaintEngine(AllFeatures), m_log(log) { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        Type type() const override { return User; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & DirtyTransform)
                m_transform = state.transform();
            if (state.state() & DirtyPen)
                m_pen = state.pen();
        }
        void drawLines(const QLineF *lines, int count) override
        {
            for (int i = 0; i < count; ++i)
                m_log.lines.append({ m_transform.map(lines[i]), m_pen });
        }
        void drawLines(const QLine *lines, int count) override
        {
            for (int i = 0; i < count; ++i)
                m_log.lines.append({ m_transform.map(QLineF(lines[i])), m_pen });
        }
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QRectF r = m_transform.mapRect(
                QRectF(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent()));
            // A line of text in two fonts ("✕" from a fallback font) comes in pieces: one text.
            if (!m_log.texts.isEmpty()) {
                Text &last = m_log.texts.last();
                if (qAbs(last.rect.right() - r.left()) < 0.5
                    && qAbs(last.baseline - m_transform.map(p).y()) < 0.5
                    && last.colour == m_pen.color()) {
                    last.text += item.text();
                    last.rect |= r;
                    return;
                }
            }
            m_log.texts.append({ item.text(), r, m_pen.color(), m_transform.map(p).y() });
        }
        void drawRects(const QRectF *, int) override { }
        void drawRects(const QRect *, int) override { }
        void drawEllipse(const QRectF &) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPoints(const QPointF *, int) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawImage(const QRectF &, const QImage &, const QRectF &,
                       Qt::ImageConversionFlags) override
        { }
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override { }

    private:
        PaintLog &m_log;
        QTransform m_transform;
        QPen m_pen;
    };

    QSize m_size;
    mutable Engine m_engine;
};

// Whether a line crosses (or runs inside) a rectangle.
bool crosses(const QLineF &line, const QRectF &r)
{
    if (r.contains(line.p1()) || r.contains(line.p2()))
        return true;
    const QLineF edges[] = { { r.topLeft(), r.topRight() },
                             { r.topRight(), r.bottomRight() },
                             { r.bottomRight(), r.bottomLeft() },
                             { r.bottomLeft(), r.topLeft() } };
    return std::any_of(std::begin(edges), std::end(edges), [&line](const QLineF &edge) {
        return line.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

// The marks of run r's wire lane as drawn: the lines of its data packets (from the lane's top
// edge, where they leave, downwards; ACKs climb from the bottom) and the texts in the plot.
struct WireMarks
{
    QList<QLineF> packets; // in the order they were drawn: the segments' order
    QList<PaintLog::Text> labels;
};

WireMarks wireMarks(const PaintLog &log, const TimelineLayout &layout, int r,
                    const TimelineStyle &style)
{
    const QRectF lane = layout.runs().at(r).links;
    const double top = lane.top() + 0.15 * style.lineHeight();
    WireMarks marks;
    for (const PaintLog::Line &l : log.lines) {
        if (qAbs(l.line.y1() - top) < 0.5 && l.line.y2() > l.line.y1() + 1
            && l.line.x1() >= layout.plot().left() - 1)
            marks.packets.append(l.line);
    }
    for (const PaintLog::Text &t : log.texts) {
        if (lane.contains(t.rect.center()) && t.rect.left() >= layout.plot().left())
            marks.labels.append(t);
    }
    return marks;
}

// TCP: 30 messages of 10 B, sent in bursts of three 50 µs apart every 600 µs, each in a packet
// of its own that arrives 100 µs later, and an ACK after each burst.
Run burstyWire()
{
    Run run;
    run.label = QStringLiteral("TCP");
    run.protocol = Protocol::Tcp;
    run.mode = Mode::Sim;
    run.wire = Wire::Simulated;
    for (int i = 0; i < 30; ++i) {
        const qint64 t = qint64(i / 3) * 600'000 + qint64(i % 3) * 50'000;
        const qint64 offset = 10 * qint64(i);
        const QByteArray body = "msg-" + QByteArray::number(i).rightJustified(2, '0') + "..";
        run.sends.append(fixture::send(i, i, t, 10, offset, body));
        run.recvs.append(fixture::recv(i, t + 150'000, 10, offset, body));
        run.fates.append(fixture::fate(i, i, offset, 10, Fate::Intact, { i }));
        Segment g;
        g.tNs = t;
        g.arriveNs = t + 100'000;
        g.offset = offset;
        g.bytes = 10;
        run.segments.append(g);
        if (i % 3 == 2) {
            Segment ack;
            ack.ack = true;
            ack.tNs = t + 200'000;
            ack.arriveNs = t + 300'000;
            ack.offset = offset + 10;
            ack.window = 65535;
            run.segments.append(ack);
        }
    }
    run.summary.messages = run.summary.intact = 30;
    run.summary.sentBytes = run.summary.receivedBytes = 300;
    run.summary.conserved = true;
    run.durationNs = 6'000'000;
    return run;
}

// n sends 10 ms apart, each read 1 ms later: on the compact axis every pause between two sends
// is a marked one.
Run sendsTenMsApart(int n)
{
    Run run;
    run.label = QStringLiteral("TCP");
    run.protocol = Protocol::Tcp;
    for (int i = 0; i < n; ++i) {
        const qint64 t = qint64(i) * 10'000'000;
        const qint64 offset = 6 * qint64(i);
        const QByteArray body = "msg-" + QByteArray::number(i % 10) + ";";
        run.sends.append(fixture::send(i, i, t, 6, offset, body));
        run.recvs.append(fixture::recv(i, t + 1'000'000, 6, offset, body));
        run.fates.append(fixture::fate(i, i, offset, 6, Fate::Intact, { i }));
    }
    run.summary.messages = run.summary.intact = n;
    run.summary.sentBytes = run.summary.receivedBytes = 6 * qint64(n);
    run.summary.conserved = true;
    run.durationNs = qint64(n) * 10'000'000;
    return run;
}

Trace simulated(const QString &lesson)
{
    const Lesson *l = LessonCatalogue::find(lesson);
    if (!l)
        qFatal("no lesson %s", qPrintable(lesson));
    StopSignal stop;
    return PlanRunner::run(l->plan(l->scenario), lesson, Mode::Sim, stop);
}

} // namespace

// Draws hand-made traces and looks at the pixels where the events must be. Needs a
// QGuiApplication for fonts.
class TestTimelineRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void boxesHaveTheirMessageColour();
    void mergedRecvShowsBothMessages();
    void lostAndTruncatedAreMarked();
    void liveTraceHasNoFateMarks();
    void selectionFadesOtherMessages();
    void observedDatagramTakesItsRecvsColour();
    void observedSegmentTakesItsFramesColour();
    void denseLanesStayFastAndKeepLoss();
    void emptyTraceDraws();
    void mergedRecvSaysItsMessageRange();
    void equalCallsReadAlike();
    void boxesAreAsWideAsTheirRunsWords();
    void numbersOfOneLaneShareTheirUnit();
    void aTitleKeepsItsNetwork();
    void wireLabelsAreNeverCrossedByAPacket();
    void packetsOfOneInstantLeaveFromTheirCallsSlots();
    void lostDatagramsTooNarrowForACrossAreCounted();
    void aPauseWithoutRoomForItsLengthBreaksTheAxis();
    void theLongestPausesAreWrittenFirst();
    void theLegendListsTheMarksThePictureHas();
    void aTitleShortensByMeaning();
    void aHeaderKeepsTheSettingTheRunMade();
    void aLoneCallSitsAtItsTime();

private:
    QImage render(const Trace &trace, const TimelineSelection &selection = {}) const;
    // Where a wire packet's line runs halfway down the first run's lane, left of its size label.
    QRectF aroundSegment(const Trace &trace, int segment) const;
    // What paint() draws of trace in rect, on the axis warp gives (compact or linear).
    void draw(PaintLog &log, const Trace &trace, const QRect &rect, const TimeWarp &warp) const;
    TimelineGeometry geometry(const Trace &trace) const;
    // As fitted into rect on the given axis (the layout is the geometry's layout()).
    TimelineGeometry geometry(const Trace &trace, const QRect &rect, const TimeWarp &warp) const;

    QRect m_rect{ 0, 0, 1200, 760 };
    TimelineStyle m_style = TimelineStyle::light();
    Trace m_trace;
};

void TestTimelineRenderer::initTestCase()
{
    m_trace = fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() });
}

QRectF TestTimelineRenderer::aroundSegment(const Trace &trace, int segment) const
{
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(trace, m_rect, m_style);
    const QRectF lane = TimelineLayout(m_rect, trace, m_style).runs().at(0).links;
    const double x = viewport.mapTimeToX(double(trace.runs.at(0).segments.at(segment).tNs));
    return { x - 3, lane.center().y() - 3, 5, 7 };
}

QImage TestTimelineRenderer::render(const Trace &trace, const TimelineSelection &selection) const
{
    QImage image(m_rect.size(), QImage::Format_RGB32);
    QPainter painter(&image);
    TimelineRenderer::paint(painter, m_rect, trace,
                            TimelineRenderer::fittedViewport(trace, m_rect, m_style), m_style,
                            selection);
    return image;
}

void TestTimelineRenderer::draw(PaintLog &log, const Trace &trace, const QRect &rect,
                                const TimeWarp &warp) const
{
    QPainter painter(&log);
    TimelineRenderer::paint(painter, rect, trace,
                            TimelineRenderer::fittedViewport(trace, rect, m_style, warp), m_style);
}

TimelineGeometry TestTimelineRenderer::geometry(const Trace &trace, const QRect &rect,
                                                const TimeWarp &warp) const
{
    return TimelineGeometry(TimelineLayout(rect, trace, m_style),
                            TimelineRenderer::fittedViewport(trace, rect, m_style, warp));
}

TimelineGeometry TestTimelineRenderer::geometry(const Trace &trace) const
{
    return TimelineGeometry(TimelineLayout(m_rect, trace, m_style),
                            TimelineRenderer::fittedViewport(trace, m_rect, m_style));
}

void TestTimelineRenderer::boxesHaveTheirMessageColour()
{
    const QImage image = render(m_trace);
    const TimelineGeometry g = geometry(m_trace);
    for (int i = 0; i < 2; ++i) {
        const QRectF box = g.sendBox(m_trace.runs.at(0), 0, i);
        QVERIFY2(box.width() > 40, "two sends 10 ms apart must get readable boxes");
        // Right of the label, above the strip: the message's tint.
        QVERIFY(
            near(image.pixel(int(box.right()) - 4, int(box.center().y())), m_style.messageTint(i)));
        // The strip along the bottom, toward the links: the message's own colour.
        QVERIFY(near(image.pixel(int(box.right()) - 4, int(box.bottom()) - 1),
                     m_style.messageColor(i)));
    }
}

void TestTimelineRenderer::mergedRecvShowsBothMessages()
{
    const QImage image = render(m_trace);
    const QRectF box = geometry(m_trace).recvBox(m_trace.runs.at(0), 0, 0);
    const int y = int(box.bottom()) - 2;
    QVERIFY(near(image.pixel(int(box.left() + 0.3 * box.width()), y), m_style.messageTint(0)));
    QVERIFY(near(image.pixel(int(box.left() + 0.9 * box.width()), y), m_style.messageTint(1)));
    // And links from both sends arrive at the recv's top edge in their colours.
    QVERIFY(
        count(image, QRectF(box.left(), box.top() - 6, box.width(), 5), m_style.messageColor(0), 30)
        > 0);
    QVERIFY(
        count(image, QRectF(box.left(), box.top() - 6, box.width(), 5), m_style.messageColor(1), 30)
        > 0);
}

void TestTimelineRenderer::lostAndTruncatedAreMarked()
{
    const QImage image = render(m_trace);
    const TimelineGeometry g = geometry(m_trace);
    const Run &udp = m_trace.runs.at(1);
    QVERIFY2(count(image, g.sendBox(udp, 1, 1), m_style.lost) > 20,
             "the lost datagram's send carries a cross");
    QCOMPARE(count(image, g.sendBox(udp, 1, 0), m_style.lost), 0);
    const QRectF cut = g.recvBox(udp, 1, 1);
    // 10 of 104 bytes arrived: the right ~90% of the box is the cut-off part, hatched.
    const QRectF tail(cut.left() + 0.3 * cut.width(), cut.top(), 0.7 * cut.width(), cut.height());
    QVERIFY(count(image, tail, m_style.lost) > 30);
    QCOMPARE(count(image, g.recvBox(udp, 1, 0), m_style.lost), 0);
}

void TestTimelineRenderer::liveTraceHasNoFateMarks()
{
    Trace live = m_trace;
    live.runs[1].fates.clear(); // recording: nothing is known lost yet
    const QImage image = render(live);
    QCOMPARE(count(image, geometry(live).sendBox(live.runs.at(1), 1, 1), m_style.lost), 0);
}

void TestTimelineRenderer::selectionFadesOtherMessages()
{
    const TimelineGeometry g = geometry(m_trace);
    const QRectF hello = g.sendBox(m_trace.runs.at(0), 0, 0);
    const QRectF world = g.sendBox(m_trace.runs.at(0), 0, 1);
    const QImage image = render(m_trace, TimelineSelection{ 0, 1 });
    const QPoint inHello(int(hello.right()) - 4, int(hello.center().y()));
    const QPoint inWorld(int(world.right()) - 4, int(world.center().y()));
    QVERIFY(!near(image.pixel(inHello), m_style.messageTint(0)));
    QVERIFY(near(image.pixel(inWorld), m_style.messageTint(1)));
    // The selected box is outlined in the highlight colour.
    QVERIFY(count(image, world.adjusted(-2, -2, 2, 2), m_style.highlight, 10) > world.width());
}

// An observed datagram that a recv() read is drawn as a lesson's delivered datagram, in the
// colour of the recv() that read it; a dropped one in the alarm colour; one the evidence links to
// no recv() stays grey. Selecting the recv() emphasises its datagram and outlines the recv().
void TestTimelineRenderer::observedDatagramTakesItsRecvsColour()
{
    const Trace trace = fixture::trace({ fixture::observedUdp() });
    const Run &run = trace.runs.at(0);
    QVERIFY(!TimelineLayout(m_rect, trace, m_style).runs().at(0).links.isNull());
    const auto around = [&](int segment) { return aroundSegment(trace, segment); };
    const QImage plain = render(trace);
    QVERIFY(count(plain, around(0), m_style.messageColor(0), 30) > 0);
    QVERIFY(count(plain, around(2), m_style.messageColor(1), 30) > 0);
    QVERIFY(count(plain, around(1), m_style.lost, 30) > 0);
    QCOMPARE(count(plain, around(3), m_style.messageColor(1), 30), 0);
    QVERIFY(count(plain, around(3), m_style.muted, 30) > 0);
    // The recv()'s box wears the same colour.
    const QRectF box = geometry(trace).recvBox(run, 0, 1);
    QVERIFY(near(plain.pixel(box.center().toPoint()), m_style.messageTint(1)));

    const QImage selected = render(trace, TimelineSelection{ 0, 1 });
    QVERIFY2(count(selected, around(2), m_style.messageColor(1), 30)
                 > count(plain, around(2), m_style.messageColor(1), 30),
             "the selected recv()'s datagram is not emphasised");
    QCOMPARE(count(selected, around(0), m_style.messageColor(0), 30), 0); // faded
    const QRectF edge(box.left() + 2, box.top() - 2, box.width() - 4, 4);
    QCOMPARE(count(plain, edge, m_style.highlight, 20), 0);
    QVERIFY(count(selected, edge, m_style.highlight, 20) > 0);
}

// An observed TCP segment is drawn in the colour of the decoded frame of its first byte, as a
// lesson's in its message's; one that starts in a frame the decoder rejected stays grey.
void TestTimelineRenderer::observedSegmentTakesItsFramesColour()
{
    const Trace trace = fixture::trace({ fixture::observedTcpFramed() });
    const Run &run = trace.runs.at(0);
    QVERIFY(!TimelineLayout(m_rect, trace, m_style).runs().at(0).links.isNull());
    const auto around = [&](int segment) { return aroundSegment(trace, segment); };
    const QImage image = render(trace);
    QVERIFY(count(image, around(0), m_style.messageColor(0), 30) > 0);
    QVERIFY(count(image, around(1), m_style.messageColor(1), 30) > 0);
    QVERIFY(count(image, around(2), m_style.muted, 30) > 0);
    QCOMPARE(count(image, around(2), m_style.messageColor(2), 30), 0);
    // The recv() that holds the end of "hello" and the start of "world" shows both.
    const QRectF box = geometry(trace).recvBox(run, 0, 0);
    const int y = int(box.center().y());
    QVERIFY(near(image.pixel(int(box.left() + 0.3 * box.width()), y), m_style.messageTint(0)));
    QVERIFY(near(image.pixel(int(box.left() + 0.9 * box.width()), y), m_style.messageTint(1)));
}

void TestTimelineRenderer::denseLanesStayFastAndKeepLoss()
{
    const Trace dense = fixture::trace({ fixture::denseUdp(100'000) });
    QImage image(m_rect.size(), QImage::Format_RGB32);
    QPainter painter(&image);
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(dense, m_rect, m_style);
    QElapsedTimer timer;
    timer.start();
    TimelineRenderer::paint(painter, m_rect, dense, viewport, m_style);
    const qint64 ms = timer.elapsed();
    painter.end();
    QVERIFY2(ms < 500, qPrintable(QStringLiteral("100k events took %1 ms").arg(ms)));
    const TimelineLayout layout(m_rect, 1, m_style);
    // 100 lost datagrams among 100 000 stay visible as alarming columns.
    QVERIFY(count(image, layout.runs().at(0).sends, m_style.lost, 10) > 50);
    QVERIFY(count(image, layout.runs().at(0).recvs, m_style.lost, 10) == 0);
}

void TestTimelineRenderer::emptyTraceDraws()
{
    const QImage image = render(Trace{});
    QVERIFY(near(image.pixel(5, m_rect.height() - 5), m_style.background));
    QVERIFY(count(image, m_rect, m_style.muted, 30) > 50); // the axis and the hint
}

void TestTimelineRenderer::mergedRecvSaysItsMessageRange()
{
    // A recv of messages 0 to 4 in a box too narrow for its payload says "m0–m4" (the
    // numbering of the CLI's table) over its bytes, rather than the payload's first letters.
    const TextWidths text(m_style.font);
    const TextWidths small(m_style.smallFont());
    const BoxLabels::Label merged{ QStringLiteral("msg-0;msg-1;msg-2;msg-3;msg-4;"),
                                   QStringLiteral("30 B · 5 messages"),
                                   BoxLabels::messageRange(0, 4), QStringLiteral("30 B"), true };
    QCOMPARE(BoxLabels::messageRange(0, 4), QStringLiteral("m0\u2013m4"));
    QCOMPARE(BoxLabels::messageRange(7, 7), QStringLiteral("m7"));
    const double narrow = text.width(QStringLiteral("m0\u2013m4")) + 4;
    BoxLabels::Fitted f = BoxLabels::fit(merged, narrow, text, small);
    QCOMPARE(f.top, QStringLiteral("m0\u2013m4"));
    QCOMPARE(f.bottom, small.elided(QStringLiteral("30 B"), narrow));
    QVERIFY(!f.numbersOnly);
    // Wide enough: the payload itself.
    const double wide = text.width(merged.top) + 4;
    f = BoxLabels::fit(merged, wide, text, small);
    QCOMPARE(f.top, merged.top);
    // A single message's payload that does not fit whole: its name, not its first letters
    // ("GET /fi…" in one box, "m3" in the next would read as two kinds of call).
    const BoxLabels::Label single{ QStringLiteral("GET /file/0\\x0a"),
                                   QStringLiteral("12 B · merged"),
                                   BoxLabels::messageRange(0, 0),
                                   {},
                                   false };
    const double some = text.width(single.top) - 2;
    f = BoxLabels::fit(single, some, text, small);
    QCOMPARE(f.top, QStringLiteral("m0"));
    QCOMPARE(BoxLabels::fit(single, text.width(single.top) + 1, text, small).top, single.top);
    QCOMPARE(BoxLabels::fit(single, 3 * text.metrics().averageCharWidth(), text, small).top,
             QStringLiteral("m0"));
    // The second line loses whole parts, never half a number: "12 B", not "12 B ·…" or "1…".
    QCOMPARE(BoxLabels::fit(single, small.width(QStringLiteral("12 B · m")), text, small).bottom,
             QStringLiteral("12 B"));
    const BoxLabels::Label partial{ QStringLiteral("block-0"), QStringLiteral("2048 B of 6144 B"),
                                    BoxLabels::messageRange(0, 0), QStringLiteral("2048 B"),
                                    false };
    QCOMPARE(BoxLabels::fit(partial, small.width(QStringLiteral("2048 B of")), text, small).bottom,
             QStringLiteral("2048 B"));
    QCOMPARE(BoxLabels::fit(partial, small.width(QStringLiteral("204")), text, small).bottom,
             QString());
    // A word is shown whole or not at all: "EAG…" is no word.
    const BoxLabels::Label failed{
        QStringLiteral("EAGAIN"), QStringLiteral("0 B of 6144 B"), {}, QStringLiteral("0 B"), true
    };
    QCOMPARE(BoxLabels::fit(failed, text.width(QStringLiteral("EAGAIN")) - 3, text, small).top,
             QString());
}

void TestTimelineRenderer::equalCallsReadAlike()
{
    // Five sends of one lane with the same bottom line in boxes of different widths: a box wide
    // enough for "100 B · truncated" shows only "100 B" like its narrower equals. A call with
    // other words keeps its own, and a box too narrow for any words changes nothing.
    const TextWidths text(m_style.font);
    const TextWidths small(m_style.smallFont());
    const QString both = QStringLiteral("100 B · truncated");
    const double pad = 3;
    const auto placed = [&](double inner, const QString &bottom) {
        return BoxLabels::Placed{ QRectF(0, 0, inner + 2 * pad, 60),
                                  { QStringLiteral("datagram-0"), bottom,
                                    BoxLabels::messageRange(0, 0), QStringLiteral("100 B"),
                                    false } };
    };
    const double wide = small.width(both) + 4;
    const double narrow = small.width(QStringLiteral("100 B · t"));
    const QList<BoxLabels::Placed> lane{ placed(wide, both), placed(narrow, both),
                                         placed(wide, both),
                                         placed(wide, QStringLiteral("100 B · lost")),
                                         placed(2, both) };
    QCOMPARE(BoxLabels::fit(lane.at(0).label, wide, text, small).bottom, both); // alone: all
    const QList<BoxLabels::Fitted> fitted = BoxLabels::fitLane(lane, pad, text, small);
    QCOMPARE(fitted.size(), lane.size());
    QCOMPARE(fitted.at(0).bottom, QStringLiteral("100 B"));
    QCOMPARE(fitted.at(1).bottom, QStringLiteral("100 B"));
    QCOMPARE(fitted.at(2).bottom, QStringLiteral("100 B"));
    QCOMPARE(fitted.at(3).bottom, QStringLiteral("100 B · lost"));
    QVERIFY(fitted.at(4).bottom.isEmpty());
    // Without the narrow one, the wide ones say all of it.
    const QList<BoxLabels::Fitted> roomy
        = BoxLabels::fitLane({ lane.at(0), lane.at(2), lane.at(4) }, pad, text, small);
    QCOMPARE(roomy.at(0).bottom, both);
    QCOMPARE(roomy.at(1).bottom, both);
    // The payload where every box has room for it; one box too narrow for its payload, and
    // every box gives its message's name instead ("msg-0;" beside "m1" reads as two kinds).
    const auto message = [&](int n, double inner) {
        return BoxLabels::Placed{ QRectF(0, 0, inner + 2 * pad, 60),
                                  { QStringLiteral("msg-%1;").arg(n), QStringLiteral("6 B"),
                                    BoxLabels::messageRange(n, n), QStringLiteral("6 B"), false } };
    };
    const double payload = text.width(QStringLiteral("msg-0;")) + 2;
    const double name = text.width(QStringLiteral("m1")) + 2;
    const QList<BoxLabels::Fitted> payloads
        = BoxLabels::fitLane({ message(0, payload), message(1, payload) }, pad, text, small);
    QCOMPARE(payloads.at(0).top, QStringLiteral("msg-0;"));
    QCOMPARE(payloads.at(1).top, QStringLiteral("msg-1;"));
    const QList<BoxLabels::Fitted> names
        = BoxLabels::fitLane({ message(0, payload), message(1, name) }, pad, text, small);
    QCOMPARE(names.at(0).top, QStringLiteral("m0"));
    QCOMPARE(names.at(1).top, QStringLiteral("m1"));
    // A decoded message's payload is cut rather than named while its first words show.
    BoxLabels::Label file{ QStringLiteral("file 0 contents. file 0 contents."),
                           {},
                           BoxLabels::messageRange(0, 0),
                           {},
                           false };
    file.preferPayload = true;
    const double some = text.width(QStringLiteral("file 0 contents…"));
    QVERIFY(BoxLabels::fit(file, some, text, small).top.startsWith(QStringLiteral("file 0")));
    QCOMPARE(BoxLabels::fit(file, text.width(QStringLiteral("fil…")), text, small).top,
             QStringLiteral("m0"));
}

void TestTimelineRenderer::boxesAreAsWideAsTheirRunsWords()
{
    // Five 100-byte datagrams sent back to back and each read with recv(10): ten calls on a
    // 560 px plot. Boxes made for the widest words of any lesson ("m00–m00", "1024 B") do not
    // all fit, and the sends shrank below their "100 B"; boxes made for this run's own words
    // ("m4", "100 B") do, and every send says its size.
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    run.scenario.count = 5;
    run.scenario.size = 100;
    run.scenario.recvSize = 10;
    for (int i = 0; i < 5; ++i) {
        const QByteArray payload = QByteArray("datagram-") + QByteArray::number(i);
        run.sends.append(fixture::send(i, i, qint64(i) * 3000, 100, 0, payload));
        RecvEvent r = fixture::recv(i, 20'000 + qint64(i) * 3000, 10, 0, payload.left(10));
        r.seq = i;
        r.requested = 10;
        r.datagramSize = 100;
        r.truncated = true;
        run.recvs.append(r);
        run.fates.append(fixture::fate(i, i, 0, 100, Fate::Truncated, { i }));
    }
    run.durationNs = 40'000;
    const Trace trace = fixture::trace({ run });
    const QRectF rect(0, 0, 700, 400);
    const TimelineLayout layout(rect, trace, m_style);
    const double widest = TimelineLayout(rect, 1, m_style).readableBoxWidth();
    QVERIFY2(10 * widest > layout.plot().width(), "crowded for the widest words");
    QVERIFY2(layout.readableBoxWidth() < widest, "this run's words are narrower than the widest");
    const TimelineGeometry g(layout, TimelineRenderer::fittedViewport(trace, rect, m_style));
    const TextWidths text(m_style.font);
    const TextWidths small(m_style.smallFont());
    const double pad = 0.25 * m_style.lineHeight();
    for (int i = 0; i < 5; ++i) {
        const QRectF box = g.sendBox(trace.runs.at(0), 0, i);
        const BoxLabels::Label label{ QStringLiteral("datagram-%1").arg(i), QStringLiteral("100 B"),
                                      BoxLabels::messageRange(i, i), QStringLiteral("100 B"),
                                      false };
        QCOMPARE(BoxLabels::fit(label, box.width() - 2 * pad, text, small).bottom,
                 QStringLiteral("100 B"));
    }
}

void TestTimelineRenderer::numbersOfOneLaneShareTheirUnit()
{
    // One unit per picture: exact bytes while its largest number is under 100 KiB (tcp-split's
    // "5120 B" sends, "1024 B" reads and 13312 B queue, as its headline writes them); past that,
    // every number of at least 1 KiB in KiB, and below 1 KiB exact.
    QCOMPARE(EventText::bytesBeside(1024, 13312), QStringLiteral("1024 B"));
    QCOMPARE(EventText::bytesBeside(13312, 13312), QStringLiteral("13312 B"));
    QCOMPARE(EventText::bytesBeside(5120, 13312), QStringLiteral("5120 B"));
    QCOMPARE(EventText::bytesBeside(9216, 200 << 10), QStringLiteral("9.0 KiB"));
    QCOMPARE(EventText::bytesBeside(150 << 10, 200 << 10), QStringLiteral("150 KiB"));
    QCOMPARE(EventText::bytesBeside(512, 200 << 10), QStringLiteral("512 B"));
    QCOMPARE(EventText::bytesBeside(2 << 20, 2 << 20), EventText::bytes(2 << 20));
}

void TestTimelineRenderer::aTitleKeepsItsNetwork()
{
    // Beside its real twin, a simulated run's long title is cut before "simulated", never
    // through it: cut there, the two runs read the same.
    const TextWidths bold(m_style.boldFont());
    Run run = fixture::tcpMerged();
    run.label = QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests (client → server)");
    run.mode = Mode::Sim;
    const double narrow = bold.width(QStringLiteral("Nagle on (TCP_NODELAY off) · TCP req"));
    const QString sim = RunPainter::fittedTitle(run, true, narrow, bold);
    QVERIFY2(sim.endsWith(QLatin1String("(simulated)")), qPrintable(sim));
    QVERIFY(bold.width(sim) <= narrow + 1);
    run.mode = Mode::Real;
    const QString real = RunPainter::fittedTitle(run, true, narrow, bold);
    QVERIFY2(real.endsWith(QLatin1String("(real)")), qPrintable(real));
    QVERIFY(real != sim);
    // Room enough: the whole title, and a real run alone is not marked.
    QCOMPARE(RunPainter::fittedTitle(run, false, 10 * narrow, bold), run.label);
}

void TestTimelineRenderer::wireLabelsAreNeverCrossedByAPacket()
{
    // A packet's size is written where its line leaves the sender, only where no other packet's
    // line runs through the words ("8 ß 9 ß" when the next line crossed "8 B"). The light
    // dashes of ACKs may cross them. On a hand-made burst of close packets (only the last of
    // each burst has room) and on every lesson's simulated wire, on both axes.
    QList<std::pair<QString, Trace>> traces{ { QStringLiteral("bursts"),
                                               fixture::trace({ burstyWire() }) } };
    for (const Lesson &lesson : LessonCatalogue::all())
        traces.append({ lesson.name, simulated(lesson.name) });
    const QRect rect(0, 0, 1200, 760);
    int labelled = 0;
    for (const auto &[name, trace] : std::as_const(traces)) {
        for (const bool compact : { false, true }) {
            PaintLog log(rect.size());
            draw(log, trace, rect, compact ? TimeWarp::compact(trace) : TimeWarp());
            const TimelineLayout layout(rect, trace, m_style);
            for (int r = 0; r < trace.runs.size(); ++r) {
                if (trace.runs.at(r).segments.isEmpty())
                    continue;
                const WireMarks marks = wireMarks(log, layout, r, m_style);
                for (const PaintLog::Text &label : marks.labels) {
                    // Its own line leaves just left of it (with the lines of packets that
                    // left with it at the same instant on a linear axis, on top of it).
                    QLineF own;
                    for (const QLineF &line : marks.packets) {
                        if (line.x1() <= label.rect.left() - 2)
                            own = line;
                    }
                    const auto isOwn = [&own](const QLineF &line) {
                        return (line.p1() - own.p1()).manhattanLength() < 0.5
                            && (line.p2() - own.p2()).manhattanLength() < 0.5;
                    };
                    for (qsizetype i = 0; i < marks.packets.size(); ++i) {
                        QVERIFY2(isOwn(marks.packets.at(i))
                                     || !crosses(marks.packets.at(i), label.rect),
                                 qPrintable(QStringLiteral("%1 (%2 axis), run %3: packet %4 "
                                                           "crosses the label \"%5\" at x %6")
                                                .arg(name,
                                                     compact ? QLatin1String("compact")
                                                             : QLatin1String("linear"))
                                                .arg(r)
                                                .arg(i)
                                                .arg(label.text)
                                                .arg(label.rect.left())));
                    }
                }
                labelled += int(marks.labels.size());
                if (name == QLatin1String("bursts")) {
                    // The last packet of each burst has room for its size, the others none.
                    QCOMPARE(marks.packets.size(), 30);
                    QCOMPARE(marks.labels.size(), 10);
                    for (const PaintLog::Text &label : marks.labels)
                        QCOMPARE(label.text, QStringLiteral("10 B"));
                }
            }
        }
    }
    QVERIFY(labelled > 20);
}

void TestTimelineRenderer::packetsOfOneInstantLeaveFromTheirCallsSlots()
{
    // The simulator sends udp-overflow's 100 datagrams at one instant: on the compact axis
    // their send() boxes stand side by side, and each datagram leaves from its own call's box,
    // a fan of 100 lines rather than one line from the first box.
    const Trace trace = simulated(QStringLiteral("udp-overflow"));
    const QRect rect(0, 0, 1600, 760);
    const TimeWarp warp = TimeWarp::compact(trace);
    PaintLog log(rect.size());
    draw(log, trace, rect, warp);
    const TimelineGeometry g = geometry(trace, rect, warp);
    const TimelineLayout &layout = g.layout();
    QCOMPARE(trace.runs.size(), qsizetype(1));
    const Run &run = trace.runs.first();
    const QList<QLineF> packets = wireMarks(log, layout, 0, m_style).packets;
    QCOMPARE(packets.size(), run.segments.size());
    QCOMPARE(run.segments.size(), qsizetype(100));
    QVERIFY(std::all_of(run.segments.cbegin(), run.segments.cend(),
                        [&run](const Segment &s) { return s.tNs == run.segments.first().tNs; }));
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const int message = run.segments.at(i).message;
        const QRectF box = g.sendBox(run, 0, run.fates.at(message).firstSend);
        QVERIFY2(packets.at(i).x1() >= box.left() - 0.5 && packets.at(i).x1() <= box.right() + 0.5,
                 qPrintable(QStringLiteral("datagram %1 leaves at x %2, its send() box is %3 to %4")
                                .arg(i)
                                .arg(packets.at(i).x1())
                                .arg(box.left())
                                .arg(box.right())));
        if (i > 0)
            QVERIFY(packets.at(i).x1() >= packets.at(i - 1).x1() + 1);
    }
    QVERIFY(packets.last().x1() - packets.first().x1() > 0.25 * layout.plot().width());
}

void TestTimelineRenderer::lostDatagramsTooNarrowForACrossAreCounted()
{
    // udp-overflow loses 91 of its 100 datagrams: side by side, their boxes are too narrow for a
    // cross each, and one "✕ 91 lost" across them says how many (a cross every few boxes
    // miscounted them). The last box has room for its words and keeps a cross of its own.
    const Trace trace = simulated(QStringLiteral("udp-overflow"));
    const QRect rect(0, 0, 1600, 760);
    const TimeWarp warp = TimeWarp::compact(trace);
    PaintLog log(rect.size());
    draw(log, trace, rect, warp);
    const TimelineGeometry g = geometry(trace, rect, warp);
    const TimelineLayout &layout = g.layout();
    const Run &run = trace.runs.first();
    QCOMPARE(run.summary.lost, 91);
    QList<int> lost;
    for (const MessageFate &f : run.fates) {
        if (f.fate == Fate::Lost)
            lost.append(f.firstSend);
    }
    const QRectF first = g.sendBox(run, 0, lost.first());
    const QRectF last = g.sendBox(run, 0, lost.last());
    QVERIFY2(first.width() < 0.6 * first.height(), "narrow indeed");
    QVERIFY2(last.width() >= 0.6 * last.height(), "the last one has room for a cross");
    QList<PaintLog::Text> counts;
    for (const PaintLog::Text &t : log.textsIn(layout.runs().first().sends)) {
        if (t.text.contains(QLatin1String("lost")))
            counts.append(t);
    }
    QCOMPARE(counts.size(), qsizetype(1));
    QCOMPARE(counts.first().text, QStringLiteral("✕ 91 lost"));
    QVERIFY(counts.first().rect.left() >= first.left()
            && counts.first().rect.right() <= last.right());
    // A cross: two lines in the colour of loss crossing inside the box.
    const auto crossesIn = [&log, this](const QRectF &box) {
        int n = 0;
        for (const PaintLog::Line &l : log.lines) {
            n += l.pen.color() == m_style.lost && box.contains(l.line.center()) && l.line.dx() != 0
                    && l.line.dy() != 0
                ? 1
                : 0;
        }
        return n / 2;
    };
    QCOMPARE(crossesIn(last), 1);
    // The narrow boxes share the count, not crosses of their own.
    QCOMPARE(crossesIn(QRectF(first.topLeft(), QPointF(last.left() - 1, last.bottom()))), 0);
    // A lost datagram alone in a wide box: its own cross, no count.
    PaintLog one(m_rect.size());
    draw(one, m_trace, m_rect, TimeWarp());
    const QRectF wide = geometry(m_trace).sendBox(m_trace.runs.at(1), 1, 1);
    int n = 0;
    for (const PaintLog::Line &l : one.lines)
        n += l.pen.color() == m_style.lost && wide.contains(l.line.center()) ? 1 : 0;
    QCOMPARE(n, 2);
    const QList<PaintLog::Text> words
        = one.textsIn(TimelineLayout(m_rect, m_trace, m_style).runs().at(1).sends);
    QVERIFY(!words.isEmpty());
    QVERIFY(std::none_of(words.cbegin(), words.cend(), [](const PaintLog::Text &t) {
        return t.text.contains(QStringLiteral("✕"));
    }));
}

void TestTimelineRenderer::aPauseWithoutRoomForItsLengthBreaksTheAxis()
{
    // On the compact axis a pause of a millisecond or more is written across ("10 ms") where the
    // boxes leave room for it; where they do not, an axis break "//" stands between the two
    // boxes, so that sends 10 ms apart do not read as back to back.
    const auto pauses = [this](int n, const QRect &rect) {
        const Trace trace = fixture::trace({ sendsTenMsApart(n) });
        const TimeWarp warp = TimeWarp::compact(trace);
        auto log = std::make_unique<PaintLog>(rect.size());
        draw(*log, trace, rect, warp);
        const TimelineGeometry g = geometry(trace, rect, warp);
        const TimelineLayout &layout = g.layout();
        const QRectF lane = layout.runs().first().sends;
        // Per pause: its length written between the boxes, the slanted strokes of a break.
        QList<std::pair<bool, int>> marks;
        for (int i = 0; i + 1 < n; ++i) {
            const QRectF before = g.sendBox(trace.runs.first(), 0, i);
            const QRectF after = g.sendBox(trace.runs.first(), 0, i + 1);
            const double from = before.center().x();
            const double to = after.center().x();
            bool written = false;
            for (const PaintLog::Text &t : log->textsIn(lane)) {
                written = written
                    || (t.text == QLatin1String("10 ms") && t.rect.left() >= before.right() - 0.5
                        && t.rect.right() <= after.left() + 0.5);
            }
            int strokes = 0;
            for (const PaintLog::Line &l : log->lines) {
                const QPointF c = l.line.center();
                strokes += l.pen.color() == m_style.foreground && l.line.dx() != 0
                        && l.line.dy() != 0 && c.x() > from && c.x() < to
                        && c.y() > lane.center().y() && c.y() < lane.bottom() + 0.2 * lane.height()
                    ? 1
                    : 0;
            }
            marks.append({ written, strokes });
        }
        return marks;
    };
    // Three sends on a wide plot: room for each length, and no break.
    const auto roomy = pauses(3, QRect(0, 0, 1200, 500));
    QCOMPARE(roomy.size(), qsizetype(2));
    for (const auto &[written, strokes] : roomy) {
        QVERIFY(written);
        QCOMPARE(strokes, 0);
    }
    // Sixty on a narrow one: room for a few lengths only. The pauses are equal, so the earliest
    // get it, whole; every other pause has a break, and none is left bare.
    const auto crowded = pauses(60, QRect(0, 0, 700, 500));
    QCOMPARE(crowded.size(), qsizetype(59));
    const auto written = std::count_if(crowded.cbegin(), crowded.cend(),
                                       [](const auto &mark) { return mark.first; });
    QVERIFY2(written >= 1 && written <= 10, qPrintable(QString::number(written)));
    for (qsizetype i = 0; i < crowded.size(); ++i) {
        QCOMPARE(crowded.at(i).first, i < written);
        QVERIFY2(
            crowded.at(i).second == (i < written ? 0 : 2),
            qPrintable(QStringLiteral("pause %1: %2 strokes").arg(i).arg(crowded.at(i).second)));
    }
}

void TestTimelineRenderer::theLongestPausesAreWrittenFirst()
{
    // Room for a few lengths on a crowded axis goes to the longest pauses: sixty sends 2 ms
    // apart, with a 40 ms stall after the 40th and the 50th. Both stalls are written, though
    // they come late and most 2 ms gaps are not.
    Run run = sendsTenMsApart(60);
    qint64 t = 0;
    for (qsizetype i = 0; i < run.sends.size(); ++i) {
        SendEvent s = run.sends.at(i);
        s.tNs = t;
        run.sends.set(i, s);
        RecvEvent r = run.recvs.at(i);
        r.tNs = t + 10'000; // read at once: the pause is after the recv()
        run.recvs.set(i, r);
        t += i >= 30 && i < 50 && i % 10 == 9 ? 40'000'000 : 2'000'000;
    }
    run.durationNs = t;
    const Trace trace = fixture::trace({ run });
    const QRect rect(0, 0, 700, 500);
    const TimeWarp warp = TimeWarp::compact(trace);
    PaintLog log(rect.size());
    draw(log, trace, rect, warp);
    const TimelineLayout layout(rect, trace, m_style);
    QStringList lengths;
    for (const PaintLog::Text &text : log.textsIn(layout.runs().first().sends)) {
        if (text.text.endsWith(QLatin1String(" ms")))
            lengths << text.text;
    }
    QVERIFY2(lengths.count(QStringLiteral("40 ms")) == 2, qPrintable(lengths.join(u',')));
    QVERIFY2(lengths.count(QStringLiteral("2.0 ms")) < 10, qPrintable(lengths.join(u',')));
}

void TestTimelineRenderer::theLegendListsTheMarksThePictureHas()
{
    // The key explains the marks the picture has, and only those: a class told to look for a
    // mark that is not there looks for it.
    const auto key = [this](const Trace &trace) {
        PaintLog log(QSize(1200, 400));
        QPainter painter(&log);
        TimelineLegend::paint(painter, QRectF(0, 0, 1200, 400), m_style,
                              TimelineLegend::Contents::of(trace));
        painter.end();
        QStringList texts;
        for (const PaintLog::Text &t : std::as_const(log.texts))
            texts << t.text;
        return texts;
    };
    const QString merged = QStringLiteral("merged: one recv() holds several messages");
    const QString split = QStringLiteral("split: one message spans several recv()");
    const QString truncated = QStringLiteral("truncated: cut-off bytes are lost");
    const QString lost = QStringLiteral("lost: sent, never received");
    const QString wire = QStringLiteral("wire: packet, ACK, ✕ dropped");
    const QString decoded
        = QStringLiteral("decoded message, bracketed to the recv() bytes it came from");
    // UDP only, one datagram lost and one truncated: nothing merged or split, no wire.
    const QStringList udp = key(fixture::trace({ fixture::udpLossAndTruncation() }));
    QVERIFY2(udp.contains(lost) && udp.contains(truncated), qPrintable(udp.join(u'|')));
    for (const QString &absent : { merged, split, wire, decoded })
        QVERIFY2(!udp.contains(absent), qPrintable(absent));
    // TCP merged, without a wire lane: merged, but no wire, nothing lost.
    const QStringList tcp = key(fixture::trace({ fixture::tcpMerged() }));
    QVERIFY2(tcp.contains(merged), qPrintable(tcp.join(u'|')));
    for (const QString &absent : { lost, truncated, split, wire })
        QVERIFY2(!tcp.contains(absent), qPrintable(absent));
    // TCP with a wire lane, every message intact.
    const QStringList packets = key(fixture::trace({ burstyWire() }));
    QVERIFY2(packets.contains(wire), qPrintable(packets.join(u'|')));
    for (const QString &absent : { merged, lost })
        QVERIFY2(!packets.contains(absent), qPrintable(absent));
    // Both runs: the marks of both.
    const QStringList both
        = key(fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() }));
    for (const QString &present : { merged, lost, truncated })
        QVERIFY2(both.contains(present), qPrintable(present));
    // Before the first run: the whole key.
    const QStringList none = key(Trace());
    for (const QString &present : { merged, split, truncated, lost })
        QVERIFY2(none.contains(present), qPrintable(present));
}

// A narrow header shortens a title by what it means before it cuts a word: "(real, loopback)"
// becomes "(real)", the direction goes, then the variant's label is elided; "requests" and
// "replies" are never cut, and the network sits in the title's one pair of parentheses.
void TestTimelineRenderer::aTitleShortensByMeaning()
{
    const TextWidths bold(m_style.boldFont());
    Run run = fixture::tcpMerged();
    run.label = QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests (client → server)");
    run.mode = Mode::Sim;
    const QString whole
        = QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests (client → server, simulated)");
    QCOMPARE(EventText::runTitle(run), whole);
    QCOMPARE(RunPainter::fittedTitle(run, true, bold.width(whole), bold), whole);
    const QString brief = QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests (simulated)");
    QCOMPARE(RunPainter::fittedTitle(run, true, bold.width(whole) - 1, bold), brief);
    // Then the variant's explanation in parentheses goes: the options tag says the setting.
    QCOMPARE(RunPainter::fittedTitle(run, true, bold.width(brief) - 1, bold),
             QStringLiteral("Nagle on · TCP requests (simulated)"));
    const double least = bold.width(QStringLiteral("TCP requests (simulated)"));
    for (double width = bold.width(brief) - 1; width >= least; width -= 7) {
        const QString cut = RunPainter::fittedTitle(run, true, width, bold);
        QVERIFY2(bold.width(cut) <= width + 1, qPrintable(cut));
        QVERIFY2(cut.endsWith(QStringLiteral("TCP requests (simulated)")), qPrintable(cut));
        QVERIFY2(cut == QStringLiteral("TCP requests (simulated)")
                     || cut == QStringLiteral("Nagle on · TCP requests (simulated)")
                     || (cut.startsWith(QStringLiteral("Nag")) && cut.contains(QChar(0x2026))),
                 qPrintable(cut));
    }

    run.mode = Mode::Real;
    const QString real
        = QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests (client → server, real, "
                         "loopback)");
    QCOMPARE(RunPainter::fittedTitle(run, true, bold.width(real), bold), real);
    QCOMPARE(RunPainter::fittedTitle(run, true, bold.width(real) - 1, bold),
             QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests (client → server, real)"));
    QCOMPARE(RunPainter::fittedTitle(
                 run, true,
                 bold.width(QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests "
                                           "(client → server, real)"))
                     - 1,
                 bold),
             QStringLiteral("Nagle on (TCP_NODELAY off) · TCP requests (real)"));
    run.label = QStringLiteral("TCP replies (server → client)");
    QCOMPARE(
        RunPainter::fittedTitle(run, true, bold.width(QStringLiteral("TCP replies (real)")), bold),
        QStringLiteral("TCP replies (real)"));
    QCOMPARE(RunPainter::fittedTitle(run, false, 1000, bold), run.label);
    // A Chinese variant's explanation is in full-width parentheses; it goes the same way.
    run.label = QStringLiteral("Nagle 开启（TCP_NODELAY 关闭） · TCP");
    QCOMPARE(RunPainter::titleForms(run, false).last(), QStringLiteral("Nagle 开启 · TCP"));
}

// The header's options put what the run set first and go whole: udp-overflow's asked
// SO_RCVBUF before the default SO_SNDBUF, a Nagle variant's TCP_NODELAY before the buffers.
// When room is short the trailing counts and options go, never half of one.
void TestTimelineRenderer::aHeaderKeepsTheSettingTheRunMade()
{
    Run udp = fixture::udpLossAndTruncation();
    udp.effective.sndbuf = 212992;
    udp.effective.rcvbuf = 8192;
    udp.requested.rcvbuf = 4096;
    const QString asked = QStringLiteral("SO_RCVBUF 8192 B (asked 4096 B)");
    QCOMPARE(EventText::options(udp), asked + QStringLiteral(" · SO_SNDBUF 208 KiB"));

    Run nagle = fixture::tcpMerged();
    nagle.label = QStringLiteral("Nagle on (TCP_NODELAY off) · TCP");
    nagle.effective.nodelay = false;
    nagle.effective.sndbuf = 4 << 20;
    nagle.effective.rcvbuf = 128 << 10;
    QVERIFY2(EventText::options(nagle).startsWith(QStringLiteral("TCP_NODELAY off · ")),
             qPrintable(EventText::options(nagle)));
    // Not a variant, Nagle at the kernel's default: the buffer the run asked for goes first.
    Run partial = nagle;
    partial.label = QStringLiteral("TCP");
    partial.requested.sndbuf = 4096;
    partial.effective.sndbuf = 8192;
    QCOMPARE(
        EventText::options(partial),
        QStringLiteral("SO_SNDBUF 8192 B (asked 4096 B) · TCP_NODELAY off · SO_RCVBUF 128 KiB"));

    const TextWidths bold(m_style.boldFont());
    const TextWidths text(m_style.font);
    const TextWidths small(m_style.smallFont());
    const double gap = 6;
    const RunPainter::HeaderFonts fonts{ bold, text, small, gap };
    const QStringList counts = EventText::outcome(udp).split(QStringLiteral(" · "));
    QVERIFY2(counts.size() >= 4, qPrintable(EventText::outcome(udp)));
    const QString firstCounts = counts.mid(0, 2).join(QStringLiteral(" · "));
    // Room for the title, the calls, the first count and the asked option: those, not the
    // default SO_SNDBUF and not the other counts.
    const double width = bold.width(QStringLiteral("UDP")) + text.width(firstCounts)
        + small.width(asked) + 2 * gap + 2;
    RunPainter::HeaderText header = RunPainter::fittedHeader(udp, false, width, fonts);
    QCOMPARE(header.title, QStringLiteral("UDP"));
    QCOMPARE(header.options, asked);
    QCOMPARE(header.outcome, firstCounts);
    // Wide: everything.
    header = RunPainter::fittedHeader(udp, false, 4 * width, fonts);
    QCOMPARE(header.options, EventText::options(udp));
    QCOMPARE(header.outcome, EventText::outcome(udp));
    // A Nagle variant whose whole title leaves no room for its TCP_NODELAY: the title leaves
    // out its explanation in parentheses, and the setting, as the socket reported it, shows.
    const QString nagleCounts = EventText::outcome(nagle).section(QStringLiteral(" · "), 0, 1);
    const double nagleWidth = bold.width(nagle.label) + text.width(nagleCounts) + gap + 2;
    header = RunPainter::fittedHeader(nagle, false, nagleWidth, fonts);
    QCOMPARE(header.title, QStringLiteral("Nagle on · TCP"));
    QCOMPARE(header.options.section(QStringLiteral(" · "), 0, 0),
             QStringLiteral("TCP_NODELAY off"));
    QVERIFY2(header.outcome.startsWith(nagleCounts), qPrintable(header.outcome));
    // Any width: options whole or not at all, never elided.
    const QStringList all = EventText::options(udp).split(QStringLiteral(" · "));
    for (double w = 4 * width; w > 20; w -= 5) {
        header = RunPainter::fittedHeader(udp, false, w, fonts);
        QVERIFY2(!header.options.contains(QChar(0x2026)), qPrintable(header.options));
        if (!header.options.isEmpty())
            QVERIFY2(all.join(QStringLiteral(" · ")).startsWith(header.options),
                     qPrintable(header.options));
    }
}

// One datagram read 2.1 s after an observed socket opened: the axis starts at the run's start
// and reads in whole units, not a few microseconds around the call ("2.102106 s"). Calls spread
// over the run keep the axis from the first call (the lessons' connect time is not drawn).
void TestTimelineRenderer::aLoneCallSitsAtItsTime()
{
    Run run = fixture::udpLossAndTruncation();
    run.sends.clear();
    RecvEvent r = fixture::recv(0, 2'102'106'000, 5, 0, "hello");
    run.recvs = { r };
    run.fates.clear();
    run.role = Role::Observer;
    run.durationNs = 2'102'112'000;
    const QRectF rect(0, 0, 1000, 400);
    const TimelineViewport lone
        = TimelineRenderer::fittedViewport(fixture::trace({ run }), rect, m_style);
    QCOMPARE(lone.visibleStart(), 0.0);
    QVERIFY(lone.visibleSpan() > 2e9);
    const Trace lesson = fixture::trace({ fixture::tcpMerged() });
    QVERIFY(TimelineRenderer::fittedViewport(lesson, rect, m_style).visibleStart()
            >= 0.9 * TimelineRenderer::traceStartNs(lesson));
}

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
