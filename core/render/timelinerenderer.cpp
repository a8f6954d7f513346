#include "render/timelinerenderer.h"

#include "render/runpainter.h"
#include "view/lanecolumns.h"
#include "view/timeaxis.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sockscope {

namespace {

// The time axis over the plot, and (grid) its tick lines down through every run.
void paintAxis(QPainter &p, const TimelineLayout &layout, const TimelineViewport &viewport,
               const TimelineStyle &style, double endNs, bool grid = true)
{
    const QRectF axis = layout.axis();
    p.setFont(style.smallFont());
    const QFontMetricsF fm(p.font());
    const double spacing = fm.horizontalAdvance(QStringLiteral("000.00 ms")) * 1.5;
    const auto ticks = TimeAxis::ticks(viewport, spacing, endNs, [&fm](const QString &label) {
        return fm.horizontalAdvance(label);
    });
    const double bottom
        = !grid || layout.runs().isEmpty() ? axis.bottom() : layout.runs().last().block.bottom();

    QList<QLineF> gridLines;
    QList<QLineF> marks;
    for (const TimeAxis::Tick &tick : ticks) {
        const double x = std::round(viewport.mapTimeToX(tick.tNs)) + 0.5;
        gridLines.append(QLineF(x, axis.bottom(), x, bottom));
        marks.append(QLineF(x, axis.bottom() - 0.3 * fm.height(), x, axis.bottom()));
    }
    p.setPen(QPen(style.grid, 1));
    p.drawLines(gridLines);
    p.setPen(QPen(style.muted, 1));
    p.drawLines(marks);
    p.drawLine(QPointF(axis.left(), axis.bottom()), QPointF(axis.right(), axis.bottom()));
    p.setPen(style.foreground);
    for (const TimeAxis::Tick &tick : ticks) {
        const double x = viewport.mapTimeToX(tick.tNs);
        QRectF label(x - spacing / 2, axis.top(), spacing, axis.height() - 0.3 * fm.height());
        Qt::Alignment align = Qt::AlignHCenter;
        // Labels at the ends stay inside the axis instead of running into the gutter.
        if (x - fm.horizontalAdvance(tick.label) / 2 < axis.left()) {
            label.moveLeft(x + 2);
            align = Qt::AlignLeft;
        } else if (x + fm.horizontalAdvance(tick.label) / 2 > layout.rect().right()) {
            label.moveRight(x - 2);
            align = Qt::AlignRight;
        }
        p.drawText(label, static_cast<int>(align | Qt::AlignBottom), tick.label);
    }
    p.setPen(style.muted);
    p.drawText(QRectF(layout.rect().left(), axis.top(),
                      layout.gutterWidth() - 0.5 * style.lineHeight(),
                      axis.height() - 0.3 * fm.height()),
               Qt::AlignRight | Qt::AlignBottom,
               viewport.warp().isIdentity() ? TimelineRenderer::tr("time")
                                            : TimelineRenderer::tr("compact time"));
}

} // namespace

void TimelineRenderer::paint(QPainter &painter, const QRect &rect, const Trace &trace,
                             const TimelineViewport &viewport, const TimelineStyle &style,
                             const TimelineSelection &selection, const ReplayMoment *replay)
{
    LaneColumns::startPicture();
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, style.background);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    const TimelineLayout layout(rect, trace, style);
    const TimelineGeometry geometry(layout, viewport);
    // No axis before the first run: there is no time span to scale yet.
    if (!trace.runs.isEmpty())
        paintAxis(painter, layout, geometry.viewport(), style, traceEndNs(trace));
    const bool mixed = std::any_of(trace.runs.cbegin(), trace.runs.cend(),
                                   [](const Run &r) { return r.mode == Mode::Sim; });
    for (int i = 0; i < trace.runs.size(); ++i)
        RunPainter(painter, trace.runs.at(i), i, geometry, style, selection, mixed, replay).paint();
    if (trace.runs.isEmpty()) {
        painter.setFont(style.boldFont());
        painter.setPen(style.muted);
        painter.drawText(layout.plot(), Qt::AlignCenter, tr("Nothing recorded yet."));
    }
    painter.restore();
}

TimelineRenderer::Overview TimelineRenderer::overview(const QRect &rect, const Trace &trace,
                                                      const TimelineViewport &viewport,
                                                      const TimelineStyle &style)
{
    Overview o;
    if (trace.runs.isEmpty())
        return o;
    const TimelineLayout layout(rect, trace, style);
    const TimelineGeometry geometry(layout, viewport);
    for (const Run &run : trace.runs) {
        const RunPainter::DenseLanes dense = RunPainter::denseLanes(run, geometry);
        o.columns = o.columns || dense.sends || dense.recvs;
        o.messages = o.messages || (dense.recvs && LaneColumns::knowsMessages(run));
    }
    return o;
}

void TimelineRenderer::paintPinnedAxis(QPainter &painter, const QRect &rect, const Trace &trace,
                                       const TimelineViewport &viewport, const TimelineStyle &style,
                                       double top)
{
    if (trace.runs.isEmpty())
        return;
    const TimelineLayout layout(rect, trace, style);
    const TimelineGeometry geometry(layout, viewport);
    const QRectF axis = layout.axis();
    if (top <= axis.top())
        return; // the axis is in view where it belongs
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(0, top - axis.top());
    painter.fillRect(
        QRectF(layout.rect().left(), axis.top(), layout.rect().width(), axis.height() + 1),
        style.background);
    paintAxis(painter, layout, geometry.viewport(), style, traceEndNs(trace), false);
    painter.restore();
}

double TimelineRenderer::traceStartNs(const Trace &trace)
{
    double start = std::numeric_limits<double>::infinity();
    for (const Run &run : trace.runs) {
        if (!run.sends.isEmpty())
            start = std::min(start, TimelineGeometry::time(run.sends.first()));
        if (!run.recvs.isEmpty())
            start = std::min(start, double(run.recvs.first().tNs));
        // A one-sided run's peer sends when it likes: a client's first bytes may arrive before
        // the observer's first (periodic) recv(), and they are on its wire lane.
        if (isOneSided(run) && !run.segments.isEmpty())
            start = std::min(start, double(run.segments.first().tNs));
    }
    return std::isfinite(start) ? start : 0.0;
}

double TimelineRenderer::traceEndNs(const Trace &trace)
{
    double end = 0;
    for (const Run &run : trace.runs) {
        end = std::max(end, double(run.durationNs));
        if (!run.sends.isEmpty())
            end = std::max(end, double(run.sends.last().tNs + run.sends.last().durNs));
        if (!run.recvs.isEmpty())
            end = std::max(end, TimelineGeometry::time(run.recvs.last()));
    }
    return end;
}

void TimelineRenderer::setBounds(TimelineViewport &viewport, const Trace &trace,
                                 const TimelineLayout &layout)
{
    // Connecting sockets takes a few milliseconds before the first call: start there, not at
    // zero, so that the calls get the width.
    const double end = std::max(traceEndNs(trace), TimelineViewport::kMinSpanNs);
    double first = std::min(traceStartNs(trace), end);
    // Calls that all happened within a sliver of the run's time (one datagram that reached an
    // observed socket 2 s after it opened) would stretch over the whole plot on an axis of a few
    // microseconds, ticked "2.102106 s"; from the run's start they sit at their time on an axis
    // that reads in whole units.
    if (end - first < 0.01 * end)
        first = 0;
    // The last event's box reaches its own width to the right of its time: widen the bounds
    // so that at fit the box ends inside the plot.
    const double width = layout.plot().width();
    const double room = layout.lastBoxRoom();
    viewport.setPixelRange(layout.plot().left(), width);
    const TimeWarp built = viewport.warp();
    // A compact axis gives each call its readable width first, in pixels of this plot. How
    // many pixels the trace gets depends on the margins, which depend on the warp: a few
    // rounds settle it (the pixels from the first event to the end, fed back).
    double fitWidth = 0.98 * width - room;
    for (int round = 0; round < (built.isIdentity() ? 1 : 3); ++round) {
        if (!built.isIdentity())
            viewport.setWarp(layout.fitWarp(built, fitWidth, end));
        // Margins are measured on screen, so in display time (the axis may be compact).
        const TimeWarp &warp = viewport.warp();
        const double u0 = warp.map(first);
        // Past the slots of the calls at the end: an instant's slots take no time.
        const double u1 = warp.map(std::nextafter(end, std::numeric_limits<double>::infinity()));
        const double start = std::max(0.0, warp.unmap(u0 - 0.02 * (u1 - u0)));
        const double us = warp.map(start);
        viewport.setBounds(start, warp.unmap(us + (u1 - us) * width / std::max(1.0, width - room)));
        fitWidth = (u1 - u0) * (width - room) / std::max(u1 - us, 1e-9);
    }
}

TimelineViewport TimelineRenderer::fittedViewport(const Trace &trace, const QRectF &rect,
                                                  const TimelineStyle &style, const TimeWarp &warp)
{
    const TimelineLayout layout(rect, trace, style);
    TimelineViewport viewport;
    viewport.setWarp(warp);
    setBounds(viewport, trace, layout);
    viewport.fit();
    return viewport;
}

double TimelineRenderer::naturalHeight(const Trace &trace, const TimelineStyle &style)
{
    return trace.runs.isEmpty()
        ? TimelineLayout::naturalHeight(1, style)
        : TimelineLayout::naturalHeight(TimelineLayout::shapes(trace), style);
}

} // namespace sockscope
