#include "analysis/runattribution.h"
#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/timeaxis.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"
#include "view/timewarp.h"

#include <QFontMetricsF>
#include <QTest>

#include <algorithm>
#include <cerrno>

using namespace sockscope;

// Boxes on the compact axis: a call with data keeps a readable box however many other calls
// and however long a pause the trace holds; a pause or an end of file does not take that room;
// the last box of a lane ends at its own end, not at the plot's edge.
class TestTimelineGeometry : public QObject
{
    Q_OBJECT

private slots:
    void anEmptyMessageIsNotAWord();
    void recvWithDataStaysReadable();
    void eofTakesOnlyItsWord();
    void pauseStillShows();
    void lastBoxEndsAtItsOwnEnd();
    void orderIsKept();
    void sendToHasNoRecvLane();
    void equalSendsGetEqualBoxes();
    void aStallKeepsRoomForItsLength();
    void aMergedRecvKeepsItsWordsBeforeAPause();
    void theLastRecvBeforeAnEndOfFileStaysReadable();
    void dataOutweighsFailedCalls();
    void ticksStayInTheTrace();
    void lanesFitTheirRectangle_data();
    void lanesFitTheirRectangle();

private:
    // tcp-slow-reader: 10 sends of 6 B every 10 ms; the reader takes what arrived every 50 ms.
    static Trace slowReader();
    // tcp-partial-send: per message a partial send (2048 of 6144 B) and at once an EAGAIN,
    // then 20 ms later a recv of 4096 B; an end of file last.
    static Trace partialSends(int messages);
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

Trace TestTimelineGeometry::slowReader()
{
    Run run;
    run.protocol = Protocol::Tcp;
    for (int i = 0; i < 10; ++i)
        run.sends.append(fixture::send(i, i, 10'000'000 * qint64(i), 6, 6 * i, "msg-0;"));
    run.recvs = { fixture::recv(0, 50'000'000, 30, 0, "msg-0;msg-1;"),
                  fixture::recv(1, 100'000'000, 30, 30, "msg-5;msg-6;"),
                  fixture::recv(2, 100'003'000, 0, 60, "") };
    run.durationNs = 101'000'000;
    return fixture::trace({ run });
}

Trace TestTimelineGeometry::partialSends(int messages)
{
    Run run;
    run.protocol = Protocol::Tcp;
    qint64 t = 1'000'000;
    for (int m = 0; m < messages; ++m) {
        SendEvent partial = fixture::send(2 * m, m, t, 6144, 2048 * m, "block-0:");
        partial.accepted = 2048;
        SendEvent again = fixture::send(2 * m + 1, m, t + 5'000, 6144, 2048 * (m + 1), "block-0:");
        again.accepted = 0;
        again.error = 11; // EAGAIN
        run.sends.append(partial);
        run.sends.append(again);
        run.recvs.append(fixture::recv(m, t + 20'000'000, 2048, 2048 * m, "block-0:"));
        t += 20'100'000;
    }
    run.recvs.append(fixture::recv(messages, t, 0, 2048 * messages, ""));
    run.durationNs = t + 1'000'000;
    return fixture::trace({ run });
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
            QVERIFY(eof.width() <= g.layout().briefBoxWidth() + 0.5);
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
    // A lone last datagram: nothing follows it, so its box is as wide as its label needs on a
    // linear axis, and as wide as its lane's other boxes on a compact one: not the widest box
    // a gap allows.
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
        if (compact) {
            QCOMPARE(lastRecv.width(), g.recvBox(r, 0, int(r.recvs.size()) - 2).width());
            QCOMPARE(lastSend.width(), g.sendBox(r, 0, int(r.sends.size()) - 2).width());
            QVERIFY(lastRecv.width() >= l.readableBoxWidth());
        } else {
            QCOMPARE(lastRecv.width(), l.readableBoxWidth());
            QCOMPARE(lastSend.width(), l.readableBoxWidth()); // its 1 µs call is under a pixel
        }
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

void TestTimelineGeometry::equalSendsGetEqualBoxes()
{
    // A class reads width as size or duration: ten equal sends are ten equal boxes, whether a
    // pause follows them or not, the last one too.
    const Trace trace = slowReader();
    const TimelineGeometry g = geometry(trace, true);
    const Run &run = trace.runs.first();
    const double width = g.sendBox(run, 0, 0).width();
    QVERIFY(width >= g.layout().readableBoxWidth() - 0.5);
    for (int i = 1; i < run.sends.size(); ++i)
        QVERIFY2(qAbs(g.sendBox(run, 0, i).width() - width) < 0.5,
                 qPrintable(QStringLiteral("send %1: %2 px, send 0: %3 px")
                                .arg(i)
                                .arg(g.sendBox(run, 0, i).width())
                                .arg(width)));
    QCOMPARE(g.recvBox(run, 0, 1).width(), g.recvBox(run, 0, 0).width());
}

void TestTimelineGeometry::aMergedRecvKeepsItsWordsBeforeAPause()
{
    // tcp-slow-reader: each recv() returned five messages and is followed by the reader's 50 ms
    // nap. However narrow the window, the box keeps a readable width where the room up to the
    // next recv() allows it: the length of the nap ("50 ms") is not worth a sliver of evidence
    // (a recv() of one datagram keeps it too: which one arrived).
    const Trace trace = slowReader();
    QVERIFY(RunAttribution::ofRecv(trace.runs.first(), 0).size() > 1);
    for (int width = 420; width <= 1000; width += 20) {
        const QRectF rect(0, 0, width, 600);
        const TimelineLayout layout(rect, trace, m_style);
        const TimelineGeometry g(
            layout,
            TimelineRenderer::fittedViewport(trace, rect, m_style, TimeWarp::compact(trace)));
        const QRectF merged = g.recvBox(trace.runs.first(), 0, 0);
        const QRectF next = g.recvBox(trace.runs.first(), 0, 1);
        const double room = next.left() - merged.left() - layout.boxGap();
        const double readable = std::min(layout.readableBoxWidth(), room);
        QVERIFY2(merged.width() >= readable - 0.5,
                 qPrintable(QStringLiteral("%1 px window: the recv of 5 messages is %2 px wide, "
                                           "%3 px fit")
                                .arg(width)
                                .arg(merged.width())
                                .arg(readable)));
    }
}

void TestTimelineGeometry::aStallKeepsRoomForItsLength()
{
    // Nagle meets delayed ACK: eight requests, each body held 44 ms, beside 16 back-to-back
    // requests with TCP_NODELAY that crowd the axis. The calls cannot all be readable, and still
    // every 44 ms stall of the send lane keeps room between its boxes for its length ("44 ms"):
    // squeezed to the pauses' share it was 2 px, like a 10 µs gap. (A recv() that returns just
    // before a stall keeps its readable box, which may take part of that room.)
    Run stalled;
    stalled.protocol = Protocol::Tcp;
    constexpr qint64 kStall = 44'000'000;
    for (int k = 0; k < 8; ++k) {
        const qint64 t = 200'000 + k * (kStall + 30'000);
        stalled.sends.append(fixture::send(2 * k, k, t, 12, 24 * k, "GET /item/0 "));
        stalled.sends.append(fixture::send(2 * k + 1, k, t + 10'000, 12, 24 * k + 12, "HTTP/1.0"));
        stalled.recvs.append(fixture::recv(2 * k, t + 20'000, 12, 24 * k, "GET /item/0 "));
        stalled.recvs.append(fixture::recv(2 * k + 1, t + kStall, 12, 24 * k + 12, "HTTP/1.0"));
    }
    stalled.durationNs = 8 * (kStall + 30'000) + 300'000;
    Run quick;
    quick.protocol = Protocol::Tcp;
    for (int i = 0; i < 16; ++i) {
        quick.sends.append(fixture::send(i, i, 100'000 + 2'000 * i, 12, 12 * i, "GET /item/0 "));
        quick.recvs.append(fixture::recv(i, 101'000 + 2'000 * i, 12, 12 * i, "GET /item/0 "));
    }
    quick.durationNs = 200'000;
    const Trace trace = fixture::trace({ stalled, quick });
    const TimelineGeometry g = geometry(trace, true);
    QVERIFY(g.recvBox(quick, 1, 0).width() < g.layout().readableBoxWidth()); // crowded indeed
    const double label
        = QFontMetricsF(m_style.smallFont()).horizontalAdvance(QStringLiteral("44 ms"));
    const auto check = [&](bool sends) {
        const qsizetype n = sends ? stalled.sends.size() : stalled.recvs.size();
        int stalls = 0;
        for (int i = 0; i + 1 < n; ++i) {
            const double t0 = sends ? TimelineGeometry::time(stalled.sends.at(i))
                                    : TimelineGeometry::time(stalled.recvs.at(i));
            const double t1 = sends ? TimelineGeometry::time(stalled.sends.at(i + 1))
                                    : TimelineGeometry::time(stalled.recvs.at(i + 1));
            if (t1 - t0 < 1e6)
                continue;
            ++stalls;
            const QRectF a = sends ? g.sendBox(stalled, 0, i) : g.recvBox(stalled, 0, i);
            const QRectF b = sends ? g.sendBox(stalled, 0, i + 1) : g.recvBox(stalled, 0, i + 1);
            QVERIFY2(b.left() - a.right() >= label,
                     qPrintable(QStringLiteral("%1 %2: %3 px between the boxes")
                                    .arg(sends ? QStringLiteral("send") : QStringLiteral("recv"))
                                    .arg(i)
                                    .arg(b.left() - a.right())));
        }
        QCOMPARE(stalls, sends ? 7 : 8);
    };
    check(true);
}

void TestTimelineGeometry::theLastRecvBeforeAnEndOfFileStaysReadable()
{
    // A crowded axis with idle gaps: 16 requests stalled 4 ms each beside 40 back-to-back ones,
    // each run ending in a recv() of data and, 2 µs later, the end of file. The last recv()
    // holds the evidence (which bytes came last, and together): its box stays readable while
    // the gaps take their room, instead of ending where the end of file begins (it was 6 px
    // when the pause between the two had only its share of the width).
    Run stalled;
    stalled.protocol = Protocol::Tcp;
    constexpr qint64 kStall = 4'000'000;
    for (int k = 0; k < 16; ++k) {
        const qint64 t = 200'000 + k * kStall;
        stalled.sends.append(fixture::send(k, k, t, 12, 12 * k, "GET /item/0 "));
        stalled.recvs.append(fixture::recv(k, t + 20'000, 12, 12 * k, "GET /item/0 "));
    }
    const qint64 lastRecv = 200'000 + 15 * kStall + 20'000;
    stalled.recvs.append(fixture::recv(16, lastRecv + 2'000, 0, 12 * 16, ""));
    stalled.durationNs = lastRecv + 300'000;
    Run quick;
    quick.protocol = Protocol::Tcp;
    for (int i = 0; i < 40; ++i) {
        quick.sends.append(fixture::send(i, i, 100'000 + 2'000 * i, 12, 12 * i, "GET /item/0 "));
        quick.recvs.append(fixture::recv(i, 101'000 + 2'000 * i, 12, 12 * i, "GET /item/0 "));
    }
    quick.recvs.append(fixture::recv(40, 101'000 + 2'000 * 39 + 2'000, 0, 480, ""));
    quick.durationNs = 300'000;
    // The simulator's calls take no time: its last recv() and the end of file share an instant.
    Run simulated;
    simulated.protocol = Protocol::Tcp;
    for (int i = 0; i < 40; ++i)
        simulated.sends.append(fixture::send(i, i, 0, 12, 12 * i, "GET /item/0 "));
    simulated.recvs = { fixture::recv(0, 30'000'000, 480, 0, "GET /item/0 GET /item/1 "),
                        fixture::recv(1, 30'000'000, 0, 480, "") };
    simulated.durationNs = 30'100'000;
    const Trace trace = fixture::trace({ stalled, quick, simulated });
    const TimelineGeometry g = geometry(trace, true);
    const double readable = g.layout().readableBoxWidth();
    QVERIFY(g.recvBox(quick, 1, 0).width() < readable); // crowded indeed
    for (int r = 0; r < trace.runs.size(); ++r) {
        const Run &run = trace.runs.at(r);
        const int eof = int(run.recvs.size()) - 1;
        const QRectF data = g.recvBox(run, r, eof - 1);
        const QRectF end = g.recvBox(run, r, eof);
        QVERIFY2(data.width() >= readable - 0.5,
                 qPrintable(QStringLiteral("run %1: the last recv() is %2 px, readable is %3 px")
                                .arg(r)
                                .arg(data.width())
                                .arg(readable)));
        QVERIFY(end.left() >= data.right() - 0.5); // side by side, in time order
        QCOMPARE(g.recvAt(run, data.center().x()), eof - 1);
    }
}

void TestTimelineGeometry::dataOutweighsFailedCalls()
{
    // The bytes the kernel accepted (a partial send) and handed over (a recv) are the evidence:
    // their boxes are never narrower than an EAGAIN's or an EOF's, however crowded the plot.
    for (const int messages : { 3, 30 }) {
        const Trace trace = partialSends(messages);
        const TimelineGeometry g = geometry(trace, true);
        const Run &run = trace.runs.first();
        const QRectF eof = g.recvBox(run, 0, int(run.recvs.size()) - 1);
        for (int m = 0; m < messages; ++m) {
            const QRectF partial = g.sendBox(run, 0, 2 * m);
            const QRectF again = g.sendBox(run, 0, 2 * m + 1);
            const QRectF recv = g.recvBox(run, 0, m);
            QVERIFY2(partial.width() >= again.width() - 0.5,
                     qPrintable(QStringLiteral("%1 messages, m%2: partial %3 px, EAGAIN %4 px")
                                    .arg(messages)
                                    .arg(m)
                                    .arg(partial.width())
                                    .arg(again.width())));
            QVERIFY(again.width() <= g.layout().briefBoxWidth() + 0.5);
            QVERIFY(recv.width() >= eof.width() - 0.5);
            QVERIFY(again.left() >= partial.right() - 0.5);
        }
        if (messages == 3) // room for all: the evidence readable
            QVERIFY(g.sendBox(run, 0, 0).width() >= g.layout().readableBoxWidth() - 0.5);
    }
}

void TestTimelineGeometry::ticksStayInTheTrace()
{
    // Ticks say when things happened: none past the end of the trace, none on top of another,
    // and a tick for a time after a call lies right of that call's box, not inside it.
    for (const Trace &trace : { slowReader(), nagle(), partialSends(30) }) {
        for (const bool compact : { true, false }) {
            const TimelineGeometry g = geometry(trace, compact);
            const TimelineViewport &v = g.viewport();
            const QFontMetricsF fm(m_style.smallFont());
            const double end = TimelineRenderer::traceEndNs(trace);
            const auto ticks = TimeAxis::ticks(
                v, 60, end, [&fm](const QString &label) { return fm.horizontalAdvance(label); });
            QVERIFY(ticks.size() >= 2);
            double right = -1e300;
            for (const TimeAxis::Tick &tick : ticks) {
                QVERIFY2(tick.tNs <= end, qPrintable(tick.label));
                const double x = v.mapTimeToX(tick.tNs);
                const double half = fm.horizontalAdvance(tick.label) / 2;
                QVERIFY2(x - half > right, qPrintable(tick.label));
                right = x + half;
                if (!compact)
                    continue;
                for (int r = 0; r < trace.runs.size(); ++r) {
                    const Run &run = trace.runs.at(r);
                    const QRectF eof = g.recvBox(run, r, int(run.recvs.size()) - 1);
                    if (TimelineGeometry::time(run.recvs.last()) < tick.tNs)
                        QVERIFY2(x >= eof.right() - 0.5, qPrintable(tick.label));
                }
            }
        }
    }
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

void TestTimelineGeometry::anEmptyMessageIsNotAWord()
{
    // The empty-message lesson's evidence keeps a readable box: a send() of 0 bytes and the
    // UDP datagram of 0 bytes a recv() returned are messages. An end of file, EAGAIN and a
    // failed call are words.
    SendList sends;
    sends.append(fixture::send(0, 0, 0, 5, 0, "hello"));
    sends.append(fixture::send(1, 1, 1000, 0, 5, ""));
    SendEvent again = fixture::send(2, 2, 2000, 100, 5, "x");
    again.accepted = -1;
    again.error = EAGAIN;
    sends.append(again);
    SendEvent refused = fixture::send(3, 2, 3000, 100, 5, "x");
    refused.accepted = 0;
    sends.append(refused);
    QVERIFY(!TimelineGeometry::isBrief(sends, 0));
    QVERIFY(!TimelineGeometry::isBrief(sends, 1));
    QVERIFY(TimelineGeometry::isBrief(sends, 2));
    QVERIFY(TimelineGeometry::isBrief(sends, 3));
    RecvList recvs;
    RecvEvent empty = fixture::recv(0, 5000, 0, 0, "");
    empty.datagramSize = 0;
    recvs.append(empty);
    recvs.append(fixture::recv(1, 6000, 0, 0, "")); // TCP: the end of file
    RecvEvent reset = fixture::recv(2, 7000, -1, 0, "");
    reset.error = ECONNRESET;
    recvs.append(reset);
    QVERIFY(!TimelineGeometry::isBrief(recvs, 0));
    QVERIFY(TimelineGeometry::isBrief(recvs, 1));
    QVERIFY(TimelineGeometry::isBrief(recvs, 2));
}

QTEST_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
