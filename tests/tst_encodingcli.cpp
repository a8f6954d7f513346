// --encoding as a teacher meets it: Chinese payloads read as Chinese in the table and the CSV,
// the trace JSON keeps its escaped previews, and a wrong value is one line naming the flag.

#include "clitesthelpers.h"
#include "model/previewtext.h"
#include "model/wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

class tst_EncodingCli : public QObject
{
    Q_OBJECT

private slots:
    void chineseInTableAndCsvNotInJson();
    void hexAndShow();
    void unknownEncoding();
};

void tst_EncodingCli::chineseInTableAndCsvNotInJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const auto r = clitest::runSockscope(
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("udp-boundaries"),
          QStringLiteral("--set"), QStringLiteral("payload=消息{n}"), QStringLiteral("--csv"), csv,
          QStringLiteral("--json"), json });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("消息0")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("\\xe6")), qPrintable(r.out));

    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(csvFile.readAll());
    QVERIFY2(rows.contains(QStringLiteral("消息0")), qPrintable(rows));
    QVERIFY(!rows.contains(QStringLiteral("\\xe6")));

    // The trace contract: the JSON preview stays the escaped ASCII form.
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = jsonFile.readAll();
    // (The scenario's payload key holds "消息{n}" as text; no preview does.)
    QVERIFY(!bytes.contains(QByteArray("\"preview\":\"消息")));
    const QJsonObject run
        = QJsonDocument::fromJson(bytes)[QLatin1String("runs")].toArray().first().toObject();
    const QString preview = run[QLatin1String("sends")]
                                .toArray()
                                .first()
                                .toObject()[QLatin1String("preview")]
                                .toString();
    QCOMPARE(preview, WireFormat::previewText(QByteArray("消息0")));
}

void tst_EncodingCli::hexAndShow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("t.json"));
    const auto recorded = clitest::runSockscope(
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("udp-boundaries"),
          QStringLiteral("--set"), QStringLiteral("payload=消息{n}"), QStringLiteral("--quiet"),
          QStringLiteral("--json"), json });
    QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
    QVERIFY(recorded.out.isEmpty());

    const QString csv = dir.filePath(QStringLiteral("hex.csv"));
    const auto shown
        = clitest::runSockscope({ QStringLiteral("show"), json, QStringLiteral("--encoding"),
                                  QStringLiteral("hex"), QStringLiteral("--csv"), csv });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(QStringLiteral("e6 b6 88 e6 81 af 30")), qPrintable(shown.out));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().contains("e6 b6 88 e6 81 af 30"));

    if (!PreviewText::gb18030Available())
        return;
    // UTF-8 bytes shown as GB18030 are not 消息: the choice is applied, not ignored.
    const auto gb = clitest::runSockscope(
        { QStringLiteral("show"), json, QStringLiteral("--encoding"), QStringLiteral("gb18030") });
    QCOMPARE(gb.exitCode, 0);
    QVERIFY2(!gb.out.contains(QStringLiteral("消息0")), qPrintable(gb.out));
}

void tst_EncodingCli::unknownEncoding()
{
    for (const QString &verb : { QStringLiteral("run"), QStringLiteral("show") }) {
        QStringList args{ verb, QStringLiteral("--encoding"), QStringLiteral("bogus") };
        if (verb == QLatin1String("show"))
            args << QStringLiteral("missing.json");
        const auto r = clitest::runSockscope(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(QStringLiteral("--encoding")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bogus")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_EncodingCli)
#include "tst_encodingcli.moc"
