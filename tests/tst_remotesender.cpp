// Send-to mode: SockScope's sender pointed at an external server. The server here is an
// observe session, so what was sent and what the server's recv()s saw can be compared.

#include "observetesthelpers.h"

#include "model/lessoncatalogue.h"
#include "observe/remotesender.h"
#include "record/nativesocket.h"

#include <QTest>

#include <sys/socket.h>

using namespace sockscope;
using namespace observetest;

namespace {

QList<PlannedRun> lessonPlan(const QString &name, const QString &protocol)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    if (!lesson)
        qFatal("no lesson %s", qPrintable(name));
    Scenario s = lesson->scenario;
    s.set(QStringLiteral("protocol"), protocol);
    return lesson->plan(s, { QStringLiteral("protocol") });
}

} // namespace

class tst_RemoteSender : public QObject
{
    Q_OBJECT

private slots:
    void tcpLessonToAnExternalServer_data();
    void tcpLessonToAnExternalServer();
    void udpDatagramsAreBare();
    void unsupportedScenarios();
    void refusedConnectionIsASocketFailure();
};

void tst_RemoteSender::tcpLessonToAnExternalServer_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("framing"); // what the "student's server" decodes
    QTest::newRow("tcp-slow-reader") << QStringLiteral("tcp-slow-reader") << QStringLiteral("none");
    QTest::newRow("framing-length-prefix")
        << QStringLiteral("framing-length-prefix") << QStringLiteral("length:4:be");
}

void tst_RemoteSender::tcpLessonToAnExternalServer()
{
    QFETCH(QString, lesson);
    QFETCH(QString, framing);
    ObserveOptions options;
    options.framing = framing;
    Observation server(options);
    QCOMPARE(server.open(), QString());
    server.start();

    const QList<PlannedRun> plan = lessonPlan(lesson, QStringLiteral("tcp"));
    StopSignal stop;
    const Trace sent
        = RemoteSender::run(plan, lesson, Endpoint{ server.address(), server.port() }, stop);
    QTRY_COMPARE(server.feed.closed.load(), int(plan.size()));
    const Trace seen = server.finish();

    QCOMPARE(sent.runs.size(), plan.size());
    QCOMPARE(seen.runs.size(), plan.size());
    for (int i = 0; i < sent.runs.size(); ++i) {
        const Run &run = sent.runs[i];
        QCOMPARE(run.role, Role::Sender);
        QCOMPARE(run.error, QString());
        QVERIFY(run.recvs.isEmpty());
        QVERIFY(run.fates.isEmpty());
        QCOMPARE(run.sends.size(), plan[i].scenario.count);
        QVERIFY(run.sends[0].unsentAfter.has_value()); // kernel evidence, as in the lessons
        QCOMPARE(run.summary.sentBytes, seen.runs[i].summary.receivedBytes);
        if (framing != QLatin1String("none")) {
            QCOMPARE(seen.runs[i].frames.size(), plan[i].scenario.count);
            QCOMPARE(seen.runs[i].frames[0].preview, plan[i].scenario.message(0));
        }
    }
}

void tst_RemoteSender::udpDatagramsAreBare()
{
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = ObserveOptions::kDefaultUdpRecvSize;
    Observation server(options);
    QCOMPARE(server.open(), QString());
    server.start();
    const QList<PlannedRun> plan
        = lessonPlan(QStringLiteral("udp-boundaries"), QStringLiteral("udp"));
    StopSignal stop;
    const Trace sent
        = RemoteSender::run(plan, {}, Endpoint{ server.address(), server.port() }, stop);
    const int count = plan[0].scenario.count;
    QTRY_COMPARE(server.feed.recvs.load(), count);
    const Trace seen = server.finish();
    QCOMPARE(sent.runs[0].sends.size(), count);
    for (int n = 0; n < count; ++n) // no SockScope sequence header: the server is not ours
        QCOMPARE(seen.runs[0].recvs[n].preview, plan[0].scenario.message(n));
}

void tst_RemoteSender::unsupportedScenarios()
{
    Scenario s;
    QVERIFY(!RemoteSender::unsupported(s).isEmpty()); // protocol both
    s.set(QStringLiteral("protocol"), QStringLiteral("tcp"));
    QCOMPARE(RemoteSender::unsupported(s), QString());
    s.set(QStringLiteral("reply_size"), QStringLiteral("100"));
    QVERIFY(RemoteSender::unsupported(s).contains(QLatin1String("reply_size")));
}

void tst_RemoteSender::refusedConnectionIsASocketFailure()
{
    // Bound and kept, never listening: connecting is refused, and no other socket gets the port.
    QString error;
    NativeSocket held = NativeSocket::create(SOCK_STREAM, &error);
    QCOMPARE(held.bind(), QString());
    const quint16 closedPort = held.localPort();
    StopSignal stop;
    const Trace sent
        = RemoteSender::run(lessonPlan(QStringLiteral("tcp-slow-reader"), QStringLiteral("tcp")),
                            {}, Endpoint{ QStringLiteral("127.0.0.1"), closedPort }, stop);
    QCOMPARE(sent.runs.size(), 1);
    QVERIFY2(sent.runs[0].error.contains(QLatin1String("connect()")),
             qPrintable(sent.runs[0].error));
    QVERIFY(sent.runs[0].sends.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RemoteSender)
#include "tst_remotesender.moc"
