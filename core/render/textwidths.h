#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QString>

namespace sockscope {

// Label widths in one font, remembered across frames. Measuring a string shapes it with
// HarfBuzz (some 15 µs for a short label); a mid-zoom frame measures every box's label to see
// whether it fits, and the next frame, zoomed or panned a little, measures mostly the same
// labels again. The answers are Qt's own: a remembered width is horizontalAdvance(), an elided
// text is elidedText(..., Qt::ElideRight, ...). Per thread, like QFontMetricsF itself.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font);

    const QFontMetricsF &metrics() const { return m_metrics; }
    double width(const QString &text) const;
    // text cut with an ellipsis to fit width (text itself when it fits).
    QString elided(const QString &text, double width) const;

private:
    struct Memo;
    QFontMetricsF m_metrics;
    Memo *m_memo;
};

} // namespace sockscope
