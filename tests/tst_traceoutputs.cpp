#include <QFile>
#include <QImage>
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
    void bytesViewDrawsAnotherPicture();
    void badViewIsRefusedBeforeRunning_data();
    void badViewIsRefusedBeforeRunning();

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

void TestTraceOutputs::bytesViewDrawsAnotherPicture()
{
    const QString trace = path(QStringLiteral("t.json"));
    Result r = sockscope({ QStringLiteral("show"), trace, QStringLiteral("--quiet"),
                           QStringLiteral("--png"), path(QStringLiteral("time.png")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = sockscope({ QStringLiteral("show"), trace, QStringLiteral("--quiet"),
                    QStringLiteral("--view"), QStringLiteral("bytes"), QStringLiteral("--png"),
                    path(QStringLiteral("bytes.png")), QStringLiteral("--svg"),
                    path(QStringLiteral("bytes.svg")), QStringLiteral("--pdf"),
                    path(QStringLiteral("bytes.pdf")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage bytes(path(QStringLiteral("bytes.png")));
    const QImage time(path(QStringLiteral("time.png")));
    QVERIFY(!bytes.isNull());
    QVERIFY(!time.isNull());
    QVERIFY(bytes != time);
    QCOMPARE(bytes.width(), 1600);
    const QByteArray svg = contents(path(QStringLiteral("bytes.svg")));
    QVERIFY(svg.contains("<svg"));
    // The byte view's caption, not the timeline's.
    QVERIFY2(svg.contains("Byte-stream view"), svg.left(2000).constData());
    QVERIFY(contents(path(QStringLiteral("bytes.pdf"))).startsWith("%PDF"));
    // --view time is the default picture.
    r = sockscope({ QStringLiteral("show"), trace, QStringLiteral("--quiet"),
                    QStringLiteral("--view"), QStringLiteral("time"), QStringLiteral("--png"),
                    path(QStringLiteral("time2.png")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QImage(path(QStringLiteral("time2.png"))), time);
}

void TestTraceOutputs::badViewIsRefusedBeforeRunning_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("run") << QStringLiteral("run");
    QTest::newRow("show") << QStringLiteral("show");
}

void TestTraceOutputs::badViewIsRefusedBeforeRunning()
{
    QFETCH(QString, verb);
    QStringList args{ verb,
                      QStringLiteral("--quiet"),
                      QStringLiteral("--view"),
                      QStringLiteral("byte"),
                      QStringLiteral("--png"),
                      path(QStringLiteral("badview.png")),
                      QStringLiteral("--json"),
                      path(QStringLiteral("badview.json")) };
    if (verb == QLatin1String("show"))
        args << path(QStringLiteral("t.json"));
    else
        args << QStringLiteral("--mode") << QStringLiteral("sim");
    const Result r = sockscope(args);
    QCOMPARE(r.exitCode, 2);
    const QStringList lines
        = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("sockscope:"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("--view")), qPrintable(r.err));
    QVERIFY2(lines.first().contains(QLatin1String("bytes")), qPrintable(r.err));
    // Refused before anything ran: nothing written.
    QVERIFY(!QFile::exists(path(QStringLiteral("badview.png"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("badview.json"))));
}

QTEST_GUILESS_MAIN(TestTraceOutputs)
#include "tst_traceoutputs.moc"
