#pragma once

#include "model/lesson.h"
#include "model/trace.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QToolButton;

namespace sockscope {

// The lesson picker: every lesson of the catalogue by its title, with what to look at, and the
// lesson's switch when it has one ("Framing: off | on | both").
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // Shows a lesson; an empty or unknown name shows "custom scenario".
    void setLesson(const QString &name);
    QString lesson() const;
    // The switch's state for the lesson shown (Both until the user picks a side: the class
    // sees the problem and the fix stacked). On for lessons without a switch.
    LessonSwitch switchState() const;
    void setSwitchState(LessonSwitch state);
    // Under the explanation: how the simulated platform differs from Linux, when the simulator
    // models another system (empty: nothing shown).
    void setModelNote(const QString &note);
    // The runs shown (a trace opened, or the last run). When they are of the lesson shown but
    // recorded with other settings than its own (LessonExpectations::changedKeys), a note above
    // the explanation says so, what was recorded and what differs, and the explanation is
    // captioned as the lesson's own; an empty trace, or one of another lesson, shows none.
    void setRecording(const Trace &trace);
    // Re-reads the titles and explanations (after the language changed).
    void retranslate();

signals:
    void lessonChosen(const QString &name);
    void switchChanged(sockscope::LessonSwitch state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showText();
    void retranslateSwitch();
    QString recordingNote(const Lesson &lesson) const;

    QComboBox *m_picker = nullptr;
    QWidget *m_switchRow = nullptr;
    QLabel *m_switchName = nullptr;
    QButtonGroup *m_switch = nullptr;
    LessonSwitch m_state = LessonSwitch::Both;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_recordingNote = nullptr;
    QLabel *m_modelNote = nullptr;
    // What setRecording() was given, without its events: what the note needs, kept to say it
    // again in another language.
    Trace m_recording;
};

} // namespace sockscope
