#pragma once

#include "view/bytestreamgeometry.h"
#include "view/timelinestyle.h"

#include "gui/dragpan.h"

#include <QWidget>

namespace sockscope {

class TimelineWidget;

// The byte-stream view in the window: the trace the timeline shows (during replay, what the
// replay has revealed), drawn by ByteStreamRenderer on an axis of stream offsets. The selection
// is the timeline's own, so clicking a message or a recv here selects it there and the other way
// round; hover shows the same tooltips. Wheel and +/− zoom the ruler around the cursor, drag and
// the arrow keys pan, 0 or Home shows the whole stream.
class ByteStreamWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ByteStreamWidget(TimelineWidget *timeline, QWidget *parent = nullptr);

    // Presentation mode: shrink the style until every run fits the height, never below 14 px.
    void setFitHeight(bool fit);
    // The part of each run's stream shown, as fractions of it: (0, 1) is all of it.
    double viewFrom() const { return m_from; }
    double viewTo() const { return m_to; }
    // What is drawn: the timeline's requested style, smaller when fitting the height.
    TimelineStyle shownStyle() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

public slots:
    void zoomIn();
    void zoomOut();
    void fit();
    void zoomAround(double x, double factor);
    void panByPixels(double dx);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The longest stream shown, in bytes: it limits the zoom to kMaxPixelsPerByte.
    double longest() const;
    // Where everything is drawn now (the rulers of the whole recording during replay).
    ByteStreamGeometry picture() const;
    void setRange(double from, double to);
    void showToolTip(const QPoint &pos, const QPoint &globalPos);

    TimelineWidget *m_timeline;
    bool m_fitHeight = false;
    double m_from = 0;
    double m_to = 1;
    DragPan m_dragPan;
};

} // namespace sockscope
