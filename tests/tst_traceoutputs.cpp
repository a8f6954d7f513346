#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString err;
};

Result sockscope(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SOCKSCOPE_BINARY), args);
    if (!p.waitForFinished(120'000))
        qFatal("sockscope did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The outputs' --until-ms, as a user's shell runs it: images at a replay time, data whole.
class TestTraceOutputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untilDrawsAnEarlierPicture();
    void untilKeepsTheDataWhole();
    void badUntilIsRefused_data();
    void badUntilIsRefused();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestTraceOutputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result r = sockscope({ QStringLiteral("run"), QStringLiteral("--lesson"),
                                 QStringLiteral("tcp-nagle"), QStringLiteral("--mode"),
                                 QStringLiteral("sim"), QStringLiteral("--quiet"),
                                 QStringLiteral("--json"), path(QStringLiteral("t.json")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestTraceOutputs::untilDrawsAnEarlierPicture()
{
    const QString trace = path(QStringLiteral("t.json"));
    Result r = sockscope({ QStringLiteral("show"), trace, QStringLiteral("--quiet"),
                           QStringLiteral("--png"), path(QStringLiteral("full.png")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = sockscope({ QStringLiteral("show"), trace, QStringLiteral("--quiet"),
                    QStringLiteral("--until-ms"), QStringLiteral("10"), QStringLiteral("--png"),
                    path(QStringLiteral("at10.png")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray full = contents(path(QStringLiteral("full.png")));
    const QByteArray at10 = contents(path(QStringLiteral("at10.png")));
    QVERIFY(!full.isEmpty() && !at10.isEmpty());
    QVERIFY(full != at10);
}

void TestTraceOutputs::untilKeepsTheDataWhole()
{
    // The simulator is deterministic: the same run gives the same JSON, --until-ms or not.
    const Result r = sockscope(
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("tcp-nagle"),
          QStringLiteral("--mode"), QStringLiteral("sim"), QStringLiteral("--quiet"),
          QStringLiteral("--until-ms"), QStringLiteral("10"), QStringLiteral("--json"),
          path(QStringLiteral("u.json")), QStringLiteral("--svg"), path(QStringLiteral("u.svg")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(contents(path(QStringLiteral("u.json"))), contents(path(QStringLiteral("t.json"))));
    QVERIFY(!contents(path(QStringLiteral("u.svg"))).isEmpty());
}

void TestTraceOutputs::badUntilIsRefused_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("value");
    QTest::newRow("show, negative") << QStringLiteral("show") << QStringLiteral("-1");
    QTest::newRow("show, not a number") << QStringLiteral("show") << QStringLiteral("abc");
    QTest::newRow("run, not a number") << QStringLiteral("run") << QStringLiteral("abc");
    QTest::newRow("run, infinite") << QStringLiteral("run") << QStringLiteral("inf");
}

void TestTraceOutputs::badUntilIsRefused()
{
    QFETCH(QString, verb);
    QFETCH(QString, value);
    QStringList args{ verb,  QStringLiteral("--quiet"), QStringLiteral("--until-ms"),
                      value, QStringLiteral("--png"),   path(QStringLiteral("bad.png")) };
    if (verb == QLatin1String("show"))
        args << path(QStringLiteral("t.json"));
    else
        args << QStringLiteral("--mode") << QStringLiteral("sim");
    const Result r = sockscope(args);
    QCOMPARE(r.exitCode, 2);
    // One line naming the flag (the platform may add its own notes on other lines).
    const QStringList lines
        = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("sockscope:"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("--until-ms")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("bad.png"))));
}

QTEST_GUILESS_MAIN(TestTraceOutputs)
#include "tst_traceoutputs.moc"
