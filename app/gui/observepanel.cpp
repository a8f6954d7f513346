#include "gui/observepanel.h"

#include "analysis/frameattribution.h"
#include "gui/clientexample.h"
#include "gui/exportdialog.h"
#include "gui/filetask.h"
#include "gui/legendwidget.h"
#include "gui/observesettings.h"
#include "gui/timelinefigure.h"
#include "gui/timelinewidget.h"
#include "io/tracejsonwriter.h"
#include "model/callcount.h"
#include "model/textjoin.h"
#include "run/observecontroller.h"
#include "view/eventtext.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sockscope {

namespace {

// The addresses other computers reach this one by, for a bind to every interface.
QStringList externalAddresses()
{
    QStringList out;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            out << a.toString();
    }
    return out;
}

QToolButton *copyButton(QWidget *parent, QLabel *source)
{
    auto *button = new QToolButton(parent);
    QObject::connect(button, &QToolButton::clicked, source,
                     [source] { QGuiApplication::clipboard()->setText(source->text()); });
    return button;
}

} // namespace

ObservePanel::ObservePanel(QWidget *parent)
    : QWidget(parent), m_controller(new ObserveController(this))
{
    setObjectName(QStringLiteral("observePanel"));
    m_timeline = new TimelineWidget;
    m_timeline->setObjectName(QStringLiteral("observeTimeline"));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_timeline);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notesTitle = new QLabel(this);
    m_notes = new QListWidget(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(6 * fontMetrics().height());

    auto *main = new QWidget;
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(createBanner());
    mainLayout->addWidget(m_counts);
    mainLayout->addWidget(scroll, 1);
    // The key to the marks, as under the lessons' timeline (View → Legend shows or hides both).
    m_legend = new LegendWidget(m_timeline, main);
    m_legend->setObjectName(QStringLiteral("observeLegend"));
    mainLayout->addWidget(m_legend);
    mainLayout->addWidget(m_details);
    mainLayout->addWidget(m_notesTitle);
    mainLayout->addWidget(m_notes);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createSide());
    splitter->addWidget(main);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_controller, &ObserveController::started, this, &ObservePanel::started);
    connect(m_controller, &ObserveController::traceChanged, this, &ObservePanel::traceChanged);
    connect(m_controller, &ObserveController::noteAdded, this, &ObservePanel::addNote);
    connect(m_controller, &ObserveController::finished, this, &ObservePanel::finished);
    connect(m_timeline, &TimelineWidget::selectionChanged, this, &ObservePanel::showSelection);
    connect(m_settings, &ObserveSettings::changed, this, &ObservePanel::updateBanner);

    m_settings->restoreSettings();
    retranslateUi();
    updateFonts();
    updateState();
}

ObservePanel::~ObservePanel()
{
    // Join the worker threads before the widgets that show their results go away.
    m_controller->stop();
}

QWidget *ObservePanel::createSide()
{
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 8, 0);
    m_settingsTitle = new QLabel(side);
    QFont bold = m_settingsTitle->font();
    bold.setBold(true);
    m_settingsTitle->setFont(bold);
    m_settings = new ObserveSettings(side);
    m_start = new QPushButton(side);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    m_start->setMinimumHeight(2 * fontMetrics().height());
    connect(m_start, &QPushButton::clicked, this, &ObservePanel::toggle);
    m_error = new QLabel(side);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->hide();
    m_save = new QPushButton(side);
    m_save->setObjectName(QStringLiteral("saveTrace"));
    connect(m_save, &QPushButton::clicked, this, &ObservePanel::saveTrace);
    m_export = new QPushButton(side);
    m_export->setObjectName(QStringLiteral("exportImage"));
    connect(m_export, &QPushButton::clicked, this, &ObservePanel::exportImage);
    layout->addWidget(m_settingsTitle);
    layout->addWidget(m_settings);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_start);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_save);
    layout->addWidget(m_export);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(side);
    scroll->setMinimumWidth(320);
    m_side = scroll;
    return scroll;
}

QWidget *ObservePanel::createBanner()
{
    auto *banner = new QFrame;
    banner->setObjectName(QStringLiteral("banner"));
    banner->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(banner);
    m_address = new QLabel(banner);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressHint = new QLabel(banner);
    m_addressHint->setObjectName(QStringLiteral("addressHint"));
    m_addressHint->setWordWrap(true);
    m_addressHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyAddress = copyButton(banner, m_address);
    m_python = new QLabel(banner);
    m_python->setObjectName(QStringLiteral("pythonExample"));
    m_netcat = new QLabel(banner);
    m_netcat->setObjectName(QStringLiteral("netcatExample"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLabel *l : { m_python, m_netcat }) {
        l->setFont(fixed);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_copyPython = copyButton(banner, m_python);
    m_copyNetcat = copyButton(banner, m_netcat);
    grid->addWidget(m_address, 0, 0);
    grid->addWidget(m_copyAddress, 0, 1, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(m_addressHint, 1, 0, 1, 2);
    grid->addWidget(m_python, 2, 0);
    grid->addWidget(m_copyPython, 2, 1, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_netcat, 3, 0);
    grid->addWidget(m_copyNetcat, 3, 1, Qt::AlignLeft | Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    return banner;
}

bool ObservePanel::isListening() const
{
    return m_controller->isRunning();
}

void ObservePanel::setTimelineStyle(const TimelineStyle &style)
{
    m_timeline->setTimelineStyle(style);
}

QString ObservePanel::start()
{
    const ObserveOptions options = m_settings->options();
    m_notes->clear();
    m_framesSeen.clear();
    m_details->clear();
    m_timeline->setSelection({});
    QString error = m_controller->start(options);
    showError(error);
    if (error.isEmpty()) {
        m_settings->saveSettings();
        m_timeline->fit();
    }
    updateState();
    return error;
}

void ObservePanel::stop()
{
    m_controller->stop();
    updateState();
}

void ObservePanel::toggle()
{
    if (isListening())
        stop();
    else
        start();
}

void ObservePanel::started(const QString &address, quint16 port)
{
    m_listenAddress = address;
    m_listenPort = port;
    updateBanner();
}

void ObservePanel::traceChanged()
{
    const Trace &trace = m_controller->trace();
    // No copy while recording: it would share the growing lists.
    if (m_controller->isRunning())
        m_timeline->followTrace(trace);
    else
        m_timeline->setTrace(trace);
    qsizetype frames = 0;
    qsizetype bad = 0;
    qint64 unrecordedBytes = 0;
    bool stopped = false;
    for (const Run &run : trace.runs) {
        frames += run.frames.size();
        bad += std::count_if(run.frames.cbegin(), run.frames.cend(), &FrameAttribution::isBad);
        if (run.unrecorded) {
            stopped = true;
            unrecordedBytes += run.unrecorded->bytes;
        }
    }
    const bool tcp = m_settings->options().protocol == Protocol::Tcp;
    QStringList parts;
    if (tcp)
        parts << tr("%n connection(s)", nullptr, int(trace.runs.size()));
    // A TCP client's close is its own recv() of 0 bytes: counted apart, as every run says it.
    parts << CallCount::recvCalls(trace.runs);
    if (frames > 0)
        parts << tr("%n message(s) decoded", nullptr, int(frames - bad));
    if (bad > 0)
        parts << tr("%n bad frame(s)", nullptr, int(bad));
    // The counts are of what was recorded; the notes say when and why recording stopped.
    if (stopped)
        parts << tr("recording stopped, %1 not recorded").arg(EventText::bytes(unrecordedBytes));
    m_countsText = trace.runs.isEmpty() ? QString() : parts.join(QStringLiteral(" · "));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    emit statusChanged();
    noteBadFrames(trace);
    showSelection(m_timeline->selection());
    m_save->setEnabled(!trace.runs.isEmpty());
    m_export->setEnabled(!trace.runs.isEmpty());
}

void ObservePanel::noteBadFrames(const Trace &trace)
{
    // The decoder's errors are what a student debugging their framing needs first: list them
    // with the notes, once each.
    m_framesSeen.resize(std::max(m_framesSeen.size(), trace.runs.size()), 0);
    for (int r = 0; r < trace.runs.size(); ++r) {
        const Run &run = trace.runs.at(r);
        for (qsizetype i = m_framesSeen.at(r); i < run.frames.size(); ++i) {
            const Frame &f = run.frames.at(i);
            if (FrameAttribution::isBad(f))
                addNote(tr("%1, message #%2: %3")
                            .arg(EventText::runTitle(run))
                            .arg(f.id)
                            .arg(f.error.isEmpty() ? tr("incomplete") : f.error));
        }
        m_framesSeen[r] = std::max(m_framesSeen.at(r), run.frames.size());
    }
}

void ObservePanel::finished()
{
    traceChanged();
    updateState();
}

void ObservePanel::addNote(const QString &note)
{
    auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), note));
    m_notes->addItem(item);
    m_notes->scrollToBottom();
}

void ObservePanel::showSelection(const TimelineSelection &selection)
{
    const Trace &trace = m_timeline->trace();
    if (!selection.isValid() || selection.run >= trace.runs.size()) {
        m_details->clear();
        return;
    }
    const Run &run = trace.runs.at(selection.run);
    const int frame = FrameAttribution::frameOf(run, selection.message);
    const auto encoding = m_timeline->timelineStyle().payloadEncoding;
    m_details->setText(frame >= 0 ? EventText::frameDetails(run, frame, encoding) : QString());
}

void ObservePanel::showError(const QString &error)
{
    m_errorText = error;
    m_error->setText(error.isEmpty() ? QString() : tr("Not listening: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
}

void ObservePanel::updateState()
{
    const bool listening = isListening();
    m_settings->setListening(listening);
    m_start->setText(listening ? tr("Stop") : tr("Start listening"));
    m_start->setToolTip(
        listening ? tr("Stop: the clients are disconnected, the trace is kept")
                  : tr("Listen on the port and record every recv() of whatever connects"));
    const bool any = !m_controller->trace().runs.isEmpty();
    m_save->setEnabled(any);
    m_export->setEnabled(any);
    updateBanner();
}

void ObservePanel::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
}

void ObservePanel::updateBanner()
{
    const ObserveOptions options = m_settings->options();
    const bool listening = isListening();
    const QString host = listening ? m_listenAddress : options.bindAddress;
    const quint16 port = listening ? m_listenPort : options.port;
    // A client on this computer reaches a wildcard bind through loopback.
    const QString clientHost
        = host == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : host;
    const QString protocol
        = options.protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    m_address->setText(listening ? QStringLiteral("%1 %2:%3").arg(protocol, host).arg(port)
                                 : tr("Not listening"));
    m_copyAddress->setVisible(listening);
    QString hint;
    if (listening) {
        // What becomes a run differs: a TCP connection each, or every datagram to the port.
        hint = options.protocol == Protocol::Tcp
            ? tr("Listening. Point your client at this address; each TCP connection becomes a "
                 "run on the timeline.")
            : tr("Listening. Point your client at this address; every UDP datagram it sends "
                 "here becomes a recv() on the timeline, and all of them one run.");
        if (host == QLatin1String("0.0.0.0")) {
            const QStringList external = externalAddresses();
            if (!external.isEmpty())
                TextJoin::append(hint,
                                 tr("From other computers: %1").arg(TextJoin::list(external)));
        }
    } else {
        hint = tr("Choose the settings on the left and press Start listening.");
    }
    m_addressHint->setText(hint);
    const bool valid = options.validate().isEmpty() && port != 0;
    const QString python = valid ? ClientExample::python(options, clientHost, port) : QString();
    const QString netcat = valid ? ClientExample::netcat(options, clientHost, port) : QString();
    m_python->setText(python);
    m_netcat->setText(netcat);
    m_python->setVisible(!python.isEmpty());
    m_netcat->setVisible(!netcat.isEmpty());
    m_copyPython->setVisible(!python.isEmpty());
    m_copyNetcat->setVisible(!netcat.isEmpty());
    emit statusChanged();
}

QString ObservePanel::statusText() const
{
    if (isListening()) {
        const QString where
            = QStringLiteral("%1 %2:%3")
                  .arg(m_settings->options().protocol == Protocol::Tcp ? QStringLiteral("TCP")
                                                                       : QStringLiteral("UDP"),
                       m_listenAddress)
                  .arg(m_listenPort);
        return m_countsText.isEmpty() ? tr("Listening on %1: waiting for a client.").arg(where)
                                      : tr("Listening on %1: %2.").arg(where, m_countsText);
    }
    if (!m_countsText.isEmpty())
        return tr("Stopped listening: %1.").arg(m_countsText);
    return tr("Choose the settings on the left and press Start listening.");
}

void ObservePanel::updateFonts()
{
    // Big enough to copy from the back of the room; presentation mode scales it with the rest.
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 2.0);
    m_address->setFont(big);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF() * 1.05);
    m_python->setFont(fixed);
    m_netcat->setFont(fixed);
    m_notes->setMaximumHeight(6 * fontMetrics().height());
    // The settings keep their width when presentation mode enlarges the fonts.
    if (auto *scroll = qobject_cast<QScrollArea *>(m_side))
        m_side->setMinimumWidth(std::max(320,
                                         scroll->widget()->sizeHint().width()
                                             + scroll->verticalScrollBar()->sizeHint().width()));
}

QString ObservePanel::exportTitle() const
{
    return tr("Observed on %1:%2").arg(m_listenAddress).arg(m_listenPort);
}

void ObservePanel::saveTrace()
{
    const Trace &trace = m_controller->trace();
    if (trace.runs.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save trace"), QStringLiteral("observed.json"), tr("Traces (*.json)"));
    if (path.isEmpty())
        return;
    // A copy: the observation goes on while the file is written.
    const FileTask::Result saved
        = FileTask::run(this, FileTask::saving(path),
                        [trace = Trace(trace), path](const ProgressMeter::Callback &progress) {
                            return TraceJsonWriter::write(trace, path, progress);
                        });
    if (saved.cancelled && !saved.error.isEmpty())
        addNote(FileTask::notWritten(path));
    else if (!saved.error.isEmpty())
        QMessageBox::warning(this, tr("Save trace"), saved.error);
    else
        addNote(tr("Saved the trace %1").arg(QDir::toNativeSeparators(path)));
}

void ObservePanel::exportImage()
{
    const Trace &trace = m_timeline->trace();
    if (trace.runs.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export image"),
                                                      ExportDialog::proposedFolder(QString())
                                                          + QStringLiteral("/observed.png"),
                                                      tr("Images (*.png *.svg *.pdf)"));
    if (path.isEmpty())
        return;
    const TimelineFigure figure(*m_timeline, exportTitle());
    const FileTask::Result exported = FileTask::run(
        this, FileTask::exporting(path),
        [&figure, path](const ProgressMeter::Callback &progress) {
            return figure.exportFile(path, progress);
        },
        FileTask::Bar::Busy);
    if (exported.cancelled && !exported.error.isEmpty())
        addNote(FileTask::notWritten(path));
    else if (!exported.error.isEmpty())
        QMessageBox::warning(this, tr("Export image"), exported.error);
    else
        addNote(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ObservePanel::copyImage()
{
    // A file or clipboard failure is the answer to one click, not the state of the listener.
    if (const QString error = TimelineFigure(*m_timeline, exportTitle()).copy(); !error.isEmpty())
        QMessageBox::warning(this, tr("Copy image"), error);
}

void ObservePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange && m_address)
        QTimer::singleShot(0, this, &ObservePanel::updateFonts); // once the children have the font
    QWidget::changeEvent(event);
}

void ObservePanel::retranslateUi()
{
    m_settingsTitle->setText(tr("Listen for your own programs"));
    m_save->setText(tr("Save trace…"));
    m_save->setToolTip(tr("The recorded runs as trace JSON (sockscope show draws it again)"));
    m_export->setText(tr("Export image…"));
    m_export->setToolTip(tr("The timeline as PNG, SVG or PDF, with a caption and the legend"));
    m_copyAddress->setText(tr("Copy"));
    m_copyPython->setText(tr("Copy"));
    m_copyNetcat->setText(tr("Copy"));
    m_copyAddress->setToolTip(tr("Copy the address"));
    m_copyPython->setToolTip(tr("Copy the python3 client command"));
    m_copyNetcat->setToolTip(tr("Copy the netcat command: type lines, each Enter sends one"));
    m_notesTitle->setText(tr("Notes (clients turned away, decoder errors)"));
    m_timeline->setAccessibleName(tr("Observed timeline"));
    if (!m_errorText.isEmpty())
        showError(m_errorText);
    updateState();
    m_controller->relabel(); // announces the trace, titled in the new language
}

} // namespace sockscope
