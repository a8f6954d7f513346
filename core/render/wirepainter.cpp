#include "render/wirepainter.h"

#include "analysis/segmentlinks.h"
#include "view/eventtext.h"
#include "view/replaymoment.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace sockscope {

WirePainter::WirePainter(QPainter &painter, const Run &run, const QRectF &lane, const QRectF &plot,
                         const TimelineViewport &viewport, const TimelineStyle &style,
                         int selectedMessage, double nowNs)
    : m_p(painter), m_run(run), m_lane(lane), m_plot(plot), m_viewport(viewport), m_s(style),
      m_selected(selectedMessage), m_line(style.lineHeight()), m_nowNs(nowNs)
{ }

WirePainter::Range WirePainter::visible() const
{
    // Segments are in departure order; one in flight since before the view still crosses it.
    qint64 longestFlight = 0;
    for (const Segment &g : m_run.segments)
        longestFlight = std::max(longestFlight, g.arriveNs - g.tNs);
    const double from = m_viewport.visibleStart() - double(longestFlight);
    const double to = m_viewport.visibleEnd();
    const auto &segments = m_run.segments;
    const auto first
        = std::lower_bound(segments.cbegin(), segments.cend(), from,
                           [](const Segment &g, double t) { return double(g.tNs) < t; });
    const auto last = std::upper_bound(
        first, segments.cend(), to, [](double t, const Segment &g) { return t < double(g.tNs); });
    return { int(first - segments.cbegin()), int(last - segments.cbegin()) };
}

QColor WirePainter::colourOf(int segment) const
{
    const int message = SegmentLinks::messageOf(m_run, segment);
    const QColor c = message < 0 ? m_s.muted : m_s.messageColor(message);
    const bool faded = m_selected >= 0 && message != m_selected;
    return faded ? TimelineStyle::mix(c, m_s.background, 0.75) : c;
}

void WirePainter::paint()
{
    m_p.save();
    m_p.setClipRect(m_lane); // the caller clips to the plot; the name goes in the gutter
    m_p.setFont(m_s.smallFont());
    m_p.setPen(m_s.muted);
    m_p.drawText(QRectF(m_lane.left(), m_lane.top(), m_plot.left() - 0.5 * m_line - m_lane.left(),
                        m_lane.height()),
                 Qt::AlignRight | Qt::AlignVCenter, tr("wire"));
    m_p.setClipRect(QRectF(m_plot.left(), m_lane.top(), m_plot.width() + m_line, m_lane.height()));
    const Range range = visible();
    // Three pixels a segment still shows separate lines; fewer turn into a smear.
    if (double(range.end - range.begin) * 3 > m_plot.width())
        paintDense(range);
    else
        paintLines(range);
    m_p.restore();
}

void WirePainter::paintLines(const Range &range)
{
    const double top = m_lane.top() + 0.15 * m_line;
    const double bottom = m_lane.bottom() - 0.15 * m_line;
    const QFontMetricsF fm(m_s.smallFont());
    m_p.setRenderHint(QPainter::Antialiasing, true);
    double lastLabelRight = -1e300;
    // The size labels take the top of the lane, one line of small text high. A slow packet's
    // line crosses that band well right of where it leaves: the labels of the packets that
    // leave after it start right of where it comes out of the band. Lines leaving from one
    // point (one instant on a linear axis) lie on top of each other and count as one.
    const double labelBottom = m_lane.top() + fm.height();
    double crossedUpTo = -1e300; // by the lines leaving left of the current one
    double fromX = -1e300; // where the last lines left
    double fromXCrossed = -1e300; // and how far right they cross the band
    // Packets that leave at one instant (the simulator's calls take no time) leave from the
    // slots of the calls made then, one after the other, not all from the first.
    qint64 instant = -1;
    qsizetype rank = 0;
    for (int i = range.begin; i < range.end; ++i) {
        const Segment &g = m_run.segments.at(i);
        if (!g.ack) {
            rank = g.tNs == instant ? rank + 1 : 0;
            instant = g.tNs;
        }
        const double x0 = g.ack ? m_viewport.mapTimeToX(double(g.tNs))
                                : m_viewport.mapEventToX(double(g.tNs), rank);
        const bool arrived = g.arriveNs >= 0 && !g.lost;
        // A lost packet has no arrival: draw it as if it flew as long as the link's one-way
        // delay, and stop halfway.
        const double x1 = m_viewport.mapTimeToX(double(g.arriveNs >= 0 ? g.arriveNs : g.tNs));
        QPointF from(x0, g.ack ? bottom : top);
        QPointF to(x1, g.ack ? top : bottom);
        if (!arrived)
            to = (from + to) / 2;
        // Replay: a packet still in flight is drawn up to where it is now, on the same line.
        const double flown = m_nowNs < 0 ? 1.0 : ReplayMoment::flight(g, qint64(m_nowNs));
        if (flown < 1.0)
            to = QPointF(m_viewport.mapTimeToX(m_nowNs), from.y() + (to.y() - from.y()) * flown);
        if (!g.ack && x0 > fromX + 0.5) {
            crossedUpTo = std::max(crossedUpTo, fromXCrossed);
            fromX = x0;
            fromXCrossed = -1e300;
        }
        if (g.ack) {
            m_p.setPen(QPen(TimelineStyle::mix(m_s.muted, m_s.background, 0.3),
                            std::max(1.0, m_s.lineWidth), Qt::DashLine));
            m_p.drawLine(from, to);
            if (!arrived && flown >= 1.0)
                paintCross(to, 0.5 * m_line);
            continue;
        }
        const QColor colour = g.dropped ? m_s.lost : colourOf(i);
        QPen pen(colour, 2.5 * m_s.lineWidth, g.retransmit ? Qt::DashLine : Qt::SolidLine,
                 Qt::RoundCap);
        // The selected message's packets, not every packet of its colour (the palette repeats).
        if (m_selected >= 0 && !g.dropped && SegmentLinks::messageOf(m_run, i) == m_selected)
            pen.setWidthF(4 * m_s.lineWidth);
        m_p.setPen(pen);
        m_p.drawLine(from, to);
        if ((!arrived || g.dropped) && flown >= 1.0)
            paintCross(to, 0.7 * m_line);
        // The size where the line leaves, if it fits between the previous label, the lines
        // of earlier packets and the next packet's line, where that one leaves (a label crossed
        // by one read "8 ß 9 ß"; the light dashes of an ACK leave it readable).
        double nextTop = std::numeric_limits<double>::infinity();
        for (int j = i + 1; j < range.end; ++j) {
            const Segment &next = m_run.segments.at(j);
            if (!next.ack) {
                nextTop
                    = m_viewport.mapEventToX(double(next.tNs), next.tNs == g.tNs ? rank + 1 : 0);
                break;
            }
        }
        QString text = EventText::bytesBeside(g.bytes, std::max(m_largest, g.bytes));
        if (g.retransmit
            && x0 + 3 + fm.horizontalAdvance(text + QLatin1Char(' ') + tr("again")) < nextTop - 1)
            text += QLatin1Char(' ') + tr("again");
        fromXCrossed = std::max(
            fromXCrossed,
            to.y() <= labelBottom
                ? std::max(from.x(), to.x())
                : from.x() + (to.x() - from.x()) * (labelBottom - from.y()) / (to.y() - from.y()));
        const double w = fm.horizontalAdvance(text);
        if (g.bytes > 0 && x0 + 2 > lastLabelRight && x0 + 3 > crossedUpTo + 1
            && x0 + 3 + w < nextTop - 1) {
            m_p.setPen(m_s.foreground);
            m_p.drawText(QRectF(x0 + 3, m_lane.top(), w + 2, fm.height()),
                         Qt::AlignLeft | Qt::AlignTop, text);
            lastLabelRight = x0 + 3 + w + 0.5 * fm.averageCharWidth();
        }
    }
    m_p.setRenderHint(QPainter::Antialiasing, false);
}

void WirePainter::paintDense(const Range &range)
{
    // Per pixel column, on the top edge where packets leave and the bottom edge where they
    // arrive: 1 data, 2 lost or dropped (always wins, so a loss never hides in a crowd).
    const int columns = int(m_plot.width()) + 1;
    QList<int> leave(columns, 0);
    QList<int> arrive(columns, 0);
    auto mark = [&](QList<int> &kinds, double x, int kind) {
        const int c = int(x - m_plot.left());
        if (c >= 0 && c < columns)
            kinds[c] = std::max(kinds[c], kind);
    };
    for (int i = range.begin; i < range.end; ++i) {
        const Segment &g = m_run.segments.at(i);
        if (g.ack)
            continue;
        // Replay: a datagram is known to be dropped only once it has arrived.
        const bool landed = m_nowNs < 0 || double(g.arriveNs) <= m_nowNs;
        const bool bad = g.lost || (g.dropped && landed);
        mark(leave, m_viewport.mapTimeToX(double(g.tNs)), bad ? 2 : 1);
        if (g.arriveNs >= 0 && !g.lost && landed)
            mark(arrive, m_viewport.mapTimeToX(double(g.arriveNs)), g.dropped ? 2 : 1);
    }
    const double h = 0.6 * m_line;
    QList<QRectF> normal;
    QList<QRectF> alarming;
    for (int c = 0; c < columns; ++c) {
        for (const auto &[kinds, y] :
             { std::pair{ &leave, m_lane.top() }, std::pair{ &arrive, m_lane.bottom() - h } }) {
            if ((*kinds)[c] == 1)
                normal.append(QRectF(m_plot.left() + c, y, 1, h));
            else if ((*kinds)[c] == 2)
                alarming.append(QRectF(m_plot.left() + c, y, 1, h));
        }
    }
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(TimelineStyle::mix(m_s.foreground, m_s.background, 0.55));
    m_p.drawRects(normal.constData(), int(normal.size()));
    m_p.setBrush(m_s.lost);
    m_p.drawRects(alarming.constData(), int(alarming.size()));
    m_p.setBrush(Qt::NoBrush);
    m_p.setPen(m_s.muted);
    m_p.drawText(
        m_lane.adjusted(0, h, 0, -h), Qt::AlignCenter,
        tr("%n packet(s) in view: zoom in to see each one", nullptr, range.end - range.begin));
}

void WirePainter::paintCross(const QPointF &center, double size)
{
    const double h = std::max(size, 6.0) / 2;
    const QLineF lines[] = { QLineF(center + QPointF(-h, -h), center + QPointF(h, h)),
                             QLineF(center + QPointF(-h, h), center + QPointF(h, -h)) };
    m_p.setPen(QPen(m_s.background, 4 * m_s.lineWidth, Qt::SolidLine, Qt::RoundCap));
    m_p.drawLines(lines, 2);
    m_p.setPen(QPen(m_s.lost, 2.5 * m_s.lineWidth, Qt::SolidLine, Qt::RoundCap));
    m_p.drawLines(lines, 2);
}

} // namespace sockscope
