// The event cap as a teacher meets it: `sockscope run --max-events N` stops a run at
// the cap, the table shows the notice and the exit code says the run did not complete. And a
// run stopped from outside (Ctrl+C, kill, the terminal closing) keeps what it recorded.

#include "record/eventrecorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sockscope;

class tst_FaultsCli : public QObject
{
    Q_OBJECT

private slots:
    void eventCapInTheTable();
    void stopSignalsKeepTheTrace_data();
    void stopSignalsKeepTheTrace();
};

// The notice reaches the table a teacher reads, and the exit code says the run did not complete.
void tst_FaultsCli::eventCapInTheTable()
{
    QProcess p;
    p.start(QStringLiteral(SOCKSCOPE_BINARY),
            { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("protocol=tcp"),
              QStringLiteral("--set"), QStringLiteral("count=100000"),
              QStringLiteral("--max-events"), QStringLiteral("50") });
    QVERIFY(p.waitForFinished(60'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(out.contains(EventCap::notice(50)), qPrintable(out));

    QProcess bad;
    bad.start(QStringLiteral(SOCKSCOPE_BINARY),
              { QStringLiteral("run"), QStringLiteral("--max-events"), QStringLiteral("0") });
    QVERIFY(bad.waitForFinished(60'000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--max-events"));
}

void tst_FaultsCli::stopSignalsKeepTheTrace_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGHUP") << SIGHUP;
}

void tst_FaultsCli::stopSignalsKeepTheTrace()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QProcess p;
    // A minute of sends: the signal comes long before the end.
    p.start(QStringLiteral(SOCKSCOPE_BINARY),
            { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("protocol=tcp"),
              QStringLiteral("--set"), QStringLiteral("count=6000"), QStringLiteral("--set"),
              QStringLiteral("interval_ms=10"), QStringLiteral("--quiet"), QStringLiteral("--json"),
              json });
    QVERIFY(p.waitForStarted());
    QTest::qWait(1500);
    QCOMPARE(p.state(), QProcess::Running);
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(20'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QFile file(json);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the trace was not written");
    const QJsonObject run = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("runs"))
                                .toArray()
                                .at(0)
                                .toObject();
    QVERIFY(run.value(QStringLiteral("aborted")).toBool());
    QVERIFY(run.value(QStringLiteral("sends")).toArray().size() > 10);
}

QTEST_GUILESS_MAIN(tst_FaultsCli)
#include "tst_faultscli.moc"
