#include "gui/mainwindow.h"

#include "analysis/lessonexpectations.h"
#include "analysis/predictionquestions.h"
#include "gui/bytestreamwidget.h"
#include "gui/exportdialog.h"
#include "gui/filetask.h"
#include "gui/headlinestrip.h"
#include "gui/hiddenrunsbar.h"
#include "gui/languagemenu.h"
#include "gui/legendwidget.h"
#include "gui/lessonpanel.h"
#include "gui/modeswitch.h"
#include "gui/observepanel.h"
#include "gui/predictpanel.h"
#include "gui/replaybar.h"
#include "gui/scenariocontrols.h"
#include "gui/summarypanel.h"
#include "gui/timelinefigure.h"
#include "gui/timelinewidget.h"
#include "io/lessonfile.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "model/platformprofile.h"
#include "model/runheader.h"
#include "render/timelinerenderer.h"
#include "render/worksheetwriter.h"
#include "run/runcontroller.h"
#include "view/timeaxis.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QScreen>
#include <QShowEvent>

#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace sockscope {

namespace {

// A change to a knob while running restarts the run; the pause lets a few quick clicks on a
// spin box arrow count as one change.
constexpr int kRestartDelayMs = 250;

// The first window, without a saved geometry; fitToScreen() shrinks it to smaller screens.
constexpr QSize kFirstSize(1440, 860);

QString settingsKey(const QString &lesson, const char *what)
{
    return QStringLiteral("lessons/%1/%2")
        .arg(lesson.isEmpty() ? QStringLiteral("custom") : lesson, QLatin1String(what));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new RunController(this)), m_normalFont(QApplication::font())
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("SockScope"));

    m_timeline = new TimelineWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timelineScroll = new QScrollArea(this);
    m_timelineScroll->setWidgetResizable(true);
    m_timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineScroll->setFrameShape(QFrame::NoFrame);
    m_timelineScroll->setWidget(m_timeline);
    // The replay bar sits under the timeline it drives.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // Presentation mode: the headline and the claims above the lanes, the side panels collapsed.
    m_headline = new HeadlineStrip(m_timeline, central);
    centralLayout->addWidget(m_headline);
    // Run → Predict first: the questions above the lanes; the run waits hidden until Reveal.
    m_predict = new PredictPanel(central);
    m_predict->hide();
    centralLayout->addWidget(m_predict);
    m_timePage = new QWidget(central);
    auto *timeLayout = new QVBoxLayout(m_timePage);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->setSpacing(0);
    timeLayout->addWidget(m_timelineScroll, 1);
    // Runs that do not fit at a readable size scroll; this strip says so and brings them in.
    timeLayout->addWidget(new HiddenRunsBar(m_timelineScroll, m_timeline, m_timePage));
    centralLayout->addWidget(m_timePage, 1);
    // The same run by stream offset (View → Byte-stream view); it shares the timeline's trace,
    // replay and selection.
    m_bytes = new ByteStreamWidget(m_timeline);
    m_bytesScroll = new QScrollArea(central);
    m_bytesScroll->setObjectName(QStringLiteral("byteStreamScroll"));
    m_bytesScroll->setWidgetResizable(true);
    m_bytesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bytesScroll->setFrameShape(QFrame::NoFrame);
    m_bytesScroll->setWidget(m_bytes);
    m_bytesScroll->hide();
    centralLayout->addWidget(m_bytesScroll, 1);
    // The key to the marks, as on an exported figure (View → Legend), under either view: the
    // byte-stream view marks lost and cut-off bytes as the timeline does.
    m_legend = new LegendWidget(m_timeline, central);
    centralLayout->addWidget(m_legend);
    m_replay = new ReplayBar(m_timeline, central);
    centralLayout->addWidget(m_replay);
    // Lessons | Observe: the prepared lessons, or whatever the students' own programs send.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("modeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(central, QString());
    m_observe = new ObservePanel(m_tabs);
    m_tabs->addTab(m_observe, QString());
    addTranslated([this](const QString &t) { m_tabs->setTabText(0, t); }, QT_TR_NOOP("Lessons"));
    addTranslated([this](const QString &t) { m_tabs->setTabText(1, t); }, QT_TR_NOOP("Observe"));
    setCentralWidget(m_tabs);

    createDocks();
    createActions();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    statusBar()->addWidget(m_status, 1);

    m_restart.setSingleShot(true);
    m_restart.setInterval(kRestartDelayMs);
    connect(&m_restart, &QTimer::timeout, this, &MainWindow::run);
    connect(m_controller, &RunController::traceChanged, this, &MainWindow::traceChanged);
    connect(m_controller, &RunController::finished, this, &MainWindow::runFinished);
    connect(m_controller, &RunController::started, this, &MainWindow::updateRunState);
    connect(m_controls, &ScenarioControls::edited, this, &MainWindow::scenarioEdited);
    connect(m_lessons, &LessonPanel::lessonChosen, this, &MainWindow::openLesson);
    // Framing off / on / both: the class sees the sticky packets, then the fix, at once.
    connect(m_lessons, &LessonPanel::switchChanged, this, &MainWindow::run);
    // The selected message in words, for everyone (a screen reader reads the timeline's
    // description).
    connect(m_timeline, &TimelineWidget::selectionChanged, this,
            [this](const TimelineSelection &selection) {
                if (selection.isValid())
                    setStatus([this] { return m_timeline->selectionText(); });
            });

    connect(m_predict, &PredictPanel::revealRequested, this, &MainWindow::reveal);
    connect(m_predict, &PredictPanel::runRequested, this, &MainWindow::toggleRun);
    // A pick question's answer: the recv clicked on the timeline while its Pick is down.
    connect(m_timeline, &TimelineWidget::recvClicked, this, [this](int run, int recv) {
        if (m_predictMode && m_predict->pickRecv(run, recv) == PredictPanel::Pick::OtherRun)
            setStatus([] {
                return tr("That recv is in another run: pick one of the run the question is "
                          "about.");
            });
    });

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::tabChanged);
    // The Observe tab has no Run: while it is shown, the status bar says what it is doing.
    connect(m_observe, &ObservePanel::statusChanged, this, [this] {
        if (isObserveTabShown())
            setStatus([this] { return m_observe->statusText(); });
    });

    applyStyle();
    restoreSettings();
    updateRunState();
    // Predicting, the class starts with the first question's field.
    if (m_predictMode)
        m_predict->focusFirstField();
    else
        m_timeline->setFocus();
}

void MainWindow::setObserveTabShown(bool observe)
{
    m_tabs->setCurrentIndex(observe ? 1 : 0);
}

bool MainWindow::isObserveTabShown() const
{
    return m_tabs->currentWidget() == m_observe;
}

void MainWindow::tabChanged()
{
    // The lesson's docks, toolbar, Run and Reset belong to the Lessons tab; hidden actions
    // take their shortcuts with them (F5 and Ctrl+Return too). Export and copy follow the tab
    // shown.
    const bool observe = isObserveTabShown();
    // Presentation mode keeps them collapsed.
    m_lessonDock->setVisible(!observe && !m_presentation);
    m_summaryDock->setVisible(!observe && !m_presentation);
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar")))
        toolbar->setVisible(!observe);
    m_runAction->setVisible(!observe);
    m_resetAction->setVisible(!observe);
    m_undoResetAction->setVisible(!observe);
    m_byteViewAction->setVisible(!observe);
    if (observe) {
        stop();
        if (!m_observeStatusShown)
            m_lessonStatusText = m_statusText;
        m_observeStatusShown = true;
        setStatus([this] { return m_observe->statusText(); });
    } else if (m_observeStatusShown) {
        m_observeStatusShown = false;
        // What the Lessons tab said before, or nothing when it had said nothing yet.
        setStatus(m_lessonStatusText ? m_lessonStatusText : [] { return QString(); });
    }
}

MainWindow::~MainWindow()
{
    // Join the worker threads before the widgets that show their results go away.
    m_controller->stop();
    // A field being edited applies its text when it loses focus, which its destruction causes:
    // by then this is no longer a MainWindow, so nothing may reach its slots.
    disconnect(m_controls, nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    m_lessons = new LessonPanel(left);
    m_controls = new ScenarioControls(left);
    leftLayout->addWidget(m_lessons);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(m_controls, 1);
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setWidget(left);
    leftScroll->setMinimumWidth(320);

    m_lessonDock = new QDockWidget(this);
    addTranslated([this](const QString &t) { m_lessonDock->setWindowTitle(t); },
                  QT_TR_NOOP("Lesson and settings"));
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(leftScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);

    m_summary = new SummaryPanel;
    m_summary->setMinimumWidth(260);
    m_summaryDock = new QDockWidget(this);
    addTranslated([this](const QString &t) { m_summaryDock->setWindowTitle(t); },
                  QT_TR_NOOP("What happened"));
    m_summaryDock->setObjectName(QStringLiteral("summaryDock"));
    m_summaryDock->setWidget(m_summary);
    addDockWidget(Qt::RightDockWidgetArea, m_summaryDock);
}

void MainWindow::createActions()
{
    // Texts given as QT_TR_NOOP sources are translated now and again on LanguageChange.
    auto menu = [this](const char *title) {
        QMenu *m = menuBar()->addMenu(QString());
        addTranslated([m](const QString &t) { m->setTitle(t); }, title);
        return m;
    };
    auto *fileMenu = menu(QT_TR_NOOP("&File"));
    auto *runMenu = menu(QT_TR_NOOP("&Run"));
    auto *viewMenu = menu(QT_TR_NOOP("&View"));
    auto *toolbar = addToolBar(QString());
    addTranslated([toolbar](const QString &t) { toolbar->setWindowTitle(t); }, QT_TR_NOOP("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto add = [this](QMenu *menu, auto text, const QKeySequence &shortcut, auto slot) {
        auto *action = menu->addAction(QString());
        if constexpr (std::is_convertible_v<decltype(text), const char *>)
            addTranslated([action](const QString &t) { action->setText(t); }, text);
        else
            action->setText(text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts keep working in full screen, where menus are hidden
        return action;
    };

    add(fileMenu, QT_TR_NOOP("&Open scenario…"), QKeySequence::Open, &MainWindow::openScenario);
    add(fileMenu, QT_TR_NOOP("&Save scenario…"), QKeySequence::Save, &MainWindow::saveScenario);
    add(fileMenu, QT_TR_NOOP("Open &trace…"), QKeySequence(tr("Ctrl+Shift+O")),
        &MainWindow::openTrace);
    add(fileMenu, QT_TR_NOOP("Save t&race…"), QKeySequence(tr("Ctrl+Shift+S")),
        &MainWindow::saveTrace);
    fileMenu->addSeparator();
    add(fileMenu, QT_TR_NOOP("Open &lesson…"), QKeySequence(), &MainWindow::openLessonFile);
    add(fileMenu, QT_TR_NOOP("Save l&esson…"), QKeySequence(), &MainWindow::saveLessonFile);
    fileMenu->addSeparator();
    auto *exportAction = add(fileMenu, QT_TR_NOOP("&Export timeline…"), QKeySequence(tr("Ctrl+E")),
                             &MainWindow::exportTimeline);
    add(fileMenu, QT_TR_NOOP("Export &worksheet…"), QKeySequence(), &MainWindow::exportWorksheet);
    auto *copyAction = add(fileMenu, QT_TR_NOOP("&Copy image"), QKeySequence(tr("Ctrl+Shift+C")),
                           &MainWindow::copyImage);
    fileMenu->addSeparator();
    add(fileMenu, QT_TR_NOOP("&Quit"), QKeySequence::Quit, &QWidget::close);

    // F5 and Ctrl+Return run from anywhere, a field being edited included. Space runs only from
    // the timeline (TimelineWidget::runKeyPressed): in a field it does what it does there.
    m_runAction
        = add(runMenu, QT_TR_NOOP("&Run"), QKeySequence(Qt::Key_F5), &MainWindow::toggleRun);
    m_runAction->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    connect(m_timeline, &TimelineWidget::runKeyPressed, this, &MainWindow::toggleRun);
    // No shortcut: one stray keystroke must not wipe the teacher's settings, and a reset can be
    // undone.
    m_resetAction
        = add(runMenu, QT_TR_NOOP("R&eset to the lesson"), QKeySequence(), &MainWindow::reset);
    m_resetAction->setObjectName(QStringLiteral("resetAction"));
    m_undoResetAction
        = add(runMenu, QT_TR_NOOP("&Undo reset"), QKeySequence::Undo, &MainWindow::undoReset);
    m_undoResetAction->setObjectName(QStringLiteral("undoResetAction"));
    m_undoResetAction->setEnabled(false);
    runMenu->addSeparator();
    // Peer instruction: the class commits to numbers before it sees the run.
    m_predictAction = add(runMenu, QT_TR_NOOP("&Predict first"), QKeySequence(tr("Ctrl+P")),
                          [this](bool on) { setPredictMode(on); });
    m_predictAction->setObjectName(QStringLiteral("predictAction"));
    m_predictAction->setCheckable(true);
    addTranslated([this](const QString &t) { m_predictAction->setToolTip(t); },
                  QT_TR_NOOP("Ask the lesson's questions before the run; the run is recorded "
                             "hidden until Reveal (Ctrl+P)"));

    // One key, no modifier, like replay's: the class sees the same run by time, then by byte.
    m_byteViewAction = add(viewMenu, QT_TR_NOOP("&Byte-stream view"), QKeySequence(Qt::Key_B),
                           [this](bool on) { setByteView(on); });
    m_byteViewAction->setObjectName(QStringLiteral("byteViewAction"));
    m_byteViewAction->setCheckable(true);
    addTranslated([this](const QString &t) { m_byteViewAction->setToolTip(t); },
                  QT_TR_NOOP("Show the run by stream offset instead of time: where the send() "
                             "calls cut the bytes, and where the recv() calls did (B)"));
    auto *zoomIn = add(viewMenu, QT_TR_NOOP("Zoom &in"), QKeySequence::ZoomIn, [this] {
        if (isByteViewShown())
            m_bytes->zoomIn();
        else
            m_timeline->zoomIn();
    });
    auto *zoomOut = add(viewMenu, QT_TR_NOOP("Zoom &out"), QKeySequence::ZoomOut, [this] {
        if (isByteViewShown())
            m_bytes->zoomOut();
        else
            m_timeline->zoomOut();
    });
    auto *fit = add(viewMenu, QT_TR_NOOP("&Fit to window"), QKeySequence(tr("Ctrl+0")), [this] {
        if (isByteViewShown())
            m_bytes->fit();
        else
            m_timeline->fit();
    });
    m_compactAction = add(viewMenu, QT_TR_NOOP("&Compact time axis"), QKeySequence(tr("Ctrl+T")),
                          [this](bool on) { m_timeline->setCompact(on); });
    m_compactAction->setCheckable(true);
    m_compactAction->setChecked(m_timeline->isCompact());
    m_legendAction
        = add(viewMenu, QT_TR_NOOP("&Legend"), QKeySequence(tr("Ctrl+L")), [this](bool on) {
              m_legend->setVisible(on && !m_runHidden);
              m_observe->setLegendVisible(on);
              QSettings().setValue(QStringLiteral("view/legend"), on);
          });
    m_legendAction->setObjectName(QStringLiteral("legendAction"));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    addTranslated(
        [this](const QString &t) { m_compactAction->setToolTip(t); },
        QT_TR_NOOP(
            "Shorten the gaps between calls so that every box is readable; off = linear time"));
    viewMenu->addSeparator();
    m_presentationAction
        = add(viewMenu, QT_TR_NOOP("&Presentation mode"), QKeySequence(Qt::Key_F11),
              [this] { setPresentationMode(!m_presentation); });
    m_presentationAction->setCheckable(true);
    viewMenu->addSeparator();
    addEncodingMenu(viewMenu);
    viewMenu->addMenu(new LanguageMenu(viewMenu));

    toolbar->addAction(m_runAction);
    toolbar->addAction(m_resetAction);
    toolbar->addSeparator();
    m_modeSwitch = new ModeSwitch(toolbar);
    toolbar->addWidget(m_modeSwitch);
    connect(m_modeSwitch, &ModeSwitch::modeChanged, this, &MainWindow::modeChanged);
    runMenu->addSeparator();
    runMenu->addActions(m_replay->replayActions());
    toolbar->addSeparator();
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    toolbar->addAction(m_compactAction);
    toolbar->addAction(m_byteViewAction);
    toolbar->addSeparator();
    toolbar->addAction(exportAction);
    toolbar->addAction(copyAction);
    toolbar->addAction(m_presentationAction);
}

void MainWindow::openLesson(const QString &name)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    if (!lesson)
        return;
    const bool wasRunning = isRunning();
    m_controller->stop();
    m_restart.stop();
    m_lesson = name;
    m_lessons->setLesson(name);
    m_undoReset.reset();

    Scenario scenario = lesson->scenario;
    QStringList userKeys;
    // The teacher's last edits to this lesson come back (Reset drops them).
    const QSettings settings;
    const QByteArray saved = settings.value(settingsKey(name, "scenario")).toByteArray();
    if (!saved.isEmpty()) {
        QString error;
        if (auto s = Scenario::fromJson(QJsonDocument::fromJson(saved).object(), &error)) {
            scenario = *s;
            userKeys = settings.value(settingsKey(name, "userKeys")).toStringList();
        }
    }
    m_controls->setVariedKeys(lesson->variedKeys());
    m_controls->setScenario(scenario, userKeys);
    m_timeline->setSelection({});
    m_timeline->setTrace(Trace{});
    m_summary->setTrace(Trace{});
    m_lessons->setRecording(Trace{});
    setRunHidden(false);
    updateQuestions();
    setWindowTitle(tr("%1 — SockScope").arg(lesson->translatedTitle()));
    setStatus([] { return tr("Ready: press Run (F5) to send the messages over real sockets."); });
    if (wasRunning)
        run();
    updateRunState();
}

bool MainWindow::isRunning() const
{
    return m_controller->isRunning();
}

void MainWindow::run()
{
    m_restart.stop();
    if (!m_controls->scenario().validate().isEmpty()) {
        setStatus([this] { return m_controls->scenario().validate(); });
        return;
    }
    const QList<PlannedRun> planned = plan();
    m_timeline->setSelection({});
    m_timeline->fit();
    m_controller->start(planned, m_lesson, m_modeSwitch->mode());
    m_summary->setRecording(true);
    // Until the runs are recorded, the lesson panel judges the settings they run with.
    Trace recording;
    recording.lesson = m_lesson;
    recording.scenario = m_controls->scenario();
    const Mode mode = m_modeSwitch->mode();
    for (const PlannedRun &p : planned) {
        for (const Mode m : { Mode::Real, Mode::Sim }) {
            if (mode != Mode::Both && m != mode)
                continue;
            Run run;
            run.label = p.label;
            run.mode = m;
            run.scenario = p.scenario;
            recording.runs.append(run);
        }
    }
    m_lessons->setRecording(recording);
    if (m_predictMode) {
        // Recorded, not shown: the lanes and "What happened" would give the answers away.
        setRunHidden(true);
        m_predict->setState(PredictPanel::State::Recording);
        setStatus([] { return tr("Recording, hidden until you reveal it…"); });
    } else {
        setStatus([] { return tr("Recording…"); });
    }
    updateRunState();
}

void MainWindow::stop()
{
    m_restart.stop();
    m_controller->stop();
    updateRunState();
}

void MainWindow::toggleRun()
{
    if (isRunning()) {
        stop();
        return;
    }
    // Predict mode: the Run key reveals a run that waits, once the class has predicted.
    if (m_runHidden) {
        if (m_predict->hasPredictions()) {
            reveal();
        } else {
            m_predict->focusFirstField();
            setStatus([] { return tr("Enter a prediction first, or press Reveal."); });
        }
        return;
    }
    // Run by hand (F5, Ctrl+Return, the button): a value being typed into a field counts. The
    // field applies it when it loses the focus, and gets the focus back. Not for the debounced
    // rerun after a knob change, which must not cut short what is being typed elsewhere.
    if (QWidget *typing = QApplication::focusWidget(); typing && m_controls->isAncestorOf(typing)) {
        typing->clearFocus();
        typing->setFocus();
    }
    run();
}

void MainWindow::reset()
{
    if (isRunning())
        return;
    // What Undo reset brings back: the lesson's settings as the teacher left them, and the
    // picture on screen.
    UndoReset undo{ m_controls->scenario(), m_controls->userKeys(), m_timeline->trace() };
    QSettings settings;
    settings.remove(settingsKey(m_lesson, "scenario"));
    settings.remove(settingsKey(m_lesson, "userKeys"));
    if (LessonCatalogue::find(m_lesson)) {
        openLesson(m_lesson);
    } else {
        m_controls->setVariedKeys({});
        m_controls->setScenario(Scenario{});
        m_timeline->setTrace(Trace{});
        m_summary->setTrace(Trace{});
        m_lessons->setRecording(Trace{});
    }
    m_undoReset = std::move(undo); // after openLesson(), which forgets any earlier one
    setStatus([] {
        return tr("Reset to the lesson's settings. Undo reset (Ctrl+Z) brings yours back.");
    });
    updateRunState();
}

void MainWindow::undoReset()
{
    if (!m_undoReset || isRunning())
        return;
    const UndoReset undo = *std::exchange(m_undoReset, std::nullopt);
    setRunHidden(false);
    m_controls->setScenario(undo.scenario, undo.userKeys);
    m_timeline->setSelection({});
    m_timeline->setTrace(undo.trace);
    m_summary->setTrace(undo.trace);
    m_lessons->setRecording(undo.trace);
    m_controls->showEffective(undo.trace);
    saveSettings(); // the edits are the lesson's remembered ones again
    setStatus([] { return tr("Your settings are back."); });
    updateRunState();
}

void MainWindow::scenarioEdited(const QString &key)
{
    Q_UNUSED(key);
    m_undoReset.reset(); // the settings a reset replaced are no longer the ones shown
    updateQuestions();
    if (isRunning()) {
        // The classroom moment: toggle Nagle and watch the picture change.
        m_restart.start();
        setStatus([] { return tr("Restarting with the new setting…"); });
    } else if (!m_timeline->trace().runs.isEmpty()) {
        // A picture is on screen: it is run again with the new value once the teacher stops
        // clicking (the debounce), so what is shown always matches the knobs. Before the
        // first run nothing starts by itself.
        m_restart.start();
        setStatus([] { return tr("Setting changed: running again with the new value…"); });
    }
    updateRunState();
}

void MainWindow::modeChanged()
{
    const Mode mode = m_modeSwitch->mode();
    QSettings().setValue(QStringLiteral("run/mode"), modeName(mode));
    m_controls->setSimulatorActive(mode != Mode::Real);
    updateRunState(); // the simulated platform's note shows only with the model
    // Like any knob: a run in progress restarts; a picture on screen is redrawn in the new mode
    // (a simulated run takes milliseconds).
    if (isRunning())
        m_restart.start();
    else if (!m_timeline->trace().runs.isEmpty())
        run();
}

void MainWindow::traceChanged()
{
    // No copy while recording: it would share the growing lists (runFinished() takes one).
    m_timeline->followTrace(m_controller->trace());
}

void MainWindow::runFinished()
{
    const Trace &trace = m_controller->trace();
    m_timeline->setTrace(trace);
    // Named in the language shown now, also when it was switched while the runs recorded.
    relabelRuns();
    if (!m_runHidden)
        m_summary->setTrace(m_timeline->trace());
    m_controls->showEffective(trace);
    m_lessons->setRecording(trace);
    QStringList errors;
    for (const Run &run : trace.runs) {
        if (!run.error.isEmpty())
            errors << run.error;
    }
    if (!errors.isEmpty()) {
        setStatus(
            [errors] { return tr("The run failed: %1").arg(errors.join(QStringLiteral("; "))); });
    } else if (m_runHidden) {
        m_predict->setState(PredictPanel::State::Hidden);
        setStatus(
            [] { return tr("Recorded and hidden. Enter your predictions, then Reveal (F5)."); });
    } else if (!m_restart.isActive()) {
        const double endNs = TimelineRenderer::traceEndNs(trace);
        setStatus([endNs] {
            return tr("Done in %1. Hover a box for details, click it to follow its bytes.")
                .arg(TimeAxis::formatDuration(endNs));
        });
    }
    updateRunState();
}

void MainWindow::updateRunState()
{
    const bool running = isRunning();
    m_runAction->setToolTip(running ? tr("Stop the run (F5)")
                                    : tr("Run the scenario over real sockets (F5)"));
    m_runAction->setEnabled(running || m_controls->scenario().validate().isEmpty());
    m_resetAction->setEnabled(!running);
    m_undoResetAction->setEnabled(!running && m_undoReset.has_value());
    if (!running)
        m_summary->setRecording(false);
    m_replay->setEnabled(!running); // replay a finished run, not one still growing
    m_runAction->setText(running ? tr("Stop") : m_runHidden ? tr("Reveal") : tr("Run"));
    // The lesson text is Linux's; a simulated other system says what it changes.
    const Scenario scenario = m_controls->scenario();
    const QStringList differences = m_modeSwitch->mode() == Mode::Real
        ? QStringList()
        : PlatformProfile::of(scenario.platform).differences(scenario);
    m_lessons->setModelNote(
        differences.isEmpty() ? QString()
                              : tr("Simulated as %1: %2.")
                                    .arg(QLatin1String(PlatformProfile::of(scenario.platform).name),
                                         differences.join(tr("; "))));
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation = on;
    m_presentationAction->setChecked(on);
    QFont font = m_normalFont;
    if (on)
        font.setPointSizeF(font.pointSizeF() * 1.5);
    setFont(font);
    // The toolbar is the teacher's, not the class's: at its normal size it fits a 1366-pixel
    // screen in every language, the presentation toggle included. The menus hide: their
    // shortcuts stay (the actions are the window's too) and the lanes get the height.
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar")))
        toolbar->setFont(m_normalFont);
    menuBar()->setVisible(!on);
    // The status line is for the teacher at the desk ("Done in 150 ms. Hover a box…"); the
    // class reads the headline strip, and the lanes get its height.
    statusBar()->setVisible(!on);
    // So do the Lessons | Observe tabs (the tab shown stays): their row is the room the
    // headline strip takes, and the side-by-side lesson's lanes still fit 1366×768.
    m_tabs->tabBar()->setVisible(!on);
    applyStyle();
    // The whole screen for the timeline: the side panels collapse (F11 again brings them back),
    // and the lanes fit the height (TimelineWidget shrinks what does not fit rather than
    // scrolling it out of sight).
    const bool observe = isObserveTabShown();
    m_lessonDock->setVisible(!on && !observe);
    m_summaryDock->setVisible(!on && !observe);
    m_headline->setPresentationMode(on && !m_runHidden);
    m_timeline->setFitHeight(on);
    m_bytes->setFitHeight(on);
    if (on)
        showFullScreen();
    else
        showNormal();
    if (!on)
        fitDocks();
    // The checked predictions in the new font, once the window has its new size.
    QTimer::singleShot(0, this, &MainWindow::fitPredictPanel);
}

void MainWindow::fitDocks()
{
    // Side panels as wide as their contents, so that no explanation or control is cut off: on
    // first start (no saved layout) the docks would otherwise get their minimum width, and in
    // presentation mode the larger font needs more. Once the window has its new geometry, or
    // the docks would be squeezed back.
    QTimer::singleShot(0, this, [this] {
        const int em = fontMetrics().averageCharWidth();
        auto *scroll = qobject_cast<QScrollArea *>(m_lessonDock->widget());
        const int controls = std::max(scroll ? scroll->widget()->sizeHint().width()
                                              + scroll->verticalScrollBar()->sizeHint().width() + 8
                                             : 0,
                                      40 * em);
        const int summary = std::max(30 * em, m_summaryDock->minimumSizeHint().width());
        // The timeline keeps its minimum: where the docks do not fit beside it, the window grows
        // up to the screen's width (a 1440-pixel first window cut the lesson text off).
        const int needed = controls + summary + centralWidget()->minimumSizeHint().width() + 16;
        if (!isFullScreen() && !isMaximized() && needed > width()) {
            const QScreen *screen = this->screen();
            const int frame = frameGeometry().width() - geometry().width();
            const int room = screen ? screen->availableGeometry().width() - frame : width();
            resize(std::max(width(), std::min(needed, room)), height());
            fitToScreen();
        }
        resizeDocks({ m_lessonDock, m_summaryDock }, { controls, summary }, Qt::Horizontal);
    });
}

void MainWindow::fitToScreen()
{
    // Never larger than the screen it opens on: a projector is often 1366×768, and a geometry
    // saved on a bigger monitor must not put the status bar or the UDP lanes below its edge.
    if (isFullScreen() || isMaximized())
        return;
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect room = screen->availableGeometry();
    // The window manager's frame, once known (none before the first show).
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize most(room.width() - frame.width(), room.height() - frame.height());
    const QSize fitted = size().boundedTo(most);
    if (fitted != size())
        resize(fitted);
    // Entirely on this screen: moved back in from any edge it sticks out of.
    QRect placed = frameGeometry();
    placed.moveRight(std::min(placed.right(), room.right()));
    placed.moveBottom(std::min(placed.bottom(), room.bottom()));
    placed.moveLeft(std::max(placed.left(), room.left()));
    placed.moveTop(std::max(placed.top(), room.top()));
    if (placed.topLeft() != frameGeometry().topLeft())
        move(placed.topLeft());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The screen and the frame are known now.
    QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    if (std::exchange(m_fillScreenOnShow, false)) {
        // Without a window manager (a kiosk session, a bare X server) nobody maximises the
        // window: it fills the screen by itself. A window manager has done it by then.
        QTimer::singleShot(500, this, [this] {
            const QScreen *screen = this->screen();
            if (!screen || !isMaximized() || isFullScreen())
                return;
            const QRect room = screen->availableGeometry();
            if (!room.contains(frameGeometry()) || frameGeometry().width() < room.width() * 9 / 10)
                setGeometry(room);
        });
    }
    if (std::exchange(m_fitDocksOnShow, false))
        fitDocks();
}

void MainWindow::addEncodingMenu(QMenu *viewMenu)
{
    // View → Payload encoding: how the labels, tooltips, selection sentence and exports read a
    // payload. The saved trace keeps its escaped previews whatever is chosen.
    QMenu *menu = viewMenu->addMenu(QString());
    menu->setObjectName(QStringLiteral("payloadEncodingMenu"));
    menu->setToolTipsVisible(true);
    addTranslated([menu](const QString &t) { menu->setTitle(t); }, QT_TR_NOOP("Payload &encoding"));
    auto *group = new QActionGroup(menu);
    for (const auto encoding : { PreviewText::Encoding::Utf8, PreviewText::Encoding::Gb18030,
                                 PreviewText::Encoding::Hex }) {
        auto *action = menu->addAction(PreviewText::label(encoding));
        action->setObjectName(QStringLiteral("encoding-") + PreviewText::name(encoding));
        action->setCheckable(true);
        action->setChecked(encoding == m_encoding);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this,
                [this, encoding] { setPayloadEncoding(encoding); });
        m_retranslations.append(
            [action, encoding] { action->setText(PreviewText::label(encoding)); });
        m_encodingActions.append(action);
    }
    if (!PreviewText::gb18030Available()) {
        // Said once, where the choice is made: the entry stays visible but cannot be chosen.
        QAction *gb = m_encodingActions.at(int(PreviewText::Encoding::Gb18030));
        gb->setEnabled(false);
        m_retranslations.append([gb] {
            gb->setToolTip(PreviewText::gb18030Unavailable());
            gb->setStatusTip(PreviewText::gb18030Unavailable());
        });
        m_retranslations.last()();
    }
}

void MainWindow::setPayloadEncoding(PreviewText::Encoding encoding)
{
    if (encoding == PreviewText::Encoding::Gb18030 && !PreviewText::gb18030Available())
        encoding = PreviewText::Encoding::Utf8;
    m_encoding = encoding;
    m_encodingActions.at(int(encoding))->setChecked(true);
    applyStyle();
    QSettings().setValue(QStringLiteral("view/payloadEncoding"), PreviewText::name(encoding));
}

bool MainWindow::isByteViewShown() const
{
    return m_byteView;
}

void MainWindow::setPredictMode(bool on)
{
    m_predictMode = on;
    m_predictAction->setChecked(on);
    QSettings().setValue(QStringLiteral("run/predict"), on);
    m_predict->setVisible(on);
    if (!on) {
        // Leaving predict mode shows what was hidden, without the comparison.
        if (m_runHidden) {
            setRunHidden(false);
            m_summary->setTrace(m_timeline->trace());
        }
        return;
    }
    updateQuestions();
    m_predict->setState(PredictPanel::State::Asking);
    m_predict->focusFirstField();
    setStatus([] {
        return tr("Predict first: answer the questions above, then Run (F5). The run stays "
                  "hidden until you reveal it.");
    });
}

void MainWindow::updateQuestions()
{
    if (!m_predict)
        return;
    // Another lesson's, or none (an opened scenario): the generic questions of its scenario.
    const Lesson *lesson = LessonCatalogue::find(m_lesson);
    Lesson custom;
    if (!lesson) {
        custom.scenario = m_controls->scenario();
        lesson = &custom;
    }
    m_predict->setQuestions(PredictionQuestions::of(*lesson, m_controls->scenario()));
}

void MainWindow::setRunHidden(bool hidden)
{
    m_runHidden = hidden;
    auto *layout = qobject_cast<QVBoxLayout *>(m_predict->parentWidget()->layout());
    // The questions take the room of the lanes while the run is hidden.
    if (layout)
        layout->setStretchFactor(m_predict, hidden ? 1 : 0);
    // Hidden, the questions take the lanes' room; revealed, fitPredictPanel() sizes them.
    m_predict->setMinimumHeight(0);
    m_predict->setMaximumHeight(QWIDGETSIZE_MAX);
    if (!hidden)
        fitPredictPanel();
    m_timePage->setVisible(!hidden && !m_byteView);
    m_bytesScroll->setVisible(!hidden && m_byteView);
    m_legend->setVisible(!hidden && m_legendAction->isChecked());
    m_replay->setVisible(!hidden);
    m_headline->setPresentationMode(m_presentation && !hidden);
    if (hidden)
        m_summary->setTrace(Trace{});
    m_summary->setRunHidden(hidden);
    if (m_predictMode && !hidden && m_predict->state() != PredictPanel::State::Revealed)
        m_predict->setState(PredictPanel::State::Asking);
    updateRunState();
}

void MainWindow::fitPredictPanel()
{
    if (!m_predictMode || m_runHidden)
        return;
    // Revealed, the lanes are the point: the checked predictions get what they need, at most
    // two fifths of the height, and scroll within it; without a minimum the lanes would squeeze
    // them to a line.
    const int cap = std::max(120, m_predict->parentWidget()->height() * 2 / 5);
    m_predict->setMinimumHeight(0);
    m_predict->setMaximumHeight(cap);
    m_predict->setMinimumHeight(std::min(m_predict->sizeHint().height(), cap));
}

void MainWindow::reveal()
{
    if (!m_runHidden || isRunning())
        return;
    setRunHidden(false);
    m_summary->setTrace(m_timeline->trace());
    m_predict->showResults(m_timeline->trace());
    fitPredictPanel();
    // The run as a story: replayed from its start, the class watching its predictions play out.
    m_timeline->setFocus();
    m_replay->enter();
    m_replay->togglePlay();
    setStatus([] {
        return tr("Revealed: the run replays (P pauses, X shows all); each prediction is "
                  "checked above the lanes.");
    });
}

void MainWindow::setByteView(bool on)
{
    m_byteViewAction->setChecked(on);
    m_byteView = on;
    m_timePage->setVisible(!on && !m_runHidden);
    m_bytesScroll->setVisible(on && !m_runHidden);
    // The compact axis is about time; the byte view's axis is the stream's bytes.
    m_compactAction->setEnabled(!on);
    if (on)
        m_bytes->setFocus();
    else
        m_timeline->setFocus();
    setStatus([on] {
        return on ? tr("Byte-stream view: the run's bytes by stream offset. B shows the "
                       "timeline again.")
                  : tr("Timeline: the run's calls in time. B shows the byte-stream view.");
    });
}

void MainWindow::applyStyle()
{
    TimelineStyle base = TimelineStyle::forPalette(palette());
    base.payloadEncoding = m_encoding;
    m_timeline->setTimelineStyle(m_presentation ? base.presentation() : base);
    if (m_observe)
        m_observe->setTimelineStyle(m_presentation ? base.presentation() : base);
}

void MainWindow::setStatus(const std::function<QString()> &text)
{
    m_statusText = text;
    m_status->setText(text());
}

bool MainWindow::relabelRuns()
{
    QList<Run> runs = m_timeline->trace().runs;
    if (!RunHeader::relabel(runs, plan()))
        return false;
    QStringList labels;
    for (const Run &run : std::as_const(runs))
        labels << run.label;
    m_timeline->setRunLabels(labels);
    return true;
}

QList<PlannedRun> MainWindow::plan() const
{
    const Lesson *lesson = LessonCatalogue::find(m_lesson);
    return lesson
        ? lesson->plan(m_controls->scenario(), m_controls->userKeys(), m_lessons->switchState())
        : QList<PlannedRun>{ PlannedRun{ QString(), m_controls->scenario() } };
}

void MainWindow::addTranslated(const std::function<void(const QString &)> &apply,
                               const char *source)
{
    apply(tr(source));
    m_retranslations.append([apply, source] { apply(tr(source)); });
}

void MainWindow::retranslateUi()
{
    for (const auto &retranslate : std::as_const(m_retranslations))
        retranslate();
    updateRunState();
    // The runs' titles were made in the language of the recording: named again from the plan
    // that recorded them (a trace of anything else keeps its own).
    if (!isRunning() && relabelRuns())
        m_summary->setTrace(m_timeline->trace());
    if (m_statusText)
        m_status->setText(m_statusText());
    if (const Lesson *lesson = LessonCatalogue::find(m_lesson))
        setWindowTitle(tr("%1 — SockScope").arg(lesson->translatedTitle()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_runAction)
        retranslateUi();
    // Follow the system when it switches between light and dark.
    if (event->type() == QEvent::PaletteChange && m_timeline)
        applyStyle();
    QMainWindow::changeEvent(event);
}

QString MainWindow::exportTitle() const
{
    const Lesson *lesson = LessonCatalogue::find(m_lesson);
    return lesson ? lesson->translatedTitle() : tr("Custom scenario");
}

void MainWindow::exportTimeline()
{
    if (isObserveTabShown())
        return m_observe->exportImage();
    const Trace &trace = m_timeline->shownTrace(); // during replay: what has been revealed
    if (trace.runs.isEmpty()) {
        setStatus([] { return tr("Nothing to export yet: press Run first."); });
        return;
    }
    ExportDialog dialog(this);
    QSettings settings;
    const QString folder
        = ExportDialog::proposedFolder(settings.value(QStringLiteral("export/folder")).toString());
    dialog.setPath(folder + QLatin1Char('/')
                   + (m_lesson.isEmpty() ? QStringLiteral("sockscope") : m_lesson)
                   + QStringLiteral(".png"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    TimelineFigure figure(*m_timeline, exportTitle());
    TimelineExportOptions &options = figure.options();
    options.scale = dialog.scale();
    if (dialog.screenTheme())
        options.style = m_timeline->timelineStyle();
    if (isByteViewShown()) {
        options.view = TimelineExportOptions::View::Bytes;
        if (dialog.visibleRangeOnly()) {
            options.byteViewFrom = m_bytes->viewFrom();
            options.byteViewTo = m_bytes->viewTo();
        }
    } else if (dialog.visibleRangeOnly()) {
        options.startNs = m_timeline->viewport().visibleStart();
        options.endNs = m_timeline->viewport().visibleEnd();
    }
    // A folder typed into the dialog is made, like the proposed one.
    QDir().mkpath(QFileInfo(dialog.path()).absolutePath());
    const FileTask::Result exported = FileTask::run(
        this, FileTask::exporting(dialog.path()),
        [&figure, path = dialog.path()](const ProgressMeter::Callback &progress) {
            return figure.exportFile(path, progress);
        },
        FileTask::Bar::Busy);
    if (exported.cancelled && !exported.error.isEmpty()) {
        setStatus([path = dialog.path()] { return FileTask::notWritten(path); });
        return;
    }
    if (!exported.error.isEmpty()) {
        QMessageBox::warning(this, tr("Export timeline"), exported.error);
        return;
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(dialog.path()).absolutePath());
    setStatus(
        [path = QDir::toNativeSeparators(dialog.path())] { return tr("Exported %1").arg(path); });
}

void MainWindow::exportWorksheet()
{
    const Lesson *lesson = LessonCatalogue::find(m_lesson);
    if (!lesson) {
        setStatus([] { return tr("A worksheet is made for a lesson: choose one first."); });
        return;
    }
    // The answer key is the run on screen; a hidden one is not given away before Reveal.
    if (m_timeline->trace().runs.isEmpty() || m_runHidden || isRunning()) {
        setStatus([] {
            return tr("The worksheet's answer key needs a finished run of the lesson on screen: "
                      "press Run (and Reveal) first.");
        });
        return;
    }
    QSettings settings;
    const QString folder
        = ExportDialog::proposedFolder(settings.value(QStringLiteral("export/folder")).toString());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export worksheet"),
        folder + QLatin1Char('/') + m_lesson + QStringLiteral("-worksheet.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const FileTask::Result exported = FileTask::run(
        this, FileTask::exporting(path),
        [lesson = *lesson, scenario = m_controls->scenario(), trace = m_timeline->trace(),
         path](const ProgressMeter::Callback &progress) {
            return WorksheetWriter::exportPdf(lesson, scenario, trace, path, progress);
        },
        FileTask::Bar::Busy);
    if (exported.cancelled && !exported.error.isEmpty()) {
        setStatus([path] { return FileTask::notWritten(path); });
        return;
    }
    if (!exported.error.isEmpty()) {
        QMessageBox::warning(this, tr("Export worksheet"), exported.error);
        return;
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    setStatus([path = QDir::toNativeSeparators(path)] { return tr("Exported %1").arg(path); });
}

void MainWindow::copyImage()
{
    if (isObserveTabShown())
        return m_observe->copyImage();
    QSize size;
    TimelineFigure figure(*m_timeline, exportTitle());
    if (isByteViewShown())
        figure.options().view = TimelineExportOptions::View::Bytes;
    if (const QString error = figure.copy(&size); !error.isEmpty()) {
        setStatus([error] { return QString(error); }); // said by the figure, in its words
        return;
    }
    setStatus([size] {
        return tr("Copied the timeline as an image (%1 × %2 pixels).")
            .arg(size.width())
            .arg(size.height());
    });
}

void MainWindow::openScenario()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open scenario"), QString(), tr("Scenarios and traces (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto scenario = Scenario::fromFile(path, &error);
    if (!scenario) {
        QMessageBox::warning(this, tr("Open scenario"), error);
        return;
    }
    stop();
    // A file is a scenario of its own: it runs as written, no lesson variants on top.
    m_undoReset.reset();
    m_lesson.clear();
    m_lessons->setLesson(QString());
    m_controls->setVariedKeys({});
    m_controls->setScenario(*scenario, Scenario::keys());
    m_timeline->setTrace(Trace{});
    m_summary->setTrace(Trace{});
    setRunHidden(false);
    updateQuestions();
    setWindowTitle(tr("%1 — SockScope").arg(QFileInfo(path).fileName()));
    setStatus([path = QDir::toNativeSeparators(path)] {
        return tr("Opened %1: press Run (F5).").arg(path);
    });
    updateRunState();
}

void MainWindow::saveScenario()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save scenario"),
        (m_lesson.isEmpty() ? QStringLiteral("scenario") : m_lesson) + QStringLiteral(".json"),
        tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = m_controls->scenario().saveFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save scenario"), error);
    else
        setStatus([path = QDir::toNativeSeparators(path)] { return tr("Saved %1").arg(path); });
}

namespace {

const QString kLessonFolderKey = QStringLiteral("files/lessonFolder");

QString lessonFolder()
{
    const QString folder = QSettings().value(kLessonFolderKey).toString();
    return folder.isEmpty() ? LessonFile::userFolder() : folder;
}

} // namespace

void MainWindow::openLessonFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), lessonFolder(),
                                                      tr("Lesson files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLessonFolderKey, QFileInfo(path).absolutePath());
    if (const QString error = loadLessonFile(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Open lesson"), error);
}

QString MainWindow::loadLessonFile(const QString &path)
{
    QString error;
    const auto lesson = LessonFile::read(path, &error);
    if (!lesson)
        return error;
    if (!LessonCatalogue::addFromFile(*lesson))
        return tr("%1: name: \"%2\" is a built-in lesson's name; choose another")
            .arg(QDir::toNativeSeparators(path), lesson->name);
    // The file is the latest word on its lesson: edits kept from an earlier version go.
    QSettings settings;
    settings.remove(settingsKey(lesson->name, "scenario"));
    settings.remove(settingsKey(lesson->name, "userKeys"));
    m_lessons->retranslate();
    openLesson(lesson->name);
    setStatus([path = QDir::toNativeSeparators(path)] {
        return tr("Opened the lesson %1: press Run (F5).").arg(path);
    });
    return {};
}

void MainWindow::saveLessonFile()
{
    if (!LessonCatalogue::find(m_lesson)) {
        QMessageBox::information(this, tr("Save lesson"),
                                 tr("Pick a lesson first: a lesson file starts from one, with "
                                    "your settings as its scenario."));
        return;
    }
    const Lesson *lesson = LessonCatalogue::find(m_lesson);
    const QString suggested = lesson->fromFile() ? lesson->file
                                                 : lessonFolder() + QStringLiteral("/my-")
            + m_lesson + QStringLiteral(".sockscope-lesson.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save lesson"), suggested,
                                                      tr("Lesson files (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLessonFolderKey, QFileInfo(path).absolutePath());
    if (const QString error = saveLessonTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save lesson"), error);
}

QString MainWindow::saveLessonTo(const QString &path)
{
    const Lesson *lesson = LessonCatalogue::find(m_lesson);
    if (!lesson)
        return tr("Pick a lesson first: a lesson file starts from one, with your settings as "
                  "its scenario.");
    Lesson saved = *lesson;
    if (!saved.fromFile()) // its claims by id, before it takes the file's name
        saved.checks = LessonExpectations::checksOf(saved.name);
    saved.scenario = m_controls->scenario();
    saved.name = lesson->fromFile() && QFileInfo(path).absoluteFilePath() == lesson->file
        ? lesson->name
        : LessonFile::nameForPath(path);
    if (QString error = LessonFile::write(saved, path); !error.isEmpty())
        return error;
    setStatus([path = QDir::toNativeSeparators(path), name = saved.name] {
        return tr("Saved the lesson %1 as %2").arg(name, path);
    });
    return {};
}

void MainWindow::showLessonWarnings(const QStringList &warnings)
{
    if (warnings.isEmpty())
        return;
    setStatus([warnings] {
        return tr("%n lesson file(s) not loaded: %1", nullptr, int(warnings.size()))
            .arg(warnings.constFirst());
    });
}

QString MainWindow::loadTrace(const QString &path, bool *cancelled)
{
    std::optional<Trace> trace;
    const FileTask::Result read = FileTask::run(
        this, FileTask::reading(path), [&trace, path](const ProgressMeter::Callback &progress) {
            QString error;
            trace = TraceJsonReader::read(path, &error, progress);
            // The lesson's claims are judged by the trace's data, as `show` judges them, not
            // taken from what the file says of them: a file keeps them as English sentences,
            // and the rules may have grown since it was written.
            if (trace)
                LessonExpectations::judge(*trace);
            return error;
        });
    if (cancelled)
        *cancelled = read.cancelled && !trace;
    if (!trace) {
        if (read.cancelled) {
            setStatus([path = QDir::toNativeSeparators(path)] {
                return tr("Opening %1 cancelled: the window shows what it showed before.")
                    .arg(path);
            });
        }
        return read.error;
    }
    stop();
    // A saved trace's runs are shown exactly as recorded; Run records its scenario again. A lesson
    // file's trace brings its lesson into the list (unless a lesson of that name is there).
    if (trace->lessonFile && !LessonCatalogue::find(trace->lesson)) {
        Lesson fromTrace = *trace->lessonFile;
        fromTrace.file = path;
        if (LessonCatalogue::addFromFile(fromTrace))
            m_lessons->retranslate();
    }
    const bool lesson = LessonCatalogue::find(trace->lesson) != nullptr;
    m_lesson = lesson ? trace->lesson : QString();
    m_undoReset.reset();
    m_lessons->setLesson(m_lesson);
    const Lesson *traceLesson = LessonCatalogue::find(m_lesson);
    m_controls->setVariedKeys(traceLesson ? traceLesson->variedKeys() : QStringList());
    m_controls->setScenario(trace->scenario, lesson ? QStringList() : Scenario::keys());
    m_controls->showEffective(*trace);
    setRunHidden(false);
    updateQuestions();
    m_timeline->setSelection({});
    m_timeline->setTrace(*trace);
    m_timeline->fit();
    m_summary->setTrace(*trace);
    m_lessons->setRecording(*trace);
    setWindowTitle(tr("%1 — SockScope").arg(QFileInfo(path).fileName()));
    setStatus([path = QDir::toNativeSeparators(path)] {
        return tr("Opened the trace %1, as recorded. Run records it again.").arg(path);
    });
    updateRunState();
    return {};
}

QString MainWindow::saveTraceTo(const QString &path, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (m_timeline->trace().runs.isEmpty())
        return tr("Nothing to save yet: press Run first.");
    const FileTask::Result saved = FileTask::run(
        this, FileTask::saving(path),
        [trace = m_timeline->trace(), path](const ProgressMeter::Callback &progress) {
            return TraceJsonWriter::write(trace, path, progress);
        });
    if (saved.error.isEmpty()) {
        setStatus(
            [path = QDir::toNativeSeparators(path)] { return tr("Saved the trace %1").arg(path); });
    } else if (saved.cancelled) {
        if (cancelled)
            *cancelled = true;
        setStatus([path] { return FileTask::notWritten(path); });
    }
    return saved.error;
}

void MainWindow::openTrace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open trace"), QString(),
                                                      tr("Traces (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    bool cancelled = false;
    if (const QString error = loadTrace(path, &cancelled); !error.isEmpty() && !cancelled)
        QMessageBox::warning(this, tr("Open trace"),
                             tr("Cannot show %1:\n%2").arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::saveTrace()
{
    if (m_timeline->trace().runs.isEmpty()) {
        setStatus([] { return tr("Nothing to save yet: press Run first."); });
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save trace"),
        (m_lesson.isEmpty() ? QStringLiteral("trace") : m_lesson) + QStringLiteral("-trace.json"),
        tr("Traces (*.json)"));
    if (path.isEmpty())
        return;
    bool cancelled = false;
    if (const QString error = saveTraceTo(path, &cancelled); !error.isEmpty() && !cancelled)
        QMessageBox::warning(this, tr("Save trace"), error);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->stop();
    setObserveTabShown(false); // the docks are saved as the Lessons tab shows them
    // ... and as the window shows them: the next start is not full screen without its panels.
    if (m_presentation)
        setPresentationMode(false);
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("lastLesson"), m_lesson);
    settings.setValue(QStringLiteral("view/compact"), m_timeline->isCompact());
    const QByteArray json
        = QJsonDocument(m_controls->scenario().toJson()).toJson(QJsonDocument::Compact);
    if (!m_controls->userKeys().isEmpty()) {
        settings.setValue(settingsKey(m_lesson, "scenario"), json);
        settings.setValue(settingsKey(m_lesson, "userKeys"), m_controls->userKeys());
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A first start fills the screen: the timeline is the point, a projector is small and
        // a big desk monitor should not show a window in its corner. Un-maximised it is
        // kFirstSize; from then on the window opens as it was left.
        resize(kFirstSize);
        fitToScreen();
        setWindowState(windowState() | Qt::WindowMaximized);
        m_fillScreenOnShow = true;
    }
    fitToScreen();
    m_fitDocksOnShow = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_timeline->setCompact(settings.value(QStringLiteral("view/compact"), true).toBool());
    m_legendAction->setChecked(settings.value(QStringLiteral("view/legend"), true).toBool());
    m_legend->setVisible(m_legendAction->isChecked());
    m_observe->setLegendVisible(m_legendAction->isChecked());
    m_compactAction->setChecked(m_timeline->isCompact());
    setPayloadEncoding(
        PreviewText::fromName(settings.value(QStringLiteral("view/payloadEncoding")).toString())
            .value_or(PreviewText::Encoding::Utf8));
    const auto mode = parseMode(settings.value(QStringLiteral("run/mode")).toString());
    m_modeSwitch->setMode(mode.value_or(Mode::Real));
    m_controls->setSimulatorActive(m_modeSwitch->mode() != Mode::Real);
    if (settings.value(QStringLiteral("run/predict"), false).toBool())
        setPredictMode(true);
}

} // namespace sockscope
