#include "render/timelinelegend.h"

#include "model/trace.h"
#include "view/lanecolumns.h"
#include "view/mergescale.h"
#include "view/timelinelayout.h"
#include "view/timelinestyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace sockscope {

TimelineLegend::Contents TimelineLegend::Contents::of(const Trace &trace)
{
    Contents c;
    if (trace.runs.isEmpty())
        return c; // before the first run: the whole key
    c.frames = TimelineLayout::hasFrameLanes(trace);
    c.wire = std::any_of(trace.runs.cbegin(), trace.runs.cend(),
                         [](const Run &run) { return !run.segments.isEmpty(); });
    c.messages = c.merged = c.split = c.truncated = c.lost = c.hollow = c.evidence = c.badFrames
        = c.kernelEvidence = false;
    for (const Run &run : trace.runs) {
        const Summary &s = run.summary;
        const bool judged = !run.fates.isEmpty() || isOneSided(run)
            || (run.sends.isEmpty() && run.recvs.isEmpty());
        c.messages = c.messages || !isOneSided(run) || !run.frames.isEmpty();
        c.merged = c.merged || !judged || s.merged > 0;
        c.split = c.split || !judged || s.split > 0;
        c.truncated = c.truncated || !judged || s.truncated > 0 || s.truncatedBytes > 0;
        c.lost = c.lost || !judged || s.lost > 0;
        const bool evidence = LaneColumns::scale(run, LaneColumns::Side::Sends).any
            || LaneColumns::scale(run, LaneColumns::Side::Recvs).any;
        c.evidence = c.evidence || evidence;
        c.modelEvidence = c.modelEvidence || (evidence && run.mode == Mode::Sim);
        c.kernelEvidence = c.kernelEvidence || (evidence && run.mode != Mode::Sim);
        c.badFrames = c.badFrames
            || std::any_of(run.frames.cbegin(), run.frames.cend(),
                           [](const Frame &f) { return !f.complete || !f.error.isEmpty(); });
        // A TCP reader's end of file, an empty message, a send() that failed with EAGAIN (the
        // key follows every scroll: from the summary, not from a visit of every call).
        // A UDP send that fails by the lesson's design (a connected socket's ECONNREFUSED, a
        // datagram over 65,507 B: EMSGSIZE), from the scenario the run recorded.
        const bool udpFails = run.protocol == Protocol::Udp
            && (run.scenario.connected
                || Scenario::MessageBuilder(run.scenario).longest(run.scenario.count) > 65507);
        c.hollow = c.hollow || (run.protocol == Protocol::Tcp && !run.recvs.isEmpty())
            || s.empty > 0 || s.partialSends > 0 || !run.error.isEmpty() || !judged || udpFails;
        c.peek = c.peek
            || (run.protocol == Protocol::Udp && run.scenario.peek && !run.recvs.isEmpty());
    }
    return c;
}

double TimelineLegend::height(double width, const TimelineStyle &style, Contents contents)
{
    return flow(nullptr, QRectF(0, 0, width, 0), style, contents);
}

void TimelineLegend::paint(QPainter &painter, const QRectF &rect, const TimelineStyle &style,
                           Contents contents)
{
    painter.save();
    flow(&painter, rect, style, contents);
    painter.restore();
}

double TimelineLegend::flow(QPainter *painter, const QRectF &rect, const TimelineStyle &style,
                            Contents contents)
{
    QList<std::pair<Mark, QString>> items
        = { { contents.messages ? Mark::Box : Mark::GreyBox,
              contents.messages ? tr("one box per system call; colour = message")
                                : tr("one box per system call") } };
    const std::pair<bool, std::pair<Mark, QString>> marks[] = {
        { contents.merged, { Mark::Merged, tr("merged: one recv() holds several messages") } },
        { contents.split, { Mark::Split, tr("split: one message spans several recv()") } },
        { contents.truncated, { Mark::Truncated, tr("truncated: cut-off bytes are lost") } },
        { contents.lost, { Mark::Lost, tr("lost: sent, never received") } },
        { contents.hollow, { Mark::Hollow, tr("empty, EOF or failed call") } },
        { contents.peek,
          { Mark::Peek, tr("peek: MSG_PEEK told the size, the datagram stayed queued") } },
        { contents.evidence,
          { Mark::Evidence,
            !contents.modelEvidence       ? tr("kernel bytes unsent / queued")
                : contents.kernelEvidence ? tr("bytes unsent / queued (kernel or model)")
                                          : tr("bytes unsent / queued (model)") } },
    };
    for (const auto &[shown, item] : marks) {
        if (shown)
            items.append(item);
    }
    if (contents.wire) {
        // One item for the wire lane's three marks: the key must not push lanes off a
        // projector's screen.
        items.append({ Mark::Wire, tr("wire: packet, ACK, ✕ dropped") });
    }
    if (contents.columns) {
        // Short items: a key wider than the window's legend is cut off, not wrapped.
        items.append({ Mark::Columns,
                       tr("dense calls: a bar per pixel column; on a linear axis, height = "
                          "bytes") });
        items.append({ Mark::ColumnAlarm, tr("a lost, truncated or failed call in that column") });
    }
    if (contents.mergeScale) {
        items.append({ Mark::MergeScale,
                       tr("recv() bars: messages per recv() there (below 1: split, above 1: "
                          "merged)") });
    }
    if (contents.frames) {
        items.append(
            { Mark::Frame, tr("decoded message, bracketed to the recv() bytes it came from") });
        if (contents.badFrames)
            items.append({ Mark::BadFrame, tr("decoder error or incomplete message") });
    }
    const QFontMetricsF fm(style.font);
    const double line = fm.height();

    const double itemGap = 1.4 * line;
    double x = rect.left();
    double y = rect.top();
    for (const auto &[mark, text] : std::as_const(items)) {
        const QSizeF swatch(swatchWidth(mark, line), 1.2 * line);
        const double width = swatch.width() + 0.5 * line + fm.horizontalAdvance(text);
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += 1.6 * line;
        }
        if (painter) {
            paintMark(*painter, mark, QRectF(QPointF(x, y + 0.2 * line), swatch), style);
            painter->setFont(style.font);
            painter->setPen(style.foreground);
            painter->drawText(QRectF(x + swatch.width() + 0.5 * line, y, width, 1.6 * line),
                              Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        x += width + itemGap;
    }
    return y + 1.6 * line - rect.top();
}

double TimelineLegend::swatchWidth(Mark mark, double line)
{
    // The scale's cells each hold their number ("≥128" the widest).
    return mark == Mark::MergeScale ? MergeScale::kBands * 2.1 * line : 2.6 * line;
}

void TimelineLegend::paintMark(QPainter &p, Mark mark, const QRectF &r, const TimelineStyle &s)
{
    const double strip = std::max(3.0, 3 * s.lineWidth);
    const QPen outline(s.boxOutline, s.lineWidth);
    auto box = [&](const QRectF &b, int message) {
        p.setPen(outline);
        p.setBrush(s.messageTint(message));
        p.drawRect(b);
        p.fillRect(QRectF(b.left(), b.top(), b.width(), strip), s.messageColor(message));
    };
    auto hatch = [&](const QRectF &a) {
        p.fillRect(a, TimelineStyle::mix(s.lost, s.background, 0.75));
        p.setPen(QPen(s.lost, std::max(1.0, s.lineWidth)));
        for (double x = a.left() + 3; x < a.right(); x += 5)
            p.drawLine(QPointF(x, a.bottom()),
                       QPointF(std::min(x + a.height() / 3, a.right()), a.top()));
    };
    p.setBrush(Qt::NoBrush);
    switch (mark) {
    case Mark::GreyBox:
        for (int i = 0; i < 3; ++i) {
            const QRectF b(r.left() + i * r.width() / 3, r.top(), r.width() / 3 - 1, r.height());
            p.setPen(outline);
            p.setBrush(TimelineStyle::mix(s.muted, s.background, 0.6));
            p.drawRect(b);
            p.fillRect(QRectF(b.left(), b.top(), b.width(), strip), s.muted);
        }
        break;
    case Mark::Box:
        box(QRectF(r.left(), r.top(), r.width() / 3 - 1, r.height()), 0);
        box(QRectF(r.left() + r.width() / 3, r.top(), r.width() / 3 - 1, r.height()), 1);
        box(QRectF(r.left() + 2 * r.width() / 3, r.top(), r.width() / 3 - 1, r.height()), 2);
        break;
    case Mark::Merged:
        box(r, 0);
        p.fillRect(QRectF(r.center().x(), r.top() + strip, r.width() / 2, r.height() - strip)
                       .adjusted(0, 0.5, -0.5, -0.5),
                   s.messageTint(1));
        p.fillRect(QRectF(r.center().x(), r.top(), r.width() / 2, strip), s.messageColor(1));
        p.fillRect(QRectF(r.center().x() - s.lineWidth, r.top(), 2 * s.lineWidth, r.height()),
                   s.background);
        break;
    case Mark::Split:
        box(QRectF(r.left(), r.top(), r.width() / 2 - 2, r.height()), 3);
        box(QRectF(r.center().x() + 2, r.top(), r.width() / 2 - 2, r.height()), 3);
        break;
    case Mark::Truncated:
        box(QRectF(r.left(), r.top(), r.width() * 0.35, r.height()), 1);
        hatch(QRectF(r.left() + r.width() * 0.35, r.top(), r.width() * 0.65, r.height()));
        break;
    case Mark::Lost: {
        p.setPen(outline);
        p.setBrush(s.messageTint(4));
        p.drawRect(r);
        const QPointF c = r.center();
        const double h = r.height() * 0.4;
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(s.lost, 3 * s.lineWidth, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(c + QPointF(-h, -h), c + QPointF(h, h));
        p.drawLine(c + QPointF(-h, h), c + QPointF(h, -h));
        p.setRenderHint(QPainter::Antialiasing, false);
        break;
    }
    case Mark::Hollow:
        p.setPen(QPen(s.boxOutline, s.lineWidth, Qt::DashLine));
        p.setBrush(s.background);
        p.drawRect(r);
        break;
    case Mark::Peek:
        // RunPainter::peekLabel: an outline in the datagram's colour, nothing filled.
        p.setPen(QPen(s.messageColor(0), 2 * s.lineWidth));
        p.setBrush(s.background);
        p.drawRect(r.adjusted(s.lineWidth, s.lineWidth, -s.lineWidth, -s.lineWidth));
        break;
    case Mark::Frame: {
        // Two recv boxes' bytes bracketed above one frame box.
        const double top = r.top() + 0.35 * r.height();
        box(QRectF(r.left() + r.width() * 0.15, top, r.width() * 0.7, r.bottom() - top), 2);
        p.setPen(QPen(s.messageColor(2), 1.5 * s.lineWidth));
        const double y = r.top() + 0.1 * r.height();
        for (const auto &[x0, x1] : { std::pair{ r.left() + 2, r.center().x() - 2 },
                                      std::pair{ r.center().x() + 2, r.right() - 2 } }) {
            p.drawLine(QPointF(x0, y), QPointF(x1, y));
            p.drawLine(QPointF(x0, y), QPointF(x0, y - 0.1 * r.height()));
            p.drawLine(QPointF(x1, y), QPointF(x1, y - 0.1 * r.height()));
            p.drawLine(QPointF((x0 + x1) / 2, y), QPointF((x0 + x1) / 2, top));
        }
        break;
    }
    case Mark::BadFrame:
        p.setPen(QPen(s.lost, 2 * s.lineWidth));
        p.setBrush(TimelineStyle::mix(s.lost, s.background, 0.8));
        p.drawRect(r);
        hatch(r.adjusted(1, 1, -1, -1));
        break;
    case Mark::Evidence: {
        const QColor bar = TimelineStyle::mix(s.evidence, s.background, 0.35);
        for (int i = 0; i < 4; ++i) {
            const double h = r.height() * (i + 1) / 4;
            p.fillRect(QRectF(r.left() + i * r.width() / 4, r.bottom() - h, r.width() / 4 - 1, h),
                       bar);
        }
        break;
    }
    case Mark::Columns: {
        // As RunPainter::paintColumns draws them: grey bars of the bytes.
        const QColor grey = TimelineStyle::mix(s.foreground, s.background, 0.6);
        static constexpr double heights[] = { 0.4, 0.7, 0.55, 1.0, 0.85, 0.3, 0.6, 0.45 };
        const double w = r.width() / 8;
        for (int i = 0; i < 8; ++i) {
            const double h = r.height() * heights[i];
            p.fillRect(QRectF(r.left() + i * w, r.bottom() - h, w, h), grey);
        }
        break;
    }
    case Mark::ColumnAlarm: {
        // A red column among grey ones, its cross above it.
        const QColor grey = TimelineStyle::mix(s.foreground, s.background, 0.6);
        const double w = r.width() / 8;
        const QRectF lane(r.left(), r.top() + 0.35 * r.height(), r.width(), 0.65 * r.height());
        for (int i = 0; i < 8; ++i)
            p.fillRect(QRectF(lane.left() + i * w, lane.top(), w, lane.height()),
                       i == 4 ? s.lost : grey);
        const QPointF c(lane.left() + 4.5 * w, r.top() + 0.15 * r.height());
        const double h = 0.13 * r.height();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(s.lost, 2 * s.lineWidth));
        p.drawLine(c + QPointF(-h, -h), c + QPointF(h, h));
        p.drawLine(c + QPointF(-h, h), c + QPointF(h, -h));
        p.setRenderHint(QPainter::Antialiasing, false);
        break;
    }
    case Mark::MergeScale: {
        // One cell per band, its number inside, dark text on light cells and light on dark.
        QFont font = s.font;
        font.setPixelSize(std::max(6, s.font.pixelSize() * 4 / 5));
        p.setFont(font);
        const double w = r.width() / MergeScale::kBands;
        for (int b = 0; b < MergeScale::kBands; ++b) {
            const QColor colour = MergeScale::colour(b, s);
            const QRectF cell(r.left() + b * w, r.top(), w - 1, r.height());
            p.fillRect(cell, colour);
            p.setPen(colour.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
            p.drawText(cell, Qt::AlignCenter, MergeScale::label(b));
        }
        break;
    }
    case Mark::Wire: {
        // As the wire lane draws them: packets from where they leave to where they land, the
        // second one sent again, an ACK going back, a dropped packet's cross where it stopped.
        p.setRenderHint(QPainter::Antialiasing, true);
        const double w = r.width();
        p.setPen(QPen(s.messageColor(0), 2.5 * s.lineWidth, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(r.left() + 0.05 * w, r.top()), QPointF(r.left() + 0.3 * w, r.bottom()));
        p.setPen(QPen(s.messageColor(1), 2.5 * s.lineWidth, Qt::DashLine, Qt::RoundCap));
        p.drawLine(QPointF(r.left() + 0.3 * w, r.top()), QPointF(r.left() + 0.55 * w, r.bottom()));
        p.setPen(QPen(TimelineStyle::mix(s.muted, s.background, 0.3), std::max(1.0, s.lineWidth),
                      Qt::DashLine));
        p.drawLine(QPointF(r.left() + 0.5 * w, r.bottom()), QPointF(r.left() + 0.7 * w, r.top()));
        const QPointF end(r.left() + 0.88 * w, r.center().y());
        p.setPen(QPen(s.lost, 2.5 * s.lineWidth, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(r.left() + 0.72 * w, r.top()), end);
        const double h = r.height() * 0.25;
        p.drawLine(end + QPointF(-h, -h), end + QPointF(h, h));
        p.drawLine(end + QPointF(-h, h), end + QPointF(h, -h));
        p.setRenderHint(QPainter::Antialiasing, false);
        break;
    }
    }
    p.setBrush(Qt::NoBrush);
}

} // namespace sockscope
