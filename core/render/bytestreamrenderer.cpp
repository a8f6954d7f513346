#include "render/bytestreamrenderer.h"
#include "render/boxlabels.h"

#include "render/hatchpainter.h"
#include "render/runpainter.h"
#include "view/eventtext.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <climits>
#include <utility>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

using Row = ByteStreamGeometry::Row;

class Painter
{
public:
    Painter(QPainter &p, const Trace &trace, const ByteStreamGeometry &g, const TimelineStyle &s,
            const TimelineSelection &selection)
        : m_p(p), m_trace(trace), m_g(g), m_s(s), m_sel(selection), m_line(s.lineHeight()),
          m_fm(s.font), m_small(s.smallFont())
    { }

    void paint()
    {
        for (int run = 0; run < m_g.runs().size(); ++run)
            paintRun(run);
    }

private:
    bool faded(int run, int message) const
    {
        return m_sel.isValid() && !(m_sel.run == run && m_sel.message == message);
    }
    QColor tint(int run, int message) const
    {
        const QColor c = message < 0 ? TimelineStyle::mix(m_s.muted, m_s.background, 0.6)
                                     : m_s.messageTint(message);
        return faded(run, message) ? TimelineStyle::mix(c, m_s.background, 0.7) : c;
    }
    QColor strong(int run, int message) const
    {
        const QColor c = m_s.messageColor(message);
        return faded(run, message) ? TimelineStyle::mix(c, m_s.background, 0.75) : c;
    }
    const ByteStreamAxis &axis() const { return m_g.axis(m_run); }
    double x(double offset) const { return axis().x(offset); }
    QRectF clipToPlot(QRectF r) const
    {
        const QRectF plot(axis().left(), r.top(), axis().width(), r.height());
        return r.intersected(plot);
    }

    void paintRun(int run)
    {
        m_run = run;
        m_pieces.clear();
        const Run &data = m_trace.runs.at(run);
        const ByteStreamGeometry::RunRows &rows = m_g.runs().at(run);
        m_starts = m_g.starts(run);
        paintHeader(data, rows.header);
        for (Row row : { Row::Sends, Row::Recvs, Row::Frames }) {
            const QRectF r = m_g.rowRect(run, row);
            if (r.isEmpty())
                continue;
            paintRowLabel(r, ByteStreamGeometry::rowName(row));
            m_p.fillRect(QRectF(axis().left(), r.top(), axis().width(), r.height()),
                         m_s.laneBackground);
            paintBoxes(run, row, r);
        }
        paintRowLabel(rows.bytes, ByteStreamGeometry::rowName(Row::Bytes));
        paintBar(run, rows.bytes);
        paintRuler(rows.ruler);
    }

    void paintHeader(const Run &run, const QRectF &header)
    {
        const QRectF r = header.adjusted(0.5 * m_line, 0, 0, 0);
        QString title = EventText::runTitle(run);
        if (run.protocol == Protocol::Udp)
            title += QStringLiteral(" · ")
                + ByteStreamRenderer::tr("one block per datagram, in the order sent");
        else
            title
                += QStringLiteral(" · ") + ByteStreamRenderer::tr("one stream of bytes, by offset");
        const QString outcome = EventText::outcome(run);
        m_p.setFont(m_s.boldFont());
        m_p.setPen(m_s.foreground);
        const QFontMetricsF bold(m_s.boldFont());
        // The counts go whole, from the end ("… · 91 lost", never "· 9…"); the explanation
        // after the run's name goes before the counts do.
        const auto countsFor = [&](const QString &shown) {
            return BoxLabels::wholeParts(
                outcome, r.width() - bold.horizontalAdvance(shown) - m_line, TextWidths(m_s.font));
        };
        QString shownTitle = title;
        QString counts = countsFor(shownTitle);
        if (counts != outcome) {
            const QString name = EventText::runTitle(run);
            if (countsFor(name).size() > counts.size()) {
                shownTitle = name;
                counts = countsFor(name);
            }
        }
        shownTitle = bold.elidedText(shownTitle, Qt::ElideRight, r.width());
        m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, shownTitle);
        const double used = bold.horizontalAdvance(shownTitle) + m_line;
        if (used < r.width() && !counts.isEmpty()) {
            m_p.setFont(m_s.font);
            m_p.setPen(m_s.muted);
            m_p.drawText(QRectF(r.left() + used, r.top(), r.width() - used, r.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, counts);
        }
    }

    // An ×, as on the timeline's lost datagrams, where the box has room for one.
    void paintLostCross(const QRectF &box)
    {
        const double h = std::min(0.35 * box.height(), 0.4 * box.width());
        if (h < 2)
            return;
        const QPointF c = box.center();
        m_p.save();
        m_p.setRenderHint(QPainter::Antialiasing, true);
        m_p.setPen(QPen(m_s.lost, std::max(1.5, 2 * m_s.lineWidth), Qt::SolidLine, Qt::RoundCap));
        m_p.drawLine(c + QPointF(-h, -h), c + QPointF(h, h));
        m_p.drawLine(c + QPointF(-h, h), c + QPointF(h, -h));
        m_p.restore();
    }

    void paintRowLabel(const QRectF &r, const QString &name)
    {
        m_p.setFont(m_s.font);
        m_p.setPen(m_s.muted);
        m_p.drawText(QRectF(r.left(), r.top(), axis().left() - r.left() - 0.5 * m_line, r.height()),
                     Qt::AlignRight | Qt::AlignVCenter, name);
    }

    // The messages of a TCP call, each span in its colour; one colour when they are too many for
    // the pixels.
    void fillSpans(int run, const BytePiece &p, const QRectF &box)
    {
        const int first = ByteStreamGeometry::messageAt(m_starts, p.from);
        const int last = ByteStreamGeometry::messageAt(m_starts, std::nextafter(p.to, p.from));
        if (first < 0 || last < first || double(last - first) > box.width() / 2) {
            m_p.fillRect(box, tint(run, first == last ? first : -1));
            return;
        }
        for (int m = first; m <= last; ++m) {
            const double a = std::max(p.from, double(m_starts.at(m)));
            const double b = std::min(p.to, double(m_starts.at(m + 1)));
            m_p.fillRect(clipToPlot(QRectF(x(a), box.top(), x(b) - x(a), box.height())),
                         tint(run, m));
        }
    }

    QString topLabel(const Run &data, Row row, const BytePiece &p) const
    {
        if (p.lost)
            return ByteStreamRenderer::tr("lost");
        if (data.protocol == Protocol::Tcp && row != Row::Frames && !m_starts.isEmpty()) {
            const int first = ByteStreamGeometry::messageAt(m_starts, p.from);
            const int last = ByteStreamGeometry::messageAt(m_starts, std::nextafter(p.to, p.from));
            if (first >= 0 && last >= first)
                return BoxLabels::messageRange(first, last);
        }
        if (p.message >= 0)
            return BoxLabels::messageRange(p.message, p.message);
        if (row == Row::Frames)
            return ByteStreamRenderer::tr("frame %1").arg(p.index);
        return {};
    }

    static QString bottomLabel(const BytePiece &p)
    {
        const auto bytes = qint64(std::llround(p.to - p.from));
        if (p.cutTo > p.to)
            return ByteStreamRenderer::tr("%1 + %2 cut")
                .arg(EventText::bytes(bytes),
                     EventText::bytes(qint64(std::llround(p.cutTo - p.to))));
        return EventText::bytes(bytes);
    }

    // Text inside a box only when it fits whole: the two lines, the first alone, or nothing.
    // backdrop: the box holds several colours and a selection outline that would cross the
    // words, which then get a plate of background under them.
    void paintLabel(const QRectF &box, const QString &top, const QString &bottom,
                    bool backdrop = false)
    {
        const double room = box.width() - 0.4 * m_line;
        if (room <= 0)
            return;
        const bool topFits = !top.isEmpty() && m_fm.horizontalAdvance(top) <= room;
        const bool bottomFits = !bottom.isEmpty() && m_fm.horizontalAdvance(bottom) <= room;
        m_p.setFont(m_s.font);
        if (backdrop && topFits) {
            const double w = std::max(m_fm.horizontalAdvance(top),
                                      bottomFits ? m_fm.horizontalAdvance(bottom) : 0.0)
                + 0.3 * m_line;
            const double h = (bottomFits ? 2 : 1) * m_fm.height();
            QColor plate = m_s.background;
            plate.setAlphaF(0.8F);
            m_p.fillRect(QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h), plate);
        }
        m_p.setPen(m_s.foreground);
        if (topFits && bottomFits) {
            const QRectF upper(box.left(), box.top(), box.width(), box.height() / 2);
            const QRectF lower(box.left(), box.center().y(), box.width(), box.height() / 2);
            m_p.drawText(upper, Qt::AlignCenter, top);
            m_p.drawText(lower, Qt::AlignCenter, bottom);
        } else if (topFits) {
            m_p.drawText(box, Qt::AlignCenter, top);
        }
    }

    void paintBoxes(int run, Row row, const QRectF &r)
    {
        const Run &data = m_trace.runs.at(run);
        const QRectF lane = r.adjusted(0, 0.1 * m_line, 0, -0.1 * m_line);
        const QList<BytePiece> &pieces = this->pieces(row);
        paintCrowds(pieces, lane);
        for (const BytePiece &p : pieces) {
            if (p.aggregated()) {
                // One pixel column of many calls: a solid mark whose boundaries cannot be told
                // apart at this zoom.
                const QRectF col = clipToPlot(
                    QRectF(x(p.from), lane.top(),
                           std::max(1.0, x(std::max(p.to, p.cutTo)) - x(p.from)), lane.height()));
                const QColor c = p.lost || p.bad ? m_s.lost
                    : p.mixed ? TimelineStyle::mix(m_s.muted, m_s.background, 0.45)
                              : tint(run, p.message);
                m_p.fillRect(col, c);
                if (p.cutTo > p.to) {
                    m_p.fillRect(QRectF(col.left(), col.top(), col.width(), col.height() / 3),
                                 m_s.lost);
                }
                continue;
            }
            if (p.empty) {
                paintEmpty(run, p, lane);
                continue;
            }
            const QRectF box = clipToPlot(
                QRectF(x(p.from), lane.top(), std::max(1.0, x(p.to) - x(p.from)), lane.height()));
            if (p.lost) {
                // A lost datagram as the timeline and its key draw one: its box crossed out.
                // The hatching is for bytes cut off a datagram that arrived, and undecodable
                // bytes, so that the two read apart.
                m_p.fillRect(box, TimelineStyle::mix(tint(run, p.message), m_s.background, 0.5));
                paintLostCross(box);
            } else if (p.bad) {
                HatchPainter::paint(m_p, box, m_s, m_line);
            } else if (data.protocol == Protocol::Tcp && row != Row::Frames) {
                fillSpans(run, p, box);
            } else {
                m_p.fillRect(box, tint(run, p.message));
            }
            QRectF cut;
            if (p.cutTo > p.to) {
                cut = clipToPlot(QRectF(x(p.to), lane.top(), x(p.cutTo) - x(p.to), lane.height()));
                HatchPainter::paint(m_p, cut, m_s, m_line);
            }
            const bool sel = m_sel.isValid() && m_sel.run == run && m_sel.message == p.message
                && data.protocol == Protocol::Udp;
            // The call's edges are its boundaries: drawn firmly, where a colour change inside a
            // box is only a message boundary the call did not keep.
            m_p.setPen(QPen(sel ? m_s.highlight : m_s.boxOutline, (sel ? 2.5 : 1.5) * m_s.lineWidth,
                            Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRect(box.united(cut.isEmpty() ? box : cut));
            if (data.protocol == Protocol::Tcp && m_sel.isValid() && m_sel.run == run)
                outlineSelected(box, p);
            const bool several = data.protocol == Protocol::Tcp && row != Row::Frames
                && m_sel.isValid() && m_sel.run == run
                && ByteStreamGeometry::messageAt(m_starts, p.from)
                    != ByteStreamGeometry::messageAt(m_starts, std::nextafter(p.to, p.from));
            paintLabel(box, topLabel(data, row, p), bottomLabel(p), several);
            if (!cut.isEmpty() && !p.lost) {
                const QString text = ByteStreamRenderer::tr("cut off");
                if (m_fm.horizontalAdvance(text) + 0.4 * m_line <= cut.width()) {
                    const QRectF back
                        = m_fm.boundingRect(cut, Qt::AlignCenter, text).adjusted(-2, 0, 2, 0);
                    m_p.fillRect(back, m_s.background);
                    m_p.setPen(m_s.lost);
                    m_p.drawText(cut, Qt::AlignCenter, text);
                }
            }
        }
        paintCrowdLabels();
    }

    // Over each stretch of pixel columns of many calls, how many calls it holds, when it fits:
    // the class sees that the calls are there, and that zooming in separates them.
    void paintCrowds(const QList<BytePiece> &pieces, const QRectF &lane)
    {
        m_crowds.clear();
        double start = -1;
        double end = -1;
        qint64 count = 0;
        auto flush = [&] {
            if (count > 0 && end > start)
                m_crowds.append({ QRectF(start, lane.top(), end - start, lane.height()), count });
            count = 0;
            start = end = -1;
        };
        for (const BytePiece &p : pieces) {
            if (!p.aggregated()) {
                flush();
                continue;
            }
            const double a = x(p.from);
            if (start < 0 || a > end + 1.5) {
                flush();
                start = a;
            }
            end = std::max(a + 1, x(std::max(p.to, p.cutTo)));
            count += p.count;
        }
        flush();
    }

    void paintCrowdLabels()
    {
        for (const auto &[area, count] : std::as_const(m_crowds)) {
            const QString text = ByteStreamRenderer::tr(
                "%Ln call(s), narrower than a pixel each: zoom in to tell them apart", nullptr,
                int(std::min<qint64>(count, INT_MAX)));
            const QString brief = ByteStreamRenderer::tr("%Ln call(s)", nullptr,
                                                         int(std::min<qint64>(count, INT_MAX)));
            for (const QString &t : { text, brief }) {
                const double w = m_fm.horizontalAdvance(t) + 0.6 * m_line;
                if (w > area.width())
                    continue;
                const QRectF back(area.center().x() - w / 2, area.center().y() - 0.6 * m_line, w,
                                  1.2 * m_line);
                m_p.fillRect(back, m_s.background);
                m_p.setPen(m_s.foreground);
                m_p.setFont(m_s.font);
                m_p.drawText(back, Qt::AlignCenter, t);
                break;
            }
        }
        m_crowds.clear();
    }

    // A call of 0 bytes (an empty datagram, an empty message) has no width on a ruler of bytes:
    // a dashed line at its offset with a dot in its message's colour, so that it is not missed.
    void paintEmpty(int run, const BytePiece &p, const QRectF &lane)
    {
        const double px = x(p.from);
        if (px < axis().left() - 1 || px > axis().right() + 1)
            return;
        const bool sel = m_sel.isValid() && m_sel.run == run && m_sel.message == p.message;
        m_p.setPen(QPen(sel ? m_s.highlight : m_s.foreground, 2 * m_s.lineWidth, Qt::DashLine));
        m_p.drawLine(QPointF(px, lane.top()), QPointF(px, lane.bottom()));
        const double r = 0.3 * m_line;
        m_p.setPen(QPen(m_s.foreground, m_s.lineWidth));
        m_p.setBrush(strong(run, p.message));
        const bool aa = m_p.testRenderHint(QPainter::Antialiasing);
        m_p.setRenderHint(QPainter::Antialiasing, true);
        m_p.drawEllipse(QPointF(px, lane.top() + r + 1), r, r);
        m_p.setRenderHint(QPainter::Antialiasing, aa);
        m_p.setBrush(Qt::NoBrush);
    }

    // The selected message's part of a TCP call.
    void outlineSelected(const QRectF &box, const BytePiece &p)
    {
        const int m = m_sel.message;
        if (m < 0 || m + 1 >= m_starts.size())
            return;
        const double a = std::max(p.from, double(m_starts.at(m)));
        const double b = std::min(p.to, double(m_starts.at(m + 1)));
        if (b <= a)
            return;
        m_p.setPen(QPen(m_s.highlight, 2.5 * m_s.lineWidth));
        m_p.drawRect(clipToPlot(QRectF(x(a), box.top(), x(b) - x(a), box.height())));
    }

    // The stream's bytes in their messages' colours; above the bar's middle a tick where a send()
    // ended, below it where a recv() ended.
    void paintBar(int run, const QRectF &bar)
    {
        const QRectF plotBar(axis().left(), bar.top(), axis().width(), bar.height());
        m_p.fillRect(plotBar, m_s.laneBackground);
        const QList<BytePiece> &pieces = this->pieces(Row::Bytes);
        // Only bytes a send() has put on the stream get their colour: during replay the bar fills
        // as the sender writes. Sends go in stream (UDP: message) order, so the last one says.
        const Run &data = m_trace.runs.at(run);
        const bool sending = !m_g.rowRect(run, Row::Sends).isEmpty();
        double sentTo = 0;
        if (sending && data.protocol == Protocol::Udp) {
            const int last = data.sends.isEmpty()
                ? -1
                : data.sends.get<&SendEvent::message>(data.sends.size() - 1);
            sentTo = last >= 0 && last + 1 < m_starts.size() ? double(m_starts.at(last + 1)) : 0;
        } else if (sending) {
            for (const BytePiece &p : this->pieces(Row::Sends))
                sentTo = std::max(sentTo, p.to);
        }
        for (const BytePiece &whole : pieces) {
            BytePiece p = whole;
            if (sending) {
                if (p.from >= sentTo && !(p.empty && p.from <= sentTo))
                    continue;
                p.to = std::min(p.to, sentTo);
            }
            const QRectF r = clipToPlot(
                QRectF(x(p.from), bar.top(), std::max(1.0, x(p.to) - x(p.from)), bar.height()));
            if (p.lost && !p.aggregated()) {
                m_p.fillRect(r, TimelineStyle::mix(m_s.lost, m_s.background, 0.75));
                paintLostCross(r);
            } else
                m_p.fillRect(r, p.mixed ? m_s.muted : strong(run, p.message));
        }
        const double mid = bar.center().y();
        auto ticks = [&](Row row, double y0, double y1, const QRectF &lane) {
            if (lane.isEmpty())
                return;
            const QList<BytePiece> &calls = this->pieces(row);
            QList<QLineF> marks;
            QList<QLineF> guides;
            for (const BytePiece &p : calls) {
                // A column of many calls has boundaries in every pixel: its row says so, and
                // ticks there would only blacken the bar.
                if (p.lost || p.aggregated())
                    continue;
                for (double at : { p.from, p.to }) {
                    const double px = std::round(x(at)) + 0.5;
                    if (px < axis().left() - 0.5 || px > axis().right() + 0.5)
                        continue;
                    marks.append(QLineF(px, y0, px, y1));
                    guides.append(
                        QLineF(px, y0 < mid ? lane.bottom() : y1, px, y0 < mid ? y0 : lane.top()));
                }
            }
            m_p.setPen(QPen(m_s.muted, m_s.lineWidth));
            m_p.drawLines(guides);
            m_p.setPen(QPen(m_s.foreground, std::max(2.0, 2.5 * m_s.lineWidth), Qt::SolidLine,
                            Qt::FlatCap));
            m_p.drawLines(marks);
        };
        const ByteStreamGeometry::RunRows &rows = m_g.runs().at(run);
        ticks(Row::Sends, bar.top(), mid, rows.sends);
        ticks(Row::Recvs, mid, bar.bottom(), rows.recvs);
        m_p.setPen(QPen(m_s.boxOutline, m_s.lineWidth));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(plotBar);
    }

    // Byte offsets with their unit under the bar, spaced so that no two labels touch, none cut
    // at the plot's ends.
    void paintRuler(const QRectF &r)
    {
        const ByteStreamAxis &axis = this->axis();
        const QFontMetricsF fm(m_small);
        const double widest
            = fm.horizontalAdvance(ByteStreamAxis::label(qint64(axis.to()), 1)) + 0.5 * m_line;
        const qint64 step = axis.tickStep(widest);
        m_p.setFont(m_small);
        QList<QLineF> lines;
        double lastRight = -1e9;
        for (qint64 t : axis.ticks(widest)) {
            const double px = x(double(t));
            lines.append(QLineF(px, r.top(), px, r.top() + 0.3 * m_line));
            const QString text = ByteStreamAxis::label(t, step);
            const double w = fm.horizontalAdvance(text);
            double left = std::clamp(px - w / 2, axis.left(), axis.right() - w);
            if (left < lastRight + 0.5 * m_line)
                continue;
            const QRectF box(left, r.top() + 0.3 * m_line, w + 1, fm.height());
            // Over the guides from the bar down to the recvs: the number stays legible.
            m_p.fillRect(box, m_s.background);
            m_p.setPen(m_s.muted);
            m_p.drawText(box, Qt::AlignLeft | Qt::AlignTop, text);
            lastRight = left + w;
        }
        m_p.setPen(QPen(m_s.muted, m_s.lineWidth));
        m_p.drawLines(lines);
    }

    QPainter &m_p;
    const Trace &m_trace;
    const ByteStreamGeometry &m_g;
    const TimelineStyle &m_s;
    TimelineSelection m_sel;
    double m_line;
    QFontMetricsF m_fm;
    QFont m_small;
    QList<qint64> m_starts;
    int m_run = 0;
    QHash<int, QList<BytePiece>> m_pieces; // of the run being painted, by row
    QList<std::pair<QRectF, qint64>> m_crowds; // of the row being painted

    // Each row's pieces are worked out once per run painted (the boxes and the bar's ticks).
    const QList<BytePiece> &pieces(Row row)
    {
        auto it = m_pieces.find(int(row));
        if (it == m_pieces.end())
            it = m_pieces.insert(int(row), m_g.pieces(m_run, row));
        return *it;
    }
};

} // namespace

void ByteStreamRenderer::paint(QPainter &painter, const QRect &rect, const Trace &trace,
                               const TimelineStyle &style, const TimelineSelection &selection,
                               double viewFrom, double viewTo, const Trace *lengths)
{
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, style.background);
    if (trace.runs.isEmpty()) {
        painter.setPen(style.muted);
        painter.setFont(style.font);
        painter.drawText(rect, Qt::AlignCenter, tr("No run yet: press Run to see its bytes."));
        painter.restore();
        return;
    }
    const ByteStreamGeometry geometry(trace, rect, style, viewFrom, viewTo, lengths);
    Painter(painter, trace, geometry, style, selection).paint();
    painter.restore();
}

} // namespace sockscope
