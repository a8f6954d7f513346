#pragma once

#include "view/replaycursor.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace sockscope {

class TimelineWidget;

// The slow motion a teacher narrates over: play / pause, step back and forward one call or
// packet at a time, speed 0.1×…10×, a time slider and the current time. Drives a ReplayCursor
// over whatever trace the timeline shows (real, simulated or both, recorded or opened) and
// has the timeline draw only what it revealed. Leaving replay, or a new trace on the
// timeline, shows the whole trace again.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(TimelineWidget *timeline, QWidget *parent = nullptr);

    bool isReplaying() const { return m_active; }
    bool isPlaying() const { return m_timer.isActive(); }
    const ReplayCursor &cursor() const { return m_cursor; }
    double speed() const;
    void setSpeed(double speed);
    // The actions with their shortcuts, for the window's menu.
    QList<QAction *> replayActions() const;

    // As narrow as the buttons without their words: a 1366-pixel screen has room for the side
    // panels and the timeline only so; the words come back when there is room (resizeEvent).
    QSize minimumSizeHint() const override;

public slots:
    void enter(); // replay from the start, paused
    void leave(); // the whole trace again
    void togglePlay();
    void stepForward();
    void stepBack();
    void faster();
    void slower();
    void seek(qint64 tNs);

signals:
    void replayChanged(); // entered, left, or the cursor moved

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What the buttons' words add to the bar's width, and the width without them.
    int wordsWidth() const;
    int iconOnlyWidth() const;
    void fitButtons();
    void traceReplaced();
    void tick();
    void pause();
    void moved();
    void refresh();
    void retranslateUi();
    QAction *addReplayAction(QToolButton *button, const QKeySequence &shortcut,
                             void (ReplayBar::*slot)());

    TimelineWidget *m_timeline;
    ReplayCursor m_cursor;
    bool m_active = false;
    QTimer m_timer;
    QElapsedTimer m_clock;

    QLabel *m_title = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_leave = nullptr;
    bool m_words = true; // the buttons show their words beside their icons
    QToolButton *m_measure = nullptr; // a hidden twin the buttons are measured on
    QComboBox *m_speed = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
};

} // namespace sockscope
