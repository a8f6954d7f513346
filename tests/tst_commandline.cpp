// The sockscope executable as a user calls it: exit codes, one clear line for bad input,
// and outputs that other tools can read.

#include "clitesthelpers.h"
#include "model/scenariokey.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clitest::Result;
using clitest::runSockscope;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryLesson();
    void badInput_data();
    void badInput();
    void exactErrorLines_data();
    void exactErrorLines();
    void terminalControlsAreEscaped();
    void runPrintsTableAndWritesJson();
    void scenarioFileAndSet();
    void imagesAndShowDrawTheSame();
    void listsEveryScenarioKey();
    void countedWordsInEveryLanguage_data();
    void countedWordsInEveryLanguage();
};

void TestCommandLine::listsEveryLesson()
{
    const Result r = runSockscope({ QStringLiteral("lessons") });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 22);
    for (const char *name : { "side-by-side",
                              "tcp-slow-reader",
                              "tcp-nagle",
                              "tcp-nagle-delayed-ack",
                              "tcp-split",
                              "tcp-partial-send",
                              "sleep-does-not-help",
                              "tcp-cork",
                              "tcp-quickack",
                              "tcp-rcvlowat",
                              "send-vs-sendall",
                              "concurrent-clients",
                              "udp-boundaries",
                              "udp-truncation",
                              "udp-peek",
                              "udp-overflow",
                              "udp-too-big",
                              "udp-connrefused",
                              "empty-message",
                              "framing-length-prefix",
                              "framing-delimiter",
                              "framing-json-header" }) {
        QVERIFY2(r.out.contains(QLatin1String(name) + QLatin1Char(' ')), name);
    }
}

void TestCommandLine::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); // what the one error line must name

    auto row = [](const char *tag, QStringList args, const char *named) {
        QTest::newRow(tag) << args << QString::fromUtf8(named);
    };
    row("unknown verb", { QStringLiteral("frobnicate") }, "frobnicate");
    row("unknown lesson",
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("nope") }, "nope");
    row("count not a number",
        { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("count=abc") }, "count");
    row("count too big",
        { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("count=2000000") },
        "count");
    row("unknown key",
        { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("colour=red") }, "colour");
    row("no equals", { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("count") },
        "key=value");
    row("bad protocol",
        { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("protocol=sctp") },
        "protocol");
    row("bad framing",
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("tcp-slow-reader"),
          QStringLiteral("--set"), QStringLiteral("framing=length:3:be") },
        "framing");
    row("udp too big",
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("udp-boundaries"),
          QStringLiteral("--set"), QStringLiteral("size=70000") },
        "size");
    row("missing scenario",
        { QStringLiteral("run"), QStringLiteral("--scenario"),
          QStringLiteral("/nonexistent/s.json") },
        "/nonexistent/s.json");
    row("both sources",
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("tcp-nagle"),
          QStringLiteral("--scenario"), QStringLiteral("x.json") },
        "--scenario");
    row("unknown option", { QStringLiteral("run"), QStringLiteral("--colour") }, "colour");
    row("bad mode", { QStringLiteral("run"), QStringLiteral("--mode"), QStringLiteral("dream") },
        "dream");
    row("stray argument", { QStringLiteral("run"), QStringLiteral("extra") }, "extra");
    row("unwritable json",
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("udp-boundaries"),
          QStringLiteral("--quiet"), QStringLiteral("--json"),
          QStringLiteral("/nonexistent/dir/t.json") },
        "/nonexistent/dir/t.json");
}

void TestCommandLine::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Result r = runSockscope(args);
    QCOMPARE(r.exitCode, 2);
    const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!errLines.isEmpty(), "no error message");
    QVERIFY2(errLines.last().contains(named), qPrintable(r.err));
    QVERIFY2(errLines.last().startsWith(QLatin1String("sockscope: ")), qPrintable(r.err));
}

// Messages whose wording was wrong: a key named twice, a bound not stated.
void TestCommandLine::exactErrorLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("line");

    const QString observe = QStringLiteral("observe --tcp --port 0 ");
    QTest::newRow("observe framing")
        << (observe + QStringLiteral("--framing bogus")).split(QLatin1Char(' '))
        << "sockscope: --framing: unknown kind \"bogus\" (none, length, delimiter, fixed, "
           "json-header)";
    QTest::newRow("set framing")
        << QStringLiteral("run --set framing=delimiter:\\q").split(QLatin1Char(' '))
        << "sockscope: --set: framing: unknown escape \\q in the delimiter";
    // The window's --lesson: a misspelt name is one line and exit 2, no window.
    QTest::newRow("window lesson")
        << QStringList{ QStringLiteral("--lesson"), QStringLiteral("tcp-nagel") }
        << "sockscope: --lesson: no lesson named \"tcp-nagel\" (see "
           "'sockscope lessons')";
    QTest::newRow("window lesson=") << QStringList{ QStringLiteral("--lesson=nope") }
                                    << "sockscope: --lesson: no lesson named \"nope\" (see "
                                       "'sockscope lessons')";
    QTest::newRow("duration too long")
        << (observe + QStringLiteral("--duration 1e12")).split(QLatin1Char(' '))
        << "sockscope: --duration: expected a number of seconds greater than 0 and at most "
           "604800 (7 days), got \"1e12\"";
}

void TestCommandLine::exactErrorLines()
{
    QFETCH(QStringList, args);
    QFETCH(QString, line);
    const Result r = runSockscope(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), line);
}

// Text from a file reaches the terminal with its control characters made visible: a label
// that recolours the screen or returns the cursor to overwrite the table is shown, not obeyed.
void TestCommandLine::terminalControlsAreEscaped()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QCOMPARE(runSockscope({ QStringLiteral("run"), QStringLiteral("--lesson"),
                            QStringLiteral("udp-boundaries"), QStringLiteral("--mode"),
                            QStringLiteral("sim"), QStringLiteral("--quiet"),
                            QStringLiteral("--json"), json })
                 .exitCode,
             0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray runs = doc.value(QStringLiteral("runs")).toArray();
    QJsonObject run = runs.at(0).toObject();
    const QString hostile = QStringLiteral("ok\x1b[2J\x1b]0;pwned\x07\rfake\u202eevil");
    run.insert(QStringLiteral("label"), hostile);
    runs.replace(0, run);
    doc.insert(QStringLiteral("runs"), runs);
    doc.insert(QStringLiteral("notes"), QJsonArray{ hostile });
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(doc).toJson());
    f.close();

    const Result r = runSockscope({ QStringLiteral("show"), json });
    QCOMPARE(r.exitCode, 0);
    for (const QChar c : r.out)
        QVERIFY2(c == QLatin1Char('\n') || c == QLatin1Char('\t')
                     || (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e),
                 qPrintable(QStringLiteral("U+%1 reached the terminal")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    QVERIFY2(r.out.contains(QLatin1String("ok\\x1b[2J\\x1b]0;pwned\\x07\\rfake\\u202eevil")),
             qPrintable(r.out));

    // A value quoted in an error message is escaped the same way.
    const Result bad = runSockscope(
        { QStringLiteral("run"), QStringLiteral("--set"), QStringLiteral("framing=\x1b[31m") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(!bad.err.contains(QChar(0x1b)) && bad.err.contains(QLatin1String("\\x1b[31m")),
             qPrintable(bad.err));
}

void TestCommandLine::runPrintsTableAndWritesJson()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    const Result r = runSockscope({ QStringLiteral("run"), QStringLiteral("--lesson"),
                                    QStringLiteral("udp-boundaries"), QStringLiteral("--json"),
                                    json, QStringLiteral("--csv"), csv });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("hello")));
    QVERIFY(r.out.contains(QLatin1String("intact")));
    QVERIFY(r.out.contains(QLatin1String("conserved")));

    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("sockscope-trace"));
    QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject run = doc.value(QStringLiteral("runs")).toArray().at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("protocol")).toString(), QStringLiteral("udp"));
    QCOMPARE(run.value(QStringLiteral("sends")).toArray().size(), 3);
    QCOMPARE(run.value(QStringLiteral("recvs")).toArray().size(), 3);
    QVERIFY(run.value(QStringLiteral("summary"))
                .toObject()
                .value(QStringLiteral("conserved"))
                .toBool());

    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll().count('\n'), 1 + 3 + 3);
}

void TestCommandLine::scenarioFileAndSet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"protocol":"udp","count":4,"payload":"x{n}","recv_size":64})");
    f.close();
    const QString json = dir.filePath(QStringLiteral("t.json"));
    const Result r = runSockscope({ QStringLiteral("run"), QStringLiteral("--scenario"), path,
                                    QStringLiteral("--set"), QStringLiteral("count=6"),
                                    QStringLiteral("--quiet"), QStringLiteral("--json"), json });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile t(json);
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(t.readAll()).object();
    QCOMPARE(
        doc.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("count")).toInt(), 6);
    QCOMPARE(doc.value(QStringLiteral("runs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("sends"))
                 .toArray()
                 .size(),
             6);

    // A broken scenario file: exit 2 and the file named.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"protocol":"udp","count":)");
    f.close();
    const Result bad = runSockscope({ QStringLiteral("run"), QStringLiteral("--scenario"), path });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(path), qPrintable(bad.err));
}

void TestCommandLine::imagesAndShowDrawTheSame()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    const QString recorded = dir.filePath(QStringLiteral("recorded.png"));
    const QString shown = dir.filePath(QStringLiteral("shown.png"));
    const QString chrome = dir.filePath(QStringLiteral("t.chrome.json"));
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    const Result r = runSockscope(
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("tcp-split"),
          QStringLiteral("--quiet"), QStringLiteral("--json"), json, QStringLiteral("--png"),
          recorded, QStringLiteral("--scale"), QStringLiteral("2"),
          QStringLiteral("--chrome-trace"), chrome, QStringLiteral("--svg"), svg });
    QCOMPARE(r.exitCode, 0);
    QImage image(recorded);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 2000); // 2× of a 1600-point figure
    // A saved trace renders again exactly as recorded: pixel for pixel.
    const Result s = runSockscope({ QStringLiteral("show"), json, QStringLiteral("--quiet"),
                                    QStringLiteral("--png"), shown, QStringLiteral("--scale"),
                                    QStringLiteral("2") });
    QCOMPARE(s.exitCode, 0);
    QCOMPARE(QImage(shown), image);
    // show prints the same table as the run did.
    const Result table = runSockscope({ QStringLiteral("show"), json });
    QVERIFY(table.out.contains(QLatin1String("reply-0")));

    QFile c(chrome);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(c.readAll())
                .object()
                .value(QStringLiteral("traceEvents"))
                .toArray()
                .size()
            > 10);
    QFile v(svg);
    QVERIFY(v.open(QIODevice::ReadOnly));
    QVERIFY(v.readAll().contains("<svg"));

    const Result badScale = runSockscope(
        { QStringLiteral("show"), json, QStringLiteral("--scale"), QStringLiteral("3") });
    QCOMPARE(badScale.exitCode, 2);
    QVERIFY(badScale.err.contains(QLatin1String("--scale")));
    const Result notATrace = runSockscope({ QStringLiteral("show"), svg });
    QCOMPARE(notATrace.exitCode, 2);
    QVERIFY(notATrace.err.contains(svg));
}

void TestCommandLine::listsEveryScenarioKey()
{
    // 'sockscope keys' and run's help list every key of the table, one line each; 'keys
    // --markdown' is README's table.
    const Result keys = runSockscope({ QStringLiteral("keys") });
    QCOMPARE(keys.exitCode, 0);
    const Result help = runSockscope({ QStringLiteral("run"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const QString &key : sockscope::ScenarioKey::names()) {
        const QString line = QStringLiteral("\n  ") + key + QLatin1Char(' ');
        QVERIFY2(keys.out.contains(line), qPrintable(key));
        QVERIFY2(help.out.contains(line), qPrintable(key));
    }
    const Result markdown = runSockscope({ QStringLiteral("keys"), QStringLiteral("--markdown") });
    QCOMPARE(markdown.exitCode, 0);
    QCOMPARE(markdown.out, sockscope::ScenarioKey::markdownTable());
    QCOMPARE(runSockscope({ QStringLiteral("keys"), QStringLiteral("--html") }).exitCode, 2);
}

void TestCommandLine::countedWordsInEveryLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("English") << QStringLiteral("en_US.UTF-8");
    QTest::newRow("German, no translation") << QStringLiteral("de_DE.UTF-8");
}

// The table's counted words have their English singular and plural in every language without a
// translation of its own: "3 messages", never "message(s)".
void TestCommandLine::countedWordsInEveryLanguage()
{
    QFETCH(QString, lang);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LANG", "LC_ALL", "LC_MESSAGES" })
        env.insert(QLatin1String(name), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SOCKSCOPE_BINARY),
            { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("udp-boundaries"),
              QStringLiteral("--mode"), QStringLiteral("sim") });
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("Summary: 3 messages")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("(s)")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
