// Fidelity rule 1, proven from outside: under strace, every traced send is exactly one
// sendto(2) of the traced length and every traced recv exactly one recvfrom(2) (TCP) or
// recvmsg(2) with one buffer (UDP, which also reads the kernel's drop counter) of the
// requested size; nothing else writes to or reads from the sockets.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestSyscallFidelity : public QObject
{
    Q_OBJECT

private slots:
    void oneSyscallPerEvent_data();
    void oneSyscallPerEvent();
};

void TestSyscallFidelity::oneSyscallPerEvent_data()
{
    QTest::addColumn<QString>("lesson");
    // Small back-to-back writes (where Qt's buffer would merge), partial sends with EAGAIN,
    // request/response in both directions, and UDP truncation; corked sends, a server that
    // sets TCP_QUICKACK between its recvs, a recv() waiting for SO_RCVLOWAT, and three
    // connections' threads at once. UDP: peeks (each its own recvmsg), sends refused with
    // EMSGSIZE, a connected socket's send() and its ECONNREFUSED.
    for (const char *l :
         { "side-by-side", "tcp-nagle", "tcp-partial-send", "tcp-nagle-delayed-ack",
           "udp-truncation", "udp-peek", "udp-too-big", "udp-connrefused", "empty-message",
           "tcp-cork", "tcp-quickack", "tcp-rcvlowat", "send-vs-sendall", "concurrent-clients" })
        QTest::newRow(l) << QString::fromLatin1(l);
}

void TestSyscallFidelity::oneSyscallPerEvent()
{
    QFETCH(QString, lesson);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed (.ci/run installs it)");
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("strace.log"));
    const QString json = dir.filePath(QStringLiteral("trace.json"));
    QProcess p;
    p.start(strace,
            { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
              QStringLiteral(
                  "trace=sendto,recvfrom,sendmsg,recvmsg,sendmmsg,recvmmsg,write,writev,read,readv,"
                  "socket,close"),
              QStringLiteral("-o"), log, QStringLiteral(SOCKSCOPE_BINARY), QStringLiteral("run"),
              QStringLiteral("--lesson"), lesson, QStringLiteral("--quiet"),
              QStringLiteral("--json"), json });
    QVERIFY(p.waitForFinished(120'000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QFile traceFile(json);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QJsonArray runs = QJsonDocument::fromJson(traceFile.readAll())
                                .object()
                                .value(QStringLiteral("runs"))
                                .toArray();
    QList<qint64> tracedSends;
    QList<qint64> tracedRecvs;
    int tracedPeeks = 0;
    for (const QJsonValue &run : runs) {
        for (const QJsonValue &s : run.toObject().value(QStringLiteral("sends")).toArray())
            tracedSends << s.toObject().value(QStringLiteral("requested")).toInteger();
        for (const QJsonValue &r : run.toObject().value(QStringLiteral("recvs")).toArray()) {
            tracedRecvs << r.toObject().value(QStringLiteral("requested")).toInteger();
            tracedPeeks += r.toObject().value(QStringLiteral("peek")).toBool();
        }
    }

    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(logFile.readAll());
    // sendto(fd, "...", LEN, ...) / recvfrom(fd, BUF, LEN, ...): the length is the third
    // argument. With -f a call can be cut into "<unfinished ...>" and "<... resumed>" parts:
    // sendto prints its arguments on entry (first part), recvfrom its buffer on exit (second).
    const QString buffer
        = QStringLiteral(R"((?:"(?:[^"\\]|\\.)*"(?:\.\.\.)?|0x[0-9a-f]+), (\d+),)");
    const QRegularExpression sendto(QStringLiteral(R"(sendto\(\d+, )") + buffer);
    const QRegularExpression recvfrom(
        QStringLiteral(R"((?:recvfrom\(\d+, |<\.\.\. recvfrom resumed>\s*))") + buffer);
    // recvmsg(fd, {msg_name=..., msg_iov=[{iov_base=..., iov_len=LEN}], ...}, ...): its
    // structure is printed on exit, so from the resumed part when the call was cut.
    const QRegularExpression recvmsg(
        QStringLiteral(R"(msg_iov=\[\{iov_base=.*?, iov_len=(\d+)\}\], msg_iovlen=1,)"));
    QList<qint64> sysSends;
    QList<qint64> sysRecvs;
    int sysPeeks = 0;
    // The loopback capture's packet socket is not traced traffic: libpcap empties it with a
    // one-byte non-blocking recvfrom() after each filter change.
    const QRegularExpression packetSocket(QStringLiteral(R"(socket\(AF_PACKET, .*= (\d+))"));
    const QRegularExpression recvfromFd(QStringLiteral(R"(recvfrom\((\d+), )"));
    QSet<QString> packetFds;
    // With -f each line starts with its thread's id; a packet-socket recvfrom() cut into two
    // parts is skipped at its "<... recvfrom resumed>" too, which names no descriptor.
    const QRegularExpression threadId(QStringLiteral(R"(^(\d+)\s)"));
    QSet<QString> packetCallsCut; // threads in the middle of a packet-socket recvfrom()
    // A socket(AF_PACKET, …) call cut in two gives its descriptor in "<... socket resumed>".
    QSet<QString> packetSocketsCut;
    const QRegularExpression resumedSocket(QStringLiteral(R"(<\.\.\. socket resumed>.*= (\d+))"));
    // A closed packet socket's descriptor is the next socket's (a later variant's connection):
    // from its close() on, its calls are counted again.
    const QRegularExpression closeFd(QStringLiteral(R"(^\d+\s+close\((\d+))"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString thread = threadId.match(line).captured(1);
        if (const auto m = closeFd.match(line); m.hasMatch()) {
            packetFds.remove(m.captured(1));
            continue;
        }
        if (const auto m = packetSocket.match(line); m.hasMatch())
            packetFds.insert(m.captured(1));
        if (line.contains(QLatin1String("socket(AF_PACKET"))
            && line.contains(QLatin1String("<unfinished")))
            packetSocketsCut.insert(thread);
        if (const auto m = resumedSocket.match(line);
            m.hasMatch() && packetSocketsCut.remove(thread))
            packetFds.insert(m.captured(1));
        if (const auto m = recvfromFd.match(line);
            m.hasMatch() && packetFds.contains(m.captured(1))) {
            if (line.contains(QLatin1String("<unfinished")))
                packetCallsCut.insert(thread);
            continue;
        }
        if (line.contains(QLatin1String("<... recvfrom resumed>")) && packetCallsCut.remove(thread))
            continue;
        if (line.contains(QLatin1String("sendto("))) {
            const auto m = sendto.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            sysSends << m.captured(1).toLongLong();
        }
        const bool recvStart = line.contains(QLatin1String("recvfrom("));
        if ((recvStart && !line.contains(QLatin1String("<unfinished")))
            || line.contains(QLatin1String("<... recvfrom resumed>"))) {
            const auto m = recvfrom.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            sysRecvs << m.captured(1).toLongLong();
        }
        if ((line.contains(QLatin1String("recvmsg("))
             && !line.contains(QLatin1String("<unfinished")))
            || line.contains(QLatin1String("<... recvmsg resumed>"))) {
            const auto m = recvmsg.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            sysRecvs << m.captured(1).toLongLong();
            // The flags are printed after the structure: a traced peek is a MSG_PEEK call.
            sysPeeks += line.contains(QLatin1String("MSG_PEEK"));
        }
        for (const char *forbidden : { "sendmsg(", "sendmmsg(", "recvmmsg(" })
            QVERIFY2(!line.contains(QLatin1String(forbidden)), qPrintable(line));
    }
    std::sort(tracedSends.begin(), tracedSends.end());
    std::sort(sysSends.begin(), sysSends.end());
    QCOMPARE(sysSends, tracedSends);
    QCOMPARE(sysRecvs.size(), tracedRecvs.size());
    std::sort(tracedRecvs.begin(), tracedRecvs.end());
    std::sort(sysRecvs.begin(), sysRecvs.end());
    QCOMPARE(sysRecvs, tracedRecvs);
    QCOMPARE(sysPeeks, tracedPeeks);
    if (lesson == QLatin1String("udp-peek"))
        QVERIFY(tracedPeeks > 0);
}

QTEST_GUILESS_MAIN(TestSyscallFidelity)
#include "tst_syscallfidelity.moc"
