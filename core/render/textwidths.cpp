#include "render/textwidths.h"

#include "model/previewtext.h"

#include <QHash>

#include <memory>
#include <utility>

namespace sockscope {

struct TextWidths::Memo
{
    QHash<QString, double> widths;
    QHash<std::pair<QString, double>, QString> elided;
};

namespace {

// Enough for every label of a few full frames; past it the memo starts over rather than grow
// with every message number ever shown.
constexpr qsizetype kMaxEntries = 20000;

} // namespace

TextWidths::TextWidths(const QFont &font) : m_metrics(font)
{
    // The key names the font but not the resolution it is measured at (an SVG page is 72 dpi).
    thread_local QHash<QString, std::shared_ptr<Memo>> memos;
    std::shared_ptr<Memo> &memo
        = memos[font.key() + QLatin1Char('@') + QString::number(m_metrics.fontDpi())];
    if (!memo)
        memo = std::make_shared<Memo>();
    m_memo = memo.get();
}

double TextWidths::width(const QString &text) const
{
    if (const auto it = m_memo->widths.constFind(text); it != m_memo->widths.cend())
        return *it;
    if (m_memo->widths.size() >= kMaxEntries)
        m_memo->widths.clear();
    const double w = m_metrics.horizontalAdvance(text);
    m_memo->widths.insert(text, w);
    return w;
}

QString TextWidths::elided(const QString &text, double width) const
{
    // Qt returns the text unchanged when it fits (it compares in 1/64 px, and a width that is a
    // multiple of 1/64 and not above `width` also passes its test).
    if (this->width(text) <= width)
        return text;
    const std::pair<QString, double> key(text, width);
    if (const auto it = m_memo->elided.constFind(key); it != m_memo->elided.cend())
        return *it;
    if (m_memo->elided.size() >= kMaxEntries)
        m_memo->elided.clear();
    QString e = PreviewText::withoutCutEscape(m_metrics.elidedText(text, Qt::ElideRight, width));
    m_memo->elided.insert(key, e);
    return e;
}

} // namespace sockscope
