#include "view/timeaxis.h"
#include "view/timelineviewport.h"

#include <QTest>

using sockscope::TimeAxis;
using sockscope::TimelineViewport;

class TestTimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void step_data();
    void step();
    void format_data();
    void format();
    void ticksAreRoundAndInside();
};

void TestTimeAxis::step_data()
{
    QTest::addColumn<double>("nsPerPixel");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<double>("expected");

    QTest::newRow("50 ms over 1000 px") << 50e3 << 80.0 << 5e6;
    QTest::newRow("exactly a round step") << 10e3 << 100.0 << 1e6;
    QTest::newRow("just above 1 → 2") << 1.01e3 << 100.0 << 2e5;
    QTest::newRow("just above 2 → 5") << 2.2e3 << 1000.0 << 5e6;
    QTest::newRow("nanoseconds") << 0.1 << 80.0 << 10.0;
}

void TestTimeAxis::step()
{
    QFETCH(double, nsPerPixel);
    QFETCH(double, spacing);
    QFETCH(double, expected);
    QCOMPARE(TimeAxis::step(nsPerPixel, spacing), expected);
}

void TestTimeAxis::format_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0.0 << 5e6 << QStringLiteral("0 ms");
    QTest::newRow("whole ms") << 40e6 << 5e6 << QStringLiteral("40 ms");
    QTest::newRow("half ms step") << 1.5e6 << 5e5 << QStringLiteral("1.5 ms");
    QTest::newRow("tenths of ms") << 1.5e6 << 1e5 << QStringLiteral("1.5 ms");
    QTest::newRow("50 µs steps") << 1.25e6 << 5e4 << QStringLiteral("1.25 ms");
    QTest::newRow("10 µs steps past 10 ms") << 10.7e6 << 1e4 << QStringLiteral("10.70 ms");
    QTest::newRow("small µs") << 450e3 << 5e4 << QStringLiteral("450 µs");
    QTest::newRow("seconds") << 2.5e9 << 5e8 << QStringLiteral("2.5 s");
    QTest::newRow("whole seconds") << 3e9 << 1e9 << QStringLiteral("3 s");
    QTest::newRow("µs") << 2e3 << 1e3 << QStringLiteral("2 µs");
    QTest::newRow("ns") << 250.0 << 50.0 << QStringLiteral("250 ns");
}

void TestTimeAxis::format()
{
    QFETCH(double, t);
    QFETCH(double, step);
    QFETCH(QString, expected);
    QCOMPARE(TimeAxis::format(t, step), expected);
}

void TestTimeAxis::ticksAreRoundAndInside()
{
    TimelineViewport v(0, 1e9, 0, 1000);
    v.setVisibleRange(123e6, 456e6);
    const auto ticks = TimeAxis::ticks(v, 100);
    QVERIFY(ticks.size() >= 3);
    const double step = ticks.at(1).tNs - ticks.at(0).tNs;
    for (const auto &tick : ticks) {
        QVERIFY(tick.tNs >= v.visibleStart() && tick.tNs <= v.visibleEnd());
        QCOMPARE(std::fmod(tick.tNs, step), 0.0);
        QVERIFY(v.mapTimeToX(tick.tNs) >= 0 && v.mapTimeToX(tick.tNs) <= 1000);
    }
    QVERIFY(step / v.nsPerPixel() >= 100);
}

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
