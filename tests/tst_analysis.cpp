#include "analysis/analysis.h"
#include "io/textreport.h"
#include "model/eventcap.h"

#include <QTest>

#include <cerrno>

using namespace sockscope;

namespace {

// "0;0;1,2" -> message 0 in recv 0, message 1 in recv 0, message 2 in recvs 1 and 2.
QString recvText(const QList<MessageFate> &fates)
{
    QStringList out;
    for (const MessageFate &f : fates) {
        QStringList ids;
        for (int id : f.recvs)
            ids << QString::number(id);
        out << ids.join(QLatin1Char(','));
    }
    return out.join(QLatin1Char(';'));
}

QStringList fateNames(const QList<MessageFate> &fates)
{
    QStringList out;
    for (const MessageFate &f : fates)
        out << fateName(f.fate);
    return out;
}

// One send per message, everything accepted; recvs cut the stream into the given sizes.
Run tcpRun(const QList<QByteArray> &messages, const QList<int> &recvSizes)
{
    Run run;
    run.protocol = Protocol::Tcp;
    run.messages = messages;
    qint64 offset = 0;
    for (int i = 0; i < messages.size(); ++i) {
        SendEvent s;
        s.id = i;
        s.message = i;
        s.requested = s.accepted = messages[i].size();
        s.offset = offset;
        offset += s.accepted;
        run.sends << s;
    }
    offset = 0;
    for (int i = 0; i < recvSizes.size(); ++i) {
        RecvEvent r;
        r.id = i;
        r.requested = 1024;
        r.bytes = recvSizes[i];
        r.offset = offset;
        offset += r.bytes;
        run.recvs << r;
    }
    return run;
}

QList<QByteArray> sized(const QList<int> &sizes)
{
    QList<QByteArray> out;
    for (int size : sizes)
        out << QByteArray(size, 'x');
    return out;
}

struct Datagram
{
    int seq;
    qint64 bytes;
};

// UDP: message i is datagram i; each recv names the sequence it found and how much it got.
Run udpRun(const QList<QByteArray> &bodies, const QList<Datagram> &received)
{
    Run run;
    run.protocol = Protocol::Udp;
    for (int i = 0; i < bodies.size(); ++i) {
        run.messages << bodies[i];
        SendEvent s;
        s.id = i;
        s.message = i;
        s.requested = s.accepted = run.messages.last().size();
        run.sends << s;
    }
    for (int i = 0; i < received.size(); ++i) {
        const Datagram &d = received[i];
        RecvEvent r;
        r.id = i;
        r.requested = 1024;
        r.seq = d.seq;
        const qint64 full = d.seq >= 0 ? run.messages[d.seq].size() : 0;
        r.datagramSize = full;
        r.bytes = d.bytes < 0 ? full : d.bytes;
        r.truncated = r.bytes < full;
        run.recvs << r;
    }
    return run;
}

} // namespace

class tst_Analysis : public QObject
{
    Q_OBJECT

private slots:
    void tcpFates_data();
    void tcpFates();
    void tcpRecvsOutOfStreamOrder();
    void tcpOffsetsAndPreview();
    void tcpPartialSends();
    void tcpEofRecvHoldsNothing();
    void tcpConservation_data();
    void tcpConservation();
    void udpFates_data();
    void udpFates();
    void udpBytesBalance();
    void udpNeverSentIsNotNetworkLoss();
    void udpRefusedSendIsNotSent();
    void tcpNeverSentIsNotLoss();
    void udpUnreadIsNotLoss();
    void udpForeignDatagramBreaksConservation();
    void udpMessageIsTheDatagram();
    void millionEventsAreConserved();
};

void tst_Analysis::tcpFates_data()
{
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<QList<int>>("recvSizes");
    QTest::addColumn<bool>("aborted");
    QTest::addColumn<QStringList>("fates");
    QTest::addColumn<QString>("recvs");

    const auto f
        = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };

    QTest::newRow("one recv per message") << sized({ 5, 5 }) << QList<int>{ 5, 5 } << false
                                          << f("intact intact") << QStringLiteral("0;1");
    QTest::newRow("hello+world -> helloworld")
        << QList<QByteArray>{ "hello", "world" } << QList<int>{ 10 } << false << f("merged merged")
        << QStringLiteral("0;0");
    QTest::newRow("one send over three recvs") << sized({ 3000 }) << QList<int>{ 1024, 1024, 952 }
                                               << false << f("split") << QStringLiteral("0,1,2");
    QTest::newRow("a recv boundary inside a message")
        << sized({ 5, 5, 5 }) << QList<int>{ 7, 8 } << false << f("merged split merged")
        << QStringLiteral("0;0,1;1");
    QTest::newRow("empty message between merged ones")
        << sized({ 5, 0, 5 }) << QList<int>{ 10 } << false << f("merged empty merged")
        << QStringLiteral("0;;0");
    QTest::newRow("aborted mid-stream") << sized({ 5, 5, 5 }) << QList<int>{ 5, 3 } << true
                                        << f("intact unread unread") << QStringLiteral("0;1;");
    QTest::newRow("aborted before any recv")
        << sized({ 4 }) << QList<int>{} << true << f("unread") << QString();
    QTest::newRow("split and merged at once")
        << sized({ 2, 6, 2 }) << QList<int>{ 4, 6 } << false << f("merged split merged")
        << QStringLiteral("0;0,1;1");
}

void tst_Analysis::tcpFates()
{
    QFETCH(QList<QByteArray>, messages);
    QFETCH(QList<int>, recvSizes);
    QFETCH(bool, aborted);
    QFETCH(QStringList, fates);
    QFETCH(QString, recvs);

    Run run = tcpRun(messages, recvSizes);
    run.aborted = aborted;
    Analysis::analyse(run);

    QCOMPARE(fateNames(run.fates), fates);
    QCOMPARE(recvText(run.fates), recvs);
    QCOMPARE(run.summary.messages, messages.size());
    QCOMPARE(run.summary.intact + run.summary.merged + run.summary.split + run.summary.lost
                 + run.summary.empty + run.summary.truncated + run.summary.unsent
                 + run.summary.unread,
             messages.size());
    QCOMPARE(run.summary.merged, int(fates.count(QStringLiteral("merged"))));
    QCOMPARE(run.summary.split, int(fates.count(QStringLiteral("split"))));
    QCOMPARE(run.summary.lost, int(fates.count(QStringLiteral("lost"))));
}

void tst_Analysis::tcpRecvsOutOfStreamOrder()
{
    // A hand-made trace may list its recvs out of stream order: attribution goes by offset,
    // and the fates name the recvs by id.
    Run run = tcpRun(sized({ 5, 5, 5 }), QList<int>{ 7, 8 });
    const RecvEvent first = run.recvs.at(0);
    run.recvs.set(0, run.recvs.at(1));
    run.recvs.set(1, first);
    Analysis::analyse(run);
    QCOMPARE(fateNames(run.fates),
             QString::fromLatin1("merged split merged").split(QLatin1Char(' ')));
    QCOMPARE(recvText(run.fates), QStringLiteral("0;0,1;1"));
    QVERIFY(run.summary.conserved);
}

void tst_Analysis::tcpOffsetsAndPreview()
{
    Run run = tcpRun({ QByteArray(100, 'a'), "bc" }, { 102 });
    Analysis::analyse(run);
    QCOMPARE(run.fates[0].offset, 0);
    QCOMPARE(run.fates[0].length, 100);
    QCOMPARE(run.fates[0].preview, QByteArray(kPreviewBytes, 'a'));
    QCOMPARE(run.fates[1].offset, 100);
    QCOMPARE(run.fates[1].length, 2);
    QCOMPARE(run.fates[1].preview, QByteArray("bc"));
    QCOMPARE(run.fates[1].message, 1);
}

void tst_Analysis::tcpPartialSends()
{
    // A non-blocking sender: 4 of 10 bytes accepted, then EAGAIN, then the remaining 6.
    Run run;
    run.protocol = Protocol::Tcp;
    run.messages = { QByteArray("0123456789"), QByteArray("ab") };
    const struct
    {
        int id;
        int message;
        qint64 requested, accepted, offset;
        int error;
    } calls[] = { { 100, 0, 10, 4, 0, 0 },
                  { 101, 0, 6, 0, 4, EAGAIN },
                  { 102, 0, 6, 6, 4, 0 },
                  { 103, 1, 2, 2, 10, 0 } };
    for (const auto &c : calls) {
        SendEvent s;
        s.id = c.id;
        s.message = c.message;
        s.requested = c.requested;
        s.accepted = c.accepted;
        s.offset = c.offset;
        s.error = c.error;
        run.sends << s;
    }
    RecvEvent r;
    r.bytes = 12;
    run.recvs << r;
    Analysis::analyse(run);

    QCOMPARE(run.summary.partialSends, 1);
    QCOMPARE(run.summary.sentBytes, 12);
    QCOMPARE(run.summary.receivedBytes, 12);
    QVERIFY(run.summary.conserved);
    QCOMPARE(run.fates[0].firstSend, 100);
    QCOMPARE(run.fates[1].firstSend, 103);
    QCOMPARE(run.fates[0].fate, Fate::Merged);
}

void tst_Analysis::tcpEofRecvHoldsNothing()
{
    Run run = tcpRun(sized({ 5 }), { 5, 0 });
    Analysis::analyse(run);
    QCOMPARE(run.fates[0].fate, Fate::Intact);
    QCOMPARE(run.fates[0].recvs, QList<int>{ 0 });
    QCOMPARE(run.summary.recvCalls, 2);
    QVERIFY(run.summary.conserved);
}

void tst_Analysis::tcpConservation_data()
{
    QTest::addColumn<QList<int>>("recvSizes");
    QTest::addColumn<bool>("aborted");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("conserved");
    QTest::addColumn<QString>("verdict"); // what the text report says of the bytes

    QTest::newRow("all bytes arrived")
        << QList<int>{ 4, 6 } << false << QString() << true << QStringLiteral("— conserved ✓");
    QTest::newRow("bytes missing")
        << QList<int>{ 4 } << false << QString() << false << QStringLiteral("NOT conserved ✗");
    // Bytes that add up are conserved however the run ended (core/README.md, fidelity rule 5):
    // a run stopped, failed or cut at the event cap whose reader got every byte lost none.
    QTest::newRow("aborted though complete")
        << QList<int>{ 10 } << true << QString() << true << QStringLiteral("— conserved ✓");
    QTest::newRow("socket error though complete")
        << QList<int>{ 10 } << false << QStringLiteral("reset") << true
        << QStringLiteral("— conserved ✓");
    QTest::newRow("event cap though complete") << QList<int>{ 10 } << false << EventCap::notice(4)
                                               << true << QStringLiteral("— conserved ✓");
    // Bytes missing on a run that ended early prove nothing: it says so rather than "NOT
    // conserved".
    QTest::newRow("aborted, bytes unread") << QList<int>{ 4 } << true << QString() << false
                                           << QStringLiteral("not checked: the run was stopped");
    QTest::newRow("event cap, bytes unread")
        << QList<int>{ 4 } << false << EventCap::notice(4) << false
        << QStringLiteral("not checked: the run ended early");
}

void tst_Analysis::tcpConservation()
{
    QFETCH(QList<int>, recvSizes);
    QFETCH(bool, aborted);
    QFETCH(QString, error);
    QFETCH(bool, conserved);
    QFETCH(QString, verdict);

    Run run = tcpRun(sized({ 5, 5 }), recvSizes);
    run.aborted = aborted;
    run.error = error;
    Analysis::analyse(run);
    QCOMPARE(run.summary.sentBytes, 10);
    QCOMPARE(run.summary.conserved, conserved);
    Trace trace;
    trace.runs.append(run);
    const QString report = TextReport::render(trace);
    const QString bytesLine
        = report.section(QStringLiteral("Bytes:"), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(bytesLine.contains(verdict), qPrintable(bytesLine));
}

void tst_Analysis::udpFates_data()
{
    QTest::addColumn<QList<QByteArray>>("bodies");
    QTest::addColumn<QList<int>>("seqs"); // message each recv was attributed, -1 = none
    QTest::addColumn<QList<int>>("bytes"); // bytes each recv got, -1 = the whole datagram
    QTest::addColumn<QStringList>("fates");
    QTest::addColumn<QString>("recvs");

    const auto f
        = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    const QList<QByteArray> three{ "hello", "world", "sdfas" };

    QTest::newRow("boundaries kept") << three << QList<int>{ 0, 1, 2 } << QList<int>{ -1, -1, -1 }
                                     << f("intact intact intact") << QStringLiteral("0;1;2");
    QTest::newRow("truncated") << QList<QByteArray>{ QByteArray(100, 'x') } << QList<int>{ 0 }
                               << QList<int>{ 10 } << f("truncated") << QStringLiteral("0");
    QTest::newRow("lost") << three << QList<int>{ 0, 2 } << QList<int>{ -1, -1 }
                          << f("intact lost intact") << QStringLiteral("0;;1");
    QTest::newRow("empty datagram")
        << QList<QByteArray>{ "a", "", "b" } << QList<int>{ 0, -1, 2 } << QList<int>{ -1, 0, -1 }
        << f("intact empty intact") << QStringLiteral("0;1;2");
    QTest::newRow("empty datagram attributed")
        << QList<QByteArray>{ "", "", "c" } << QList<int>{ 1, 2 } << QList<int>{ 0, -1 }
        << f("lost empty intact") << QStringLiteral(";0;1");
    // Traces recorded when empty datagrams carried no sequence number.
    QTest::newRow("empty datagrams in send order")
        << QList<QByteArray>{ "", "", "c" } << QList<int>{ -1, 2 } << QList<int>{ 0, -1 }
        << f("empty lost intact") << QStringLiteral("0;;1");
    QTest::newRow("duplicated") << three << QList<int>{ 0, 0, 1, 2 } << QList<int>{ -1, -1, -1, -1 }
                                << f("intact intact intact") << QStringLiteral("0,1;2;3");
    QTest::newRow("reordered") << three << QList<int>{ 2, 0, 1 } << QList<int>{ -1, -1, -1 }
                               << f("intact intact intact") << QStringLiteral("1;2;0");
}

void tst_Analysis::udpFates()
{
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(QList<int>, seqs);
    QFETCH(QList<int>, bytes);
    QFETCH(QStringList, fates);
    QFETCH(QString, recvs);

    QList<Datagram> received;
    for (int i = 0; i < seqs.size(); ++i)
        received.append({ seqs[i], bytes[i] });
    Run run = udpRun(bodies, received);
    Analysis::analyse(run);

    QCOMPARE(fateNames(run.fates), fates);
    QCOMPARE(recvText(run.fates), recvs);
    QCOMPARE(run.summary.intact, int(fates.count(QStringLiteral("intact"))));
    QCOMPARE(run.summary.lost, int(fates.count(QStringLiteral("lost"))));
    QCOMPARE(run.summary.empty, int(fates.count(QStringLiteral("empty"))));
    QCOMPARE(run.summary.truncated, int(fates.count(QStringLiteral("truncated"))));
    QVERIFY(run.summary.conserved);
}

void tst_Analysis::udpBytesBalance()
{
    // 3 datagrams of 100 bytes: one whole, one cut to 10 bytes, one lost.
    const QByteArray body(100, 'x');
    Run run = udpRun({ body, body, body }, { { 0, -1 }, { 1, 10 } });
    Analysis::analyse(run);

    QCOMPARE(run.summary.sentBytes, 300);
    QCOMPARE(run.summary.receivedBytes, 110);
    QCOMPARE(run.summary.truncatedBytes, 90);
    QCOMPARE(run.summary.lostBytes, 100);
    QCOMPARE(run.summary.recvCalls, 2);
    QVERIFY(run.summary.conserved);
}

void tst_Analysis::udpNeverSentIsNotNetworkLoss()
{
    Run run = udpRun({ "a", "b" }, { { 0, -1 } });
    run.sends.removeLast(); // the run stopped before datagram 1 was sent
    run.aborted = true;
    Analysis::analyse(run);

    // Not sent is not lost: "lost" means sent and never received, as the key says.
    QCOMPARE(run.fates[1].fate, Fate::Unsent);
    QCOMPARE(run.fates[1].firstSend, -1);
    QCOMPARE(run.summary.unsent, 1);
    QCOMPARE(run.summary.lost, 0);
    QCOMPARE(run.summary.lostBytes, 0);
    QVERIFY(run.summary.conserved);
}

void tst_Analysis::udpRefusedSendIsNotSent()
{
    // The kernel refused datagram 1 (EMSGSIZE): nothing of it left. Datagram 2 was sent and
    // never arrived: that one is lost.
    Run run = udpRun({ "a", "b", "c" }, { { 0, -1 } });
    SendEvent refused = run.sends.at(1);
    refused.accepted = -1;
    refused.error = EMSGSIZE;
    run.sends.set(1, refused);
    Analysis::analyse(run);

    QCOMPARE(fateNames(run.fates), QStringLiteral("intact unsent lost").split(QLatin1Char(' ')));
    QCOMPARE(run.summary.unsent, 1);
    QCOMPARE(run.summary.lost, 1);
    QCOMPARE(run.summary.lostBytes, 1);
}

void tst_Analysis::tcpNeverSentIsNotLoss()
{
    // Stopped after message 1's first half and before message 2: message 0 arrived, message 1
    // went out in part (its first 3 bytes arrived), message 2 never left.
    Run run = tcpRun(sized({ 5, 6, 5 }), { 5, 3 });
    run.sends.removeLast();
    SendEvent half = run.sends.at(1);
    half.requested = half.accepted = 3;
    run.sends.set(1, half);
    run.aborted = true;
    Analysis::analyse(run);

    QCOMPARE(fateNames(run.fates), QStringLiteral("intact unsent unsent").split(QLatin1Char(' ')));
    QCOMPARE(recvText(run.fates), QStringLiteral("0;1;"));
    QCOMPARE(run.summary.unsent, 2);
    QCOMPARE(run.summary.lost, 0);
    QVERIFY(run.summary.conserved); // 8 bytes sent, 8 received

    // Sent whole but not all read when the run stopped: unread, not lost (a stream loses
    // nothing); its recvs list the part that was read.
    Run unread = tcpRun(sized({ 5, 5 }), { 5, 2 });
    unread.aborted = true;
    Analysis::analyse(unread);
    QCOMPARE(fateNames(unread.fates), QStringLiteral("intact unread").split(QLatin1Char(' ')));
    QCOMPARE(recvText(unread.fates), QStringLiteral("0;1"));
    QCOMPARE(unread.summary.unsent, 0);
    QCOMPARE(unread.summary.unread, 1);
    QCOMPARE(unread.summary.lost, 0);
    QCOMPARE(Analysis::conservation(unread), Analysis::Conservation::Stopped);
}

void tst_Analysis::udpUnreadIsNotLoss()
{
    // Four datagrams sent; 0 and 2 arrived. 1 was dropped: the reader read past it. 3 was sent
    // after the last that arrived.
    const QList<QByteArray> bodies{ "a", "bb", "ccc", "dddd" };
    const QList<Datagram> received{ { 0, -1 }, { 2, -1 } };

    // The run ended as planned (the reader waited): 3 never arrived, lost too.
    Run done = udpRun(bodies, received);
    Analysis::analyse(done);
    QCOMPARE(fateNames(done.fates),
             QStringLiteral("intact lost intact lost").split(QLatin1Char(' ')));
    QCOMPARE(done.summary.lost, 2);
    QCOMPARE(done.summary.lostBytes, 6);
    QCOMPARE(done.summary.unread, 0);
    QCOMPARE(done.summary.unreadBytes, 0);
    QVERIFY(done.summary.conserved);

    // Stopped, or cut at the event cap: 3 may still have been on its way. Unread, not lost.
    for (const bool stopped : { true, false }) {
        Run early = udpRun(bodies, received);
        if (stopped)
            early.aborted = true;
        else
            early.error = QStringLiteral("recording stopped: the run reached the event cap");
        Analysis::analyse(early);
        QCOMPARE(fateNames(early.fates),
                 QStringLiteral("intact lost intact unread").split(QLatin1Char(' ')));
        QCOMPARE(early.summary.lost, 1);
        QCOMPARE(early.summary.lostBytes, 2);
        QCOMPARE(early.summary.unread, 1);
        QCOMPARE(early.summary.unreadBytes, 4);
        QVERIFY(early.summary.conserved); // 10 sent = 4 received + 2 lost + 4 unread
    }
}

void tst_Analysis::udpForeignDatagramBreaksConservation()
{
    // A datagram arrives that the sender's record does not account for.
    Run run = udpRun({ "a", "b" }, { { 0, -1 }, { 1, -1 } });
    run.sends.removeLast();
    Analysis::analyse(run);
    QCOMPARE(run.summary.sentBytes, 1);
    QCOMPARE(run.summary.receivedBytes, 2);
    QVERIFY(!run.summary.conserved);
}

void tst_Analysis::udpMessageIsTheDatagram()
{
    Run run = udpRun({ "hello", QByteArray(200, 'y') }, { { 0, -1 }, { 1, -1 } });
    Analysis::analyse(run);
    QCOMPARE(run.fates[0].preview, QByteArray("hello"));
    QCOMPARE(run.fates[0].length, 5); // the application's bytes, nothing added
    QCOMPARE(run.fates[1].preview, QByteArray(kPreviewBytes, 'y'));
}

void tst_Analysis::millionEventsAreConserved()
{
    // 1 M ten-byte messages read 100 bytes at a time: every message merged, some split.
    constexpr int kMessages = 1'000'000;
    Run run;
    run.protocol = Protocol::Tcp;
    run.messages.reserve(kMessages);
    run.sends.reserve(kMessages);
    const QByteArray payload("0123456789");
    for (int i = 0; i < kMessages; ++i) {
        run.messages << payload;
        SendEvent s;
        s.id = i;
        s.message = i;
        s.requested = s.accepted = payload.size();
        s.offset = qint64(i) * payload.size();
        run.sends << s;
    }
    const qint64 total = qint64(kMessages) * payload.size();
    for (qint64 offset = 0, id = 0; offset < total; offset += 97, ++id) {
        RecvEvent r;
        r.id = int(id);
        r.offset = offset;
        r.bytes = qMin<qint64>(97, total - offset);
        run.recvs << r;
    }

    // Its speed is a benchmark (sockscope-bench analysis_events_per_s), not a test.
    Analysis::analyse(run);

    QVERIFY(run.summary.conserved);
    QCOMPARE(run.summary.merged + run.summary.split, kMessages);
    QCOMPARE(run.summary.receivedBytes, total);
}

QTEST_GUILESS_MAIN(tst_Analysis)
#include "tst_analysis.moc"
