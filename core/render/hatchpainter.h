#pragma once

#include "view/timelinestyle.h"

#include <QRectF>

class QPainter;

namespace sockscope {

// The one hatching of bytes that went wrong. Lost: bytes cut off that did not arrive, a pale
// fill in the "lost" colour with diagonal lines and a dashed left edge; the timeline hatches a
// truncated datagram's tail with it and the byte-stream view the same bytes, so the two pictures
// say it the same way (a datagram lost whole is crossed out in both instead). Undecoded: bytes the
// frame decoder could not make a message of, paler, wider apart and without the edge (they
// arrived).
class HatchPainter
{
public:
    enum class Kind { Lost, Undecoded };

    // line: the style's line height, which spaces the diagonals.
    static void paint(QPainter &painter, const QRectF &area, const TimelineStyle &style,
                      double line, Kind kind = Kind::Lost);
};

} // namespace sockscope
