// The GUI's entry to observe mode: listening is answered at once, the trace grows on the
// owner's thread while a real client talks, and stop() or the duration ends it with the trace.

#include "observetesthelpers.h"

#include "record/nativesocket.h"
#include "run/observecontroller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>

using namespace sockscope;
using namespace observetest;

class tst_ObserveController : public QObject
{
    Q_OBJECT

private slots:
    void recordsALiveClient();
    void portInUseIsAnImmediateError();
    void invalidOptions();
    void durationFinishes();
};

void tst_ObserveController::recordsALiveClient()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to play the external client");
    ObserveController controller;
    QSignalSpy started(&controller, &ObserveController::started);
    QSignalSpy changed(&controller, &ObserveController::traceChanged);
    QSignalSpy finished(&controller, &ObserveController::finished);
    ObserveOptions options;
    options.framing = QStringLiteral("length:4:be");
    QCOMPARE(controller.start(options), QString());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started[0][0].toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(started[0][1].value<quint16>(), controller.port());
    QVERIFY(controller.isRunning());

    QProcess client;
    startClient(client, QStringLiteral("length"), controller.port(), 0.5);
    // While recording: the run, its recvs and its decoded frames appear live.
    QTRY_COMPARE(controller.trace().runs.size(), 1);
    QTRY_COMPARE(controller.trace().runs[0].frames.size(), 5);
    QVERIFY(!controller.trace().runs[0].recvs.isEmpty());
    QVERIFY(finished.isEmpty());
    QVERIFY(ended(client));

    QElapsedTimer timer;
    timer.start();
    controller.stop();
    QVERIFY(timer.elapsed() < 500);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!controller.isRunning());
    const Run &run = controller.trace().runs.value(0);
    QCOMPARE(run.role, Role::Observer);
    QCOMPARE(run.frames.size(), 5);
    QCOMPARE(run.summary.receivedBytes, 3044);
    QVERIFY(changed.size() >= 2);
}

void tst_ObserveController::portInUseIsAnImmediateError()
{
    QString error;
    NativeSocket taken = NativeSocket::create(SOCK_STREAM, &error);
    QCOMPARE(taken.bind(), QString());
    QCOMPARE(taken.listen(), QString());
    ObserveController controller;
    QSignalSpy started(&controller, &ObserveController::started);
    ObserveOptions options;
    options.port = taken.localPort();
    const QString result = controller.start(options);
    QVERIFY2(result.contains(QLatin1String("bind()")), qPrintable(result));
    QVERIFY(!controller.isRunning());
    QVERIFY(started.isEmpty());
}

void tst_ObserveController::invalidOptions()
{
    ObserveController controller;
    ObserveOptions options;
    options.framing = QStringLiteral("length:3:be");
    QVERIFY(controller.start(options).contains(QLatin1String("--framing")));
    options = ObserveOptions{};
    options.bindAddress = QStringLiteral("not-an-address");
    QVERIFY(controller.start(options).contains(QLatin1String("--bind")));
    QVERIFY(!controller.isRunning());
}

void tst_ObserveController::durationFinishes()
{
    ObserveController controller;
    QSignalSpy finished(&controller, &ObserveController::finished);
    ObserveOptions options;
    options.protocol = Protocol::Udp;
    options.recvSize = ObserveOptions::kDefaultUdpRecvSize;
    options.durationMs = 200;
    QCOMPARE(controller.start(options), QString());
    QVERIFY(finished.wait(5000));
    QVERIFY(!controller.isRunning());
    QCOMPARE(controller.trace().runs.size(), 1); // the UDP port's run, with no datagram
    QVERIFY(controller.trace().runs[0].recvs.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ObserveController)
#include "tst_observecontroller.moc"
