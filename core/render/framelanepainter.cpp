#include "render/framelanepainter.h"

#include "render/boxlabels.h"
#include "render/hatchpainter.h"
#include "render/textwidths.h"

#include "analysis/frameattribution.h"
#include "view/eventtext.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sockscope {

FrameLanePainter::FrameLanePainter(QPainter &painter, const Run &run, int runIndex,
                                   const TimelineGeometry &geometry, const TimelineStyle &style,
                                   const TimelineSelection &selection)
    : m_p(painter), m_run(run), m_index(runIndex), m_g(geometry), m_frames(geometry, run, runIndex),
      m_s(style), m_sel(selection), m_plot(geometry.layout().plot()), m_line(style.lineHeight())
{ }

bool FrameLanePainter::selected(int message) const
{
    return m_sel.isValid() && m_sel.run == m_index && m_sel.message == message && message >= 0;
}

QColor FrameLanePainter::tint(int message) const
{
    const QColor c = message < 0 ? TimelineStyle::mix(m_s.muted, m_s.background, 0.6)
                                 : m_s.messageTint(message);
    return m_sel.isValid() && !selected(message) ? TimelineStyle::mix(c, m_s.background, 0.7) : c;
}

QColor FrameLanePainter::strong(int message) const
{
    const QColor c = message < 0 ? m_s.muted : m_s.messageColor(message);
    return m_sel.isValid() && !selected(message) ? TimelineStyle::mix(c, m_s.background, 0.75) : c;
}

void FrameLanePainter::paint()
{
    if (!m_frames.hasLane())
        return;
    const QRectF lane = m_frames.lane();
    m_p.fillRect(QRectF(m_plot.left(), lane.top(), m_plot.width(), lane.height()),
                 m_s.laneBackground);
    paintGutter();
    const TimelineGeometry::Range range = m_frames.visibleFrames();
    m_p.save();
    m_p.setClipRect(QRectF(m_plot.left(), m_frames.linkBand().top(), m_plot.width() + m_line,
                           lane.bottom() - m_frames.linkBand().top()));
    if (m_frames.isDense()) {
        paintDense(range);
    } else {
        paintBrackets(range);
        paintBoxes(range);
    }
    paintStopped();
    m_p.restore();
}

void FrameLanePainter::paintGutter()
{
    const QRectF lane = m_frames.lane();
    const QRectF label(lane.left(), lane.top(), m_plot.left() - 0.5 * m_line - lane.left(),
                       lane.height());
    const QFontMetricsF bold(m_s.boldFont());
    const QFontMetricsF small(m_s.smallFont());
    const double both = bold.height() + small.height();
    const double top = lane.center().y() - both / 2;
    m_p.setPen(m_s.foreground);
    m_p.setFont(m_s.boldFont());
    // The same context as the lanes above: "send()", "recv()", "messages" read as one list.
    m_p.drawText(QRectF(label.left(), top, label.width(), bold.height()),
                 Qt::AlignRight | Qt::AlignVCenter,
                 QCoreApplication::translate("sockscope::TimelineRenderer", "messages"));
    m_p.setPen(m_s.muted);
    m_p.setFont(m_s.smallFont());
    m_p.drawText(QRectF(label.left(), top + bold.height(), label.width(), small.height()),
                 Qt::AlignRight | Qt::AlignVCenter,
                 QCoreApplication::translate("sockscope::TimelineRenderer", "decoded"));
    if (m_run.frames.isEmpty()) {
        m_p.drawText(
            QRectF(m_plot.left() + 0.5 * m_line, lane.top(), m_plot.width() - m_line,
                   lane.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("No complete message decoded yet (framing %1).").arg(m_run.scenario.framing));
    }
}

void FrameLanePainter::paintBrackets(const TimelineGeometry::Range &range)
{
    // A bracket under the bytes of each recv the frame came from, and a line down to the frame:
    // thin, in the message's colour, grouped by colour so SVG gets few elements.
    const QRectF band = m_frames.linkBand();
    const double top = band.top() + std::max(2.0, 0.15 * band.height());
    const double tick = std::max(3.0, 0.25 * band.height());
    QMap<QRgb, QList<QLineF>> byColour; // ordered: the drawing order is the same every run
    QList<QLineF> emphasised;
    for (int i = range.begin; i < range.end; ++i) {
        const QRectF box = m_frames.frameBox(i);
        if (box.isNull())
            continue;
        const int message = FrameAttribution::messageOf(m_run, i);
        QList<QLineF> &lines = selected(message) ? emphasised : byColour[strong(message).rgba()];
        for (const FrameLaneGeometry::Bracket &b : m_frames.brackets(i)) {
            const double x0 = b.x0 + 1;
            const double x1 = std::max(x0, b.x1 - 1);
            lines << QLineF(x0, top, x1, top) << QLineF(x0, top, x0, top - tick + 1)
                  << QLineF(x1, top, x1, top - tick + 1);
            const double mid = (x0 + x1) / 2;
            const double into
                = std::clamp(mid, box.left() + 1, std::max(box.left() + 1, box.right() - 1));
            lines << QLineF(mid, top, into, box.top());
        }
    }
    m_p.setRenderHint(QPainter::Antialiasing, true);
    for (auto it = byColour.cbegin(); it != byColour.cend(); ++it) {
        m_p.setPen(
            QPen(QColor::fromRgba(it.key()), 1.5 * m_s.lineWidth, Qt::SolidLine, Qt::FlatCap));
        m_p.drawLines(it.value());
    }
    if (!emphasised.isEmpty()) {
        m_p.setPen(QPen(m_s.highlight, 3 * m_s.lineWidth, Qt::SolidLine, Qt::FlatCap));
        m_p.drawLines(emphasised);
    }
    m_p.setRenderHint(QPainter::Antialiasing, false);
}

void FrameLanePainter::paintBoxes(const TimelineGeometry::Range &range)
{
    const double strip = std::max(3.0, 3 * m_s.lineWidth);
    QList<BoxLabels::Placed> labels;
    for (int i = range.begin; i < range.end; ++i) {
        const Frame &f = m_run.frames.at(i);
        const QRectF box = m_frames.frameBox(i);
        if (box.isNull() || box.right() < m_plot.left() || box.left() > m_plot.right() + m_line)
            continue;
        const int message = FrameAttribution::messageOf(m_run, i);
        const bool bad = FrameAttribution::isBad(f);
        const bool isSelected = selected(message);
        QPen pen(isSelected ? m_s.highlight : (bad ? m_s.lost : m_s.boxOutline),
                 isSelected ? 3 * m_s.lineWidth : (bad ? 2 * m_s.lineWidth : m_s.lineWidth));
        if (bad && f.error.isEmpty())
            pen.setStyle(Qt::DashLine);
        m_p.setPen(pen);
        m_p.setBrush(bad ? QBrush(m_s.background) : QBrush(tint(message)));
        m_p.drawRect(box);
        m_p.setBrush(Qt::NoBrush);
        if (bad)
            paintHatch(box.adjusted(1, 1, -1, -1));
        else
            m_p.fillRect(QRectF(box.left(), box.top(), box.width(), strip), strong(message));

        QString top
            = f.preview.isEmpty() ? tr("(empty)") : EventText::preview(f, m_s.payloadEncoding);
        QString bottom = EventText::bytes(f.length);
        if (bad) {
            top = f.error.isEmpty() ? tr("incomplete") : f.error;
            bottom = tr("%1 received").arg(EventText::bytes(f.length));
        } else if (!f.fields.isEmpty()) {
            bottom += QStringLiteral(" · ") + EventText::frameFields(f);
        }
        const int n = message >= 0 ? message : f.id;
        labels.append({ box,
                        { top, bottom, bad ? QStringLiteral("!") : BoxLabels::messageRange(n, n),
                          EventText::bytes(f.length), bad, bad, !bad } });
    }
    paintLabels(labels);
}

void FrameLanePainter::paintLabels(const QList<BoxLabels::Placed> &labels)
{
    const TextWidths text(m_s.font);
    const TextWidths small(m_s.smallFont());
    const QList<BoxLabels::Fitted> fitted = BoxLabels::fitLane(labels, 0.25 * m_line, text, small);
    for (qsizetype i = 0; i < labels.size(); ++i)
        BoxLabels::paint(m_p, labels.at(i).box, fitted.at(i), labels.at(i).label.backdrop, m_s,
                         text, small);
}

void FrameLanePainter::paintStopped()
{
    // After rejecting a frame the decoder stops for good (the stream has lost its framing):
    // every byte received after it is not decoded. Say so across that stretch.
    const std::optional<qint64> undecoded = FrameAttribution::undecodedBytes(m_run);
    if (!undecoded)
        return;
    const Frame &last = m_run.frames.last();
    const QRectF box = m_frames.frameBox(int(m_run.frames.size() - 1));
    if (box.isNull())
        return;
    const int lastRecv = int(m_run.recvs.size() - 1);
    const QRectF recvBox = m_g.recvBox(m_run, m_index, lastRecv);
    // Long enough for its words, but inside the plot when the plot has room for them.
    double right = std::max(recvBox.right(), box.right() + 14 * m_line);
    if (m_plot.right() - 2 > box.right() + 6 * m_line)
        right = std::min(right, m_plot.right() - 2);
    const QRectF area(box.right() + 2, box.top(), right - box.right() - 2, box.height());
    if (area.right() < m_plot.left() || area.left() > m_plot.right())
        return;
    m_p.setPen(QPen(m_s.lost, m_s.lineWidth, Qt::DashLine));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(area);
    const QString text = *undecoded > 0
        ? tr("decoder stopped: %1 not decoded").arg(EventText::bytes(*undecoded))
        : tr("decoder stopped");
    paintLabels({ { area, { text, last.error, {}, {}, false, false } } });
}

void FrameLanePainter::paintDense(const TimelineGeometry::Range &range)
{
    // One mark per pixel column, red when any frame in it is bad; runs of equal columns become
    // one rectangle.
    QList<int> kinds(int(m_plot.width()) + 1, 0);
    for (int i = range.begin; i < range.end; ++i) {
        const QRectF box = m_frames.frameBox(i);
        if (box.isNull())
            continue;
        const int c = int(box.left() - m_plot.left());
        if (c < 0 || c >= kinds.size())
            continue;
        kinds[c] = std::max(kinds.at(c), FrameAttribution::isBad(m_run.frames.at(i)) ? 2 : 1);
    }
    const QRectF lane = m_frames.lane();
    const double pad = std::round(lane.height() * 0.08);
    QList<QRectF> normal;
    QList<QRectF> bad;
    int start = 0;
    for (int c = 1; c <= kinds.size(); ++c) {
        if (c < kinds.size() && kinds.at(c) == kinds.at(start))
            continue;
        // A bad frame keeps at least a few pixels so that it never drowns among good ones.
        const double width
            = kinds.at(start) == 2 ? std::max(3.0, double(c - start)) : double(c - start);
        const QRectF r(m_plot.left() + start, lane.top() + pad, width, lane.height() - 2 * pad);
        if (kinds.at(start) == 1)
            normal.append(r);
        else if (kinds.at(start) == 2)
            bad.append(r);
        start = c;
    }
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(TimelineStyle::mix(m_s.foreground, m_s.background, 0.6));
    m_p.drawRects(normal.constData(), int(normal.size()));
    m_p.setBrush(m_s.lost);
    m_p.drawRects(bad.constData(), int(bad.size()));
    m_p.setBrush(Qt::NoBrush);
    m_p.setFont(m_s.smallFont());
    m_p.setPen(m_s.muted);
    m_p.drawText(m_frames.linkBand().adjusted(m_plot.left() - m_frames.linkBand().left(), 0, 0, 0),
                 Qt::AlignCenter,
                 tr("%n message(s) in view: zoom in to see which recv() bytes each one came from",
                    nullptr, int(range.count())));
}

void FrameLanePainter::paintHatch(const QRectF &area)
{
    HatchPainter::paint(m_p, area, m_s, m_line, HatchPainter::Kind::Undecoded);
}

} // namespace sockscope
