#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace sockscope {

// The lesson picker: every lesson of the catalogue by its title, with what to look at.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // Shows a lesson; an empty or unknown name shows "custom scenario".
    void setLesson(const QString &name);
    QString lesson() const;
    // Re-reads the titles and explanations (after the language changed).
    void retranslate();

signals:
    void lessonChosen(const QString &name);

private:
    void showText();

    QComboBox *m_picker = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace sockscope
