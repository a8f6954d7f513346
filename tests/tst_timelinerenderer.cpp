#include "render/boxlabels.h"
#include "render/runpainter.h"
#include "render/textwidths.h"
#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/eventtext.h"
#include "view/timelinegeometry.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

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
    void denseLanesStayFastAndKeepLoss();
    void emptyTraceDraws();
    void mergedRecvSaysItsMessageRange();
    void equalCallsReadAlike();
    void boxesAreAsWideAsTheirRunsWords();
    void numbersOfOneLaneShareTheirUnit();
    void aTitleKeepsItsNetwork();
    void aTitleShortensByMeaning();
    void aHeaderKeepsTheSettingTheRunMade();
    void aLoneCallSitsAtItsTime();

private:
    QImage render(const Trace &trace, const TimelineSelection &selection = {}) const;
    TimelineGeometry geometry(const Trace &trace) const;

    QRect m_rect{ 0, 0, 1200, 760 };
    TimelineStyle m_style = TimelineStyle::light();
    Trace m_trace;
};

void TestTimelineRenderer::initTestCase()
{
    m_trace = fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() });
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
