// `sockscope worksheet`: a PDF of two pages (the questions, the answer key) from a run recorded
// now or a saved trace of the lesson, and one clear message with exit code 2 for a bad lesson,
// language, path or trace.

#include "clitesthelpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using clitest::runSockscope;

namespace {

// The pages of a PDF QPdfWriter wrote: its "/Type /Page" objects (not "/Pages").
int pageCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    if (!pdf.startsWith("%PDF-"))
        return -1;
    return int(
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b"))));
}

} // namespace

class TestWorksheetCli : public QObject
{
    Q_OBJECT

private slots:
    void recordsARunForTheAnswerKey();
    void simulatedAndChinese();
    void fromASavedTrace();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
};

void TestWorksheetCli::recordsARunForTheAnswerKey()
{
    const QString pdf = m_dir.filePath(QStringLiteral("udp.pdf"));
    const auto r = runSockscope({ QStringLiteral("worksheet"), QStringLiteral("--lesson"),
                                  QStringLiteral("udp-boundaries"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(pageCount(pdf), 2);
}

void TestWorksheetCli::simulatedAndChinese()
{
    const QString pdf = m_dir.filePath(QStringLiteral("nagle-zh.pdf"));
    const auto r = runSockscope({ QStringLiteral("worksheet"), QStringLiteral("--lesson"),
                                  QStringLiteral("tcp-nagle-delayed-ack"), QStringLiteral("--lang"),
                                  QStringLiteral("zh_CN"), QStringLiteral("--mode"),
                                  QStringLiteral("sim"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(pageCount(pdf), 2);
}

void TestWorksheetCli::fromASavedTrace()
{
    const QString json = m_dir.filePath(QStringLiteral("trace.json"));
    auto r = runSockscope({ QStringLiteral("run"), QStringLiteral("--lesson"),
                            QStringLiteral("tcp-split"), QStringLiteral("--mode"),
                            QStringLiteral("sim"), QStringLiteral("--quiet"),
                            QStringLiteral("--json"), json });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString pdf = m_dir.filePath(QStringLiteral("split.pdf"));
    // The lesson comes from the trace.
    r = runSockscope({ QStringLiteral("worksheet"), QStringLiteral("--trace"), json,
                       QStringLiteral("--pdf"), pdf });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(pageCount(pdf), 2);
    // A trace of another lesson does not answer this one's questions.
    r = runSockscope({ QStringLiteral("worksheet"), QStringLiteral("--lesson"),
                       QStringLiteral("udp-overflow"), QStringLiteral("--trace"), json,
                       QStringLiteral("--pdf"), pdf });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("tcp-split")), qPrintable(r.err));
}

void TestWorksheetCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString ok = m_dir.filePath(QStringLiteral("never.pdf"));
    QTest::newRow("lesson") << QStringList{ QStringLiteral("--lesson"), QStringLiteral("tcp-nope"),
                                            QStringLiteral("--pdf"), ok }
                            << QStringLiteral("no lesson named \"tcp-nope\"");
    QTest::newRow("lang") << QStringList{ QStringLiteral("--lang"), QStringLiteral("fr"),
                                          QStringLiteral("--pdf"), ok }
                          << QStringLiteral("--lang: expected en or zh_CN, got \"fr\"");
    QTest::newRow("no pdf") << QStringList{ QStringLiteral("--lesson"),
                                            QStringLiteral("side-by-side") }
                            << QStringLiteral("--pdf FILE is required");
    QTest::newRow("folder") << QStringList{ QStringLiteral("--pdf"),
                                            QStringLiteral("/nonexistent/dir/w.pdf") }
                            << QStringLiteral("the folder /nonexistent/dir does not exist");
    QTest::newRow("trace") << QStringList{ QStringLiteral("--trace"),
                                           m_dir.filePath(QStringLiteral("missing.json")),
                                           QStringLiteral("--pdf"), ok }
                           << QStringLiteral("--trace:");
    QTest::newRow("mode") << QStringList{ QStringLiteral("--mode"), QStringLiteral("both"),
                                          QStringLiteral("--pdf"), ok }
                          << QStringLiteral("--mode: expected real or sim");
}

void TestWorksheetCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = runSockscope(QStringList{ QStringLiteral("worksheet") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1String("sockscope: ")), 1); // one line
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
}

QTEST_GUILESS_MAIN(TestWorksheetCli)
#include "tst_worksheetcli.moc"
