#include "analysis/runattribution.h"
#include "tracefixture.h"

#include <QTest>

using namespace sockscope;

class TestRunAttribution : public QObject
{
    Q_OBJECT

private slots:
    void tcpRecvHoldsBothSends();
    void tcpSplitSend_data();
    void tcpSplitSend();
    void udpBySequence();
    void udpLostHasNoSpan();
    void liveUdpWithoutFates();
};

void TestRunAttribution::tcpRecvHoldsBothSends()
{
    const Run run = fixture::tcpMerged();
    const QList<ByteSpan> spans = RunAttribution::ofRecv(run, 0);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0).message, 0);
    QCOMPARE(spans.at(1).message, 1);
    QCOMPARE(spans.at(0).recvFrom, 0.0);
    QCOMPARE(spans.at(0).recvTo, 0.5);
    QCOMPARE(spans.at(1).recvFrom, 0.5);
    QCOMPARE(spans.at(1).recvTo, 1.0);
    QCOMPARE(spans.at(1).sendFrom, 0.0);
    QCOMPARE(spans.at(1).sendTo, 1.0);
}

void TestRunAttribution::tcpSplitSend_data()
{
    QTest::addColumn<QList<qint64>>("recvSizes");
    QTest::addColumn<int>("expectedSpans");

    QTest::newRow("one recv") << QList<qint64>{ 5120 } << 1;
    QTest::newRow("five recv(1024)") << QList<qint64>{ 1024, 1024, 1024, 1024, 1024 } << 5;
    QTest::newRow("uneven") << QList<qint64>{ 1, 4000, 1119 } << 3;
}

void TestRunAttribution::tcpSplitSend()
{
    QFETCH(QList<qint64>, recvSizes);
    QFETCH(int, expectedSpans);

    Run run;
    run.protocol = Protocol::Tcp;
    run.sends = { fixture::send(0, 0, 0, 5120, 0, "reply") };
    qint64 offset = 0;
    for (int i = 0; i < recvSizes.size(); ++i) {
        run.recvs.append(fixture::recv(i, 1000 + i, recvSizes.at(i), offset, "r"));
        offset += recvSizes.at(i);
    }
    const QList<ByteSpan> spans = RunAttribution::ofSend(run, 0);
    QCOMPARE(spans.size(), expectedSpans);
    qint64 total = 0;
    double previousEnd = 0;
    for (const ByteSpan &span : spans) {
        QCOMPARE(span.sendFrom, previousEnd); // the spans tile the send, in order
        previousEnd = span.sendTo;
        total += span.bytes;
    }
    QCOMPARE(total, 5120);
    QCOMPARE(previousEnd, 1.0);
}

void TestRunAttribution::udpBySequence()
{
    const Run run = fixture::udpLossAndTruncation();
    const QList<ByteSpan> spans = RunAttribution::ofRecv(run, 1);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().message, 2);
    QCOMPARE(spans.first().send, 2);
    QCOMPARE(spans.first().bytes, 10);
    QVERIFY(spans.first().sendTo < 0.1); // only the front of the datagram arrived
}

void TestRunAttribution::udpLostHasNoSpan()
{
    const Run run = fixture::udpLossAndTruncation();
    QVERIFY(RunAttribution::ofSend(run, 1).isEmpty());
    QCOMPARE(RunAttribution::fate(run, 1)->fate, Fate::Lost);
    QCOMPARE(RunAttribution::ofSend(run, 0).size(), 1);
}

void TestRunAttribution::liveUdpWithoutFates()
{
    Run run = fixture::udpLossAndTruncation();
    run.fates.clear(); // still recording: only sequence numbers are known
    QCOMPARE(RunAttribution::ofSend(run, 2).size(), 1);
    QCOMPARE(RunAttribution::ofSend(run, 2).first().recv, 1);
    QVERIFY(RunAttribution::ofSend(run, 1).isEmpty());
    QCOMPARE(RunAttribution::messageOfRecv(run, 0), 0);
}

QTEST_GUILESS_MAIN(TestRunAttribution)
#include "tst_runattribution.moc"
