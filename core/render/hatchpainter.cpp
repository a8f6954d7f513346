#include "render/hatchpainter.h"

#include <QLineF>
#include <QList>
#include <QPainter>

#include <algorithm>

namespace sockscope {

void HatchPainter::paint(QPainter &painter, const QRectF &area, const TimelineStyle &style,
                         double line, Kind kind)
{
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const bool lost = kind == Kind::Lost;
    painter.fillRect(area, TimelineStyle::mix(style.lost, style.background, lost ? 0.75 : 0.8));
    // Diagonal lines, clipped by hand: pattern brushes do not survive SVG export.
    const double step = lost ? std::max(5.0, 0.45 * line) : std::max(6.0, 0.6 * line);
    QList<QLineF> lines;
    for (double x = area.left() - area.height(); x < area.right(); x += step) {
        QPointF a(x, area.bottom());
        QPointF b(x + area.height(), area.top());
        if (a.x() < area.left())
            a = QPointF(area.left(), area.bottom() - (area.left() - a.x()));
        if (b.x() > area.right())
            b = QPointF(area.right(), area.top() + (b.x() - area.right()));
        if (b.x() > a.x())
            lines.append(QLineF(a, b));
    }
    painter.setPen(QPen(lost ? style.lost : TimelineStyle::mix(style.lost, style.background, 0.45),
                        std::max(1.0, style.lineWidth)));
    painter.drawLines(lines);
    if (!lost)
        return;
    painter.setPen(QPen(style.lost, 2 * style.lineWidth, Qt::DashLine));
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()));
}

} // namespace sockscope
