#include "render/timelinerenderer.h"
#include "tracefixture.h"
#include "view/timelinegeometry.h"
#include "view/timewarp.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace sockscope;

class TestTimeWarp : public QObject
{
    Q_OBJECT

private slots:
    void identityByDefault();
    void compactSpreadsClusters();
    void roundTrip_data();
    void roundTrip();
    void alphaOneIsLinear();
    void sameInstantGetsOwnSlots();
    void linearAxisKeepsSameInstant();
    void sameInstantBoxesSideBySide();
    void answerDoesNotDependOnQueryOrder();
    void runEndIsAPauseLikeTheOthers();
    void onlyTheLongestPausesGetALabelsRoom();
};

namespace {

// Sends at 0, 1 µs and 2 µs, then one recv 100 ms later: a cluster and a long gap.
Trace clustered()
{
    Run run;
    run.protocol = Protocol::Tcp;
    run.sends = { fixture::send(0, 0, 0, 1, 0, "a"), fixture::send(1, 1, 1000, 1, 1, "b"),
                  fixture::send(2, 2, 2000, 1, 2, "c") };
    for (qsizetype i = 0; i < run.sends.size(); ++i)
        run.sends.edit(i)->durNs = 0;
    run.recvs = { fixture::recv(0, 100'000'000, 3, 0, "abc") };
    return fixture::trace({ run });
}

// A simulated Nagle run: 40 send()s that take no time at 0, three recv()s at 50 and 150 ms,
// two of them at the same instant.
Trace simultaneous()
{
    Run run;
    run.protocol = Protocol::Tcp;
    for (int i = 0; i < 40; ++i) {
        run.sends.append(fixture::send(i, i, 0, 5, 5 * i, "hello"));
        run.sends.editLast()->durNs = 0;
    }
    run.recvs
        = { fixture::recv(0, 50'000'000, 5, 0, "hello"), fixture::recv(1, 150'000'000, 100, 5, "x"),
            fixture::recv(2, 150'000'000, 95, 105, "y") };
    for (qsizetype i = 0; i < run.recvs.size(); ++i)
        run.recvs.edit(i)->durNs = 0;
    return fixture::trace({ run });
}

} // namespace

void TestTimeWarp::identityByDefault()
{
    const TimeWarp warp;
    QVERIFY(warp.isIdentity());
    QCOMPARE(warp.map(12345.0), 12345.0);
    QVERIFY(TimeWarp::compact(Trace{}).isIdentity());
}

void TestTimeWarp::compactSpreadsClusters()
{
    const TimeWarp warp = TimeWarp::compact(clustered(), 0.5);
    const double total = 100'000'000;
    // Four event times, three gaps: each gap gets at least half of an even share.
    const double gap1 = warp.map(1000) - warp.map(0);
    const double gap2 = warp.map(2000) - warp.map(1000);
    const double gap3 = warp.map(100'000'000) - warp.map(2000);
    QVERIFY(gap1 >= 0.5 * total / 3);
    QVERIFY(gap2 >= 0.5 * total / 3);
    // The long wait still looks longest, and the whole keeps its length.
    QVERIFY(gap3 > gap1);
    QVERIFY(qAbs(gap1 + gap2 + gap3 - total) < 1e-3);
}

void TestTimeWarp::roundTrip_data()
{
    QTest::addColumn<double>("t");
    QTest::newRow("before the first event") << -5e6;
    QTest::newRow("on a knot") << 1000.0;
    QTest::newRow("inside the cluster") << 1500.0;
    QTest::newRow("inside the long gap") << 42e6;
    QTest::newRow("after the last event") << 150e6;
}

void TestTimeWarp::roundTrip()
{
    QFETCH(double, t);
    const TimeWarp warp = TimeWarp::compact(clustered());
    QVERIFY(qAbs(warp.unmap(warp.map(t)) - t) < 1e-3);
    QVERIFY(warp.map(t + 1) > warp.map(t)); // monotone
}

void TestTimeWarp::alphaOneIsLinear()
{
    const TimeWarp warp = TimeWarp::compact(clustered(), 1.0);
    QVERIFY(qAbs(warp.map(42e6) - 42e6) < 1e-3);
}

void TestTimeWarp::sameInstantGetsOwnSlots()
{
    const TimeWarp warp = TimeWarp::compact(simultaneous());
    QCOMPARE(warp.mapEvent(0, 0), warp.map(0));
    for (int rank = 1; rank < 40; ++rank)
        QVERIFY2(warp.mapEvent(0, rank) > warp.mapEvent(0, rank - 1),
                 qPrintable(QString::number(rank)));
    // The instant's slots come before anything later, and every slot maps back to its time.
    QVERIFY(warp.map(1) > warp.mapEvent(0, 39));
    QVERIFY(warp.map(50'000'000) > warp.map(1));
    QCOMPARE(warp.unmap(warp.mapEvent(0, 20)), 0.0);
    QCOMPARE(warp.unmap(warp.map(50'000'000)), 50e6);
    QVERIFY(qAbs(warp.unmap(warp.map(7e6)) - 7e6) < 1e-3);
    // An instant has as many slots as its busiest lane: a 41st rank shares the 40th's slot.
    QCOMPARE(warp.mapEvent(0, 40), warp.mapEvent(0, 39));
    QVERIFY(warp.mapEvent(150'000'000, 1) > warp.mapEvent(150'000'000, 0));
    // 43 slots, so 42 steps over 150 ms; a step inside an instant is the equal half only.
    const double share = warp.mapEvent(0, 1) - warp.mapEvent(0, 0);
    QVERIFY(qAbs(share - 0.5 * 150e6 / 42) < 1e-3);
    // The whole keeps its length.
    QVERIFY(qAbs(warp.mapEvent(150'000'000, 1) - warp.map(0) - 150e6) < 1e-3);
}

void TestTimeWarp::linearAxisKeepsSameInstant()
{
    const TimeWarp linear;
    QCOMPARE(linear.mapEvent(0, 7), 0.0);
    QCOMPARE(linear.mapEvent(50e6, 3), 50e6);
    const TimeWarp alphaOne = TimeWarp::compact(simultaneous(), 1.0);
    QVERIFY(qAbs(alphaOne.mapEvent(0, 39) - alphaOne.map(0)) < 1e-3);
    QVERIFY(qAbs(alphaOne.map(42e6) - 42e6) < 1e-3);
}

void TestTimeWarp::sameInstantBoxesSideBySide()
{
    // What the teacher sees: every send() its own box, in order, none on top of another.
    const Trace trace = simultaneous();
    const QRectF rect(0, 0, 1600, 400);
    const TimelineStyle style = TimelineStyle::light();
    const TimelineLayout layout(rect, trace, style);
    for (const bool compact : { true, false }) {
        const TimelineViewport viewport = TimelineRenderer::fittedViewport(
            trace, rect, style, compact ? TimeWarp::compact(trace) : TimeWarp());
        const TimelineGeometry geometry(layout, viewport);
        const Run &run = trace.runs.first();
        for (int i = 1; i < run.sends.size(); ++i) {
            const QRectF previous = geometry.sendBox(run, 0, i - 1);
            const QRectF box = geometry.sendBox(run, 0, i);
            if (compact) {
                QVERIFY(box.left() >= previous.right());
                QCOMPARE(geometry.sendAt(run, box.center().x()), i);
            } else {
                QCOMPARE(box.left(), previous.left()); // linear time is exact: one instant
            }
        }
    }
}

void TestTimeWarp::answerDoesNotDependOnQueryOrder()
{
    // map() starts looking where the previous call ended (calls come in time order when a lane
    // is drawn): the answers must be those of a fresh search, whatever order they are asked in.
    const TimeWarp warp = TimeWarp::compact(simultaneous());
    QList<double> times;
    for (int i = -3; i < 400; ++i)
        times.append(i * 400'000.0);
    times.append({ 0.0, 50e6, 150e6, 150e6 + 1 });
    std::sort(times.begin(), times.end());
    QList<double> ascending, ranked;
    for (const double t : times) {
        ascending.append(warp.map(t));
        ranked.append(warp.mapEvent(t, 2));
    }
    QList<qsizetype> order(times.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(4);
    for (int round = 0; round < 3; ++round) {
        if (round == 1)
            std::reverse(order.begin(), order.end());
        else
            std::shuffle(order.begin(), order.end(), random);
        for (const qsizetype i : order) {
            QCOMPARE(warp.map(times.at(i)), ascending.at(i));
            QCOMPARE(warp.mapEvent(times.at(i), 2), ranked.at(i));
        }
    }
    QVERIFY(std::is_sorted(ascending.cbegin(), ascending.cend()));
}

// A QGuiApplication: the box test lays out lanes, which measures text.
QTEST_MAIN(TestTimeWarp)
#include "tst_timewarp.moc"

// A real Nagle run: 40 sends within 0.1 ms, one recv, and the run open for 9 ms more while its
// socket is drained and closed. That stretch after the last call is a pause: it shares the
// pauses' width, it does not take what the calls leave. (It took more than half the plot,
// and the recv() holding all 40 messages was 3 px wide.)
void TestTimeWarp::runEndIsAPauseLikeTheOthers()
{
    Run run;
    run.protocol = Protocol::Tcp;
    for (int i = 0; i < 40; ++i)
        run.sends.append(fixture::send(i, i, 2500 * i, 9, 9 * i, "nagle-00;"));
    run.recvs = { fixture::recv(0, 120'000, 360, 0, "nagle") };
    run.durationNs = 9'000'000;
    const Trace trace = fixture::trace({ run });
    const QRectF rect(0, 0, 1600, 300);
    const TimelineStyle style = TimelineStyle::light();
    const TimelineLayout layout(rect, trace, style);
    const TimelineViewport viewport
        = TimelineRenderer::fittedViewport(trace, rect, style, TimeWarp::compact(trace));
    const TimelineGeometry geometry(layout, viewport);
    const QRectF recv = geometry.recvBox(trace.runs.first(), 0, 0);
    const double plot = layout.plot().width();
    // The calls are crowded (40 readable boxes do not fit): the pauses, the run's end among
    // them, keep a tenth of the width.
    QVERIFY2(recv.width() >= 0.5 * layout.readableBoxWidth(),
             qPrintable(QStringLiteral("the recv() is %1 px wide").arg(recv.width())));
    QVERIFY2(layout.plot().right() - recv.right() < 0.25 * plot,
             qPrintable(QStringLiteral("%1 px of %2 after the last call")
                            .arg(layout.plot().right() - recv.right())
                            .arg(plot)));
}

// A crowded axis with room for a few pause labels only: the longest marked pauses get them (of
// equal ones, the earliest), every other pause just its share by length.
void TestTimeWarp::onlyTheLongestPausesGetALabelsRoom()
{
    Run run;
    run.protocol = Protocol::Tcp;
    // 400 sends; after every fifth a marked pause of 1 to 1.9 ms, else 2 µs. The two longest
    // (1.9 ms) are tied, and so are the next ones (1.8 ms, several of them).
    QList<qint64> times;
    QList<qint64> pauses;
    qint64 t = 0;
    for (int i = 0; i < 400; ++i) {
        times.append(t);
        run.sends.append(fixture::send(i, i, t, 1, i, "x"));
        run.sends.editLast()->durNs = 0;
        const qint64 pause = i % 5 == 4 ? 1'000'000 + qint64((i * 37) % 10) * 100'000 : 2'000;
        pauses.append(pause);
        t += pause;
    }
    const Trace trace = fixture::trace({ run });
    TimeWarp::Room room;
    room.plotWidth = 1000;
    room.endNs = double(times.last());
    room.readable = 40;
    room.brief = 20;
    room.least = 2;
    room.pause = 60;
    const TimeWarp warp = TimeWarp::compact(trace).fitted(room);

    // What each pause gets beyond its share by length: a label's room or nothing.
    const double slot = warp.slotWidth(true, false);
    QList<double> extra;
    for (qsizetype i = 0; i + 1 < times.size(); ++i)
        extra.append(warp.map(double(times.at(i + 1))) - warp.map(double(times.at(i))) - slot
                     - warp.pauseWidth(double(pauses.at(i))));
    const double mark = *std::max_element(extra.cbegin(), extra.cend());
    QVERIFY2(mark > 1e-6 * double(times.last()), "no pause got a label's room");
    QList<qsizetype> marked;
    for (qsizetype i = 0; i < extra.size(); ++i) {
        const bool full = std::abs(extra.at(i) - mark) < 1e-6 * mark;
        QVERIFY2(full || std::abs(extra.at(i)) < 1e-6 * mark,
                 qPrintable(QStringLiteral("pause %1 got %2 of a label's %3")
                                .arg(i)
                                .arg(extra.at(i))
                                .arg(mark)));
        if (full)
            marked.append(i);
    }
    const qsizetype markedPauses = std::count_if(pauses.cbegin(), pauses.cend() - 1,
                                                 [](qint64 p) { return p >= 1'000'000; });
    QVERIFY2(marked.size() > 2 && marked.size() < markedPauses / 4,
             qPrintable(QStringLiteral("%1 of %2 marked pauses got a label's room")
                            .arg(marked.size())
                            .arg(markedPauses)));

    // The expected ones: longest first, of equal ones the earliest.
    QList<qsizetype> order(pauses.size() - 1);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return pauses.at(a) > pauses.at(b); });
    order.resize(marked.size());
    std::sort(order.begin(), order.end());
    QCOMPARE(marked, order);
    // The cut falls between equal pauses (so "the earliest of equal ones" is tested).
    QCOMPARE(pauses.at(order.last()) >= 1'800'000, true);
}
