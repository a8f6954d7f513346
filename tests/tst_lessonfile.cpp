// Lesson files (io/LessonFile): every built-in lesson written as a file and read back is the
// same lesson and judges a trace exactly as the built-in does; a teacher's edited lesson runs
// with its own title, scenario and claims, its own measured claims included; bad files get one
// error naming the field; a trace of a file lesson is judged again without the file; the CLI's
// lessons --dir / --save and run --lesson-file.

#include "clitesthelpers.h"

#include "analysis/lessonexpectations.h"
#include "io/lessonfile.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

namespace {

Trace simulated(const Lesson &lesson)
{
    StopSignal stop;
    return PlanRunner::run(lesson.plan(lesson.scenario), lesson.name, Mode::Sim, stop);
}

// The claims as the class reads them, whichever lesson name they carry.
QStringList judgedLines(const Trace &trace)
{
    QStringList lines;
    for (const Expectation &e : trace.expectations)
        lines << LessonExpectations::mark(e) + QLatin1Char(' ')
                + LessonExpectations::describe(trace, e);
    return lines;
}

QJsonObject savedAs(const QString &builtIn, const QString &name)
{
    Lesson lesson = *LessonCatalogue::find(builtIn);
    lesson.checks = LessonExpectations::checksOf(builtIn);
    lesson.name = name;
    return QJsonDocument::fromJson(LessonFile::toBytes(lesson)).object();
}

// The README's example: a slow reader, 50 messages, a claim of the table and one of the
// teacher's own.
const char kSlowReader[] = R"({
    "format": "sockscope-lesson/1",
    "name": "slow-reader-50",
    "title": { "en": "A slow reader, 50 messages", "zh_CN": "慢速读取方，50 条消息" },
    "summary": { "en": "50 sends 5 ms apart; a recv every 100 ms" },
    "explanation": { "en": "Each recv returns many messages glued together." },
    "scenario": { "protocol": "tcp", "count": 50, "interval_ms": 5, "read_interval_ms": 100 },
    "headline": "streams",
    "expectations": [
        "tcp-merges",
        { "about": "tcp", "measure": "messages-per-recv-max", "at-least": 5,
          "text": { "en": "TCP: one recv returns five messages or more",
                    "zh_CN": "TCP：一次 recv 返回五条或更多消息" } }
    ]
})";

struct Cli
{
    int exitCode = -1;
    QString out;
    QString err;
};

// sockscope in the C locale with a user data folder of its own (no lessons of the machine's).
Cli runCli(const QStringList &args, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = clitest::cLocale();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SOCKSCOPE_BINARY), args);
    if (!p.waitForFinished(120'000))
        qFatal("sockscope did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_LessonFile : public QObject
{
    Q_OBJECT

private slots:
    void everyClaimHasOneId();
    void everyBuiltInRoundTrips();
    void builtInSavedAsFileJudgesAsTheBuiltIn();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void editedLessonRunsWithItsOwnClaims();
    void traceCarriesTheLesson();
    void folderLoadsTheGoodAndNamesTheBad();
    void readmeListsTheIds();
    void cliRunsALessonFile();
    void cliSavesAndValidates();
};

// Each claim of the table has an id, one id is one claim wherever it is listed, and a built-in
// lesson's ids name exactly its claims.
void tst_LessonFile::everyClaimHasOneId()
{
    const QStringList ids = LessonExpectations::claimIds();
    QVERIFY(!ids.contains(QString()));
    for (const Lesson &lesson : LessonCatalogue::all()) {
        const LessonChecks checks = LessonExpectations::checksOf(lesson.name);
        QVERIFY2(!checks.headline.isEmpty(), qPrintable(lesson.name));
        for (int i = 0; i < checks.claims.size(); ++i)
            QVERIFY2(LessonExpectations::sameClaim(checks.claims[i], lesson.name, i),
                     qPrintable(lesson.name + QLatin1Char(' ') + checks.claims[i]));
    }
}

void tst_LessonFile::everyBuiltInRoundTrips()
{
    for (const Lesson &builtIn : LessonCatalogue::all()) {
        const QString name = QStringLiteral("file-") + builtIn.name;
        QString error;
        const auto read = LessonFile::fromJson(savedAs(builtIn.name, name), &error);
        QVERIFY2(read, qPrintable(builtIn.name + QStringLiteral(": ") + error));
        QCOMPARE(read->name, name);
        QCOMPARE(QString::fromUtf8(read->title), QString::fromUtf8(builtIn.title));
        QCOMPARE(QString::fromUtf8(read->summary), QString::fromUtf8(builtIn.summary));
        QCOMPARE(QString::fromUtf8(read->explanation), QString::fromUtf8(builtIn.explanation));
        QVERIFY2(read->scenario == builtIn.scenario, qPrintable(builtIn.name));
        QCOMPARE(read->variants.size(), builtIn.variants.size());
        for (qsizetype i = 0; i < builtIn.variants.size(); ++i) {
            QCOMPARE(QString::fromUtf8(read->variants[i].label),
                     QString::fromUtf8(builtIn.variants[i].label));
            QCOMPARE(read->variants[i].settings, builtIn.variants[i].settings);
        }
        QCOMPARE(read->hasSwitch(), builtIn.hasSwitch());
        if (builtIn.hasSwitch()) {
            QCOMPARE(read->switchOff.settings, builtIn.switchOff.settings);
            QCOMPARE(read->switchOn.settings, builtIn.switchOn.settings);
            QCOMPARE(QString::fromUtf8(read->switchOff.label),
                     QString::fromUtf8(builtIn.switchOff.label));
        }
        const LessonChecks checks = LessonExpectations::checksOf(builtIn.name);
        QCOMPARE(read->checks.headline, checks.headline);
        QCOMPARE(read->checks.claims, checks.claims);
        // The plan is the built-in's, run for run.
        const QList<PlannedRun> a = builtIn.plan(builtIn.scenario);
        const QList<PlannedRun> b = read->plan(read->scenario);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].label, a[i].label);
            QVERIFY(b[i].scenario == a[i].scenario);
        }
        // Written again, the same bytes.
        Lesson again = *read;
        QCOMPARE(LessonFile::toBytes(again), LessonFile::toBytes([&] {
                     Lesson l = builtIn;
                     l.checks = checks;
                     l.name = name;
                     return l;
                 }()));
    }
}

// The same trace judged as the built-in lesson and as its file: the same headline and claims.
void tst_LessonFile::builtInSavedAsFileJudgesAsTheBuiltIn()
{
    for (const Lesson &builtIn : LessonCatalogue::all()) {
        const Trace trace = simulated(builtIn);
        QVERIFY2(!trace.expectations.isEmpty(), qPrintable(builtIn.name));
        QString error;
        const auto read = LessonFile::fromJson(
            savedAs(builtIn.name, QStringLiteral("file-") + builtIn.name), &error);
        QVERIFY2(read, qPrintable(error));
        Trace asFile = trace;
        asFile.lesson = read->name;
        asFile.lessonFile = std::make_shared<const Lesson>(*read);
        LessonExpectations::judge(asFile);
        QCOMPARE(asFile.headline, trace.headline);
        QCOMPARE(judgedLines(asFile), judgedLines(trace));
    }
}

void tst_LessonFile::errorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    // The example with one piece of it replaced.
    auto with = [](const char *from, const char *to) {
        QByteArray json = kSlowReader;
        Q_ASSERT(json.contains(from));
        return json.replace(from, to);
    };
    QTest::newRow("misspelt claim")
        << with(R"("tcp-merges",)", R"("tcp-merges", "tcp-mergse",)")
        << QStringLiteral("expectations[1]: unknown claim \"tcp-mergse\"");
    QTest::newRow("claim twice") << with(R"("tcp-merges",)", R"("tcp-merges", "tcp-merges",)")
                                 << QStringLiteral("expectations[1]: claim \"tcp-merges\" is "
                                                   "listed twice");
    QTest::newRow("unknown headline") << with(R"("streams")", R"("nagel")")
                                      << QStringLiteral("headline: unknown headline \"nagel\"");
    QTest::newRow("unknown key") << with(R"("title":)", R"("titel":)")
                                 << QStringLiteral("titel: unknown key");
    QTest::newRow("format") << with("sockscope-lesson/1", "sockscope-lesson/2")
                            << QStringLiteral("format: expected \"sockscope-lesson/1\"");
    QTest::newRow("name") << with(R"("slow-reader-50")", R"("Slow Reader")")
                          << QStringLiteral("name: expected a name of lower-case letters");
    QTest::newRow("no English") << with(R"("en": "A slow reader, 50 messages", )", "")
                                << QStringLiteral("title.en: the English text is required");
    QTest::newRow("scenario key") << with(R"("count": 50)", R"("count": -3)")
                                  << QStringLiteral("scenario: count");
    QTest::newRow("variant setting")
        << with(R"("headline")",
                R"("variants": [{"label": "a", "settings": {"nodelay": "maybe"}}], "headline")")
        << QStringLiteral("variants[0].settings.nodelay:");
    QTest::newRow("own measure") << with(R"("messages-per-recv-max")", R"("recvz")")
                                 << QStringLiteral(
                                        "expectations[1].measure: unknown measure \"recvz\"");
    QTest::newRow("own runs") << with(R"("about": "tcp")", R"("about": "tpc")")
                              << QStringLiteral("expectations[1].about: unknown runs \"tpc\"");
    QTest::newRow("own bound") << with(R"("at-least": 5)", R"("at-least": 1.5)")
                               << QStringLiteral("expectations[1].at-least: expected a whole "
                                                 "number");
    QTest::newRow("two bounds") << with(R"("at-least": 5)", R"("at-least": 5, "at-most": 9)")
                                << QStringLiteral("expectations[1].at-most: give one of");
    QTest::newRow("no bound") << with(R"("at-least": 5,)", "")
                              << QStringLiteral("expectations[1]: missing: one of");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("deep") << QByteArray(100'000, '[') << QStringLiteral("not valid JSON");
    QTest::newRow("huge") << QByteArray(LessonFile::kMaxBytes + 1, ' ')
                          << QStringLiteral("a lesson file is at most 1 MiB");
}

void tst_LessonFile::errorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString got;
    QVERIFY(!LessonFile::fromBytes(json, &got));
    QVERIFY2(got.startsWith(error) || got.contains(QStringLiteral(": ") + error), qPrintable(got));
    // From a file, the message starts with its path.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(path, json));
    QVERIFY(!LessonFile::read(path, &got));
    QVERIFY2(got.startsWith(path + QStringLiteral(": ")), qPrintable(got));
}

void tst_LessonFile::editedLessonRunsWithItsOwnClaims()
{
    QString error;
    auto lesson = LessonFile::fromBytes(kSlowReader, &error);
    QVERIFY2(lesson, qPrintable(error));
    lesson->file = QStringLiteral("/tmp/slow-reader-50.json");
    QVERIFY(LessonCatalogue::addFromFile(*lesson));
    const Lesson *listed = LessonCatalogue::find(QStringLiteral("slow-reader-50"));
    QVERIFY(listed && listed->fromFile());
    QCOMPARE(listed->translatedTitle(), QStringLiteral("A slow reader, 50 messages"));
    QCOMPARE(listed->scenario.count, 50);

    const Trace trace = simulated(*listed);
    QCOMPARE(trace.runs.size(), 1);
    QCOMPARE(trace.runs[0].summary.messages, 50);
    QVERIFY(trace.lessonFile);
    QCOMPARE(trace.headline.size(), 1);
    QVERIFY2(trace.headline[0].english().startsWith(QLatin1String("TCP, simulated: 50 messages")),
             qPrintable(trace.headline[0].english()));
    QCOMPARE(trace.expectations.size(), 2);
    QVERIFY2(trace.expectations[0].claim.english().startsWith(QLatin1String("TCP: a recv returns")),
             qPrintable(trace.expectations[0].claim.english()));
    QCOMPARE(trace.expectations[1].claim.english(),
             QStringLiteral("TCP: one recv returns five messages or more"));
    QCOMPARE(trace.expectations[0].holds, std::optional<bool>(true));
    QCOMPARE(trace.expectations[1].holds, std::optional<bool>(true));
    QVERIFY2(trace.expectations[1].measured.english().contains(QLatin1String("(at least 5)")),
             qPrintable(trace.expectations[1].measured.english()));

    // A bound the run does not reach: ⚠, with the number measured.
    QJsonObject o = QJsonDocument::fromJson(kSlowReader).object();
    QJsonArray expectations = o.value(QStringLiteral("expectations")).toArray();
    QJsonObject own = expectations[1].toObject();
    own.insert(QStringLiteral("at-least"), 1000);
    expectations[1] = own;
    o.insert(QStringLiteral("expectations"), expectations);
    o.insert(QStringLiteral("name"), QStringLiteral("slow-reader-strict"));
    auto strict = LessonFile::fromJson(o, &error);
    QVERIFY2(strict, qPrintable(error));
    strict->file = QStringLiteral("/tmp/strict.json");
    QVERIFY(LessonCatalogue::addFromFile(*strict));
    const Trace strictTrace = simulated(*LessonCatalogue::find(strict->name));
    QCOMPARE(strictTrace.expectations.size(), 2);
    QCOMPARE(strictTrace.expectations[1].holds, std::optional<bool>(false));
    QVERIFY(
        strictTrace.expectations[1].measured.english().contains(QLatin1String("(at least 1000)")));

    // A built-in name is refused.
    Lesson clash = *lesson;
    clash.name = QStringLiteral("tcp-nagle");
    QVERIFY(!LessonCatalogue::addFromFile(clash));
    QVERIFY(!LessonCatalogue::find(QStringLiteral("tcp-nagle"))->fromFile());
}

// Written and read back, a file lesson's trace holds the lesson and is judged to the same
// claims with the lesson gone from the catalogue (a later `show`).
void tst_LessonFile::traceCarriesTheLesson()
{
    QString error;
    auto lesson = LessonFile::fromBytes(kSlowReader, &error);
    QVERIFY2(lesson, qPrintable(error));
    lesson->name = QStringLiteral("carried");
    lesson->file = QStringLiteral("/tmp/carried.json");
    QVERIFY(LessonCatalogue::addFromFile(*lesson));
    const Trace trace = simulated(*LessonCatalogue::find(lesson->name));
    LessonCatalogue::removeFromFiles(lesson->name);
    QVERIFY(!LessonCatalogue::find(lesson->name));
    const QByteArray json = TraceJsonWriter::toJson(trace);
    QVERIFY(json.contains("\"lesson_file\":{"));
    auto read = TraceJsonReader::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->lessonFile);
    QCOMPARE(read->lessonFile->name, QStringLiteral("carried"));
    LessonExpectations::judge(*read);
    QCOMPARE(read->headline, trace.headline);
    QCOMPARE(judgedLines(*read), judgedLines(trace));
    // Without the lesson it carries, the trace of an unknown lesson is not judged.
    read->lessonFile.reset();
    LessonExpectations::judge(*read);
    QVERIFY(read->expectations.isEmpty());
    // A built-in lesson's trace carries none.
    const Trace builtIn = simulated(*LessonCatalogue::find(QStringLiteral("tcp-slow-reader")));
    QVERIFY(!builtIn.lessonFile);
    QVERIFY(!TraceJsonWriter::toJson(builtIn).contains("lesson_file"));
    // A bad lesson inside a trace is named by its field.
    QByteArray bad = json;
    bad.replace("\"tcp-merges\"", "\"tcp-mergse\"");
    QVERIFY(!TraceJsonReader::fromJson(bad, &error));
    QVERIFY2(error.contains(QLatin1String("lesson_file.expectations[0]: unknown claim")),
             qPrintable(error));
}

void tst_LessonFile::folderLoadsTheGoodAndNamesTheBad()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a-good.json")), kSlowReader));
    QByteArray twin = kSlowReader;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b-twin.json")), twin));
    QByteArray builtIn = kSlowReader;
    builtIn.replace("\"slow-reader-50\"", "\"tcp-nagle\"");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("c-builtin.json")), builtIn));
    QByteArray misspelt = kSlowReader;
    misspelt.replace("\"slow-reader-50\"", "\"other\"").replace("\"tcp-merges\"", "\"tcp-mergse\"");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("d-misspelt.json")), misspelt));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a lesson"));
    const LessonFile::Folder folder = LessonFile::readFolder(dir.path());
    QCOMPARE(folder.lessons.size(), 1);
    QCOMPARE(folder.lessons[0].name, QStringLiteral("slow-reader-50"));
    QCOMPARE(folder.lessons[0].file,
             QFileInfo(dir.filePath(QStringLiteral("a-good.json"))).absoluteFilePath());
    QCOMPARE(folder.warnings.size(), 3);
    QVERIFY2(folder.warnings[0].contains(
                 QLatin1String("b-twin.json: name: \"slow-reader-50\" is taken")),
             qPrintable(folder.warnings[0]));
    QVERIFY2(folder.warnings[1].contains(
                 QLatin1String("c-builtin.json: name: \"tcp-nagle\" is a built-in")),
             qPrintable(folder.warnings[1]));
    QVERIFY2(folder.warnings[2].contains(
                 QLatin1String("d-misspelt.json: expectations[0]: unknown claim \"tcp-mergse\"")),
             qPrintable(folder.warnings[2]));
    QVERIFY(LessonFile::readFolder(dir.filePath(QStringLiteral("none"))).warnings.isEmpty());
}

// README's "Lesson checks" tables are the table's ids (LessonExpectations::markdownTable()).
void tst_LessonFile::readmeListsTheIds()
{
    QFile readme(QStringLiteral(SOCKSCOPE_README));
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.errorString()));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString generated = LessonExpectations::markdownTable();
    QVERIFY2(text.contains(generated),
             qPrintable(QStringLiteral("README.md lacks the tables of the lesson checks:\n")
                        + generated));
}

void tst_LessonFile::cliRunsALessonFile()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString lesson = dir.filePath(QStringLiteral("slow.json"));
    QVERIFY(writeFile(lesson, kSlowReader));
    const QString trace = dir.filePath(QStringLiteral("t.json"));
    Cli r = runCli({ QStringLiteral("run"), QStringLiteral("--lesson-file"), lesson,
                     QStringLiteral("--mode"), QStringLiteral("sim"), QStringLiteral("--json"),
                     trace },
                   data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Lesson slow-reader-50 — A slow reader, 50 messages")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("✓ TCP: one recv returns five messages or more")),
             qPrintable(r.out));
    // show, in a process that never saw the file: the trace carries the lesson.
    QVERIFY(QFile::remove(lesson));
    r = runCli({ QStringLiteral("show"), trace }, data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("✓ TCP: one recv returns five messages or more")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("50 messages")), qPrintable(r.out));
    // --set changes what the claim is about: it does not apply, and says so.
    QVERIFY(writeFile(lesson, kSlowReader));
    r = runCli({ QStringLiteral("run"), QStringLiteral("--lesson-file"), lesson,
                 QStringLiteral("--mode"), QStringLiteral("sim"), QStringLiteral("--set"),
                 QStringLiteral("read_interval_ms=0") },
               data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("you changed read_interval_ms")), qPrintable(r.out));
    // Bad input: one line, exit 2.
    r = runCli({ QStringLiteral("run"), QStringLiteral("--lesson-file"),
                 dir.filePath(QStringLiteral("missing.json")) },
               data);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QLatin1String("missing.json: cannot open the lesson file")),
             qPrintable(r.err));
    r = runCli({ QStringLiteral("run"), QStringLiteral("--lesson-file"), lesson,
                 QStringLiteral("--lesson"), QStringLiteral("tcp-nagle") },
               data);
    QCOMPARE(r.exitCode, 2);
}

void tst_LessonFile::cliSavesAndValidates()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString folder = dir.filePath(QStringLiteral("lessons"));
    QVERIFY(QDir().mkpath(folder));
    // --save writes a built-in to start from; it takes the file's name.
    const QString saved = folder + QStringLiteral("/my-nagle.sockscope-lesson.json");
    Cli r = runCli(
        { QStringLiteral("lessons"), QStringLiteral("--save"), QStringLiteral("tcp-nagle"), saved },
        data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString error;
    const auto read = LessonFile::read(saved, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->name, QStringLiteral("my-nagle"));
    QCOMPARE(read->checks.claims, LessonExpectations::checksOf(QStringLiteral("tcp-nagle")).claims);
    QVERIFY(
        writeFile(folder + QStringLiteral("/broken.json"), "{\"format\": \"sockscope-lesson/1\"}"));
    // --dir lists the good ones, names the broken one, and exits 2.
    r = runCli({ QStringLiteral("lessons"), QStringLiteral("--dir"), folder }, data);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QLatin1String("my-nagle")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("(file: ")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("broken.json: name: expected a name")),
             qPrintable(r.err));
    QVERIFY(QFile::remove(folder + QStringLiteral("/broken.json")));
    // The user's folder is loaded at start: the saved lesson is there without --dir.
    const QString userFolder = data + QStringLiteral("/SockScope/sockscope/lessons");
    QVERIFY(QDir().mkpath(userFolder));
    QVERIFY(QFile::copy(saved, userFolder + QStringLiteral("/my-nagle.json")));
    r = runCli({ QStringLiteral("lessons") }, data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("my-nagle")), qPrintable(r.out));
    r = runCli({ QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("my-nagle"),
                 QStringLiteral("--mode"), QStringLiteral("sim"), QStringLiteral("--quiet") },
               data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // An unknown lesson to save, and --save without its file: one line, exit 2.
    r = runCli({ QStringLiteral("lessons"), QStringLiteral("--save"), QStringLiteral("nope"),
                 dir.filePath(QStringLiteral("x.json")) },
               data);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--save: no lesson named \"nope\"")), qPrintable(r.err));
    r = runCli({ QStringLiteral("lessons"), QStringLiteral("--save"), QStringLiteral("tcp-nagle") },
               data);
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_LessonFile)
#include "tst_lessonfile.moc"
