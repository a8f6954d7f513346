#pragma once

#include "model/lesson.h"
#include "model/scenario.h"
#include "model/trace.h"
#include "view/timelinestyle.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QTabWidget;

namespace sockscope {

class ByteStreamWidget;
class HeadlineStrip;
class LegendWidget;
class LessonPanel;
class ModeSwitch;
class ObservePanel;
class PredictPanel;
class ReplayBar;
class RunController;
class ScenarioControls;
class SummaryPanel;
class TimelineWidget;

// The classroom window: lesson and knobs on the left, the live timeline in the middle, what
// happened on the right. Socket work runs in RunController's threads; this class only wires.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a lesson ready to run, with the edits last made to it (QSettings) if any.
    void openLesson(const QString &name);
    QString lesson() const { return m_lesson; }

    bool isRunning() const;
    bool isPresentationMode() const { return m_presentation; }
    // Run → Predict first: questions before the run, the run recorded hidden until Reveal.
    bool isPredictMode() const { return m_predictMode; }
    // A run recorded in predict mode and not revealed yet: the timeline and the summary wait.
    bool isRunHidden() const { return m_runHidden; }

    // Lessons | Observe: the central tabs; Observe records the students' own programs.
    void setObserveTabShown(bool observe);
    bool isObserveTabShown() const;

public slots:
    void run();
    void stop();
    void toggleRun();
    void reset();
    void undoReset();
    void setPresentationMode(bool on);
    void setPredictMode(bool on);
    // Shows the hidden run, replayed from the start, and each prediction against it.
    void reveal();
    void exportTimeline();
    // File → Export worksheet: the lesson's questions, then the answer key from the run shown.
    void exportWorksheet();
    void copyImage();
    void openScenario();
    void saveScenario();
    void openTrace();
    void saveTrace();
    void openLessonFile();
    void saveLessonFile();

public:
    // What File → Open trace / Save trace do once the dialog has given a path: an error
    // sentence or empty. A large file is read or written off the GUI thread with a progress
    // dialog (FileTask); Cancel ends with "cancelled" (and *cancelled true), the window showing
    // what it showed before and the file on disk as it was.
    QString loadTrace(const QString &path, bool *cancelled = nullptr);
    QString saveTraceTo(const QString &path, bool *cancelled = nullptr);
    // File → Open lesson / Save lesson, once the dialog has given a path: the lesson file joins
    // the lesson list and is opened; the selected lesson is written with the scenario as
    // edited. An error sentence or empty.
    QString loadLessonFile(const QString &path);
    QString saveLessonTo(const QString &path);
    // The lesson files of the user's folder that could not be read, said in the status bar.
    void showLessonWarnings(const QStringList &warnings);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitDocks();
    void fitToScreen();
    void createActions();
    void createDocks();
    // Calls apply with tr(source) now and on every language switch (View → Language).
    void addTranslated(const std::function<void(const QString &)> &apply, const char *source);
    void retranslateUi();
    // The status bar's message, made again in the new language on every language switch.
    void setStatus(const std::function<QString()> &text);
    // What Run records now: the lesson's variants for the knobs shown, or the scenario alone.
    QList<PlannedRun> plan() const;
    // The shown runs named again in the language installed now, when plan() recorded them
    // (RunHeader::relabel); false when they are not its runs and keep their labels.
    bool relabelRuns();
    void scenarioEdited(const QString &key);
    void modeChanged(); // Real / Simulated / Both: saved, and a shown run is run again
    void traceChanged();
    void runFinished();
    void updateRunState();
    void applyStyle();
    void setPayloadEncoding(PreviewText::Encoding encoding);
    void addEncodingMenu(QMenu *viewMenu);
    void tabChanged();
    void saveSettings() const;
    void restoreSettings();
    QString exportTitle() const;
    // The byte-stream view instead of the timeline (View → Byte-stream view, B), or back.
    void setByteView(bool on);
    bool isByteViewShown() const;
    // Predict mode: the questions of the lesson and scenario shown; the run's views hidden or
    // shown again.
    void updateQuestions();
    void setRunHidden(bool hidden);
    // Revealed: the checked predictions as tall as they need, up to two fifths of the height.
    void fitPredictPanel();

    RunController *m_controller = nullptr;
    LessonPanel *m_lessons = nullptr;
    ScenarioControls *m_controls = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QScrollArea *m_timelineScroll = nullptr;
    QWidget *m_timePage = nullptr; // the timeline with its hidden-runs strip and legend
    HeadlineStrip *m_headline = nullptr; // presentation mode's headline and claims
    ByteStreamWidget *m_bytes = nullptr;
    QScrollArea *m_bytesScroll = nullptr;
    QAction *m_byteViewAction = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QDockWidget *m_summaryDock = nullptr;
    SummaryPanel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    ModeSwitch *m_modeSwitch = nullptr;
    ReplayBar *m_replay = nullptr;
    LegendWidget *m_legend = nullptr;
    QTabWidget *m_tabs = nullptr;
    ObservePanel *m_observe = nullptr;
    PredictPanel *m_predict = nullptr;
    QAction *m_predictAction = nullptr;
    bool m_predictMode = false;
    bool m_runHidden = false;
    bool m_byteView = false; // the view chosen, whether shown now or hidden for a prediction
    QAction *m_runAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_undoResetAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_compactAction = nullptr;
    QAction *m_legendAction = nullptr;
    QList<QAction *> m_encodingActions; // in PreviewText::Encoding order
    QTimer m_restart;
    QList<std::function<void()>> m_retranslations;
    std::function<QString()> m_statusText; // setStatus()'s
    std::function<QString()> m_lessonStatusText; // the Lessons tab's, while Observe is shown
    bool m_observeStatusShown = false; // the status bar speaks for the Observe tab
    QString m_lesson;
    bool m_presentation = false;
    PreviewText::Encoding m_encoding = PreviewText::Encoding::Utf8;
    bool m_fillScreenOnShow = false; // first start: maximised, or filling a screen without a WM
    bool m_fitDocksOnShow = false; // no saved layout: fit the docks to their contents once shown
    // What Run → Undo reset brings back; forgotten at the next edit or another lesson.
    struct UndoReset
    {
        Scenario scenario;
        QStringList userKeys;
        Trace trace;
    };
    std::optional<UndoReset> m_undoReset;
    QFont m_normalFont;
};

} // namespace sockscope
