// The event cap as a teacher meets it: `sockscope run --max-events N` stops a run at
// the cap, the table shows the notice and the exit code says the run did not complete.

#include "record/eventrecorder.h"

#include <QProcess>
#include <QTest>

using namespace sockscope;

class tst_FaultsCli : public QObject
{
    Q_OBJECT

private slots:
    void eventCapInTheTable();
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

QTEST_GUILESS_MAIN(tst_FaultsCli)
#include "tst_faultscli.moc"
