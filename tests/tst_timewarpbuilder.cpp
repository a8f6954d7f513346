#include "tracefixture.h"
#include "view/timewarp.h"
#include "view/timewarpbuilder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sockscope;

class TestTimeWarpBuilder : public QObject
{
    Q_OBJECT

private slots:
    void growingTraceMatchesCompact_data();
    void growingTraceMatchesCompact();
    void anotherTraceStartsOver();
    void clearForgets();
};

namespace {

// A recording of `runs` runs whose lanes advance at their own pace, as the runner threads do:
// calls often share an instant (within a lane and across lanes), and a recv lane lags behind
// its sends. The events of every lane are in time order, as recorded.
Trace recording(int runs, int eventsPerLane, quint32 seed)
{
    QRandomGenerator random(seed);
    Trace trace;
    for (int r = 0; r < runs; ++r) {
        Run run;
        qint64 t = r * 700;
        for (int i = 0; i < eventsPerLane; ++i) {
            // A third of the calls at the very same instant as the one before.
            if (random.bounded(3) != 0)
                t += random.bounded(1, 5000);
            run.sends.append(fixture::send(i, i, t, 10, 10 * i, "x"));
            run.sends.editLast()->durNs = 0;
        }
        t = r * 300 + 2000;
        for (int i = 0; i < eventsPerLane / 2; ++i) {
            if (random.bounded(4) != 0)
                t += random.bounded(1, 9000);
            run.recvs.append(fixture::recv(i, t, 20, 20 * i, "xx"));
            run.recvs.editLast()->durNs = 0;
        }
        trace.runs.append(run);
    }
    return trace;
}

// The first `counts` events of every lane of `full` (sends of run 0, recvs of run 0, …);
// a run appears once any of its lanes has started.
Trace prefix(const Trace &full, const QList<qsizetype> &counts)
{
    Trace out;
    for (qsizetype r = 0; r < full.runs.size(); ++r) {
        if (counts.at(2 * r) == 0 && counts.at(2 * r + 1) == 0 && r >= out.runs.size())
            break;
        Run run = full.runs.at(r);
        run.sends = run.sends.first(counts.at(2 * r));
        run.recvs = run.recvs.first(counts.at(2 * r + 1));
        out.runs.append(run);
    }
    return out;
}

} // namespace

void TestTimeWarpBuilder::growingTraceMatchesCompact_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("maxBatch");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("one run, single events") << 1 << 1 << 1u;
    QTest::newRow("one run, batches") << 1 << 40 << 2u;
    QTest::newRow("two runs, small batches") << 2 << 7 << 3u;
    QTest::newRow("three runs, large batches") << 3 << 300 << 4u;
}

// A long live run: after every batch the warp extended with only the new events equals the
// warp worked out from scratch for everything so far, to the last bit.
void TestTimeWarpBuilder::growingTraceMatchesCompact()
{
    QFETCH(int, runs);
    QFETCH(int, maxBatch);
    QFETCH(quint32, seed);
    const Trace full = recording(runs, 2000, seed);
    QRandomGenerator random(seed + 100);
    QList<qsizetype> counts(2 * runs, 0);
    TimeWarpBuilder builder;
    int updates = 0;
    for (bool done = false; !done;) {
        // Batches arrive lane by lane, in any order; some updates bring nothing for a lane.
        for (qsizetype lane = 0; lane < counts.size(); ++lane) {
            const Run &run = full.runs.at(lane / 2);
            const qsizetype size = lane % 2 == 0 ? run.sends.size() : run.recvs.size();
            if (random.bounded(3) != 0)
                counts[lane] = std::min(size, counts.at(lane) + random.bounded(maxBatch) + 1);
        }
        const Trace live = prefix(full, counts);
        builder.extend(live);
        ++updates;
        const TimeWarp scratch = TimeWarp::compact(live);
        if (!(builder.warp() == scratch))
            QFAIL(qPrintable(
                QStringLiteral("update %1 differs from TimeWarp::compact()").arg(updates)));
        done = true;
        for (qsizetype lane = 0; lane < counts.size(); ++lane) {
            const Run &run = full.runs.at(lane / 2);
            done = done && counts.at(lane) == (lane % 2 == 0 ? run.sends.size() : run.recvs.size());
        }
    }
    QVERIFY(updates > 5);
    QVERIFY(!builder.warp().isIdentity());
}

void TestTimeWarpBuilder::anotherTraceStartsOver()
{
    const Trace a = recording(2, 500, 7);
    const Trace b = recording(2, 300, 8);
    TimeWarpBuilder builder;
    builder.extend(a);
    QCOMPARE(builder.warp(), TimeWarp::compact(a));
    // Fewer events: not a growth of a.
    builder.extend(b);
    QCOMPARE(builder.warp(), TimeWarp::compact(b));
    // As many events or more, but other times at the last one taken.
    Trace c = recording(2, 400, 9);
    builder.extend(c);
    QCOMPARE(builder.warp(), TimeWarp::compact(c));
    // Fewer runs.
    const Trace d = recording(1, 600, 10);
    builder.extend(d);
    QCOMPARE(builder.warp(), TimeWarp::compact(d));
}

void TestTimeWarpBuilder::clearForgets()
{
    TimeWarpBuilder builder;
    builder.extend(recording(1, 100, 11));
    QVERIFY(!builder.warp().isIdentity());
    builder.clear();
    QVERIFY(builder.warp().isIdentity());
    QCOMPARE(builder.warp(), TimeWarp::compact(Trace{}));
    const Trace again = recording(1, 100, 12);
    builder.extend(again);
    QCOMPARE(builder.warp(), TimeWarp::compact(again));
}

QTEST_GUILESS_MAIN(TestTimeWarpBuilder)
#include "tst_timewarpbuilder.moc"
