#include "view/replaycursor.h"

#include <QTest>

using namespace sockscope;

namespace {

// Run 0: sends at 0 and 30, a recv at 10. Run 1: a recv at 20 and a segment at 5.
Trace sampleTrace()
{
    Trace t;
    Run a;
    a.sends = { SendEvent{}, SendEvent{} };
    a.sends.edit(0)->tNs = 0;
    a.sends.edit(1)->id = 1;
    a.sends.edit(1)->tNs = 30;
    a.recvs = { RecvEvent{} };
    a.recvs.edit(0)->tNs = 10;
    a.durationNs = 40;
    Run b;
    b.recvs = { RecvEvent{} };
    b.recvs.edit(0)->tNs = 20;
    b.segments = { Segment{} };
    b.segments[0].tNs = 5;
    t.runs = { a, b };
    return t;
}

} // namespace

class tst_ReplayCursor : public QObject
{
    Q_OBJECT

private slots:
    void timeOrder();
    void stepping();
    void seek_data();
    void seek();
    void advanceAtSpeed();
    void emptyTrace();
    void revealedTrace();
};

void tst_ReplayCursor::timeOrder()
{
    const ReplayCursor c(sampleTrace());
    QCOMPARE(c.eventCount(), 5);
    QList<qint64> times;
    for (int i = 0; i < c.eventCount(); ++i)
        times << c.event(i).tNs;
    QCOMPARE(times, (QList<qint64>{ 0, 5, 10, 20, 30 }));
    QCOMPARE(c.event(1).kind, ReplayCursor::Kind::Segment);
    QCOMPARE(c.endNs(), 40);
}

void tst_ReplayCursor::stepping()
{
    ReplayCursor c(sampleTrace());
    QVERIFY(c.atStart());
    c.stepBack(); // harmless at the start
    QCOMPARE(c.position(), 0);
    c.stepForward();
    c.stepForward();
    QCOMPARE(c.timeNs(), 5);
    QVERIFY(c.isRevealed(0, ReplayCursor::Kind::Send, 0));
    QVERIFY(c.isRevealed(1, ReplayCursor::Kind::Segment, 0));
    QVERIFY(!c.isRevealed(0, ReplayCursor::Kind::Recv, 0));
    c.stepBack();
    QCOMPARE(c.timeNs(), 0);
    QVERIFY(!c.isRevealed(1, ReplayCursor::Kind::Segment, 0));
    for (int i = 0; i < 10; ++i)
        c.stepForward();
    QVERIFY(c.atEnd());
    QCOMPARE(c.revealedCount(0, ReplayCursor::Kind::Send), 2);
    QCOMPARE(c.revealedCount(7, ReplayCursor::Kind::Send), 0); // no such run
}

void tst_ReplayCursor::seek_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("position");
    QTest::newRow("before everything") << qint64(-1) << 0;
    QTest::newRow("at the first event") << qint64(0) << 1;
    QTest::newRow("between") << qint64(15) << 3;
    QTest::newRow("exactly on an event") << qint64(20) << 4;
    QTest::newRow("after the end") << qint64(1000) << 5;
}

void tst_ReplayCursor::seek()
{
    QFETCH(qint64, time);
    QFETCH(int, position);
    ReplayCursor c(sampleTrace());
    c.seek(1000);
    c.seek(time); // backwards from the end
    QCOMPARE(c.position(), position);
    ReplayCursor d(sampleTrace());
    d.seek(time); // forwards from the start
    QCOMPARE(d.position(), position);
}

void tst_ReplayCursor::advanceAtSpeed()
{
    ReplayCursor c(sampleTrace());
    // 1×: the 40 ns trace takes kPlaySeconds; a quarter of that reveals up to t = 10.
    c.advance(ReplayCursor::kPlaySeconds * 1'000'000'000LL / 4, 1.0);
    QCOMPARE(c.timeNs(), 10);
    QCOMPARE(c.position(), 3);
    // Speeds are clamped to 0.1×…10×: 100× plays like 10×.
    c.advance(ReplayCursor::kPlaySeconds * 1'000'000'000LL / 4, 100.0);
    QVERIFY(c.atEnd());
}

void tst_ReplayCursor::emptyTrace()
{
    ReplayCursor c{ Trace{} };
    QVERIFY(c.atStart() && c.atEnd());
    c.stepForward();
    c.advance(1'000'000, 1.0);
    QCOMPARE(c.position(), 0);
}

void tst_ReplayCursor::revealedTrace()
{
    Trace t = sampleTrace();
    t.runs[0].fates = { MessageFate{ 0, 0, 0, 1, Fate::Intact, { 0 }, {} },
                        MessageFate{ 1, 1, 1, 1, Fate::Lost, {}, {} } };
    t.runs[0].summary.messages = 2;
    ReplayCursor c(t);
    // Nothing yet: every run is there (the layout keeps its place), with no events.
    Trace shown = c.revealed(t);
    QCOMPARE(shown.runs.size(), 2);
    QVERIFY(shown.runs[0].sends.isEmpty() && shown.runs[0].recvs.isEmpty()
            && shown.runs[1].segments.isEmpty());
    QVERIFY(shown.runs[0].fates.isEmpty());
    // Up to t = 10: the send at 0, the segment at 5, the recv at 10, in that order.
    c.seek(10);
    shown = c.revealed(t);
    QCOMPARE(shown.runs[0].sends.size(), 1);
    QCOMPARE(shown.runs[0].recvs.size(), 1);
    QCOMPARE(shown.runs[1].segments.size(), 1);
    QVERIFY(shown.runs[1].recvs.isEmpty());
    // Message 0's recv is in: its fate shows. Message 1's "lost" is only known at the end.
    QCOMPARE(shown.runs[0].fates.size(), 1);
    QCOMPARE(shown.runs[0].fates[0].message, 0);
    QCOMPARE(shown.runs[0].summary.merged + shown.runs[0].summary.lost, 0);
    c.stepBack();
    QVERIFY(c.revealed(t).runs[0].recvs.isEmpty());
    // At the end: the whole trace, as recorded.
    c.seek(c.endNs());
    shown = c.revealed(t);
    QCOMPARE(shown.runs[0].sends.size(), 2);
    QCOMPARE(shown.runs[0].fates.size(), 2);
    QCOMPARE(shown.runs[0].summary.messages, 2);
}

QTEST_GUILESS_MAIN(tst_ReplayCursor)
#include "tst_replaycursor.moc"
