// The sentences "What happened" says about a run (RunNarrative) and how sentences and lists are
// joined (TextJoin): every cause named is one the recorded calls show, every count is of what
// the kernel really carried, and Chinese text gets no stray spaces.

#include "analysis/analysis.h"
#include "model/textjoin.h"
#include "view/runnarrative.h"

#include <QTest>

using namespace sockscope;

namespace {

// A TCP run whose messages are written with the given send() sizes (per message, in order) and
// read by recvs of the given sizes, cut from the same stream.
Run tcpRun(const QList<QList<int>> &sendsPerMessage, const QList<int> &recvSizes)
{
    Run run;
    run.protocol = Protocol::Tcp;
    qint64 offset = 0;
    for (int m = 0; m < sendsPerMessage.size(); ++m) {
        QByteArray message;
        for (int size : sendsPerMessage[m]) {
            SendEvent s;
            s.id = int(run.sends.size());
            s.message = m;
            s.requested = s.accepted = size;
            s.offset = offset;
            offset += size;
            run.sends << s;
            message += QByteArray(size, char('a' + m % 26));
        }
        run.messages << message;
    }
    offset = 0;
    for (int size : recvSizes) {
        RecvEvent r;
        r.id = int(run.recvs.size());
        r.requested = 1024;
        r.bytes = size;
        r.offset = offset;
        offset += size;
        run.recvs << r;
    }
    RecvEvent eof;
    eof.id = int(run.recvs.size());
    eof.requested = 1024;
    eof.offset = offset;
    run.recvs << eof;
    Analysis::analyse(run);
    return run;
}

} // namespace

class TestRunNarrative : public QObject
{
    Q_OBJECT

private slots:
    void senderSplitIsNotTcpSplit();
    void tcpSplitInsideASend();
    void senderSplitBesideAJoinedMessage();
    void segmentsAreComparedWithSendsThatCarriedBytes();
    void sentencesJoinPerLanguage();
    void argumentsMeetChineseWithASpace();
    void aStoppedStreamLosesNothing();
};

// tcp-nagle-delayed-ack's requests: each message written in 2 send() calls (header, body), each
// recv() returned exactly one of them. The messages are "split" over two recvs, but TCP cut
// nothing: the narrative says the program did.
void TestRunNarrative::senderSplitIsNotTcpSplit()
{
    const Run run = tcpRun({ { 12, 12 }, { 12, 12 }, { 12, 12 } }, { 12, 12, 12, 12, 12, 12 });
    QCOMPARE(run.summary.split, 3);
    const Analysis::SplitAtSends atSends = Analysis::splitAtSends(run);
    QCOMPARE(atSends.messages, 3);
    QCOMPARE(atSends.callsPerMessage, 2);
    const QString text = RunNarrative::sentence(run);
    QVERIFY2(!text.contains(QLatin1String("TCP split")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("one send() is not one recv()")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("The program wrote each of 3 message")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("in 2 send() call")), qPrintable(text));
}

// A recv() boundary inside one send()'s bytes, or a recv() joining two sends of one message:
// TCP's doing.
void TestRunNarrative::tcpSplitInsideASend()
{
    const Run cut = tcpRun({ { 24 }, { 24 } }, { 10, 14, 24 });
    QCOMPARE(Analysis::splitAtSends(cut).messages, 0);
    QVERIFY2(RunNarrative::sentence(cut).contains(QLatin1String("TCP split 1 message")),
             qPrintable(RunNarrative::sentence(cut)));

    // Three sends per message, read as 2 + 1: split at a send boundary, but a recv joined two
    // sends, so TCP did not keep them apart.
    const Run joined = tcpRun({ { 4, 4, 4 } }, { 8, 4 });
    QCOMPARE(joined.summary.split, 1);
    QCOMPARE(Analysis::splitAtSends(joined).messages, 0);
    QVERIFY2(RunNarrative::sentence(joined).contains(QLatin1String("TCP split")),
             qPrintable(RunNarrative::sentence(joined)));

    // Both in one run: each said apart, with its own count.
    const Run both = tcpRun({ { 6, 6 }, { 20 } }, { 6, 6, 10, 10 });
    QCOMPARE(both.summary.split, 2);
    QCOMPARE(Analysis::splitAtSends(both).messages, 1);
    const QString text = RunNarrative::sentence(both);
    QVERIFY2(text.contains(QLatin1String("TCP split 1 message")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("The program wrote each of 1 message")), qPrintable(text));
}

// tcp-nagle-delayed-ack as it often runs: the first request's header and body came back in one
// recv() (the message is intact), every later one in two. The sender split those, but TCP did
// join two send() calls, so the narrative may not say it "neither joined nor cut a send()".
void TestRunNarrative::senderSplitBesideAJoinedMessage()
{
    const Run run = tcpRun({ { 12, 12 }, { 12, 12 }, { 12, 12 } }, { 24, 12, 12, 12, 12 });
    QCOMPARE(run.summary.intact, 1);
    QCOMPARE(run.summary.split, 2);
    const Analysis::SplitAtSends atSends = Analysis::splitAtSends(run);
    QCOMPARE(atSends.messages, 2);
    QCOMPARE(atSends.joiningRecvs, 1);
    const QString text = RunNarrative::sentence(run);
    QVERIFY2(!text.contains(QLatin1String("neither joined nor cut")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("each of their recv() calls")), qPrintable(text));
    // (No translation is loaded here: the sources' plurals read "call(s)".)
    QVERIFY2(text.contains(QLatin1String("Elsewhere TCP joined send() calls: 1 recv() call"))
                 && text.contains(QLatin1String("returned the bytes of several.")),
             qPrintable(text));
    // Where every send() came back whole and alone, that is what it says.
    const Run clean = tcpRun({ { 12, 12 }, { 12, 12 } }, { 12, 12, 12, 12 });
    QCOMPARE(Analysis::splitAtSends(clean).joiningRecvs, 0);
    QVERIFY2(RunNarrative::sentence(clean).contains(QLatin1String("neither joined nor cut")),
             qPrintable(RunNarrative::sentence(clean)));
}

// empty-message: "hello", "", "world" in 2 segments with data. The empty send() carried no
// bytes, so 2 segments for 2 sends with bytes is no joining.
void TestRunNarrative::segmentsAreComparedWithSendsThatCarriedBytes()
{
    Run run = tcpRun({ { 5 }, { 0 }, { 5 } }, { 5, 5 });
    TcpInfo info;
    info.dataSegsOut = 2;
    run.tcpInfoSender = info;
    QCOMPARE(Analysis::sendsWithBytes(run), 2);
    const QString text = RunNarrative::sentence(run);
    QVERIFY2(!text.contains(QLatin1String("joined small sends")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("the bytes of 2 send() call")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("carried no bytes")), qPrintable(text));

    // One segment for the two sends with bytes is joining.
    run.tcpInfoSender->dataSegsOut = 1;
    QVERIFY2(RunNarrative::sentence(run).contains(QLatin1String("joined small sends")),
             qPrintable(RunNarrative::sentence(run)));
}

void TestRunNarrative::sentencesJoinPerLanguage()
{
    QCOMPARE(TextJoin::sentences({ QStringLiteral("TCP merged."), QString(),
                                   QStringLiteral("The kernel said so.") }),
             QStringLiteral("TCP merged. The kernel said so."));
    // After a full-width full stop no space: "…（TCP_INFO）。内核…".
    QCOMPARE(TextJoin::sentences({ QStringLiteral("发送方内核（TCP_INFO）。"),
                                   QStringLiteral("内核对该连接的平滑往返时间为 5.430 ms。") }),
             QStringLiteral("发送方内核（TCP_INFO）。内核对该连接的平滑往返时间为 5.430 ms。"));
    QString text = QStringLiteral("每个方框对应一次系统调用。");
    TextJoin::append(text, QStringLiteral("线路通道：回环上捕获的报文。"));
    QCOMPARE(text, QStringLiteral("每个方框对应一次系统调用。线路通道：回环上捕获的报文。"));
    QCOMPARE(TextJoin::list({ QStringLiteral("#0"), QStringLiteral("#1") }),
             QStringLiteral("#0, #1"));
}

// A translation that puts a Chinese word right after an argument ("%2中有") gets a space where
// the argument ends in a Latin word, as the rest of the Chinese text has ("40 次 send 中有");
// an argument ending in Chinese, and English text, are left as they are.
void TestRunNarrative::argumentsMeetChineseWithASpace()
{
    QCOMPARE(TextJoin::fill(QStringLiteral("%2中有 %1 次之后仍有字节未发送"),
                            { QStringLiteral("6"), QStringLiteral("40 次 send") }),
             QStringLiteral("40 次 send 中有 6 次之后仍有字节未发送"));
    QCOMPARE(TextJoin::fill(QStringLiteral("%1：%2分在 %3中"),
                            { QStringLiteral("Nagle 开启"), QStringLiteral("8 条消息"),
                              QStringLiteral("15 次 recv() 调用 + EOF") }),
             QStringLiteral("Nagle 开启：8 条消息分在 15 次 recv() 调用 + EOF 中"));
    QCOMPARE(TextJoin::fill(QStringLiteral("%1中"), { QStringLiteral("3 次 recv() 调用") }),
             QStringLiteral("3 次 recv() 调用中"));
    QCOMPARE(TextJoin::fill(QStringLiteral("after %1 of %2"),
                            { QStringLiteral("6"), QStringLiteral("40 sends") }),
             QStringLiteral("after 6 of 40 sends"));
    // One pass: an argument holding "%2" stays as it is.
    QCOMPARE(
        TextJoin::fill(QStringLiteral("%1 and %2"), { QStringLiteral("%2"), QStringLiteral("x") }),
        QStringLiteral("%2 and x"));
}

// Stopped while the reader was behind: two messages arrived whole, one in part, one not at all.
// The sentence says they were unread, never that TCP lost them, and does not claim that every
// message arrived in a recv() of its own.
void TestRunNarrative::aStoppedStreamLosesNothing()
{
    Run run = tcpRun({ { 10 }, { 10 }, { 10 }, { 10 } }, { 10, 10, 4 });
    run.recvs.removeLast(); // no end of file: the reader was stopped
    run.aborted = true;
    Analysis::analyse(run);
    QCOMPARE(run.summary.intact, 2);
    QCOMPARE(run.summary.unread, 2);
    QCOMPARE(run.summary.lost, 0);
    const QString text = RunNarrative::sentence(run);
    QVERIFY2(text.contains(QLatin1String("had read 2 message")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("whole: they are unread, not lost")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Every TCP message that was read arrived")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Every TCP message arrived")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("not every byte was read")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRunNarrative)
#include "tst_runnarrative.moc"
