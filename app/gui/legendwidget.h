#pragma once

#include "render/timelinelegend.h"
#include "view/timelinestyle.h"

#include <QWidget>

namespace sockscope {

class TimelineWidget;

// The key to the timeline's marks under it, the one an exported figure carries
// (render/TimelineLegend): same shapes, colours and words. Follows the timeline's style and
// whether its trace has a decoded-messages lane; wraps to the width it gets.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(const TimelineWidget *timeline, QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void follow();
    // The legend's own font: a step smaller than the boxes' labels, so that it takes few lines,
    // and no larger than 14 px.
    TimelineStyle legendStyle() const;

    const TimelineWidget *m_timeline;
    TimelineStyle m_style;
    TimelineLegend::Contents m_contents;
};

} // namespace sockscope
