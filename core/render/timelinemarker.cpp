#include "render/timelinemarker.h"

#include "view/timeaxis.h"
#include "view/timelinelayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace sockscope {

void TimelineMarker::paint(QPainter &painter, const QRect &rect, const Trace &trace,
                           const TimelineViewport &viewport, const TimelineStyle &style, double tNs)
{
    // The same layout as the renderer: runs with a decoded-messages lane are taller.
    const TimelineLayout layout(rect, trace, style);
    const double x = viewport.mapTimeToX(tNs);
    const QRectF plot = layout.plot();
    if (x < plot.left() - 1 || x > plot.right() + style.lineHeight())
        return;
    const double bottom
        = layout.runs().isEmpty() ? plot.bottom() : layout.runs().last().block.bottom();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Highlight on a halo of background, so the line stays visible over boxes of any colour.
    painter.setPen(QPen(style.background, 5 * style.lineWidth));
    painter.drawLine(QPointF(x, layout.axis().bottom()), QPointF(x, bottom));
    painter.setPen(QPen(style.highlight, 2.5 * style.lineWidth));
    painter.drawLine(QPointF(x, layout.axis().bottom()), QPointF(x, bottom));

    painter.setFont(style.boldFont());
    const QFontMetricsF fm(painter.font());
    const QString text = TimeAxis::formatDuration(tNs);
    const double w = fm.horizontalAdvance(text) + fm.averageCharWidth() * 2;
    const double left = std::clamp(x - w / 2, plot.left(), std::max(plot.left(), plot.right() - w));
    const QRectF label(left, layout.axis().top(), w, layout.axis().height());
    painter.fillRect(label, style.highlight);
    painter.setPen(style.background);
    painter.drawText(label, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace sockscope
