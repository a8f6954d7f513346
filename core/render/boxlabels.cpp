#include "render/boxlabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace sockscope {

QString BoxLabels::messageRange(int first, int last)
{
    // The numbering of the CLI's table: m0, m1, …
    if (first == last)
        return QCoreApplication::translate("sockscope::TimelineRenderer", "m%1").arg(first);
    return QCoreApplication::translate("sockscope::TimelineRenderer", "m%1–m%2")
        .arg(first)
        .arg(last);
}

QString BoxLabels::wholeParts(const QString &text, double width, const TextWidths &widths)
{
    // "6 B · merged" → "6 B": parts go whole, from the end; a number is never cut.
    const QString separator = QStringLiteral(" · ");
    QString kept = text;
    while (!kept.isEmpty() && widths.width(kept) > width) {
        const qsizetype at = kept.lastIndexOf(separator);
        kept = at > 0 ? kept.left(at) : QString();
    }
    return kept;
}

BoxLabels::Fitted BoxLabels::fit(const Label &label, double width, const TextWidths &text,
                                 const TextWidths &small, int maxParts, bool named)
{
    Fitted out{ label.top, label.bottom, false };
    const double pad = 0.25 * text.metrics().height();
    // A payload cut to a few letters ("bur…", "data…") says less than the message's name: the
    // name whenever the payload does not fit whole, so equal calls read alike.
    constexpr int kFewestLetters = 8;
    const bool cutPayloadSays = label.preferPayload
        && text.width(label.top.left(kFewestLetters) + QChar(0x2026)) <= width;
    if (!label.shortTop.isEmpty() && (named || text.width(label.top) > width)
        && !(cutPayloadSays && !named)) {
        if (text.width(label.shortTop) > width) {
            out.numbersOnly = true;
            out.top = text.width(label.shortTop) <= width + pad ? label.shortTop : QString();
            out.bottom.clear();
            return out;
        }
        out.top = label.shortTop;
    }
    if (width < text.metrics().averageCharWidth() * 1.5)
        return {};
    if (text.width(out.top) > width)
        out.top = label.wholeTop ? QString() : text.elided(out.top, width);
    const QString separator = QStringLiteral(" · ");
    QString bottom = out.bottom;
    if (maxParts >= 0)
        bottom = maxParts == 0 ? QString() : bottom.section(separator, 0, maxParts - 1);
    out.bottom = wholeParts(bottom, width, small);
    out.bottomParts = out.bottom.isEmpty() ? 0 : int(out.bottom.count(separator)) + 1;
    if (out.bottom.isEmpty() && !label.shortBottom.isEmpty())
        out.bottom = wholeParts(label.shortBottom, width, small);
    return out;
}

QList<BoxLabels::Fitted> BoxLabels::fitLane(const QList<Placed> &labels, double pad,
                                            const TextWidths &text, const TextWidths &small)
{
    QList<Fitted> out;
    out.reserve(labels.size());
    QHash<QString, int> fewest; // bottom line → the fewest of its parts any box shows
    // One box that shows its message's name instead of its payload ("m3" where the others
    // read "msg-0;"): all do, or the lane reads as two kinds of call.
    bool named = false;
    for (const Placed &placed : labels) {
        out.append(fit(placed.label, placed.box.width() - 2 * pad, text, small));
        const Fitted &f = out.last();
        named = named
            || (!placed.label.shortTop.isEmpty() && !f.top.isEmpty()
                && f.top == placed.label.shortTop && f.top != placed.label.top);
        // A box too narrow for any words, or for more than the message numbers, is visibly
        // another case: it does not make its wider equals drop words.
        if (placed.label.bottom.isEmpty() || f.numbersOnly
            || (f.top.isEmpty() && f.bottom.isEmpty()))
            continue;
        const auto it = fewest.constFind(placed.label.bottom);
        if (it == fewest.constEnd() || *it > f.bottomParts)
            fewest.insert(placed.label.bottom, f.bottomParts);
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const Placed &placed = labels.at(i);
        const auto it = fewest.constFind(placed.label.bottom);
        const bool fewer = it != fewest.constEnd() && out.at(i).bottomParts > *it;
        if (fewer || (named && !out.at(i).numbersOnly))
            out[i] = fit(placed.label, placed.box.width() - 2 * pad, text, small, fewer ? *it : -1,
                         named);
    }
    return out;
}

void BoxLabels::paint(QPainter &p, const QRectF &box, const Fitted &fitted, bool overHatching,
                      const TimelineStyle &style, const TextWidths &text,
                      const TextWidths &smallText)
{
    const double pad = 0.25 * style.lineHeight();
    const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
    const QFontMetricsF &fm = text.metrics();
    if (fitted.top.isEmpty() && fitted.bottom.isEmpty())
        return;
    // Over hatching the letters get the background under them, or they are lost in the lines.
    const auto backdrop = [&](const QRectF &area, const QString &text, const TextWidths &widths,
                              Qt::Alignment align) {
        if (!overHatching || text.isEmpty())
            return;
        const double w = std::min(area.width(), widths.width(text)) + pad / 2;
        const double h = widths.metrics().height();
        const double top = align & Qt::AlignTop ? area.top() : area.center().y() - h / 2;
        p.fillRect(QRectF(area.left() - pad / 4, top, w, h), style.background);
    };
    p.setPen(style.foreground);
    p.setFont(style.font);
    if (fitted.numbersOnly) {
        p.drawText(QRectF(inner.left() - pad / 2, inner.top(), inner.width() + pad, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, fitted.top);
        return;
    }
    const QFontMetricsF &small = smallText.metrics();
    const bool twoLines = inner.height() >= fm.height() + small.height() * 0.9;
    const QRectF topRect(inner.left(), inner.top(), inner.width(),
                         twoLines ? fm.height() : inner.height());
    backdrop(topRect, fitted.top, text, twoLines ? Qt::AlignTop : Qt::AlignVCenter);
    p.drawText(topRect,
               static_cast<int>(Qt::AlignLeft | (twoLines ? Qt::AlignTop : Qt::AlignVCenter)),
               fitted.top);
    if (!twoLines)
        return;
    p.setFont(style.smallFont());
    p.setPen(style.muted);
    const QRectF bottomRect(inner.left(), topRect.bottom(), inner.width(),
                            inner.bottom() - topRect.bottom());
    backdrop(bottomRect, fitted.bottom, smallText, Qt::AlignVCenter);
    p.drawText(bottomRect, Qt::AlignLeft | Qt::AlignVCenter, fitted.bottom);
}

} // namespace sockscope
