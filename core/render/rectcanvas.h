#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace sockscope {

// Opaque fills and solid outlines of axis-aligned rectangles, gathered in device pixels and handed
// to the painter in one drawImage(). The raster engine spends a fixed fraction of a microsecond on
// every call, whatever its size, and a lane of a long run at mid zoom holds thousands of boxes a
// few pixels wide, each a fill, an outline and a strip: gathered here each costs what its pixels
// cost. Used for a lane's boxes while the painter draws pixels (the raster engine, no rotation,
// no antialiasing, full opacity, SourceOver): there, a fill covers exactly the pixels the raster
// engine's aliased fillRect() covers. Anywhere else (SVG, PDF, a printer) every call goes to the
// painter as it is, so a vector export keeps one element per box.
//
// What the painter draws itself over these must wait for flush(): the canvas reaches the
// picture only then (and when it is destroyed).
class RectCanvas
{
public:
    // area: where the rectangles lie, in the painter's logical coordinates (a lane). A rectangle
    // reaching out of it is drawn by the painter itself, after what was gathered so far.
    RectCanvas(QPainter &painter, const QRectF &area);
    ~RectCanvas();
    RectCanvas(const RectCanvas &) = delete;
    RectCanvas &operator=(const RectCanvas &) = delete;

    // Whether rectangles are gathered (false: each call is drawn at once).
    bool gathers() const { return m_gathers; }

    // painter.fillRect(rect, colour).
    void fill(const QRectF &rect, const QColor &colour);
    // painter.drawRect(rect) in a solid pen `width` wide, without a brush.
    void outline(const QRectF &rect, const QColor &colour, double width);
    // Whether outlines in a pen this wide are gathered (a pen one device pixel wide; a wider one
    // is the painter's, after what was gathered before it).
    bool outlines(double width) const;
    // Hands what was gathered to the painter.
    void flush();

private:
    struct Span
    {
        int from = 0; // first pixel
        int to = 0; // one past the last
    };
    bool placeable(const QRectF &rect) const;
    Span columns(double left, double right) const;
    Span rows(double top, double bottom) const;
    // Whether the canvas holds these pixels (its rows; its columns, unless the painter cuts what
    // lies past them).
    bool holds(Span x, Span y) const;
    void put(Span x, Span y, QRgb premultiplied);

    QPainter &m_p;
    bool m_gathers = false;
    QTransform m_toDevice; // logical to device pixels (world, view and the device's pixel ratio)
    double m_scale = 1; // device pixels per logical unit
    double m_ratio = 1; // the device's pixel ratio
    QRect m_bounds; // the canvas, in device pixels
    QImage m_image; // m_bounds, transparent where nothing was gathered
    QRgb *m_bits = nullptr; // m_image's first pixel
    qsizetype m_stride = 0; // pixels from one of m_image's rows to the next
    QRect m_dirty;
    bool m_cutColumns = false; // the painter clips columns within the canvas' own // what was
                               // gathered since the last flush, in device pixels
};

} // namespace sockscope
