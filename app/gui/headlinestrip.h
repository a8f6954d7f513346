#pragma once

#include <QLabel>

namespace sockscope {

class TimelineWidget;

// Presentation mode's strip above the lanes: the lesson's headline (the measured numbers the
// class should see first) and each claim checked against the run (✓ or ⚠ with its line), the
// opening of "What happened" while the side panels are collapsed. Made from the timeline's
// trace whenever it changes and on every language switch; hidden outside presentation mode and
// for a trace without a headline or claims.
class HeadlineStrip : public QLabel
{
    Q_OBJECT

public:
    explicit HeadlineStrip(TimelineWidget *timeline, QWidget *parent = nullptr);

    void setPresentationMode(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow();

    TimelineWidget *m_timeline = nullptr;
    bool m_presentation = false;
};

} // namespace sockscope
