#include "gui/replaybar.h"

#include "gui/timelinewidget.h"
#include "render/timelinerenderer.h"
#include "view/timeaxis.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

constexpr int kSliderSteps = 1000;
constexpr int kFrameMs = 30;
constexpr double kSpeeds[] = { 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0 };

} // namespace

ReplayBar::ReplayBar(TimelineWidget *timeline, QWidget *parent)
    : QWidget(parent), m_timeline(timeline)
{
    setObjectName(QStringLiteral("replayBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto makeButton = [this, layout](const char *name, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(b);
        return b;
    };
    m_back = makeButton("replayBack", QStyle::SP_MediaSeekBackward);
    m_play = makeButton("replayPlay", QStyle::SP_MediaPlay);
    m_forward = makeButton("replayForward", QStyle::SP_MediaSeekForward);
    m_backAction = addReplayAction(m_back, QKeySequence(Qt::Key_Comma), &ReplayBar::stepBack);
    m_playAction = addReplayAction(m_play, QKeySequence(Qt::Key_P), &ReplayBar::togglePlay);
    m_forwardAction
        = addReplayAction(m_forward, QKeySequence(Qt::Key_Period), &ReplayBar::stepForward);
    m_slowerAction
        = addReplayAction(nullptr, QKeySequence(Qt::Key_BracketLeft), &ReplayBar::slower);
    m_fasterAction
        = addReplayAction(nullptr, QKeySequence(Qt::Key_BracketRight), &ReplayBar::faster);

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    for (double s : kSpeeds)
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(3);
    layout->addWidget(m_speed);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setRange(0, kSliderSteps);
    m_slider->setMinimumWidth(80);
    layout->addWidget(m_slider, 1);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_slider->signalsBlocked())
            return;
        seek(qint64(std::llround(double(m_cursor.endNs()) * value / kSliderSteps)));
    });

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(
        QStringLiteral("000.000 ms / 000.000 ms · 0000 / 0000")));
    layout->addWidget(m_time);

    m_leave = makeButton("replayLeave", QStyle::SP_DialogCloseButton);
    m_measure = new QToolButton(this); // wordsWidth()'s, never shown
    m_measure->hide();
    m_leaveAction = addReplayAction(m_leave, QKeySequence(Qt::Key_X), &ReplayBar::leave);

    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplayBar::tick);
    connect(m_timeline, &TimelineWidget::traceReplaced, this, &ReplayBar::traceReplaced);
    connect(m_timeline, &TimelineWidget::replayStale, this, [this] {
        if (m_timeline->isReplaying())
            m_timeline->showReplay(m_cursor);
    });
    retranslateUi();
    refresh();
}

QAction *ReplayBar::addReplayAction(QToolButton *button, const QKeySequence &shortcut,
                                    void (ReplayBar::*slot)())
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    // The window's shortcut: works while the timeline has the focus; a spin box being typed
    // into still gets its own keys first.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    if (button) {
        action->setIcon(button->icon()); // the default action's icon replaces the button's
        button->setDefaultAction(action);
    }
    return action;
}

QList<QAction *> ReplayBar::replayActions() const
{
    return { m_playAction,   m_backAction,   m_forwardAction,
             m_slowerAction, m_fasterAction, m_leaveAction };
}

void ReplayBar::traceReplaced()
{
    // The timeline has already dropped its replay view: a new run or an opened trace.
    const bool was = m_active;
    pause();
    m_active = false;
    m_cursor = ReplayCursor();
    refresh();
    if (was)
        emit replayChanged();
}

double ReplayBar::speed() const
{
    return m_speed->currentData().toDouble();
}

void ReplayBar::setSpeed(double speed)
{
    int best = 0;
    for (int i = 0; i < m_speed->count(); ++i) {
        if (std::abs(std::log(m_speed->itemData(i).toDouble() / speed))
            < std::abs(std::log(m_speed->itemData(best).toDouble() / speed)))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

void ReplayBar::faster()
{
    m_speed->setCurrentIndex(std::min(m_speed->currentIndex() + 1, m_speed->count() - 1));
}

void ReplayBar::slower()
{
    m_speed->setCurrentIndex(std::max(m_speed->currentIndex() - 1, 0));
}

void ReplayBar::enter()
{
    m_cursor = ReplayCursor(m_timeline->trace());
    if (m_cursor.eventCount() == 0)
        return;
    m_active = true;
    moved();
}

void ReplayBar::leave()
{
    if (!m_active)
        return;
    pause();
    m_active = false;
    moved();
}

void ReplayBar::togglePlay()
{
    if (isPlaying()) {
        pause();
        refresh();
        return;
    }
    if (!m_active)
        enter();
    else if (m_cursor.atEnd())
        m_cursor.rewind();
    if (!m_active)
        return;
    m_clock.start();
    m_timer.start();
    moved();
}

void ReplayBar::pause()
{
    m_timer.stop();
}

void ReplayBar::stepForward()
{
    if (!m_active)
        enter();
    pause();
    m_cursor.stepForward();
    moved();
}

void ReplayBar::stepBack()
{
    if (!m_active)
        enter();
    pause();
    m_cursor.stepBack();
    moved();
}

void ReplayBar::seek(qint64 tNs)
{
    if (!m_active)
        enter();
    if (!m_active)
        return;
    m_cursor.seek(tNs);
    moved();
}

void ReplayBar::tick()
{
    m_cursor.advance(m_clock.restart() * 1'000'000, speed());
    if (m_cursor.atEnd() && m_cursor.timeNs() >= m_cursor.endNs())
        pause();
    moved();
}

void ReplayBar::moved()
{
    if (m_active)
        m_timeline->showReplay(m_cursor);
    else
        m_timeline->endReplay();
    refresh();
    emit replayChanged();
}

void ReplayBar::refresh()
{
    const Trace &trace = m_timeline->trace();
    const bool any = std::any_of(trace.runs.cbegin(), trace.runs.cend(), [](const Run &r) {
        return !r.sends.isEmpty() || !r.recvs.isEmpty();
    });
    for (QAction *a : replayActions())
        a->setEnabled(any);
    m_leaveAction->setEnabled(m_active);
    m_speed->setEnabled(any);
    m_slider->setEnabled(any);
    m_playAction->setIcon(
        style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    // "Play", not the bar's own name ("Replay") a second time beside it.
    m_playAction->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_playAction->setToolTip(isPlaying() ? tr("Pause the replay (P)")
                                         : tr("Replay the run in slow motion, call by call (P)"));
    const QSignalBlocker block(m_slider);
    const qint64 end = std::max<qint64>(m_cursor.endNs(), 1);
    m_slider->setValue(
        m_active ? int(std::llround(double(m_cursor.timeNs()) * kSliderSteps / double(end)))
                 : kSliderSteps);
    if (!m_active)
        m_time->setText(
            any ? tr("whole run · %1")
                      .arg(TimeAxis::formatDuration(TimelineRenderer::traceEndNs(trace)))
                : QString());
    else
        m_time->setText(tr("%1 / %2 · %3 of %4")
                            .arg(TimeAxis::formatDuration(double(m_cursor.timeNs())),
                                 TimeAxis::formatDuration(double(m_cursor.endNs())))
                            .arg(m_cursor.position())
                            .arg(m_cursor.eventCount()));
}

void ReplayBar::retranslateUi()
{
    m_title->setText(tr("Replay"));
    m_backAction->setText(tr("Back"));
    m_backAction->setToolTip(tr("Step back: hide the last call or packet shown (,)"));
    m_forwardAction->setText(tr("Forward"));
    m_forwardAction->setToolTip(tr("Step forward: show the next call or packet (.)"));
    m_slowerAction->setText(tr("Slower"));
    m_fasterAction->setText(tr("Faster"));
    m_leaveAction->setText(tr("Show all"));
    m_leaveAction->setToolTip(tr("Leave the replay and show the whole run again (X)"));
    m_speed->setToolTip(
        tr("Replay speed: 1× plays the whole run in %n second(s) ([ slower, ] faster)", nullptr,
           int(ReplayCursor::kPlaySeconds)));
    m_speed->setAccessibleName(tr("Replay speed"));
    m_slider->setToolTip(tr("Drag to any moment of the run"));
    m_slider->setAccessibleName(tr("Replay time"));
    refresh();
}

int ReplayBar::wordsWidth() const
{
    // Qt's own measure: each button with its words beside its icon, less the same button
    // without them, on a twin that is never shown (a button's size hint is that of the style it
    // has now). An estimate from the text's advance alone missed the spacing the style adds
    // around the words: the bar then showed words it had no room for and, once a language
    // switch had measured again, took them away.
    int width = 0;
    for (const QToolButton *b : { m_back, m_play, m_forward, m_leave }) {
        m_measure->setFont(b->font());
        m_measure->setIcon(b->icon());
        m_measure->setIconSize(b->iconSize());
        m_measure->setAutoRaise(b->autoRaise());
        m_measure->setText(b->text());
        m_measure->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const int withWords = m_measure->sizeHint().width();
        m_measure->setToolButtonStyle(Qt::ToolButtonIconOnly);
        width += withWords - m_measure->sizeHint().width();
    }
    return width;
}

int ReplayBar::iconOnlyWidth() const
{
    return layout()->minimumSize().width() - (m_words ? wordsWidth() : 0);
}

QSize ReplayBar::minimumSizeHint() const
{
    return { iconOnlyWidth(), layout()->minimumSize().height() };
}

void ReplayBar::fitButtons()
{
    const bool words = width() >= iconOnlyWidth() + wordsWidth();
    if (words == m_words)
        return;
    m_words = words;
    // The names stay in the tooltips (retranslateUi) and the accessible names.
    for (QToolButton *b : { m_back, m_play, m_forward, m_leave })
        b->setToolButtonStyle(words ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

void ReplayBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitButtons();
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitButtons(); // the words' widths changed
    QWidget::changeEvent(event);
}

} // namespace sockscope
