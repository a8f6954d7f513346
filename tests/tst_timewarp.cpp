#include "timewarp.h"
#include "tracefixture.h"

#include <QTest>

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
};

namespace {

// Sends at 0, 1 µs and 2 µs, then one recv 100 ms later: a cluster and a long gap.
Trace clustered()
{
    Run run;
    run.protocol = Protocol::Tcp;
    run.sends = {fixture::send(0, 0, 0, 1, 0, "a"), fixture::send(1, 1, 1000, 1, 1, "b"), fixture::send(2, 2, 2000, 1, 2, "c")};
    for (SendEvent &s : run.sends)
        s.durNs = 0;
    run.recvs = {fixture::recv(0, 100'000'000, 3, 0, "abc")};
    return fixture::trace({run});
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

QTEST_GUILESS_MAIN(TestTimeWarp)
#include "tst_timewarp.moc"
