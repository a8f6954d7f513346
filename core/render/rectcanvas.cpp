#include "render/rectcanvas.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sockscope {

RectCanvas::RectCanvas(QPainter &painter, const QRectF &area) : m_p(painter)
{
    if (!m_p.isActive() || !m_p.paintEngine() || m_p.paintEngine()->type() != QPaintEngine::Raster
        || m_p.testRenderHint(QPainter::Antialiasing) || m_p.opacity() < 1.0
        || m_p.compositionMode() != QPainter::CompositionMode_SourceOver)
        return;
    m_ratio = m_p.device()->devicePixelRatio();
    // Qt 6's combined transform includes the device's pixel ratio (resetTransform() keeps it).
    m_toDevice = m_p.combinedTransform();
    // Translation and one positive scale: device pixels stay rows and columns of logical ones.
    if (m_toDevice.type() > QTransform::TxScale || m_toDevice.m11() <= 0
        || m_toDevice.m11() != m_toDevice.m22())
        return;
    m_scale = m_toDevice.m11();
    const QRectF device = m_toDevice.mapRect(area);
    m_bounds = QRect(QPoint(int(std::floor(device.left())), int(std::floor(device.top()))),
                     QPoint(int(std::ceil(device.right())), int(std::ceil(device.bottom()))));
    // Wider than any screen or export: the painter draws it (and keeps its memory).
    constexpr qint64 kMostPixels = qint64(16) << 20;
    if (m_bounds.isEmpty() || qint64(m_bounds.width()) * m_bounds.height() > kMostPixels)
        return;
    m_image = QImage(m_bounds.size(), QImage::Format_ARGB32_Premultiplied);
    if (m_image.isNull())
        return;
    m_image.fill(Qt::transparent);
    m_image.setDevicePixelRatio(m_ratio);
    m_bits = reinterpret_cast<QRgb *>(m_image.bits()); // detached once, not per row
    m_stride = m_image.bytesPerLine() / qsizetype(sizeof(QRgb));
    // Where the painter clips within the canvas' columns, what reaches past them is cut anyway.
    if (m_p.hasClipping()) {
        const QRectF clip = m_toDevice.mapRect(m_p.clipBoundingRect());
        m_cutColumns = std::floor(clip.left()) >= m_bounds.left()
            && std::ceil(clip.right()) <= m_bounds.right() + 1;
    }
    m_gathers = true;
}

RectCanvas::~RectCanvas()
{
    flush();
}

RectCanvas::Span RectCanvas::columns(double left, double right) const
{
    const double x0 = left * m_scale + m_toDevice.dx();
    const double x1 = right * m_scale + m_toDevice.dx();
    return { qRound(std::min(x0, x1)), qRound(std::max(x0, x1)) };
}

RectCanvas::Span RectCanvas::rows(double top, double bottom) const
{
    const double y0 = top * m_scale + m_toDevice.dy();
    const double y1 = bottom * m_scale + m_toDevice.dy();
    return { qRound(std::min(y0, y1)), qRound(std::max(y0, y1)) };
}

bool RectCanvas::placeable(const QRectF &rect) const
{
    // Within a billion device pixels, finite: its edges round to pixels without overflow.
    const QRectF device = m_toDevice.mapRect(rect);
    constexpr double kFar = 1e9;
    return std::abs(device.left()) < kFar && std::abs(device.right()) < kFar
        && std::abs(device.top()) < kFar && std::abs(device.bottom()) < kFar;
}

void RectCanvas::fill(const QRectF &rect, const QColor &colour)
{
    const bool placed = m_gathers && placeable(rect);
    const Span x = placed ? columns(rect.left(), rect.right()) : Span();
    const Span y = placed ? rows(rect.top(), rect.bottom()) : Span();
    if (!placed || colour.alpha() != 255 || !holds(x, y)) {
        flush();
        m_p.fillRect(rect, colour);
        return;
    }
    put(x, y, colour.rgba());
}

bool RectCanvas::outlines(double width) const
{
    // The raster engine's one-pixel cosmetic stroker; a wider pen goes through its general
    // stroker, whose joins and fixed point the canvas does not imitate.
    return m_gathers && width * m_scale <= 1.0;
}

void RectCanvas::outline(const QRectF &rect, const QColor &colour, double width)
{
    if (outlines(width) && colour.alpha() == 255 && placeable(rect)) {
        const QRectF r = rect.normalized();
        const double left = r.left() * m_scale + m_toDevice.dx();
        const double right = r.right() * m_scale + m_toDevice.dx();
        const double top = r.top() * m_scale + m_toDevice.dy();
        const double bottom = r.bottom() * m_scale + m_toDevice.dy();
        // A one-pixel pen covers the pixels its edges fall in, the right and bottom ones
        // included (12.3 and 12.9 both in pixel 12). An edge shorter than a pixel is drawn
        // otherwise.
        const Span x{ int(std::floor(left)), int(std::floor(right)) + 1 };
        const Span y{ int(std::floor(top)), int(std::floor(bottom)) + 1 };
        if (right - left >= 1 && bottom - top >= 1 && holds(x, y)) {
            const QRgb value = colour.rgba();
            put(x, { y.from, y.from + 1 }, value);
            put(x, { y.to - 1, y.to }, value);
            put({ x.from, x.from + 1 }, { y.from + 1, y.to - 1 }, value);
            put({ x.to - 1, x.to }, { y.from + 1, y.to - 1 }, value);
            return;
        }
    }
    flush();
    m_p.save();
    m_p.setBrush(Qt::NoBrush);
    m_p.setPen(QPen(colour, width));
    m_p.drawRect(rect);
    m_p.restore();
}

bool RectCanvas::holds(Span x, Span y) const
{
    return y.from >= m_bounds.top() && y.to <= m_bounds.bottom() + 1
        && (m_cutColumns || (x.from >= m_bounds.left() && x.to <= m_bounds.right() + 1));
}

void RectCanvas::put(Span x, Span y, QRgb premultiplied)
{
    if (m_cutColumns) {
        x.from = std::max(x.from, m_bounds.left());
        x.to = std::min(x.to, m_bounds.right() + 1);
    }
    if (x.to <= x.from || y.to <= y.from)
        return;
    const QRect r(x.from, y.from, x.to - x.from, y.to - y.from);
    m_dirty = m_dirty.united(r);
    QRgb *line = m_bits + (y.from - m_bounds.top()) * m_stride + (x.from - m_bounds.left());
    for (int row = y.from; row < y.to; ++row, line += m_stride)
        std::fill_n(line, r.width(), premultiplied);
}

void RectCanvas::flush()
{
    if (!m_gathers || m_dirty.isEmpty())
        return;
    const QRect source = m_dirty.translated(-m_bounds.topLeft());
    m_p.save();
    m_p.resetTransform();
    m_p.drawImage(QRectF(m_dirty.x() / m_ratio, m_dirty.y() / m_ratio, m_dirty.width() / m_ratio,
                         m_dirty.height() / m_ratio),
                  m_image, QRectF(source));
    m_p.restore();
    QRgb *line = m_bits + source.top() * m_stride + source.left();
    for (int row = source.top(); row <= source.bottom(); ++row, line += m_stride)
        std::fill_n(line, source.width(), QRgb(0));
    m_dirty = QRect();
}

} // namespace sockscope
