// Observe and relay mode driven by real external programs: python3 clients (tests/*.py) talk
// to an ObserveSession, as a student's program would, and the trace must show exactly what
// they sent, cut where the recv()s cut it.

#include "observetesthelpers.h"

#include "io/textreport.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "record/nativesocket.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <pthread.h>
#include <sys/socket.h>
#include <sys/time.h>

using namespace sockscope;
using namespace observetest;

namespace {

ObserveOptions tcpOptions(const QString &framing = QStringLiteral("none"))
{
    ObserveOptions o;
    o.framing = framing;
    return o;
}

ObserveOptions relayTo(quint16 serverPort)
{
    ObserveOptions o;
    o.relay = Endpoint{ QStringLiteral("127.0.0.1"), serverPort };
    return o;
}

// The request line relay_peers.py's clients send.
constexpr qint64 kRequestBytes = 19;

qint64 residentKiB()
{
    return statusKiB("VmRSS:");
}

constexpr qint64 kMiB = 1024 * 1024;

// A client that sends data, half-closes and waits until the observer has read it all and
// closed its end: when it returns, the connection's run is complete.
bool sendAndWaitForClose(int fd, const QByteArray &data)
{
    const timeval patience{ 60, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    bool ok = true;
    for (qint64 sent = 0; ok && sent < data.size(); sent += kMiB)
        ok = sendAll(fd, data.constData() + sent, std::min(kMiB, data.size() - sent));
    ::shutdown(fd, SHUT_WR);
    char byte = 0;
    ok = ok && ::recv(fd, &byte, 1, 0) == 0;
    ::close(fd);
    return ok;
}

bool sendAndWaitForClose(quint16 port, const QByteArray &data, quint16 *clientPort = nullptr)
{
    const int fd = connectTcp(port);
    if (fd < 0)
        return false;
    if (clientPort)
        *clientPort = localPort(fd);
    return sendAndWaitForClose(fd, data);
}

QStringList notesWith(const QStringList &notes, const QString &text)
{
    QStringList found;
    for (const QString &note : notes) {
        if (note.contains(text))
            found << note;
    }
    return found;
}

} // namespace

class tst_ObserveSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lengthPrefixedClient();
    void delimiterClient();
    void bigBodyOverManyRecvs();
    void udpDatagrams_data();
    void udpDatagrams();
    void udpFloodReportsKernelDrops();
    void clientsOneAfterAnother();
    void twoClientsAtOnce();
    void extraClientsAreTurnedAway();
    void malformedPeer_data();
    void malformedPeer();
    void bindsLoopbackByDefault();
    void portInUse();
    void durationEndsOnTime();
    void stopEndsOpenConnections();
    void relayIsByteExact();
    void relayKeepsAHalfCloseOpen();
    void relayPassesAServerResetOn();
    void relayPassesAClientResetOn();
    void relayToNothing();
    void capMarksTheRun();
    void udpCapMarksTheRun();
    void memoryBudgetAcrossClients();
    void idleClientIsClosed();
    void relayIdleMeansBothDirections();
    void noThreadTurnsTheClientAway();
};

void tst_ObserveSession::initTestCase()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to play the external client");
}

void tst_ObserveSession::lengthPrefixedClient()
{
    Observation obs(tcpOptions(QStringLiteral("length:4:be")));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QVERIFY(runClient(QStringLiteral("length"), obs.port()));
    QTRY_COMPARE(obs.feed.closed.load(), 1);
    const Trace trace = obs.finish();

    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs[0];
    QCOMPARE(run.role, Role::Observer);
    QVERIFY(run.sends.isEmpty());
    QVERIFY(run.fates.isEmpty());
    QVERIFY(!run.aborted);
    QCOMPARE(run.error, QString());
    QVERIFY(run.label.contains(run.peers.value(0)));
    const QList<QByteArray> bodies{ "hello", "world", "", "sticky packets", QByteArray(3000, 'x') };
    qint64 total = 0;
    for (const QByteArray &b : bodies)
        total += 4 + b.size();
    QCOMPARE(run.summary.receivedBytes, total);
    // TCP_INFO of SockScope's own socket at the connection's end; the client's is not ours.
    QVERIFY(run.tcpInfoReceiver.has_value());
    QVERIFY(!run.tcpInfoSender.has_value());
    QVERIFY(run.tcpInfoReceiver->dataSegsIn >= 1);
    QVERIFY(run.tcpInfoReceiver->segsIn >= run.tcpInfoReceiver->dataSegsIn);
    QCOMPARE(run.frames.size(), bodies.size());
    qint64 offset = 0;
    for (int i = 0; i < bodies.size(); ++i) {
        const Frame &f = run.frames[i];
        QVERIFY2(f.complete, qPrintable(f.error));
        QCOMPARE(f.offset, offset);
        QCOMPARE(f.length, 4 + bodies[i].size());
        QCOMPARE(f.preview, bodies[i].left(kPreviewBytes));
        for (int r : f.recvs)
            QVERIFY(r >= 0 && r < run.recvs.size());
        offset += f.length;
    }
    QCOMPARE(obs.feed.frames.load(), bodies.size()); // the live lane saw every frame
    for (const RecvEvent &r : run.recvs) {
        QCOMPARE(r.requested, 1024);
        QVERIFY(r.queuedBefore.has_value());
    }
}

void tst_ObserveSession::delimiterClient()
{
    Observation obs(tcpOptions(QStringLiteral("delimiter:\\n")));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QVERIFY(runClient(QStringLiteral("delimiter"), obs.port()));
    QTRY_COMPARE(obs.feed.closed.load(), 1);
    const Run run = obs.finish().runs.value(0);
    QList<QByteArray> previews;
    for (const Frame &f : run.frames) {
        QVERIFY2(f.complete, qPrintable(f.error));
        previews << f.preview;
    }
    QCOMPARE(previews, (QList<QByteArray>{ "one", "two", "three", "", "four" }));
    QVERIFY(run.recvs.size() >= 2); // sent in pieces with pauses
}

void tst_ObserveSession::bigBodyOverManyRecvs()
{
    Observation obs(tcpOptions(QStringLiteral("length:4:be")));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QVERIFY(runClient(QStringLiteral("big"), obs.port()));
    QTRY_COMPARE(obs.feed.closed.load(), 1);
    const Run run = obs.finish().runs.value(0);
    QCOMPARE(run.summary.receivedBytes, 100'004);
    QCOMPARE(run.frames.size(), 1);
    QVERIFY(run.frames[0].complete);
    QCOMPARE(run.frames[0].length, 100'004);
    // recv(1024) can never hold more than 1024 bytes: at least 98 recvs make up the body.
    QVERIFY2(run.frames[0].recvs.size() >= 98,
             qPrintable(QString::number(run.frames[0].recvs.size())));
    for (const RecvEvent &r : run.recvs)
        QVERIFY(r.bytes <= 1024);
}

void tst_ObserveSession::udpDatagrams_data()
{
    QTest::addColumn<int>("recvSize");
    QTest::addColumn<bool>("lastTruncated");
    QTest::newRow("default recv size") << ObserveOptions::kDefaultUdpRecvSize << false;
    QTest::newRow("recv(1000)") << 1000 << true;
}

void tst_ObserveSession::udpDatagrams()
{
    QFETCH(int, recvSize);
    QFETCH(bool, lastTruncated);
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = recvSize;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    QVERIFY(runClient(QStringLiteral("udp"), obs.port()));
    QTRY_COMPARE(obs.feed.recvs.load(), 4);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs[0];
    QCOMPARE(run.protocol, Protocol::Udp);
    QCOMPARE(run.peers.size(), 1);
    QCOMPARE(run.recvs.size(), 4);
    const QList<qint64> sizes{ 5, 0, 5, 2000 };
    for (int i = 0; i < 4; ++i) {
        const RecvEvent &r = run.recvs[i];
        QCOMPARE(r.datagramSize.value_or(-1), sizes[i]); // the true size, by MSG_TRUNC
        QCOMPARE(r.peer, 0);
        QCOMPARE(r.seq, -1);
    }
    QCOMPARE(run.recvs[0].preview, QByteArray("hello"));
    QCOMPARE(run.recvs[1].bytes, 0); // the empty datagram is a datagram
    QCOMPARE(run.recvs[3].truncated, lastTruncated);
    QCOMPARE(run.recvs[3].bytes, lastTruncated ? 1000 : 2000);
}

void tst_ObserveSession::udpFloodReportsKernelDrops()
{
    // A foreign program floods a slow reader: its datagrams carry no sequence numbers, so what
    // the receive buffer dropped is known only from the kernel's drop counter on the socket.
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = 2000;
    options.readIntervalMs = 2;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    constexpr int kDatagrams = 3000;
    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sender.start(python(),
                 { QStringLiteral("-c"),
                   QStringLiteral("import socket,sys\n"
                                  "s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\n"
                                  "for i in range(%1): s.sendto(b'x'*1000,"
                                  "('127.0.0.1',int(sys.argv[1])))\n")
                       .arg(kDatagrams),
                   QString::number(obs.port()) });
    QVERIFY(sender.waitForFinished(60'000));
    QCOMPARE(sender.exitCode(), 0);
    // Let the reader empty the buffer (a recv every 2 ms): done when nothing came for 300 ms.
    for (int last = -1; last != obs.feed.recvs.load();) {
        last = obs.feed.recvs.load();
        QTest::qWait(300);
    }
    const Trace trace = obs.finish();
    const Run &run = trace.runs.value(0);
    QVERIFY(run.kernelDrops.has_value());
    QVERIFY2(*run.kernelDrops > 0, "3,000 datagrams at once overflow a slow reader's buffer");
    // Loopback loses nothing on the way: every datagram was read or dropped on the socket.
    QCOMPARE(run.recvs.size() + *run.kernelDrops, qint64(kDatagrams));
    QCOMPARE(qint64(run.summary.lost), *run.kernelDrops);
    // The counter came with the datagrams queued after a drop, and only grew.
    qint64 previous = 0;
    for (const RecvEvent &r : run.recvs) {
        QVERIFY(r.drops >= previous);
        previous = r.drops;
    }
    QVERIFY(previous <= *run.kernelDrops);
    // The table says it, with its caveat, and the JSON keeps it.
    const QString table = TextReport::render(trace);
    QVERIFY2(table.contains(QStringLiteral("dropped by the kernel on this socket")),
             qPrintable(table.right(800)));
    QVERIFY(table.contains(QStringLiteral("on this socket only")));
    QString error;
    const auto back = TraceJsonReader::fromJson(TraceJsonWriter::toJson(trace), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->runs.value(0).kernelDrops, run.kernelDrops);
    QCOMPARE(back->runs.value(0).summary.lost, run.summary.lost);
}

void tst_ObserveSession::clientsOneAfterAnother()
{
    Observation obs(tcpOptions());
    QCOMPARE(obs.open(), QString());
    obs.start();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(runClient(QStringLiteral("delimiter"), obs.port()));
        QTRY_COMPARE(obs.feed.closed.load(), i + 1);
    }
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 3);
    QStringList peers;
    for (const Run &run : trace.runs) {
        QCOMPARE(run.summary.receivedBytes, 20);
        peers << run.peers.value(0);
    }
    peers.removeDuplicates();
    QCOMPARE(peers.size(), 3);
    QVERIFY(trace.runs[0].recvs.last().tNs < trace.runs[1].recvs.first().tNs); // one clock
}

void tst_ObserveSession::twoClientsAtOnce()
{
    Observation obs(tcpOptions(QStringLiteral("length:4:be")));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QProcess a;
    QProcess b;
    startClient(a, QStringLiteral("length"), obs.port(), 1.0);
    startClient(b, QStringLiteral("big"), obs.port(), 1.0);
    QVERIFY(a.waitForFinished(60'000) && a.exitCode() == 0);
    QVERIFY(b.waitForFinished(60'000) && b.exitCode() == 0);
    QTRY_COMPARE(obs.feed.closed.load(), 2);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 2);
    qint64 bytes = 0;
    for (const Run &run : trace.runs) {
        bytes += run.summary.receivedBytes;
        for (const Frame &f : run.frames)
            QVERIFY(f.complete);
    }
    QCOMPARE(bytes, 3044 + 100'004);
    // Both connections were open at the same time: each one's end comes after the other's start
    // (when the recvs returned: a blocking recv() is called before its bytes arrive).
    const Run &r0 = trace.runs[0];
    const Run &r1 = trace.runs[1];
    const auto returned = [](const RecvEvent &r) { return r.tNs + r.durNs; };
    QVERIFY(returned(r0.recvs.first()) < returned(r1.recvs.last()));
    QVERIFY(returned(r1.recvs.first()) < returned(r0.recvs.last()));
}

void tst_ObserveSession::extraClientsAreTurnedAway()
{
    ObserveOptions options;
    options.maxClients = 1;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    QProcess first;
    startClient(first, QStringLiteral("delimiter"), obs.port(), 1.5);
    QTRY_COMPARE(obs.feed.runs.load(), 1);
    QProcess second;
    startClient(second, QStringLiteral("delimiter"), obs.port());
    ended(second); // its sends may fail: it was closed on
    QTRY_COMPARE(obs.feed.notes.load(), 1);
    QVERIFY(ended(first));
    QTRY_COMPARE(obs.feed.closed.load(), 1);
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    QCOMPARE(trace.notes.size(), 1);
    QVERIFY2(trace.notes[0].contains(QLatin1String("--max-clients")), qPrintable(trace.notes[0]));
}

void tst_ObserveSession::malformedPeer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("framing");
    QTest::addColumn<qint64>("sent");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("0xFFFFFFFF length")
        << QStringLiteral("malformed:huge-length") << QStringLiteral("length:4:be")
        << qint64(200'004) << QStringLiteral("4294967295");
    QTest::newRow("header not JSON")
        << QStringLiteral("malformed:header-not-json") << QStringLiteral("json-header:4:be:size")
        << qint64(25) << QStringLiteral("JSON");
    QTest::newRow("header without size")
        << QStringLiteral("malformed:header-without-size")
        << QStringLiteral("json-header:4:be:size") << qint64(25) << QStringLiteral("\"size\"");
    QTest::newRow("delimiter never comes")
        << QStringLiteral("malformed:no-delimiter") << QStringLiteral("delimiter:\\n")
        << qint64(300'000) << QStringLiteral("65536");
}

void tst_ObserveSession::malformedPeer()
{
    QFETCH(QString, kind);
    QFETCH(QString, framing);
    QFETCH(qint64, sent);
    QFETCH(QString, errorMentions);
    ObserveOptions options = tcpOptions(framing);
    options.maxFrame = 64 * 1024;
    const qint64 before = residentKiB();
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    QVERIFY(runClient(kind, obs.port()));
    QTRY_COMPARE(obs.feed.closed.load(), 1);
    const Trace trace = obs.finish();
    const Run run = trace.runs.value(0);
    QCOMPARE(run.error, QString()); // the peer's mistake is not a socket failure
    QCOMPARE(run.summary.receivedBytes, sent); // every byte kept in the recvs
    QVERIFY(!run.frames.isEmpty());
    const Frame &bad = run.frames.last();
    QVERIFY(!bad.complete);
    QVERIFY2(bad.error.contains(errorMentions), qPrintable(bad.error));
    // Trusting 0xFFFFFFFF would cost 4 GiB; the decoder holds at most maxFrame.
    QVERIFY2(residentKiB() - before < 64 * 1024,
             qPrintable(QString::number(residentKiB() - before)));
}

void tst_ObserveSession::bindsLoopbackByDefault()
{
    Observation obs{ ObserveOptions{} };
    QCOMPARE(obs.open(), QString());
    QCOMPARE(obs.address(), QStringLiteral("127.0.0.1"));
    QVERIFY(obs.port() != 0);
}

void tst_ObserveSession::portInUse()
{
    QString error;
    NativeSocket taken = NativeSocket::create(SOCK_STREAM, &error);
    QCOMPARE(taken.bind(), QString());
    QCOMPARE(taken.listen(), QString());
    ObserveOptions options;
    options.port = taken.localPort();
    StopSignal stop;
    ObserveSession session(options, stop);
    const QString result = session.open();
    QVERIFY2(result.contains(QLatin1String("bind()")), qPrintable(result));
}

void tst_ObserveSession::durationEndsOnTime()
{
    ObserveOptions options;
    options.durationMs = 300;
    StopSignal stop;
    ObserveSession session(options, stop);
    QCOMPARE(session.open(), QString());
    QElapsedTimer timer;
    timer.start();
    const Trace trace = session.run();
    QVERIFY2(timer.elapsed() >= 290 && timer.elapsed() < 1000,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(trace.runs.isEmpty());
}

void tst_ObserveSession::stopEndsOpenConnections()
{
    Observation obs(tcpOptions());
    QCOMPARE(obs.open(), QString());
    obs.start();
    QProcess client;
    startClient(client, QStringLiteral("delimiter"), obs.port(), 10);
    QTRY_COMPARE(obs.feed.bytes.load(), 20);
    QElapsedTimer timer;
    timer.start();
    const Trace trace = obs.finish();
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(trace.runs.size(), 1);
    QVERIFY(trace.runs[0].aborted); // the client had not closed yet
    QCOMPARE(trace.runs[0].summary.receivedBytes, 20);
    client.kill();
    client.waitForFinished();
}

void tst_ObserveSession::relayIsByteExact()
{
    QProcess server;
    server.start(python(), { script("relay_peers.py"), QStringLiteral("server") });
    QVERIFY(server.waitForReadyRead(10'000));
    const quint16 serverPort = quint16(server.readLine().trimmed().toUInt());
    QVERIFY(serverPort != 0);

    ObserveOptions options;
    options.relay = Endpoint{ QStringLiteral("127.0.0.1"), serverPort };
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    QProcess client;
    client.start(
        python(),
        { script("relay_peers.py"), QStringLiteral("client"), QString::number(obs.port()) });
    QVERIFY(client.waitForFinished(60'000));
    QCOMPARE(client.readAllStandardOutput().trimmed(), QByteArray("exact"));
    QVERIFY(server.waitForFinished(10'000));
    QTRY_COMPARE(obs.feed.closed.load(), 2);
    const Trace trace = obs.finish();

    QCOMPARE(trace.runs.size(), 2);
    for (const Run &run : trace.runs) {
        QCOMPARE(run.role, Role::Relay);
        QCOMPARE(run.error, QString());
        QCOMPARE(run.summary.receivedBytes, 100'000);
        QVERIFY(run.recvs.size() >= 98); // recv(1024): the boundaries the relay's reads saw
        QCOMPARE(run.peers.size(), 2);
    }
    QCOMPARE(trace.runs[1].requestsRun, 0);
    QVERIFY(trace.runs[0].label.contains(QStringLiteral("client → server")));
}

// Half-close: the client shuts down its sending side and only then does the server answer, late
// and in pieces. The answer must flow on after the client's FIN and reach the client whole.
void tst_ObserveSession::relayKeepsAHalfCloseOpen()
{
    QProcess server;
    const quint16 serverPort = startPeerServer(server, QStringLiteral("server-late"));
    QVERIFY(serverPort != 0);
    Observation obs(relayTo(serverPort));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QCOMPARE(runPeerClient(QStringLiteral("client"), obs.port()), QByteArray("exact"));
    QVERIFY(server.waitForFinished(10'000));
    QTRY_COMPARE(obs.feed.closed.load(), 2);
    const Trace trace = obs.finish();

    QCOMPARE(trace.runs.size(), 2);
    for (const Run &run : trace.runs) {
        QCOMPARE(run.summary.receivedBytes, 100'000);
        QCOMPARE(run.error, QString());
        QVERIFY(!run.aborted);
        const RecvEvent fin = run.recvs.constLast(); // each side closed cleanly
        QCOMPARE(fin.bytes, 0);
        QCOMPARE(fin.error, 0);
    }
    // The whole answer came after the client's FIN (the server waits 0.3 s for it).
    const RecvEvent clientFin = trace.runs[0].recvs.constLast();
    const RecvEvent firstAnswer = trace.runs[1].recvs.constFirst();
    QVERIFY(firstAnswer.tNs + firstAnswer.durNs > clientFin.tNs + clientFin.durNs);
    QVERIFY2(trace.notes.isEmpty(), qPrintable(trace.notes.join(QLatin1Char('\n'))));
}

// A server that answers part and then resets (SO_LINGER 0): the client must read that part and
// then get the reset, ECONNRESET, not a clean close that passes the cut-off answer for a whole
// one.
void tst_ObserveSession::relayPassesAServerResetOn()
{
    QProcess server;
    const quint16 serverPort = startPeerServer(server, QStringLiteral("server-reset"));
    QVERIFY(serverPort != 0);
    Observation obs(relayTo(serverPort));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QCOMPARE(runPeerClient(QStringLiteral("client-read"), obs.port()), QByteArray("reset 15"));
    QVERIFY(server.waitForFinished(10'000));
    QTRY_COMPARE(obs.feed.notes.load(), 1);
    const Trace trace = obs.finish();

    QCOMPARE(trace.runs.size(), 2);
    const Run &toServer = trace.runs[0];
    const Run &toClient = trace.runs[1];
    QCOMPARE(toServer.summary.receivedBytes, kRequestBytes);
    QCOMPARE(toClient.summary.receivedBytes, 15);
    QCOMPARE(toClient.recvs.constLast().error, ECONNRESET); // where the server reset
    // The relay's own wake-up of the other direction is no FIN of the client's.
    for (const RecvEvent &r : toServer.recvs)
        QVERIFY(r.bytes > 0);
    for (const Run &run : trace.runs) {
        QCOMPARE(run.error, QString()); // the server's doing, not a failure of the relay
        QVERIFY(!run.aborted);
    }
    QCOMPARE(trace.notes.size(), 1);
    QVERIFY2(
        trace.notes[0].contains(
            QStringLiteral("the server 127.0.0.1:%1 reset the connection; the client was reset")
                .arg(serverPort))
            && trace.notes[0].contains(toServer.peers.value(0)),
        qPrintable(trace.notes[0]));
}

// The other way round: a client that resets must reach the server as a reset.
void tst_ObserveSession::relayPassesAClientResetOn()
{
    QProcess server;
    const quint16 serverPort = startPeerServer(server, QStringLiteral("server-read"));
    QVERIFY(serverPort != 0);
    Observation obs(relayTo(serverPort));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QCOMPARE(runPeerClient(QStringLiteral("client-reset"), obs.port()), QByteArray());
    QVERIFY(server.waitForFinished(10'000));
    QCOMPARE(server.readAllStandardOutput().trimmed(), QByteArray("reset 6"));
    QTRY_COMPARE(obs.feed.notes.load(), 1);
    const Trace trace = obs.finish();

    QCOMPARE(trace.runs.size(), 2);
    QCOMPARE(trace.runs[0].summary.receivedBytes, 6);
    QCOMPARE(trace.runs[0].recvs.constLast().error, ECONNRESET);
    QCOMPARE(trace.runs[0].error, QString());
    QCOMPARE(trace.notes.size(), 1);
    QVERIFY2(
        trace.notes[0].contains(
            QStringLiteral("the client reset the connection; the server 127.0.0.1:%1 was reset")
                .arg(serverPort)),
        qPrintable(trace.notes[0]));
}

// A server that is not there: the kernel had completed the client's handshake before the relay
// could try the server, so the client cannot be refused any more; it must get a reset, not an
// empty reply, and what it sent must be in the trace with the reason.
void tst_ObserveSession::relayToNothing()
{
    // A port nobody listens on: bound and kept, never listening, so that connecting to it is
    // refused and no socket of the test (the session's own listener) can get it. A port bound
    // and closed again was once handed to the session itself, which then relayed to itself.
    QString error;
    NativeSocket held = NativeSocket::create(SOCK_STREAM, &error);
    QCOMPARE(held.bind(), QString());
    const quint16 closedPort = held.localPort();
    Observation obs(relayTo(closedPort));
    QCOMPARE(obs.open(), QString());
    obs.start();
    QCOMPARE(runPeerClient(QStringLiteral("client-read"), obs.port()), QByteArray("reset 0"));
    QTRY_COMPARE(obs.feed.notes.load(), 1);
    const Trace trace = obs.finish();

    QCOMPARE(trace.runs.size(), 2);
    const Run &toServer = trace.runs[0];
    QCOMPARE(toServer.summary.receivedBytes, kRequestBytes); // the request that found no server
    QVERIFY(toServer.recvs.constFirst().preview.toByteArray().startsWith("GET / HTTP/1.0"));
    const QString refused = QStringLiteral("the server 127.0.0.1:%1 refused the connection: "
                                           "ECONNREFUSED; the client was reset")
                                .arg(closedPort);
    QCOMPARE(toServer.error, refused);
    QVERIFY(trace.runs[1].recvs.isEmpty());
    QCOMPARE(trace.notes.size(), 1);
    QVERIFY2(trace.notes[0].contains(refused) && trace.notes[0].contains(toServer.peers.value(0)),
             qPrintable(trace.notes[0]));
}

// Past maxRecvs the stream is still read but not recorded: the run says so, with the exact
// bytes it did not record, the table says so, the notes say so, and the JSON keeps it.
void tst_ObserveSession::capMarksTheRun()
{
    ObserveOptions options;
    options.maxRecvs = 3;
    options.recvSize = 10;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    QByteArray data(1000, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char('a' + i % 26);
    QVERIFY(sendAndWaitForClose(obs.port(), data));
    const Trace trace = obs.finish();

    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs[0];
    QCOMPARE(run.recvs.size(), 3);
    QVERIFY(!run.aborted);
    QVERIFY(run.unrecorded.has_value());
    const Unrecorded &u = *run.unrecorded;
    QCOMPARE(u.reason, Unrecorded::Reason::MaxRecvs);
    QCOMPARE(u.limit, 3);
    QCOMPARE(run.summary.receivedBytes + u.bytes, data.size()); // every byte, exactly
    // recv(10): at least one call per 10 bytes left, and the one that saw the end.
    QVERIFY2(u.recvs >= (u.bytes + 9) / 10 + 1, qPrintable(QString::number(u.recvs)));
    const RecvEvent last = run.recvs.last();
    QVERIFY(u.fromNs >= last.tNs + last.durNs);

    const QStringList notes = notesWith(trace.notes, run.label);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("%1 B").arg(u.bytes)), qPrintable(notes[0]));
    QVERIFY2(notes[0].contains(QString::number(u.recvs)), qPrintable(notes[0]));
    const QString table = TextReport::render(trace);
    QVERIFY2(table.contains(u.sentence(false)), qPrintable(table));
    QString error;
    const auto read = TraceJsonReader::fromJson(TraceJsonWriter::toJson(trace), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->runs.at(0).unrecorded, run.unrecorded);
}

// The UDP cap counts the datagrams it did not record with their true sizes (MSG_TRUNC), also
// those longer than the recv() size.
void tst_ObserveSession::udpCapMarksTheRun()
{
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = 1000;
    options.maxRecvs = 2;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    QVERIFY(runClient(QStringLiteral("udp"), obs.port())); // 5, 0, 5 and 2000 bytes
    QTRY_VERIFY(!notesWith(obs.feed.noteLines(), QStringLiteral("recording stopped")).isEmpty());
    QTest::qWait(1000); // the last datagram was queued before the client ended
    const Trace trace = obs.finish();
    const Run &run = trace.runs.at(0);
    QCOMPARE(run.recvs.size(), 2);
    QVERIFY(run.unrecorded.has_value());
    QCOMPARE(run.unrecorded->reason, Unrecorded::Reason::MaxRecvs);
    QCOMPARE(run.unrecorded->recvs, 2);
    QCOMPARE(run.unrecorded->bytes, 2005);
    QCOMPARE(notesWith(trace.notes, QStringLiteral("2005 B")).size(), 1);
    QVERIFY(TextReport::render(trace).contains(run.unrecorded->sentence(true)));
}

// Caps per connection let several clients hold gigabytes together (a million zero-length frames
// each); the session's budget bounds them all. Recording stops for every run, each says how
// much it did not record, one note says when, and a client after that is served unrecorded.
void tst_ObserveSession::memoryBudgetAcrossClients()
{
    ObserveOptions options = tcpOptions(QStringLiteral("length:4:be"));
    options.memoryBudget = 4 * kMiB;
    const qint64 before = residentKiB();
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    constexpr int kClients = 4;
    const QByteArray zeros(4 * kMiB, '\0'); // 4-byte prefixes of empty frames
    std::atomic<int> sent{ 0 };
    PeakRss peak;
    {
        // All connected (each one a run) before any sends.
        std::vector<int> fds;
        for (int i = 0; i < kClients; ++i)
            fds.push_back(connectTcp(obs.port()));
        QTRY_COMPARE(obs.feed.runs.load(), kClients);
        std::vector<std::thread> clients;
        for (int fd : fds)
            clients.emplace_back([&, fd] { sent += sendAndWaitForClose(fd, zeros) ? 1 : 0; });
        for (std::thread &t : clients)
            t.join();
    }
    QCOMPARE(sent.load(), kClients);
    QTRY_VERIFY(!notesWith(obs.feed.noteLines(), QStringLiteral("--memory-budget")).isEmpty());
    QVERIFY(sendAndWaitForClose(obs.port(), QByteArray(1000, 'x'))); // after the budget
    QVERIFY2(obs.memoryHeld() < 2 * options.memoryBudget,
             qPrintable(QString::number(obs.memoryHeld())));
    const Trace trace = obs.finish();
    const qint64 peakKiB = peak.stop();

    QCOMPARE(trace.runs.size(), kClients); // the one after the budget has no run
    qint64 unrecorded = 1000;
    for (const Run &run : trace.runs) {
        QVERIFY(run.unrecorded.has_value());
        QCOMPARE(run.unrecorded->reason, Unrecorded::Reason::MemoryBudget);
        QCOMPARE(run.unrecorded->limit, options.memoryBudget);
        QCOMPARE(run.summary.receivedBytes + run.unrecorded->bytes, zeros.size());
        unrecorded += run.unrecorded->bytes;
    }
    const QStringList notes = notesWith(trace.notes, QStringLiteral("--memory-budget"));
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("%1 B").arg(unrecorded)), qPrintable(notes[0]));
    QVERIFY2(notes[0].contains(QLatin1String("connection")), qPrintable(notes[0]));
#ifndef SOCKSCOPE_SANITIZED // ASan's quarantine keeps freed memory
    // Without the budget: 4 million frames, over 600 MB.
    QVERIFY2(peakKiB - before < 64 * 1024,
             qPrintable(QStringLiteral("%1 KiB more at the peak").arg(peakKiB - before)));
#else
    Q_UNUSED(peakKiB);
    Q_UNUSED(before);
#endif
}

// A client that connects and says nothing loses its slot after the idle timeout, and the next
// client gets it.
void tst_ObserveSession::idleClientIsClosed()
{
    ObserveOptions options;
    options.maxClients = 1;
    options.idleTimeoutMs = 500;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    const int idle = connectTcp(obs.port());
    QVERIFY(idle >= 0);
    QElapsedTimer held;
    held.start();
    const quint16 idlePort = localPort(idle);
    QTRY_COMPARE(obs.feed.runs.load(), 1);
    const int second = connectTcp(obs.port()); // the one slot is taken: turned away
    QTRY_COMPARE(notesWith(obs.feed.noteLines(), QStringLiteral("turned away")).size(), 1);
    ::close(second);

    const timeval patience{ 10, 0 };
    ::setsockopt(idle, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    char byte = 0;
    QCOMPARE(::recv(idle, &byte, 1, 0), 0); // the observer closed it
    QVERIFY2(held.elapsed() >= 450 && held.elapsed() < 9000,
             qPrintable(QString::number(held.elapsed())));
    ::close(idle);

    // The idle client sees its end of file a moment before its connection's thread has let
    // go of the one slot: a client that comes in between is turned away (the note is written
    // before that client is closed), and comes again.
    quint16 nextPort = 0;
    for (int attempt = 0;; ++attempt) {
        const qsizetype turnedAway
            = notesWith(obs.feed.noteLines(), QStringLiteral("turned away")).size();
        // Turned away, the send or the read may fail with a reset: only a client let in must
        // see its bytes taken and an orderly close.
        const bool served = sendAndWaitForClose(obs.port(), QByteArray("hello\n"), &nextPort);
        if (notesWith(obs.feed.noteLines(), QStringLiteral("turned away")).size() == turnedAway) {
            QVERIFY(served);
            break;
        }
        QVERIFY2(attempt < 50, "the slot of the idle client was never given back");
        QTest::qWait(20);
    }
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 2);
    QCOMPARE(trace.runs[0].peers.value(0), QStringLiteral("127.0.0.1:%1").arg(idlePort));
    QVERIFY(!trace.runs[0].aborted);
    QCOMPARE(trace.runs[0].error, QString());
    QCOMPARE(trace.runs[1].peers.value(0), QStringLiteral("127.0.0.1:%1").arg(nextPort));
    QCOMPARE(trace.runs[1].summary.receivedBytes, 6);
    const QStringList notes = notesWith(trace.notes, QStringLiteral("--idle-timeout"));
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("127.0.0.1:%1").arg(idlePort)), qPrintable(notes[0]));
}

// A relayed client that only listens while its server streams is not idle; once both are quiet
// for the timeout, the connection is closed.
void tst_ObserveSession::relayIdleMeansBothDirections()
{
    QString error;
    NativeSocket listener = NativeSocket::create(SOCK_STREAM, &error);
    QCOMPARE(listener.bind(), QString());
    QCOMPARE(listener.listen(), QString());
    constexpr int kStreamed = 20; // one byte every 100 ms: 2 s of a busy server
    StopSignal never;
    std::thread server([&] {
        if (!listener.waitReadable(never, 10'000))
            return;
        QString ignored;
        const NativeSocket conn = listener.accept(&ignored);
        for (int i = 0; i < kStreamed; ++i) {
            ::send(conn.fd(), "s", 1, MSG_NOSIGNAL);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        const timeval patience{ 10, 0 };
        ::setsockopt(conn.fd(), SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        char byte = 0;
        ::recv(conn.fd(), &byte, 1, 0); // until the relay closes this end too
    });
    // Joined however the test ends (after the observation, which closes the relay's sockets).
    const std::unique_ptr<std::thread, void (*)(std::thread *)> joined(&server, [](std::thread *t) {
        if (t->joinable())
            t->join();
    });
    ObserveOptions options;
    options.relay = Endpoint{ QStringLiteral("127.0.0.1"), listener.localPort() };
    options.idleTimeoutMs = 1000;
    Observation obs(options);
    QCOMPARE(obs.open(), QString());
    obs.start();
    const int client = connectTcp(obs.port());
    QVERIFY(client >= 0);
    const quint16 clientPort = localPort(client);
    QElapsedTimer timer;
    timer.start();
    const timeval patience{ 10, 0 };
    ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    int received = 0;
    char byte = 0;
    ssize_t r = 0;
    while ((r = ::recv(client, &byte, 1, 0)) > 0)
        ++received;
    const qint64 closedAfter = timer.elapsed();
    ::close(client);
    server.join();
    QCOMPARE(r, 0); // closed by the relay, not a timeout of ours
    QCOMPARE(received, kStreamed);
    // The last byte came at about 1.9 s, the timeout ends the connection a second later.
    QVERIFY2(closedAfter >= 2500, qPrintable(QString::number(closedAfter)));
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 2);
    QCOMPARE(trace.runs[1].summary.receivedBytes, kStreamed);
    const QStringList notes = notesWith(trace.notes, QStringLiteral("--idle-timeout"));
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("127.0.0.1:%1").arg(clientPort)),
             qPrintable(notes[0]));
}

// A thread that cannot be had (a stack that cannot be mapped) turns that one client away with a
// note; the session goes on, and the next client is recorded.
void tst_ObserveSession::noThreadTurnsTheClientAway()
{
#ifdef SOCKSCOPE_SANITIZED
    QSKIP("the sanitizers' runtimes make threads of their own and would fail first");
#endif
    Observation obs{ ObserveOptions{} };
    QCOMPARE(obs.open(), QString());
    obs.start(); // the session's own thread exists from here on
    // Every thread made from now on asks for a 1 TiB stack, which no mapping can give.
    pthread_attr_t usual;
    QCOMPARE(pthread_getattr_default_np(&usual), 0);
    pthread_attr_t huge;
    pthread_attr_init(&huge);
    QCOMPARE(pthread_attr_setstacksize(&huge, size_t(1) << 40), 0);
    QCOMPARE(pthread_setattr_default_np(&huge), 0);
    const int refused = connectTcp(obs.port());
    const bool noted = QTest::qWaitFor(
        [&] { return !notesWith(obs.feed.noteLines(), QStringLiteral("no thread")).isEmpty(); });
    pthread_setattr_default_np(&usual);
    pthread_attr_destroy(&huge);
    pthread_attr_destroy(&usual);
    QVERIFY(noted);
    QVERIFY(refused >= 0);
    const timeval patience{ 10, 0 };
    ::setsockopt(refused, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    char byte = 0;
    const ssize_t r = ::recv(refused, &byte, 1, 0);
    QVERIFY(r == 0 || (r < 0 && errno == ECONNRESET)); // closed on, not left waiting
    ::close(refused);

    QVERIFY(sendAndWaitForClose(obs.port(), QByteArray("hello\n")));
    const Trace trace = obs.finish();
    QCOMPARE(trace.runs.size(), 1);
    QCOMPARE(trace.runs[0].summary.receivedBytes, 6);
    QCOMPARE(notesWith(trace.notes, QStringLiteral("turned away: no thread")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ObserveSession)
#include "tst_observesession.moc"
