#pragma once

#include "model/trace.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace sockscope {

// Real / Simulated / Both: where the scenario runs. A segmented control of three checkable
// buttons in the toolbar, so a teacher sees at once which network the picture comes from.
class ModeSwitch : public QWidget
{
    Q_OBJECT

public:
    explicit ModeSwitch(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Shows mode without emitting modeChanged().
    void setMode(Mode mode);

signals:
    void modeChanged(sockscope::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QToolButton *button(Mode mode) const;

    QLabel *m_label = nullptr;
    QButtonGroup *m_group = nullptr;
    Mode m_mode = Mode::Real;
};

} // namespace sockscope
