#include "render/runpainter.h"

#include "model/errnoname.h"
#include "model/fateword.h"
#include "model/runheader.h"
#include "model/textjoin.h"

#include "render/boxlabels.h"
#include "render/framelanepainter.h"
#include "render/hatchpainter.h"
#include "render/rectcanvas.h"
#include "render/timelinerenderer.h"
#include "render/wirepainter.h"
#include "view/eventtext.h"
#include "view/lanecolumns.h"
#include "view/mergescale.h"
#include "view/replaymoment.h"
#include "view/timeaxis.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <type_traits>

namespace sockscope {

namespace {

// A picture with thousands of crossing links is unreadable anyway; the cap bounds the cost.
constexpr int kMaxLinks = 20000;

} // namespace

template<typename Event>
bool RunPainter::aggregates(const TimelineGeometry &geometry, const EventList<Event> &events,
                            const TimelineGeometry::Range &range)
{
    const TimelineLayout &layout = geometry.layout();
    if (!layout.isDense(range.count()) || qEnvironmentVariableIsSet("SOCKSCOPE_EXACT_TIMELINE"))
        return false;
    // More events than columns they can fall in: two share one, no need to look.
    if (double(range.count()) > layout.plot().width() + layout.maxBoxWidth() + 2)
        return true;
    const PixelMapper x(geometry.viewport());
    double previous = -1e300;
    for (int i = range.begin; i < range.end; ++i) {
        const double column = std::floor(x(TimelineGeometry::time(events, i)));
        if (column == previous)
            return true;
        previous = column;
    }
    return false;
}

RunPainter::DenseLanes RunPainter::denseLanes(const Run &run, const TimelineGeometry &geometry)
{
    return { aggregates(geometry, run.sends, geometry.visibleSends(run)),
             aggregates(geometry, run.recvs, geometry.visibleRecvs(run)) };
}

RunPainter::RunPainter(QPainter &painter, const Run &run, int index,
                       const TimelineGeometry &geometry, const TimelineStyle &style,
                       const TimelineSelection &selection, bool markReal,
                       const ReplayMoment *replay)
    : m_p(painter), m_run(run), m_index(index), m_g(geometry),
      m_lanes(geometry.layout().runs().at(index)), m_plot(geometry.layout().plot()), m_s(style),
      m_sel(selection), m_line(style.lineHeight()), m_x(geometry.viewport()), m_markReal(markReal),
      m_replay(replay), m_text(style.font), m_smallText(style.smallFont()),
      m_shortestWord(1.5 * m_text.metrics().averageCharWidth())
{
    m_sendRange = m_g.visibleSends(run);
    m_recvRange = m_g.visibleRecvs(run);
    m_denseSends = aggregates(m_g, run.sends, m_sendRange);
    m_denseRecvs = aggregates(m_g, run.recvs, m_recvRange);
    // Each box is wanted by its lane, its evidence bar and its links: placed once.
    if (!m_denseSends) {
        m_sendBoxes.reserve(size_t(m_sendRange.count()));
        for (int i = m_sendRange.begin; i < m_sendRange.end; ++i)
            m_sendBoxes.push_back(m_g.sendBox(run, index, i));
    }
    if (!m_denseRecvs) {
        m_recvBoxes.reserve(size_t(m_recvRange.count()));
        for (int i = m_recvRange.begin; i < m_recvRange.end; ++i)
            m_recvBoxes.push_back(m_g.recvBox(run, index, i));
    }
    m_sendLargest = LaneColumns::scale(run, LaneColumns::Side::Sends).maximum;
    m_recvLargest = LaneColumns::scale(run, LaneColumns::Side::Recvs).maximum;
    if (!m_denseSends) {
        for (int i = m_sendRange.begin; i < m_sendRange.end; ++i)
            m_sendLargest = std::max(m_sendLargest, run.sends.get<&SendEvent::requested>(i));
    }
    if (!m_denseRecvs) {
        for (int i = m_recvRange.begin; i < m_recvRange.end; ++i) {
            m_recvLargest = std::max({ m_recvLargest, run.recvs.get<&RecvEvent::bytes>(i),
                                       run.recvs.get<&RecvEvent::datagramSize>(i).value_or(0) });
        }
    }
    // One unit for the whole run: both lanes, their bars and the wire between them write their
    // numbers alike ("5120 B" sent, "1024 B" read; not "1.0 KiB" beside "5120 B").
    m_largest = std::max(m_sendLargest, m_recvLargest);
    // A dense lane's marks and evidence bars come from one visit of its columns.
    const int columns = int(m_plot.width()) + 1;
    if (m_denseSends)
        m_sendColumns = LaneColumns::collect(run, LaneColumns::Side::Sends, m_sendRange.begin,
                                             m_sendRange.end, m_x, m_plot.left(), columns);
    if (m_denseRecvs)
        m_recvColumns = LaneColumns::collect(run, LaneColumns::Side::Recvs, m_recvRange.begin,
                                             m_recvRange.end, m_x, m_plot.left(), columns);
    // On a linear time axis a column's bar is as tall as its bytes against the fullest column
    // of its lane in this picture: every column spans the same time, so the bars are the
    // throughput. On the compact axis a column spans more or less time by how many calls are
    // near, and bytes per column would draw that instead: bars are full there. (A recv lane
    // whose messages are known shows messages per recv instead, on either axis.)
    if (m_g.viewport().warp().isIdentity()) {
        for (const double bytes : m_sendColumns.bytes)
            m_sendColumnBytes = std::max(m_sendColumnBytes, bytes);
        for (const double bytes : m_recvColumns.bytes)
            m_recvColumnBytes = std::max(m_recvColumnBytes, bytes);
    }
}

void RunPainter::paint()
{
    paintBackground();
    paintHeader();
    if (m_lanes.hasSends()) // an observed run has no send lanes
        paintEvidence(true);
    if (m_lanes.hasRecvs()) // nor a send-to run recv lanes
        paintEvidence(false);
    m_p.save();
    m_p.setClipRect(QRectF(m_plot.left(), m_lanes.block.top(), m_plot.width() + m_line,
                           m_lanes.block.height()));
    paintLinkLane();
    // Under the calls: a returned box drawn at its return time may reach over the next call's
    // start, and it stays readable.
    paintPending();
    if (m_denseSends) {
        paintDenseSends();
    } else {
        paintSends();
        if (m_lanes.hasSends())
            paintPauses(m_run.sends, m_sendRange, m_lanes.sends);
    }
    if (m_lanes.hasRecvs()) {
        if (m_denseRecvs) {
            paintDenseRecvs();
        } else {
            paintRecvs();
            paintPauses(m_run.recvs, m_recvRange, m_lanes.recvs);
        }
    }
    m_p.restore();
    FrameLanePainter(m_p, m_run, m_index, m_g, m_s, m_sel).paint(); // decoded messages, if framed
}

void RunPainter::paintLinkLane()
{
    if (m_lanes.links.isNull()) // one side only (observe, send-to) and no wire: nothing to link
        return;
    // The packets on the wire instead of links; a one-sided run's lane has nothing else.
    if (!m_run.segments.isEmpty() || isOneSided(m_run)) {
        WirePainter wire(m_p, m_run, m_lanes.links, m_plot, m_g.viewport(), m_s,
                         m_sel.isValid() && m_sel.run == m_index ? m_sel.message : -1,
                         m_replay ? double(m_replay->nowNs()) : -1.0);
        wire.setLargest(m_largest);
        wire.paint();
    } else if (m_denseSends || m_denseRecvs)
        paintLinksHint();
    else
        paintLinks();
}

void RunPainter::paintBackground()
{
    for (const QRectF *lane : { &m_lanes.sends, &m_lanes.recvs })
        if (!lane->isNull())
            m_p.fillRect(QRectF(m_plot.left(), lane->top(), m_plot.width(), lane->height()),
                         m_s.laneBackground);
    m_p.setPen(QPen(m_s.grid, m_s.lineWidth));
    for (const QRectF *lane : { &m_lanes.unsent, &m_lanes.queued }) {
        if (lane->isNull())
            continue;
        const double y = lane == &m_lanes.unsent ? lane->bottom() : lane->top();
        m_p.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    }

    const double right = m_plot.left() - 0.5 * m_line;
    m_p.setPen(m_s.foreground);
    m_p.setFont(m_s.boldFont());
    if (m_lanes.hasSends())
        m_p.drawText(QRectF(m_lanes.sends.left(), m_lanes.sends.top(), right - m_lanes.sends.left(),
                            m_lanes.sends.height()),
                     Qt::AlignRight | Qt::AlignVCenter, TimelineRenderer::tr("send()"));
    if (m_lanes.hasRecvs())
        m_p.drawText(QRectF(m_lanes.recvs.left(), m_lanes.recvs.top(), right - m_lanes.recvs.left(),
                            m_lanes.recvs.height()),
                     Qt::AlignRight | Qt::AlignVCenter, TimelineRenderer::tr("recv()"));
}

QStringList RunPainter::titleForms(const Run &run, bool markReal)
{
    // Which network the run is from stays whole: beside its twin, "(simulated)" cut off left
    // two runs with one title.
    const QString title = EventText::runTitle(run, false);
    const QString brief = RunHeader::withoutDirection(title);
    QString network;
    QString shortNetwork;
    if (run.mode == Mode::Sim) {
        network = shortNetwork = EventText::simulated(run);
    } else if (markReal) {
        network = TimelineRenderer::tr("real, loopback");
        shortNetwork = TimelineRenderer::tr("real");
    }
    // The variant's label without the words in parentheses that explain it: "Nagle on" for
    // "Nagle on (TCP_NODELAY off)" (the options beside the title say the setting).
    const QString separator = QStringLiteral(" · ");
    QString plain = brief;
    if (const qsizetype at = brief.lastIndexOf(separator); at > 0) {
        static const QRegularExpression aside(
            QStringLiteral("\\s*[(\\x{FF08}][^()\\x{FF08}\\x{FF09}]*[)\\x{FF09}]$"));
        QString variant = brief.left(at);
        variant.remove(aside);
        if (!variant.isEmpty())
            plain = variant + brief.mid(at);
    }
    QStringList forms{ TextJoin::withAside(title, network),
                       TextJoin::withAside(title, shortNetwork),
                       TextJoin::withAside(brief, shortNetwork),
                       TextJoin::withAside(plain, shortNetwork) };
    forms.removeDuplicates();
    return forms;
}

QString RunPainter::fittedTitle(const Run &run, bool markReal, double width, const TextWidths &bold,
                                bool elide)
{
    const QStringList forms = titleForms(run, markReal);
    for (const QString &form : forms) {
        if (bold.width(form) <= width)
            return form;
    }
    if (!elide)
        return {};
    // The variant's label ("Nagle on") gives up its end before the run's own name does:
    // "Nag… · TCP requests (real)".
    const QString separator = QStringLiteral(" · ");
    const QString shortNetwork = run.mode == Mode::Sim ? EventText::simulated(run)
        : markReal                                     ? TimelineRenderer::tr("real")
                                                       : QString();
    const QString brief = RunHeader::withoutDirection(EventText::runTitle(run, false));
    const QString &shortest = forms.last();
    QString name = brief;
    if (const qsizetype at = shortest.lastIndexOf(separator); at > 0) {
        const QString tail = shortest.mid(at);
        const QString prefix = bold.elided(shortest.left(at), width - bold.width(tail));
        // A variant cut to a letter or two names nothing: the run's own name alone then.
        if (prefix.size() > 3)
            return prefix + tail;
        name = brief.mid(brief.lastIndexOf(separator) + separator.size());
        QString alone = TextJoin::withAside(name, shortNetwork);
        if (bold.width(alone) <= width)
            return alone;
    }
    // Too narrow even for that: the name is cut, the network kept.
    const QString aside = TextJoin::withAside(QString(), shortNetwork);
    return bold.elided(name, width - bold.width(aside)) + aside;
}

RunPainter::HeaderText RunPainter::fittedHeader(const Run &run, bool markReal, double width,
                                                const HeaderFonts &fonts)
{
    // The counts and the options go whole, from the end ("16 send()s → 15 recv()s + EOF · 7
    // split" loses " · 7 split", never half a number; "SO_RCVBUF 8192 B (asked 4096 B)" goes
    // whole or not at all). The title is shortened by meaning (titleForms) to leave room for
    // the calls, the first fate count (merged and split come before intact) and the first
    // option; failing that, for all the counts, or the calls and the first count. A long title
    // gives up its end rather than the calls turning into "15 re…". Only a first part too long
    // even then is elided.
    const QString separator = QStringLiteral(" · ");
    const QString outcome = EventText::outcome(run);
    const QStringList counts = outcome.split(separator);
    const QStringList options = EventText::options(run).split(separator, Qt::SkipEmptyParts);
    const auto countsText = [&](qsizetype n) { return counts.mid(0, n).join(separator); };
    const auto optionsText = [&](qsizetype n) { return options.mid(0, n).join(separator); };
    HeaderText out;
    const qsizetype firstCounts = std::min<qsizetype>(2, counts.size());
    const qsizetype firstOptions = std::min<qsizetype>(1, options.size());
    // What follows a title, most important first: the calls, the first fate count, the first
    // option (what the run set itself, EventText::options), then the other counts, then the
    // other options. Each part goes whole.
    const auto layout = [&](const QString &title, qsizetype &shownCounts, qsizetype &shownOptions) {
        const double titleWidth = fonts.bold.width(title) + fonts.gap;
        shownCounts = 0;
        shownOptions = 0;
        const auto fits = [&](qsizetype c, qsizetype o) {
            double used = titleWidth + fonts.text.width(countsText(c));
            if (o > 0)
                used += fonts.small.width(optionsText(o)) + fonts.gap;
            return used <= width;
        };
        const auto growCounts = [&](qsizetype limit) {
            while (shownCounts < std::min(limit, counts.size())
                   && fits(shownCounts + 1, shownOptions))
                ++shownCounts;
        };
        const auto growOptions = [&](qsizetype limit) {
            while (shownOptions < std::min(limit, options.size())
                   && fits(shownCounts, shownOptions + 1))
                ++shownOptions;
        };
        growCounts(2);
        if (shownCounts >= firstCounts) {
            growOptions(1);
            growCounts(counts.size());
            growOptions(options.size());
        }
    };
    qsizetype shownCounts = 0;
    qsizetype shownOptions = 0;
    // The longest title, shortened by meaning only, that leaves room for the calls, the first
    // fate count and the first option.
    for (const QString &form : titleForms(run, markReal)) {
        layout(form, shownCounts, shownOptions);
        if (shownCounts >= firstCounts && shownOptions >= firstOptions) {
            out.title = form;
            break;
        }
    }
    for (const qsizetype n : { counts.size(), firstCounts }) {
        if (!out.title.isEmpty())
            break;
        out.title = fittedTitle(run, markReal, width - fonts.text.width(countsText(n)) - fonts.gap,
                                fonts.bold, false);
        if (!out.title.isEmpty())
            break;
    }
    if (out.title.isEmpty())
        out.title = fittedTitle(
            run, markReal,
            std::max(0.4 * width, width - fonts.text.width(counts.first()) - fonts.gap),
            fonts.bold);
    layout(out.title, shownCounts, shownOptions);
    const double titleWidth = fonts.bold.width(out.title) + fonts.gap;
    out.outcome = shownCounts > 0 ? countsText(shownCounts)
                                  : fonts.text.elided(outcome, std::max(0.0, width - titleWidth));
    out.options = optionsText(shownOptions);
    return out;
}

void RunPainter::paintHeader()
{
    const QRectF r = m_lanes.header.adjusted(0.5 * m_line, 0, -m_line, 0);
    m_p.setFont(m_s.boldFont());
    const TextWidths bold(m_p.font());
    const HeaderText header
        = fittedHeader(m_run, m_markReal, r.width(), { bold, m_text, m_smallText, m_line });
    m_p.setPen(m_s.foreground);
    m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, header.title);
    const double titleWidth = bold.width(header.title) + m_line;

    m_p.setFont(m_s.font);
    m_p.setPen(m_run.error.isEmpty() ? m_s.foreground : m_s.lost);
    m_p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, header.outcome);

    if (!header.options.isEmpty()) {
        m_p.setFont(m_s.smallFont());
        m_p.setPen(m_s.muted);
        const double room = r.width() - titleWidth - m_text.width(header.outcome);
        m_p.drawText(QRectF(r.left() + titleWidth, r.top(), room, r.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, header.options);
    }
}

void RunPainter::paintEvidence(bool unsent)
{
    const QRectF lane = unsent ? m_lanes.unsent : m_lanes.queued;
    const LaneColumns::Scale laneScale
        = LaneColumns::scale(m_run, unsent ? LaneColumns::Side::Sends : LaneColumns::Side::Recvs);
    const qint64 maximum = laneScale.maximum;
    const bool any = laneScale.any;

    m_p.setFont(m_s.smallFont());
    m_p.setPen(m_s.muted);
    const QRectF label(lane.left(), lane.top(), m_plot.left() - 0.5 * m_line - lane.left(),
                       lane.height());
    const QString name = unsent ? TimelineRenderer::tr("unsent") : TimelineRenderer::tr("queued");
    const qint64 largest = m_largest;
    const QString scale
        = any ? EventText::bytesBeside(maximum, largest) : TimelineRenderer::tr("n/a");
    m_p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, name + QLatin1Char(' ') + scale);
    if (!any || maximum <= 0 || (unsent ? m_sendRange.count() : m_recvRange.count()) == 0)
        return;

    // Bars hang from the box they describe: "unsent" grows up from the send lane, "queued" down
    // from the recv lane. Dense lanes keep the tallest bar per pixel column.
    const double usable = lane.height() - 2;
    const auto height
        = [&](qint64 v) { return std::max(1.0, usable * double(v) / double(maximum)); };
    const auto range = unsent ? m_sendRange : m_recvRange;
    const bool dense = unsent ? m_denseSends : m_denseRecvs;
    QList<QRectF> bars;
    QList<std::pair<QRectF, qint64>> labels;
    if (dense) {
        // Neighbouring columns of equal height become one bar: each rectangle costs the raster
        // engine about as much as a few hundred pixels, and steady traffic is mostly level.
        const std::vector<qint64> &tallest
            = unsent ? m_sendColumns.evidence : m_recvColumns.evidence;
        for (size_t c = 0; c < tallest.size();) {
            size_t next = c + 1;
            while (next < tallest.size() && tallest[next] == tallest[c])
                ++next;
            if (tallest[c] > 0) {
                const double h = height(tallest[c]);
                bars.append(QRectF(m_plot.left() + double(c),
                                   unsent ? lane.bottom() - h : lane.top(), double(next - c), h));
            }
            c = next;
        }
    } else {
        for (int i = range.begin; i < range.end; ++i) {
            const std::optional<qint64> v = unsent
                ? std::optional<qint64>(m_run.sends.get<&SendEvent::unsentAfter>(i))
                : std::optional<qint64>(m_run.recvs.get<&RecvEvent::queuedBefore>(i));
            if (!v || *v <= 0)
                continue;
            const double h = height(*v);
            const QRectF box = unsent ? sendBox(i) : recvBox(i);
            const QRectF bar(box.left(), unsent ? lane.bottom() - h : lane.top(), box.width(), h);
            bars.append(bar);
            labels.append({ bar, *v });
        }
    }
    const QColor barColour = TimelineStyle::mix(m_s.evidence, m_s.background, 0.35);
    if (m_p.paintEngine()->type() == QPaintEngine::Raster) {
        // Gathered as the lanes' boxes are: what a bar costs is its pixels.
        RectCanvas canvas(m_p, lane);
        for (const QRectF &bar : std::as_const(bars))
            canvas.fill(bar, barColour);
    } else {
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(barColour);
        m_p.drawRects(bars.constData(), int(bars.size()));
        m_p.setBrush(Qt::NoBrush);
    }

    m_p.setPen(m_s.foreground);
    // Every number has a digit at least: a bar narrower than one (and the margins) gets no word,
    // and its word is not made.
    double narrowest = 1e300;
    for (char digit = '0'; digit <= '9'; ++digit)
        narrowest = std::min(narrowest, m_smallText.width(QString(QLatin1Char(digit))) + 4);
    for (const auto &[bar, value] : labels) {
        if (bar.width() < narrowest)
            continue;
        const QString text = EventText::bytesBeside(value, largest);
        if (m_smallText.width(text) + 4 > bar.width())
            continue;
        m_p.drawText(QRectF(bar.left() + 2, lane.top(), bar.width() - 2, lane.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void RunPainter::paintSends()
{
    const double strip = std::max(3.0, 3 * m_s.lineWidth);
    QList<LostGroup> groups;
    const double gap = m_g.layout().boxGap();
    // The crosses of lost datagrams go on top of every box: drawn box by box, the next box
    // covered half of each, and a row of them read "›››" instead of the legend's ✕.
    QList<std::pair<QPointF, double>> crosses;
    QList<BoxLabels::Placed> labels;
    RectCanvas canvas(m_p, laneCanvas(m_lanes.sends));
    // Only where the boxes' outlines are gathered too: each drawn by the painter would hand the
    // canvas over first, box by box (an export at twice the size).
    m_canvas = canvas.outlines(m_s.lineWidth) ? &canvas : nullptr;
    for (int i = m_sendRange.begin; i < m_sendRange.end; ++i) {
        const QRectF box = sendBox(i);
        if (box.right() < m_plot.left() || box.left() > m_plot.right() + m_line)
            continue;
        // Field by field: the whole event (its payload's preview) only for a box with words.
        const int message = m_run.sends.get<&SendEvent::message>(i);
        const int error = m_run.sends.get<&SendEvent::error>(i);
        const qint64 requested = m_run.sends.get<&SendEvent::requested>(i);
        const qint64 sent = m_run.sends.get<&SendEvent::accepted>(i);
        const MessageFate *fate = fateShownOn(message, m_run.sends.id(i));
        const bool failed = error != 0 || (sent <= 0 && requested > 0);
        const bool empty = requested == 0;
        const bool hollow = failed || empty;

        const bool isSelected = selected(message);
        paintBox(box,
                 { isSelected ? m_s.highlight : m_s.boxOutline,
                   isSelected ? 3 * m_s.lineWidth : m_s.lineWidth, hollow },
                 hollow ? m_s.background : tint(message));
        if (!hollow) {
            const double accepted = requested > 0 ? double(sent) / double(requested) : 1.0;
            fill(QRectF(box.left(), box.bottom() - strip, box.width() * accepted, strip),
                 strong(message));
            if (accepted < 1.0) // a partial send: the part the kernel refused stays hollow
                paintHatch(QRectF(box.left() + box.width() * accepted, box.bottom() - strip,
                                  box.width() * (1 - accepted), strip));
        }

        const bool lost = fate && fate->fate == Fate::Lost && !failed;
        // A lost box wide enough for words keeps its cross at the right end, off the label: a
        // cross of a line or two, whatever the lane's height (a tall lane's box-high cross
        // struck through "m99 100 B").
        const double rightCross = std::min(0.6 * box.height(), 1.6 * m_line);
        const bool crossRight = lost && box.width() >= 2.5 * rightCross;
        // A box too narrow for the shortest word ("m0") shows none: its words are not made.
        if (!wordless(box)) {
            // A failed call's word is what happened ("EAGAIN"); its payload never left.
            QString top = EventText::preview(m_run.sends.at(i), m_s.payloadEncoding);
            if (failed)
                top = error != 0 ? ErrnoName::name(error) : TimelineRenderer::tr("refused");
            else if (empty)
                top = TimelineRenderer::tr("(empty)");
            QString second = sent < requested
                ? TimelineRenderer::tr("%1 of %2")
                      .arg(EventText::bytesBeside(std::max<qint64>(sent, 0), m_largest),
                           EventText::bytesBeside(requested, m_largest))
                : EventText::bytesBeside(requested, m_largest);
            // A failed send put nothing on the wire: its word is the error, not a loss.
            // A message not sent whole: this send() itself went out.
            if (fate && fate->fate != Fate::Intact && fate->fate != Fate::Unsent && !failed)
                second += QStringLiteral(" · ") + FateWord::of(fate->fate);
            // A box too narrow for both is its cross alone: words under a cross read as neither.
            labels.append(
                { crossRight ? box.adjusted(0, 0, -1.4 * rightCross, 0)
                      : lost ? QRectF(box.topLeft(), QSizeF(0, box.height()))
                             : box,
                  { top, second, failed ? QString() : BoxLabels::messageRange(message, message),
                    EventText::bytesBeside(std::max<qint64>(sent, 0), m_largest), hollow } });
        }
        const bool narrow = box.width() < 0.6 * box.height();
        if (lost && narrow) {
            // A narrow box turns red; side by side such boxes are one group, counted once
            // (a cross each would overlap, and a shared cross every few boxes miscounts).
            fill(box.adjusted(1, 1, 0, -1), m_s.lost);
            if (!groups.isEmpty() && groups.last().open
                && box.left() - groups.last().span.right() <= 2 * gap) {
                groups.last().span.setRight(std::max(groups.last().span.right(), box.right()));
                ++groups.last().count;
            } else {
                groups.append({ box, 1, true });
            }
        } else {
            // A wide lost box right after the group is counted in it (the number then equals
            // the headline's) and keeps its own cross; anything else ends the group.
            if (!groups.isEmpty() && groups.last().open && lost
                && box.left() - groups.last().span.right() <= 2 * gap) {
                groups.last().span.setRight(box.right());
                ++groups.last().count;
            } else if (!groups.isEmpty()) {
                groups.last().open = false;
            }
            if (lost) {
                const double size
                    = crossRight ? rightCross : std::min(box.height() * 0.8, box.width());
                crosses.append({ crossRight
                                     ? QPointF(box.right() - 0.7 * rightCross, box.center().y())
                                     : box.center(),
                                 size });
            }
        }
    }
    canvas.flush();
    m_canvas = nullptr;
    paintLabels(labels);
    for (const auto &[at, size] : std::as_const(crosses))
        paintCross(at, size);
    paintLostGroups(groups);
}

void RunPainter::paintLostGroups(const QList<LostGroup> &groups)
{
    m_p.setFont(m_s.font);
    for (const LostGroup &g : groups) {
        // "✕ 91 lost" across the group where it fits, over a backdrop; else one cross.
        const QString text = TimelineRenderer::tr("✕ %n lost", nullptr, g.count);
        const double pad = 0.25 * m_line;
        if (g.count > 1 && m_text.width(text) + 2 * pad <= g.span.width()) {
            const double w = m_text.width(text) + 2 * pad;
            const double h = m_text.metrics().height() + pad;
            const QRectF back(g.span.center().x() - w / 2, g.span.center().y() - h / 2, w, h);
            m_p.fillRect(back, m_s.background);
            m_p.setPen(QPen(m_s.lost, m_s.lineWidth));
            m_p.drawRect(back);
            m_p.drawText(back, Qt::AlignCenter, text);
        } else {
            paintCross(g.span.center(),
                       std::min(g.span.height() * 0.8, std::max(g.span.width(), 0.5 * m_line)));
        }
    }
}

void RunPainter::paintRecvs()
{
    const double strip = std::max(3.0, 3 * m_s.lineWidth);
    QList<BoxLabels::Placed> labels;
    RectCanvas canvas(m_p, laneCanvas(m_lanes.recvs));
    // Only where the boxes' outlines are gathered too: each drawn by the painter would hand the
    // canvas over first, box by box (an export at twice the size).
    m_canvas = canvas.outlines(m_s.lineWidth) ? &canvas : nullptr;
    for (int i = m_recvRange.begin; i < m_recvRange.end; ++i) {
        const QRectF box = recvBox(i);
        if (box.right() < m_plot.left() || box.left() > m_plot.right() + m_line)
            continue;
        // Field by field: the whole event (its payload's preview) only for a box with words.
        const int error = m_run.recvs.get<&RecvEvent::error>(i);
        if (m_run.recvs.get<&RecvEvent::peek>(i) && error == 0) {
            labels.append(peekLabel(m_run.recvs.at(i), i, box));
            continue;
        }
        const qint64 bytes = m_run.recvs.get<&RecvEvent::bytes>(i);
        const bool truncated = m_run.recvs.get<&RecvEvent::truncated>(i);
        const QList<ByteSpan> &spans = recvSpans(i);
        const bool eof = m_run.protocol == Protocol::Tcp && bytes == 0 && error == 0;
        const bool failed = error != 0 || bytes < 0;
        // An empty datagram too: a call that returned no bytes is drawn as the key says.
        const bool hollow = failed || eof || bytes == 0;
        const int first
            = spans.isEmpty() ? RunAttribution::messageOfRecv(m_run, i) : spans.first().message;
        // No spans without a send (an observed datagram): the recv's own message.
        bool isSelected = spans.isEmpty() && selected(first);
        for (const ByteSpan &span : spans)
            isSelected = isSelected || selected(span.message);

        // UDP: the box stands for the whole datagram; what recv() could not take is drawn lost.
        const qint64 datagram
            = std::max(bytes, m_run.recvs.get<&RecvEvent::datagramSize>(i).value_or(bytes));
        // A truncation that failed the call (Windows' WSAEMSGSIZE, simulated) kept nothing.
        const double kept = !truncated ? 1.0
            : datagram > 0             ? double(std::max<qint64>(bytes, 0)) / double(datagram)
                                       : 0.0;
        const QRectF keptBox(box.left(), box.top(), box.width() * kept, box.height());

        paintBox(box,
                 { isSelected ? m_s.highlight : m_s.boxOutline,
                   isSelected ? 3 * m_s.lineWidth : m_s.lineWidth, hollow },
                 hollow ? m_s.background : tint(first));
        if (!hollow) {
            for (const ByteSpan &span : spans) {
                const double x0 = keptBox.left() + keptBox.width() * span.recvFrom;
                const double x1 = keptBox.left() + keptBox.width() * span.recvTo;
                if (span.recvFrom > 0) {
                    // Later messages' bytes in the same recv(): the merge made visible.
                    fill(QRectF(x0, box.top() + strip, x1 - x0, box.height() - strip)
                             .adjusted(0, 0.5, 0, -0.5),
                         tint(span.message));
                    // A gap between the messages, unless they are so many for the box's width
                    // that the gaps would blank it out (the strip still tells them apart).
                    if (keptBox.width() / double(spans.size()) >= 4 * m_s.lineWidth)
                        fill(QRectF(x0 - m_s.lineWidth, box.top(), 2 * m_s.lineWidth, box.height()),
                             m_s.background);
                }
                fill(QRectF(x0, box.top(), x1 - x0, strip), strong(span.message));
            }
            if (spans.isEmpty() && bytes > 0)
                fill(QRectF(keptBox.left(), box.top(), keptBox.width(), strip), strong(first));
        }
        if (kept < 1.0)
            paintHatch(
                QRectF(keptBox.right(), box.top(), box.width() - keptBox.width(), box.height()));

        if (wordless(box))
            continue; // too narrow for the shortest word: none are made
        const QString read = EventText::bytesBeside(std::max<qint64>(bytes, 0), m_largest);
        QString second = read;
        if (truncated)
            second = TimelineRenderer::tr("%1 of %2 · cut")
                         .arg(read, EventText::bytesBeside(datagram, m_largest));
        else if (spans.size() > 1)
            second += QStringLiteral(" · ")
                + TimelineRenderer::tr("%n messages", nullptr, int(spans.size()));
        QString top = EventText::preview(m_run.recvs.at(i), m_s.payloadEncoding);
        if (eof)
            top = TimelineRenderer::tr("EOF");
        else if (failed)
            top = error != 0 ? ErrnoName::name(error) : TimelineRenderer::tr("error");
        else if (bytes == 0)
            top = TimelineRenderer::tr("(empty)");
        // Too narrow for the payload: the message numbers it holds, "m3" or "m0–m4".
        const QString numbers = spans.isEmpty()
            ? QString()
            : BoxLabels::messageRange(spans.first().message, spans.last().message);
        labels.append({ box, { top, second, numbers, read, hollow, kept < 1.0 } });
    }
    canvas.flush();
    m_canvas = nullptr;
    paintLabels(labels);
}

// A peek (MSG_PEEK) read nothing away: an outline in the colour of the datagram it looked at,
// no fill and no link, and its words say so: "peek", the size the kernel told.
BoxLabels::Placed RunPainter::peekLabel(const RecvEvent &r, int i, const QRectF &box)
{
    const int message = RunAttribution::peekedMessage(m_run, i);
    const bool isSelected = message >= 0 && selected(message);
    const QColor colour = message >= 0 ? strong(message) : m_s.boxOutline;
    paintBox(box, { isSelected ? m_s.highlight : colour, (isSelected ? 3 : 2) * m_s.lineWidth },
             m_s.background);
    const QString size = EventText::bytesBeside(r.datagramSize.value_or(r.bytes), m_largest);
    const QString word = TimelineRenderer::tr("peek");
    return { box, { word, TimelineRenderer::tr("size %1").arg(size), word, size, true } };
}

void RunPainter::paintColumns(const QRectF &lane, const LaneSummary::Columns &columns, bool recvs)
{
    // Per pixel column: nothing, an alarming call (lost, truncated, failed: red, full height),
    // on a recv lane whose messages are known a bar of the messages its recvs held on average
    // (MergeScale: colour and height), else a grey bar, on a linear axis as tall as the
    // column's bytes against the lane's fullest column. Neighbouring columns of one colour and
    // height become one rectangle: far fewer primitives than events.
    const double pad = std::round(lane.height() * 0.08);
    const double full = lane.height() - 2 * pad;
    const double least = std::max(2.0, std::round(0.15 * full));
    const bool byMessages = recvs && LaneColumns::knowsMessages(m_run);
    const double mostBytes = recvs ? m_recvColumnBytes : m_sendColumnBytes;
    constexpr int kGrey = MergeScale::kBands;
    constexpr int kAlarm = MergeScale::kBands + 1;
    std::array<QList<QRectF>, MergeScale::kBands + 2> bars;
    const auto style = [&](size_t c) -> std::pair<int, double> {
        if (columns.kinds[c] == 0)
            return { -1, 0 };
        if (columns.kinds[c] == 2)
            return { kAlarm, full };
        if (byMessages && columns.reads[c] > 0) {
            const double ratio = columns.messages[c] / columns.reads[c];
            return { MergeScale::band(ratio),
                     std::round(least + (full - least) * MergeScale::height(ratio)) };
        }
        const double h = mostBytes > 0 && columns.bytes[c] < mostBytes
            ? std::max(least, std::round(full * columns.bytes[c] / mostBytes))
            : full;
        return { kGrey, h };
    };
    const size_t count = columns.kinds.size();
    size_t start = 0;
    std::pair<int, double> current = count > 0 ? style(0) : std::pair<int, double>{ -1, 0 };
    for (size_t c = 1; c <= count; ++c) {
        const std::pair<int, double> next = c < count ? style(c) : std::pair<int, double>{ -1, 0 };
        if (c < count && next == current)
            continue;
        if (current.first >= 0) {
            const double bottom = lane.bottom() - pad;
            bars[size_t(current.first)].append(QRectF(m_plot.left() + double(start),
                                                      bottom - current.second, double(c - start),
                                                      current.second));
        }
        start = c;
        current = next;
    }
    m_p.setPen(Qt::NoPen);
    for (int b = 0; b < MergeScale::kBands; ++b) {
        m_p.setBrush(MergeScale::colour(b, m_s));
        m_p.drawRects(bars[size_t(b)].constData(), int(bars[size_t(b)].size()));
    }
    m_p.setBrush(TimelineStyle::mix(m_s.foreground, m_s.background, 0.6));
    m_p.drawRects(bars[kGrey].constData(), int(bars[kGrey].size()));
    const QList<QRectF> &alarming = bars[kAlarm];
    m_p.setBrush(m_s.lost);
    m_p.drawRects(alarming.constData(), int(alarming.size()));
    m_p.setBrush(Qt::NoBrush);
    double lastCross = -1e9;
    for (const QRectF &r : std::as_const(alarming)) {
        if (r.center().x() - lastCross < 1.5 * m_line)
            continue;
        lastCross = r.center().x();
        paintCross(QPointF(r.center().x(), lane.top() - 0.1 * m_line), 0.6 * m_line);
    }
}

void RunPainter::paintDenseSends()
{
    paintColumns(m_lanes.sends, m_sendColumns, false);
}

void RunPainter::paintDenseRecvs()
{
    paintColumns(m_lanes.recvs, m_recvColumns, true);
}

void RunPainter::paintLinks()
{
    // Ordered: lines of different colours overlap, so the drawing order must not depend on a
    // hash seed (a saved trace draws again pixel for pixel).
    QMap<int, QList<QLineF>> byColour; // message colour index → lines; -1 faded
    QList<std::pair<QLineF, int>> emphasised;
    int count = 0;
    // Field by field: a link needs three of a recv's fields, not the whole event.
    auto add = [&](const ByteSpan &span) {
        if (++count > kMaxLinks)
            return;
        const QRectF from = sendBox(span.send);
        const QRectF to = recvBox(span.recv);
        double keep = 1.0;
        if (m_run.recvs.get<&RecvEvent::truncated>(span.recv)) {
            const std::optional<qint64> datagram
                = m_run.recvs.get<&RecvEvent::datagramSize>(span.recv);
            if (datagram && *datagram > 0)
                keep = double(m_run.recvs.get<&RecvEvent::bytes>(span.recv)) / double(*datagram);
        }
        const QLineF line(
            from.left() + from.width() * (span.sendFrom + span.sendTo) / 2, from.bottom(),
            to.left() + to.width() * keep * (span.recvFrom + span.recvTo) / 2, to.top());
        if (selected(span.message))
            emphasised.append({ line, span.message });
        else
            byColour[faded(span.message)
                         ? -1
                         : int(span.message % std::max<qsizetype>(1, m_s.messageColors.size()))]
                .append(line);
    };
    for (int i = m_recvRange.begin; i < m_recvRange.end; ++i) {
        for (const ByteSpan &span : recvSpans(i))
            add(span);
    }
    // The sends' links to recvs out of view. On TCP the recvs in view hold one stretch of the
    // stream, and a send whose bytes all lie in it has no such link: it is not looked up.
    const bool tcp = m_run.protocol == Protocol::Tcp;
    qint64 streamBegin = 0;
    qint64 streamEnd = 0;
    if (tcp && m_recvRange.count() > 0) {
        streamBegin = m_run.recvs.get<&RecvEvent::offset>(m_recvRange.begin);
        const int last = m_recvRange.end - 1;
        streamEnd = m_run.recvs.get<&RecvEvent::offset>(last)
            + std::max<qint64>(m_run.recvs.get<&RecvEvent::bytes>(last), 0);
    }
    QList<QPointF> lostStubs;
    for (int i = m_sendRange.begin; i < m_sendRange.end; ++i) {
        const qint64 offset = m_run.sends.get<&SendEvent::offset>(i);
        const bool inView = tcp && offset >= streamBegin
            && offset + m_run.sends.get<&SendEvent::accepted>(i) <= streamEnd;
        if (!inView) {
            for (const ByteSpan &span : RunAttribution::ofSend(m_run, i)) {
                if (span.recv < m_recvRange.begin || span.recv >= m_recvRange.end)
                    add(span);
            }
        }
        const bool failed = m_run.sends.get<&SendEvent::error>(i) != 0
            || (m_run.sends.get<&SendEvent::accepted>(i) <= 0
                && m_run.sends.get<&SendEvent::requested>(i) > 0);
        if (const MessageFate *f
            = fateShownOn(m_run.sends.get<&SendEvent::message>(i), m_run.sends.id(i));
            f && f->fate == Fate::Lost && !failed) {
            const QRectF box = sendBox(i);
            lostStubs.append(QPointF(box.center().x(), box.bottom()));
        }
    }

    m_p.setRenderHint(QPainter::Antialiasing, count < 2000);
    // A link is as wide as the room it has: where links lie less than three pixels apart on
    // average, two-pixel links only cover their neighbours, and the rasteriser's cost grows with
    // the width (a few thousand links took a quarter of a frame at two pixels).
    const double width
        = std::min(count, kMaxLinks) > m_plot.width() / 3 ? m_s.lineWidth : 2 * m_s.lineWidth;
    for (auto it = byColour.cbegin(); it != byColour.cend(); ++it) {
        const QColor colour = it.key() < 0 ? TimelineStyle::mix(m_s.muted, m_s.background, 0.7)
                                           : m_s.messageColors.at(it.key());
        // Flat caps: the raster engine draws flat- or square-capped solid lines with its fast
        // line rasteriser; round caps send every link through the general path stroker, which
        // took a third of a frame with a few thousand links.
        m_p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
        m_p.drawLines(it.value());
    }
    for (const auto &[line, message] : std::as_const(emphasised)) {
        m_p.setPen(QPen(m_s.highlight, 6 * m_s.lineWidth, Qt::SolidLine, Qt::RoundCap));
        m_p.drawLine(line);
        m_p.setPen(
            QPen(m_s.messageColor(message), 3.5 * m_s.lineWidth, Qt::SolidLine, Qt::RoundCap));
        m_p.drawLine(line);
    }
    // A lost datagram's link starts and stops halfway: it left, and nothing arrived.
    double lastCross = -1e300;
    for (const QPointF &start : std::as_const(lostStubs)) {
        const QPointF end(start.x(), m_lanes.links.center().y());
        m_p.setPen(QPen(m_s.lost, 2 * m_s.lineWidth, Qt::DashLine, Qt::RoundCap));
        m_p.drawLine(start, end);
        if (end.x() - lastCross >= 1.5 * m_line) {
            paintCross(end, 0.7 * m_line);
            lastCross = end.x();
        }
    }
    m_p.setRenderHint(QPainter::Antialiasing, false);
}

template<typename Event>
void RunPainter::paintPauses(const EventList<Event> &events, const TimelineGeometry::Range &range,
                             const QRectF &lane)
{
    // On a linear axis the distances and the ticks already tell the time.
    if (m_g.viewport().warp().slotWidth(true, false) <= 0)
        return;
    constexpr bool sends = std::is_same_v<Event, SendEvent>;
    // The pauses the compact axis made room for: shorter gaps are left unmarked.
    constexpr double kShownPauseNs = TimeWarp::kMarkedPauseNs;
    m_p.setFont(m_s.smallFont());
    const double pad = 0.25 * m_line;
    const double y = lane.center().y();
    const double tick = 0.2 * lane.height();
    for (qsizetype i = std::max(0, range.begin - 1);
         i < std::min<qsizetype>(range.end, events.size() - 1); ++i) {
        const double pauseNs = TimelineGeometry::pauseAfter(events, i);
        if (pauseNs < kShownPauseNs)
            continue;
        const QRectF before = sends ? sendBox(int(i)) : recvBox(int(i));
        const QRectF after = sends ? sendBox(int(i + 1)) : recvBox(int(i + 1));
        const double left = before.right() + pad;
        const double right = after.left() - pad;
        if (right < m_plot.left() || left > m_plot.right())
            continue;
        // Two significant digits: "42 ms", "1.5 ms", "150 ms".
        // Two significant digits, counted after rounding: 9.96 ms reads "10 ms" like 10.02 ms,
        // not "10.0 ms" beside a "10 ms".
        double digits = std::floor(std::log10(pauseNs));
        if (std::round(pauseNs / std::pow(10.0, digits - 1)) >= 100)
            digits += 1;
        const QString text = TimeAxis::format(pauseNs, std::pow(10.0, digits - 1));
        const double textWidth = m_smallText.width(text);
        if (right - left < textWidth) {
            // No room for the length: an axis break across the boundary, so that calls 10 ms
            // apart do not read as back to back. Across the boxes' lower edge: their words are
            // at the top, and a break over "m1" read as part of it.
            const double x = (before.right() + after.left()) / 2;
            const double h = 0.3 * lane.height();
            const double top = std::max(before.bottom(), after.bottom()) + 0.1 * lane.height() - h;
            const double slant = 0.25 * h;
            const double apart = std::max(3.0, 2.5 * m_s.lineWidth);
            const QPointF a0(x - apart / 2 - slant / 2, top + h);
            const QPointF a1(x - apart / 2 + slant / 2, top);
            const QPointF shift(apart, 0);
            m_p.setRenderHint(QPainter::Antialiasing, true);
            QPolygonF band;
            band << a0 << a1 << a1 + shift << a0 + shift;
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(m_s.background);
            m_p.drawPolygon(band);
            m_p.setBrush(Qt::NoBrush);
            m_p.setPen(QPen(m_s.foreground, m_s.lineWidth));
            const QLineF lines[] = { QLineF(a0, a1), QLineF(a0 + shift, a1 + shift) };
            m_p.drawLines(lines, 2);
            m_p.setRenderHint(QPainter::Antialiasing, false);
            continue;
        }
        const double middle = (left + right) / 2;
        m_p.setPen(QPen(m_s.muted, m_s.lineWidth));
        // A dimension line either side where it fits; the length alone where it does not.
        if (right - left >= textWidth + 2 * m_line) {
            const QLineF lines[] = { QLineF(left, y, middle - textWidth / 2 - pad, y),
                                     QLineF(middle + textWidth / 2 + pad, y, right, y),
                                     QLineF(left, y - tick, left, y + tick),
                                     QLineF(right, y - tick, right, y + tick) };
            m_p.drawLines(lines, 4);
        }
        m_p.drawText(
            QRectF(middle - textWidth / 2 - pad, lane.top(), textWidth + 2 * pad, lane.height()),
            Qt::AlignCenter, text);
    }
}

void RunPainter::paintLinksHint()
{
    m_p.setFont(m_s.smallFont());
    m_p.setPen(m_s.muted);
    const qsizetype events = m_sendRange.count() + m_recvRange.count();
    m_p.drawText(
        QRectF(m_plot.left(), m_lanes.links.top(), m_plot.width(), m_lanes.links.height()),
        Qt::AlignCenter,
        TimelineRenderer::tr("%n event(s) in view: zoom in to see which bytes each recv() holds",
                             nullptr, int(events)));
}

void RunPainter::paintPending()
{
    if (!m_replay)
        return;
    const double now = m_g.viewport().mapTimeToX(double(m_replay->nowNs()));
    for (const ReplayMoment::Pending &call : m_replay->pending(m_index)) {
        if ((call.send && !m_lanes.hasSends()) || (!call.send && !m_lanes.hasRecvs()))
            continue;
        const QRectF &lane = call.send ? m_lanes.sends : m_lanes.recvs;
        const double pad = std::round(lane.height() * 0.08);
        const double x0 = m_g.viewport().mapTimeToX(double(call.startNs));
        // A call that began this instant is still a sliver, so that it shows it has begun.
        const QRectF box(x0, lane.top() + pad, std::max(now - x0, 2.0), lane.height() - 2 * pad);
        if (box.right() < m_plot.left() || box.left() > m_plot.right() + m_line)
            continue;
        m_p.fillRect(box, TimelineStyle::mix(m_s.muted, m_s.background, 0.85));
        // Open on the right: the call has not returned, its end is not known yet.
        m_p.setPen(QPen(m_s.muted, m_s.lineWidth, Qt::DashLine));
        const QLineF edges[]
            = { QLineF(box.topRight(), box.topLeft()), QLineF(box.topLeft(), box.bottomLeft()),
                QLineF(box.bottomLeft(), box.bottomRight()) };
        m_p.drawLines(edges, 3);
        paintLabels({ { box, { TimelineRenderer::tr("waiting…"), {}, {}, {}, true } } });
    }
}

bool RunPainter::wordless(const QRectF &box) const
{
    // BoxLabels::fit shows nothing in less than 1.5 average characters, nor a message number
    // ("m0", wider than that) in less than its own width plus a pad.
    return box.width() - 0.25 * m_line < m_shortestWord;
}

void RunPainter::paintLabels(const QList<BoxLabels::Placed> &labels)
{
    const QList<BoxLabels::Fitted> fitted
        = BoxLabels::fitLane(labels, 0.25 * m_line, m_text, m_smallText);
    for (qsizetype i = 0; i < labels.size(); ++i)
        BoxLabels::paint(m_p, labels.at(i).box, fitted.at(i), labels.at(i).label.backdrop, m_s,
                         m_text, m_smallText);
}

QRectF RunPainter::sendBox(int i) const
{
    const auto at = size_t(i - m_sendRange.begin);
    return i >= m_sendRange.begin && at < m_sendBoxes.size() ? m_sendBoxes[at]
                                                             : m_g.sendBox(m_run, m_index, i);
}

QRectF RunPainter::recvBox(int i) const
{
    const auto at = size_t(i - m_recvRange.begin);
    return i >= m_recvRange.begin && at < m_recvBoxes.size() ? m_recvBoxes[at]
                                                             : m_g.recvBox(m_run, m_index, i);
}

const QList<ByteSpan> &RunPainter::recvSpans(int i)
{
    const auto at = size_t(i - m_recvRange.begin);
    if (m_recvSpans.empty())
        m_recvSpans.resize(size_t(m_recvRange.count()));
    auto &spans = m_recvSpans[at];
    if (!spans)
        spans = RunAttribution::ofRecv(m_run, i);
    return *spans;
}

QRectF RunPainter::laneCanvas(const QRectF &lane) const
{
    // The columns the lanes are clipped to (paint()), the lane's rows.
    return { m_plot.left(), lane.top(), m_plot.width() + m_line, lane.height() };
}

void RunPainter::fill(const QRectF &rect, const QColor &colour)
{
    if (m_canvas)
        m_canvas->fill(rect, colour);
    else
        m_p.fillRect(rect, colour);
}

void RunPainter::paintBox(const QRectF &box, const Outline &outline, const QColor &fill)
{
    if (m_canvas && !outline.dashed) {
        m_canvas->fill(box, fill);
        m_canvas->outline(box, outline.colour, outline.width);
        return;
    }
    if (m_canvas)
        m_canvas->flush(); // a dashed outline: on top of what was gathered
    m_p.setPen(QPen(outline.colour, outline.width, outline.dashed ? Qt::DashLine : Qt::SolidLine));
    if (m_p.paintEngine()->type() == QPaintEngine::Raster) {
        // The raster engine fills a QRectF brush through its general polygon rasteriser, and
        // fillRect() as a plain run of spans: a box costs a fifth as much that way.
        m_p.fillRect(box, fill);
        m_p.drawRect(box);
        return;
    }
    // Elsewhere one drawRect per box (fill and outline together): one element per box in SVG.
    m_p.setBrush(fill);
    m_p.drawRect(box);
    m_p.setBrush(Qt::NoBrush);
}

void RunPainter::paintCross(const QPointF &center, double size)
{
    const double h = std::max(size, 6.0) / 2;
    const bool aa = m_p.testRenderHint(QPainter::Antialiasing);
    m_p.setRenderHint(QPainter::Antialiasing, true);
    m_p.setPen(QPen(m_s.background, 5 * m_s.lineWidth, Qt::SolidLine, Qt::RoundCap));
    const QLineF lines[] = { QLineF(center + QPointF(-h, -h), center + QPointF(h, h)),
                             QLineF(center + QPointF(-h, h), center + QPointF(h, -h)) };
    m_p.drawLines(lines, 2);
    m_p.setPen(QPen(m_s.lost, 3 * m_s.lineWidth, Qt::SolidLine, Qt::RoundCap));
    m_p.drawLines(lines, 2);
    m_p.setRenderHint(QPainter::Antialiasing, aa);
}

void RunPainter::paintHatch(const QRectF &area)
{
    if (m_canvas)
        m_canvas->flush();
    HatchPainter::paint(m_p, area, m_s, m_line);
}

} // namespace sockscope
