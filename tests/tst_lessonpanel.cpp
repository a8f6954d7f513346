#include "windowtesthelpers.h"

#include "analysis/lessonexpectations.h"
#include "gui/languageswitcher.h"
#include "gui/lessonpanel.h"
#include "gui/mainwindow.h"
#include "gui/scenariocontrols.h"
#include "io/lessonfile.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "run/runcontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace sockscope;
using namespace windowtest;

// The lesson picker's framing switch, on the offscreen platform.
class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchOnlyForFramingLessons();
    void clickingASideEmitsIt();
    void windowRunsWhatTheSwitchSays();
    void fileLessonOpensFromTheMenu();
    void fileLessonSavesWithTheEdits();
    void recordingOfOtherSettingsIsSaidSo();
    void openedTraceOfOtherSettingsIsSaidSo();
    void comparisonNotRecordedIsSaidSo();
};

void TestLessonPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sockscope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lessonpanel"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLessonPanel::switchOnlyForFramingLessons()
{
    LessonPanel panel;
    panel.show();
    auto *off = panel.findChild<QAbstractButton *>(QStringLiteral("switchOff"));
    QVERIFY(off);
    panel.setLesson(QStringLiteral("tcp-nagle"));
    QVERIFY(!off->isVisible());
    QCOMPARE(panel.switchState(), LessonSwitch::On); // no switch: the lesson as it is
    panel.setLesson(QStringLiteral("framing-delimiter"));
    QVERIFY(off->isVisible());
    QCOMPARE(panel.switchState(), LessonSwitch::Both); // problem and fix stacked by default
}

void TestLessonPanel::clickingASideEmitsIt()
{
    LessonPanel panel;
    panel.show();
    panel.setLesson(QStringLiteral("framing-length-prefix"));
    QSignalSpy spy(&panel, &LessonPanel::switchChanged);
    panel.findChild<QAbstractButton *>(QStringLiteral("switchOff"))->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<LessonSwitch>(), LessonSwitch::Off);
    QCOMPARE(panel.switchState(), LessonSwitch::Off);
    panel.findChild<QAbstractButton *>(QStringLiteral("switchOff"))->click(); // already off
    QCOMPARE(spy.size(), 1);
}

void TestLessonPanel::windowRunsWhatTheSwitchSays()
{
    MainWindow window;
    window.show();
    window.openLesson(QStringLiteral("framing-length-prefix"));
    QSignalSpy finished(controller(window), &RunController::finished);
    window.run();
    QVERIFY(finished.wait(20000));
    const Trace both = controller(window)->trace();
    QCOMPARE(both.runs.size(), 2);
    QVERIFY(both.runs[0].frames.isEmpty()); // off: the raw recvs
    QCOMPARE(both.runs[1].frames.size(), 10); // on: every message decoded

    // Choosing a side runs it at once.
    window.findChild<QAbstractButton *>(QStringLiteral("switchOn"))->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(controller(window)->trace().runs.size(), 1);
    QCOMPARE(controller(window)->trace().runs[0].frames.size(), 10);
}

namespace {

// The side-by-side lesson simulated with its scenario changed by settings (key, value), as a
// trace a teacher recorded.
Trace sideBySide(const QList<QPair<QString, QString>> &settings)
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    Scenario scenario = lesson->scenario;
    for (const auto &[key, value] : settings) {
        const QString error = scenario.set(key, value);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    StopSignal stop;
    return PlanRunner::run(lesson->plan(scenario), lesson->name, Mode::Sim, stop);
}

const char kLesson[] = R"({
    "format": "sockscope-lesson/1",
    "name": "class-slow-reader",
    "title": { "en": "Our slow reader", "zh_CN": "我们的慢速读取方" },
    "summary": { "en": "30 sends, slow reads" },
    "explanation": { "en": "Thirty messages, read every 60 ms.", "zh_CN": "三十条消息，每 60 ms 读一次。" },
    "scenario": { "protocol": "tcp", "count": 30, "interval_ms": 5, "read_interval_ms": 60 },
    "headline": "streams",
    "expectations": [ "tcp-merges" ]
})";

QAction *fileAction(const MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

// Answers the next file dialog with path, as a user typing it would.
void answerFileDialog(const QString &path, QString *shownFolder)
{
    QTimer::singleShot(0, [path, shownFolder] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *shownFolder = dialog->directory().absolutePath();
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
    });
}

QComboBox *picker(const MainWindow &window)
{
    return window.findChild<LessonPanel *>()->findChild<QComboBox *>();
}

} // namespace

// File → Open lesson: the file joins the lesson list, marked as a file with its path, and is
// opened; the dialog comes back to its folder; a language switch shows the file's own Chinese.
void TestLessonPanel::fileLessonOpensFromTheMenu()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ours.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kLesson);
    file.close();
    QSettings().setValue(QStringLiteral("view/language"), QString());
    MainWindow window;
    window.show();
    window.openLesson(LessonCatalogue::defaultLesson());
    QAction *open = fileAction(window, QStringLiteral("Open &lesson…"));
    QVERIFY(open);
    QString folder;
    answerFileDialog(path, &folder);
    open->trigger();
    QCOMPARE(window.lesson(), QStringLiteral("class-slow-reader"));
    QCOMPARE(controls(window)->scenario().count, 30);
    QVERIFY2(window.windowTitle().contains(QLatin1String("Our slow reader")),
             qPrintable(window.windowTitle()));
    QComboBox *list = picker(window);
    const int index = list->findData(QStringLiteral("class-slow-reader"));
    QVERIFY(index >= 0);
    QCOMPARE(list->itemText(index), QStringLiteral("Our slow reader (file)"));
    QCOMPARE(list->itemData(index, Qt::ToolTipRole).toString(), QDir::toNativeSeparators(path));
    // The dialog opens in the folder of the last lesson opened.
    answerFileDialog(path, &folder);
    open->trigger();
    QCOMPARE(QDir(folder), QDir(dir.path()));

    // It runs with its own claims.
    QSignalSpy finished(controller(window), &RunController::finished);
    window.run();
    QVERIFY(finished.wait(20000));
    const Trace trace = controller(window)->trace();
    QCOMPARE(trace.lesson, QStringLiteral("class-slow-reader"));
    QVERIFY(trace.lessonFile);
    QCOMPARE(trace.runs.value(0).summary.messages, 30);
    QCOMPARE(trace.expectations.size(), 1);

    LanguageSwitcher language;
    language.setLanguage(LanguageSwitcher::chineseCode());
    QTRY_VERIFY2(list->itemText(list->findData(QStringLiteral("class-slow-reader")))
                     .startsWith(QStringLiteral("我们的慢速读取方")),
                 qPrintable(list->itemText(list->findData(QStringLiteral("class-slow-reader")))));
    bool explained = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        explained = explained || label->text() == QStringLiteral("三十条消息，每 60 ms 读一次。");
    QVERIFY(explained);
    language.setLanguage(LanguageSwitcher::englishCode());
    QTRY_COMPARE(list->itemText(list->findData(QStringLiteral("class-slow-reader"))),
                 QStringLiteral("Our slow reader (file)"));

    // A file with a built-in lesson's name is refused with a message.
    QByteArray clash = kLesson;
    clash.replace("class-slow-reader", "tcp-nagle");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(clash);
    file.close();
    const QString error = window.loadLessonFile(path);
    QVERIFY2(error.contains(QLatin1String("built-in")), qPrintable(error));
}

// File → Save lesson writes the selected lesson with the scenario as edited, and its claims.
void TestLessonPanel::fileLessonSavesWithTheEdits()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    window.openLesson(QStringLiteral("tcp-slow-reader"));
    Scenario edited = controls(window)->scenario();
    edited.count = 40;
    controls(window)->setScenario(edited, { QStringLiteral("count") });
    const QString path = dir.filePath(QStringLiteral("forty.sockscope-lesson.json"));
    QString folder;
    answerFileDialog(path, &folder);
    fileAction(window, QStringLiteral("Save l&esson…"))->trigger();
    QString error;
    const auto saved = LessonFile::read(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->name, QStringLiteral("forty"));
    QCOMPARE(saved->scenario.count, 40);
    QCOMPARE(QString::fromUtf8(saved->title), QStringLiteral("TCP: a slow reader merges messages"));
    QCOMPARE(saved->checks.claims,
             LessonExpectations::checksOf(QStringLiteral("tcp-slow-reader")).claims);
}

// The lesson's text describes its own settings ("12 short messages, one every 10 ms"): above
// runs recorded with others, the panel says so, what was recorded and what changed, and
// captions the lesson's text as the lesson's own.
void TestLessonPanel::recordingOfOtherSettingsIsSaidSo()
{
    LessonPanel panel;
    panel.show();
    panel.setLesson(QStringLiteral("side-by-side"));
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    auto *note = panel.findChild<QLabel *>(QStringLiteral("recordingNote"));
    auto *explanation = panel.findChild<QLabel *>(QStringLiteral("explanation"));
    QVERIFY(note && explanation);

    // The lesson as it is: its text alone.
    panel.setRecording(sideBySide({}));
    QVERIFY(!note->isVisible());
    QCOMPARE(explanation->text(), lesson->translatedExplanation());

    const Trace changed = sideBySide({ { QStringLiteral("protocol"), QStringLiteral("tcp") },
                                       { QStringLiteral("count"), QStringLiteral("30") },
                                       { QStringLiteral("recv_size"), QStringLiteral("2") } });
    panel.setRecording(changed);
    QVERIFY(note->isVisible());
    QTextDocument doc;
    doc.setHtml(note->text());
    const QString said = doc.toPlainText();
    QVERIFY2(said.contains(QLatin1String("not recorded with the lesson's own settings")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Recorded: %1.").arg(changed.scenario.describe())),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("30 message")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("recv(2)")), qPrintable(said));
    for (const char *key : { "protocol", "count", "recv_size" }) {
        const QString label = ScenarioKey::find(QString::fromLatin1(key))->translatedLabel();
        QVERIFY2(said.contains(label), qPrintable(label + QLatin1String(" in ") + said));
    }
    QVERIFY2(!said.contains(ScenarioKey::find(QStringLiteral("interval_ms"))->translatedLabel()),
             qPrintable(said));
    QVERIFY(explanation->text().startsWith(QLatin1String("The lesson, with its own settings: ")));
    QVERIFY(explanation->text().endsWith(lesson->translatedExplanation()));

    // Another lesson shown, or no runs: nothing is said of them.
    panel.setLesson(QStringLiteral("tcp-nagle"));
    QVERIFY(!note->isVisible());
    panel.setLesson(QStringLiteral("side-by-side"));
    QVERIFY(note->isVisible());
    panel.setRecording(Trace{});
    QVERIFY(!note->isVisible());
    QCOMPARE(explanation->text(), lesson->translatedExplanation());
}

// File → Open trace of the lesson recorded with other settings: the window's lesson panel says
// so; running the lesson as it is takes the note away.
void TestLessonPanel::openedTraceOfOtherSettingsIsSaidSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.json"));
    QCOMPARE(
        TraceJsonWriter::write(sideBySide({ { QStringLiteral("count"), QStringLiteral("40") },
                                            { QStringLiteral("parts"), QStringLiteral("4") } }),
                               path),
        QString());
    MainWindow window;
    window.show();
    QCOMPARE(window.loadTrace(path), QString());
    auto *note = window.findChild<QLabel *>(QStringLiteral("recordingNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("40 message")), qPrintable(note->text()));
    // The lesson opened again: its settings, and nothing recorded yet.
    window.openLesson(QStringLiteral("side-by-side"));
    QVERIFY(!note->isVisible());

    // A knob changed and run: said from the start of the recording, and once it is recorded.
    Scenario edited = controls(window)->scenario();
    edited.count = 3;
    controls(window)->setScenario(edited, { QStringLiteral("count") });
    QSignalSpy finished(controller(window), &RunController::finished);
    window.run();
    QVERIFY(note->isVisible());
    QVERIFY(finished.wait(20000));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("3 message")), qPrintable(note->text()));
    // Effective options as the sockets reported them.
    QVERIFY2(note->text().contains(QLatin1String("Effective: ")), qPrintable(note->text()));
}

// TCP_NODELAY ticked on the delayed-ACK lesson runs its TCP_NODELAY variant alone: the lesson's
// text compares it with Nagle on, which the runs shown do not hold, and the panel says so.
void TestLessonPanel::comparisonNotRecordedIsSaidSo()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("tcp-nagle-delayed-ack"));
    Scenario scenario = lesson->scenario;
    QCOMPARE(scenario.set(QStringLiteral("nodelay"), QStringLiteral("true")), QString());
    StopSignal stop;
    const Trace both
        = PlanRunner::run(lesson->plan(lesson->scenario), lesson->name, Mode::Sim, stop);
    const Trace one = PlanRunner::run(lesson->plan(scenario, { QStringLiteral("nodelay") }),
                                      lesson->name, Mode::Sim, stop);
    QCOMPARE(one.runs.size(), 2); // requests and replies of the one variant
    LessonPanel panel;
    panel.show();
    panel.setLesson(lesson->name);
    auto *note = panel.findChild<QLabel *>(QStringLiteral("recordingNote"));
    panel.setRecording(both);
    QVERIFY(!note->isVisible());
    panel.setRecording(one);
    QVERIFY(note->isVisible());
    QTextDocument doc;
    doc.setHtml(note->text());
    const QString said = doc.toPlainText();
    QVERIFY2(said.contains(QStringLiteral("Not recorded: “Nagle on (TCP_NODELAY off)”")),
             qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("Changed:")), qPrintable(said));
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
