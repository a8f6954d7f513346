#pragma once

#include "view/timelinestyle.h"

#include <QRectF>

class QPainter;

namespace sockscope {

// The one mark of bytes that did not arrive: a pale fill in the "lost" colour with diagonal
// lines and a dashed left edge. The timeline hatches a truncated datagram's tail with it and the
// byte-stream view the same bytes, so the two pictures say it the same way.
class HatchPainter
{
public:
    // line: the style's line height, which spaces the diagonals.
    static void paint(QPainter &painter, const QRectF &area, const TimelineStyle &style,
                      double line);
};

} // namespace sockscope
