#pragma once

#include <QPointF>

#include <functional>

class QMouseEvent;
class QWheelEvent;
class QWidget;

namespace sockscope {

// The pointer on a view that zooms and pans along x (the timeline and the byte-stream view
// alike): the wheel zooms around the cursor, Shift + wheel or a sideways wheel pans, a drag of
// more than a few pixels pans with a closed hand, and a press released without one is a click.
class DragPan
{
public:
    using Pan = std::function<void(double dx)>;
    using Zoom = std::function<void(double x, double factor)>;

    DragPan(QWidget *widget, Pan pan, Zoom zoom);

    void wheel(QWheelEvent *event);
    // False when the event is not the view's to take (not the left button, no press).
    bool press(QMouseEvent *event);
    bool move(QMouseEvent *event);
    enum class Release { NotOurs, Dragged, Click };
    Release release(QMouseEvent *event);

private:
    QWidget *m_widget;
    Pan m_pan;
    Zoom m_zoom;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPointF m_pressPos;
    double m_lastDragX = 0;
};

} // namespace sockscope
