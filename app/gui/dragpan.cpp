#include "gui/dragpan.h"

#include <QMouseEvent>
#include <QWheelEvent>
#include <QWidget>

#include <cmath>
#include <cstdlib>
#include <utility>

namespace sockscope {

DragPan::DragPan(QWidget *widget, Pan pan, Zoom zoom)
    : m_widget(widget), m_pan(std::move(pan)), m_zoom(std::move(zoom))
{ }

void DragPan::wheel(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    // Horizontal scrolling (or Shift + wheel) pans; the plain wheel zooms around the cursor.
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        m_pan(d / 2.0);
    } else if (delta.y() != 0) {
        m_zoom(event->position().x(), std::pow(1.0015, delta.y()));
    }
    event->accept();
}

bool DragPan::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_dragging = true;
    m_dragMoved = false;
    m_pressPos = event->position();
    m_lastDragX = event->position().x();
    return true;
}

bool DragPan::move(QMouseEvent *event)
{
    if (!m_dragging)
        return false;
    // A hand that shakes while clicking does not pan.
    if (!m_dragMoved && (event->position() - m_pressPos).manhattanLength() < 4)
        return true;
    if (!m_dragMoved)
        m_widget->setCursor(Qt::ClosedHandCursor);
    m_dragMoved = true;
    m_pan(event->position().x() - m_lastDragX);
    m_lastDragX = event->position().x();
    return true;
}

DragPan::Release DragPan::release(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return Release::NotOurs;
    m_dragging = false;
    m_widget->unsetCursor();
    return m_dragMoved ? Release::Dragged : Release::Click;
}

} // namespace sockscope
