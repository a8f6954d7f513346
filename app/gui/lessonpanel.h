#pragma once

#include "model/lesson.h"

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

    QComboBox *m_picker = nullptr;
    QWidget *m_switchRow = nullptr;
    QLabel *m_switchName = nullptr;
    QButtonGroup *m_switch = nullptr;
    LessonSwitch m_state = LessonSwitch::Both;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_modelNote = nullptr;
};

} // namespace sockscope
