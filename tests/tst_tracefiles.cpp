// File → Open trace / Save trace: a saved trace is shown again as recorded, saving it again
// gives the same JSON, and a broken or newer file gets a clear message and changes nothing.

#include "windowtesthelpers.h"

#include "analysis/lessonexpectations.h"
#include "gui/filetask.h"
#include "gui/mainwindow.h"
#include "gui/summarypanel.h"
#include "gui/timelinewidget.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;
using namespace windowtest;

namespace {

Trace lessonTrace(const QString &name)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    StopSignal stop;
    return PlanRunner::run(lesson->plan(lesson->scenario), name, Mode::Sim, stop);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestTraceFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openShowsTheTraceAndSaveWritesItBack();
    void openJudgesTheLessonAgain();
    void brokenOrNewerFilesAreRefused_data();
    void brokenOrNewerFilesAreRefused();
    void nothingToSave();
    void cancelledOpenKeepsWhatWasShown();
    void cancelledSaveLeavesTheFileAsItWas();
    void shortcuts();

private:
    QTemporaryDir m_dir;
};

void TestTraceFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestTraceFiles::openShowsTheTraceAndSaveWritesItBack()
{
    const Trace trace = lessonTrace(QStringLiteral("tcp-nagle"));
    const QString path = m_dir.filePath(QStringLiteral("nagle.json"));
    QCOMPARE(TraceJsonWriter::write(trace, path), QString());

    MainWindow w;
    w.openLesson(LessonCatalogue::defaultLesson());
    QCOMPARE(w.loadTrace(path), QString());
    QCOMPARE(w.lesson(), QStringLiteral("tcp-nagle"));
    QCOMPARE(timeline(w)->trace().runs.size(), trace.runs.size());
    QVERIFY(summaryText(w).contains(trace.runs.first().label));
    QVERIFY(w.windowTitle().contains(QLatin1String("nagle.json")));

    const QString again = m_dir.filePath(QStringLiteral("again.json"));
    QCOMPARE(w.saveTraceTo(again), QString());
    QCOMPARE(readAll(again), readAll(path));
}

// The lesson's headline and claims come from the trace's data, as `show` judges them: a file
// keeps them as English sentences (a window in Chinese could not translate them), and one may
// say what its data does not.
void TestTraceFiles::openJudgesTheLessonAgain()
{
    Trace trace = lessonTrace(QStringLiteral("tcp-nagle"));
    LessonExpectations::judge(trace);
    const QString headline = LessonExpectations::headline(trace);
    QVERIFY(!headline.isEmpty());
    QByteArray json = TraceJsonWriter::toJson(trace);
    QVERIFY(json.contains(headline.toUtf8()));
    json.replace(headline.toUtf8(), "a headline the data does not say");
    const QString path = m_dir.filePath(QStringLiteral("tampered.json"));
    writeFile(path, json);

    MainWindow w;
    w.openLesson(LessonCatalogue::defaultLesson());
    QCOMPARE(w.loadTrace(path), QString());
    QVERIFY2(summaryText(w).contains(headline), qPrintable(summaryText(w)));
    QVERIFY(!summaryText(w).contains(QLatin1String("a headline the data does not say")));
}

void TestTraceFiles::brokenOrNewerFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QByteArray newer = TraceJsonWriter::toJson(lessonTrace(QStringLiteral("udp-boundaries")));
    newer.replace("\"version\":1", "\"version\":99");
    QTest::newRow("newer") << newer << QStringLiteral("newer");
    QTest::newRow("broken") << QByteArray("{\"format\":\"sockscope-trace\",") << QString();
    QTest::newRow("not a trace") << QByteArray("{\"count\":3}") << QString();
}

void TestTraceFiles::brokenOrNewerFilesAreRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    writeFile(path, contents);
    MainWindow w;
    w.openLesson(QStringLiteral("udp-boundaries"));
    const QString error = w.loadTrace(path);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(w.lesson(), QStringLiteral("udp-boundaries")); // nothing changed
    QVERIFY(timeline(w)->trace().runs.isEmpty());
}

void TestTraceFiles::nothingToSave()
{
    MainWindow w;
    const QString path = m_dir.filePath(QStringLiteral("empty.json"));
    QVERIFY(!w.saveTraceTo(path).isEmpty());
    QVERIFY(!QFile::exists(path));
}

namespace {

// Presses the progress dialog's Cancel before the work has started: the work stops at its
// first report, whatever the speed of the machine.
void cancelNextFileTask()
{
    FileTask::setStartHook([](QProgressDialog &dialog) {
        dialog.findChild<QPushButton *>()->click();
        FileTask::setStartHook({});
    });
}

} // namespace

void TestTraceFiles::cancelledOpenKeepsWhatWasShown()
{
    const QString shown = m_dir.filePath(QStringLiteral("shown.json"));
    QCOMPARE(TraceJsonWriter::write(lessonTrace(QStringLiteral("tcp-nagle")), shown), QString());
    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    QCOMPARE(TraceJsonWriter::write(lessonTrace(QStringLiteral("udp-boundaries")), other),
             QString());

    MainWindow w;
    QCOMPARE(w.loadTrace(shown), QString());
    const QByteArray before = TraceJsonWriter::toJson(timeline(w)->trace());
    const QString title = w.windowTitle();

    cancelNextFileTask();
    bool cancelled = false;
    const QString error = w.loadTrace(other, &cancelled);
    QCOMPARE(error, other + QStringLiteral(": cancelled"));
    QVERIFY(cancelled);
    QCOMPARE(w.lesson(), QStringLiteral("tcp-nagle"));
    QCOMPARE(TraceJsonWriter::toJson(timeline(w)->trace()), before);
    QCOMPARE(w.windowTitle(), title);
    QVERIFY(summaryText(w).contains(timeline(w)->trace().runs.first().label));

    // Not cancelled, the same file opens.
    QCOMPARE(w.loadTrace(other, &cancelled), QString());
    QVERIFY(!cancelled);
    QCOMPARE(w.lesson(), QStringLiteral("udp-boundaries"));
}

void TestTraceFiles::cancelledSaveLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    QCOMPARE(TraceJsonWriter::write(lessonTrace(QStringLiteral("tcp-nagle")), path), QString());
    MainWindow w;
    QCOMPARE(w.loadTrace(path), QString());

    // A new file: none is made.
    const QString fresh = dir.filePath(QStringLiteral("new.json"));
    cancelNextFileTask();
    bool cancelled = false;
    QVERIFY(w.saveTraceTo(fresh, &cancelled).contains(QLatin1String("(cancelled)")));
    QVERIFY(cancelled);
    QVERIFY(!QFile::exists(fresh));

    // An existing file: exactly as it was.
    writeFile(path, "the previous recording");
    cancelNextFileTask();
    QVERIFY(w.saveTraceTo(path, &cancelled).contains(QLatin1String("(cancelled)")));
    QCOMPARE(readAll(path), QByteArray("the previous recording"));
    // And no temporary file beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{ QStringLiteral("t.json") });

    // Not cancelled, it is written.
    QCOMPARE(w.saveTraceTo(fresh, &cancelled), QString());
    QVERIFY(!cancelled);
    QCOMPARE(readAll(fresh), TraceJsonWriter::toJson(timeline(w)->trace()));
}

void TestTraceFiles::shortcuts()
{
    MainWindow w;
    QStringList found;
    for (QAction *a : w.actions()) {
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+O"))
            || a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+S")))
            found << a->text();
    }
    QCOMPARE(found.size(), 2);
}

QTEST_MAIN(TestTraceFiles)
#include "tst_tracefiles.moc"
