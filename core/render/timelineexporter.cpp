#include "render/timelineexporter.h"

#include "model/textjoin.h"

#include "model/lessoncatalogue.h"
#include "model/tracedescription.h"
#include "render/bytestreamrenderer.h"
#include "render/timelinelegend.h"
#include "render/timelinemarker.h"
#include "render/timelinerenderer.h"
#include "util/outputfile.h"
#include "view/replaymoment.h"
#include "view/timelinelayout.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace sockscope {

namespace {

// Geometry of the figure, computed once for size and paint alike.
struct Figure
{
    QRectF title;
    QRectF caption;
    QRectF timeline;
    QRectF legend;
    QSizeF size;
    TimelineViewport viewport; // the time view's
    TimelineLegend::Contents legendContents;
};

TimelineViewport viewportOf(const Trace &trace, const TimelineExportOptions &options,
                            const QRect &timeline)
{
    TimelineViewport viewport = TimelineRenderer::fittedViewport(
        trace, timeline, options.style, options.compact ? TimeWarp::compact(trace) : TimeWarp());
    if (options.hasRange())
        viewport.setVisibleRange(options.startNs, options.endNs);
    return viewport;
}

QFont titleFont(const TimelineStyle &style)
{
    QFont f = style.boldFont();
    f.setPixelSize(style.font.pixelSize() * 16 / 10);
    return f;
}

Figure figure(const Trace &trace, const TimelineExportOptions &options, const QString &caption)
{
    const TimelineStyle &style = options.style;
    const double line = style.lineHeight();
    const double margin = line;
    const double width = std::max(options.width, 400);
    const double inner = width - 2 * margin;
    Figure f;
    double y = margin;
    if (options.caption) {
        const QFontMetricsF big(titleFont(style));
        f.title = QRectF(margin, y, inner, big.height());
        y += f.title.height() + 0.3 * line;
        const QFontMetricsF fm(style.font);
        const QRectF text = fm.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, caption);
        f.caption = QRectF(margin, y, inner, text.height());
        y += f.caption.height() + 0.5 * line;
    }
    const bool bytes = options.view == TimelineExportOptions::View::Bytes;
    f.timeline = QRectF(0, y, width,
                        std::ceil(bytes ? ByteStreamRenderer::naturalHeight(trace, style)
                                        : TimelineRenderer::naturalHeight(trace, style)));
    y = f.timeline.bottom();
    // The legend is the timeline's key (lanes, links, evidence bars); the byte view's caption
    // says what its rows are.
    if (options.legend && !bytes) {
        // The key explains the per-column marks only where the picture has them.
        f.viewport = viewportOf(trace, options, f.timeline.toAlignedRect());
        f.legendContents = TimelineLegend::Contents::of(trace);
        const TimelineRenderer::Overview overview
            = TimelineRenderer::overview(f.timeline.toAlignedRect(), trace, f.viewport, style);
        f.legendContents.columns = overview.columns;
        f.legendContents.mergeScale = overview.messages;
        const double h = TimelineLegend::height(inner, style, f.legendContents);
        f.legend = QRectF(margin, y + 0.5 * line, inner, h);
        y = f.legend.bottom();
    }
    f.size = QSizeF(width, std::ceil(y + margin));
    return f;
}

bool relayed(const Trace &trace)
{
    return !TraceDescription::observeSettings(trace).relay.isEmpty();
}

} // namespace

QString TimelineExporter::checkGui()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return tr("drawing a picture needs a QGuiApplication (fonts); this program has none");
    return {};
}

QString TimelineExporter::title(const Trace &trace, const TimelineExportOptions &options)
{
    if (!options.title.isEmpty())
        return options.title;
    switch (TraceDescription::kind(trace)) {
    case TraceDescription::Kind::Observe: {
        // A lesson's title would name a phenomenon of SockScope's own programs; these are not.
        const ObservationSettings s = TraceDescription::observeSettings(trace);
        if (!s.relay.isEmpty())
            return tr("Both directions through a relay, as its recv() calls saw them");
        return s.protocol == Protocol::Udp
            ? tr("UDP datagrams as SockScope's recv() calls saw them")
            : tr("TCP clients as SockScope's recv() calls saw them");
    }
    case TraceDescription::Kind::SendTo:
        return tr("SockScope's send() calls to an external server");
    case TraceDescription::Kind::Lesson:
        break;
    }
    if (const Lesson *lesson = LessonCatalogue::of(trace))
        return lesson->translatedTitle();
    return trace.lesson.isEmpty() ? tr("SockScope trace") : trace.lesson;
}

QString TimelineExporter::caption(const Trace &trace, const TimelineExportOptions &options)
{
    if (options.view != TimelineExportOptions::View::Bytes)
        return caption(trace, options.compact);
    QString text = TraceDescription::settings(trace) + QLatin1Char('\n');
    bool udp = false;
    bool tcp = false;
    bool frames = false;
    for (const Run &run : trace.runs) {
        udp = udp || run.protocol == Protocol::Udp;
        tcp = tcp || run.protocol == Protocol::Tcp;
        frames = frames || !run.frames.isEmpty();
    }
    text += tr("Byte-stream view: the axis is the stream offset, not time. Each byte has its "
               "message's colour; boxes above the bar are send() calls, boxes under it recv() "
               "calls, and the ticks on the bar mark where each call began and ended.");
    if (tcp)
        text += QLatin1Char(' ')
            + tr("TCP keeps the bytes but not the sender's boundaries: a recv() can end "
                 "anywhere.");
    if (udp)
        text += QLatin1Char(' ')
            + tr("UDP: one block per datagram; hatched bytes never reached the application "
                 "(cut off by a short recv buffer, or a lost datagram).");
    if (frames)
        text += QLatin1Char(' ')
            + tr("The decoded row shows the receiver's framing: its boundaries are the sender's "
                 "messages again.");
    return text;
}

QString TimelineExporter::caption(const Trace &trace, bool compact)
{
    bool simulated = false;
    bool real = false;
    for (const Run &run : trace.runs) {
        simulated = simulated || run.mode == Mode::Sim;
        real = real || run.mode != Mode::Sim;
    }
    QString how;
    const TraceDescription::Kind kind = TraceDescription::kind(trace);
    if (kind == TraceDescription::Kind::Observe && !relayed(trace))
        how = tr("Recorded by SockScope as the receiving program: one box per recv() system call "
                 "on its own socket; the peers' send() calls are not visible.");
    else if (kind == TraceDescription::Kind::Observe)
        how = tr("Recorded by SockScope as a relay: one box per recv() system call of the relay in "
                 "each direction, every byte forwarded unchanged; the programs' own calls are not "
                 "visible.");
    else if (kind == TraceDescription::Kind::SendTo)
        how = tr("Recorded by SockScope as the sending program: one box per send() system call; "
                 "what the server's recv() calls got is for the server to show.");
    else if (simulated && real)
        how = tr("Real sockets on loopback (one box per system call) next to the lanes predicted "
                 "by SockScope's network model.");
    else if (simulated)
        how = tr("Simulated by SockScope's network model.");
    else
        how = tr("Recorded by SockScope with real sockets on loopback: one box per system call.");
    QString text = TraceDescription::settings(trace) + QLatin1Char('\n') + how;
    // Whose packets the wire lanes show, from each run's recorded wire.
    bool capturedWire = false;
    bool simulatedWire = false;
    for (const Run &run : trace.runs) {
        capturedWire = capturedWire || run.wire == Wire::Captured;
        simulatedWire = simulatedWire || run.wire == Wire::Simulated;
    }
    if (capturedWire && simulatedWire)
        TextJoin::append(text,
                         tr("Wire lanes: the packets captured on loopback for the real runs, the "
                            "model's packets for the simulated ones."));
    else if (capturedWire)
        TextJoin::append(
            text, tr("Wire lane: the packets captured on loopback while it recorded (libpcap)."));
    else if (simulatedWire)
        TextJoin::append(text, tr("Wire lane: the packets of SockScope's network model."));
    if (compact)
        TextJoin::append(text,
                         tr("Compact time axis: the gaps between calls are shortened, so "
                            "distances are not to scale."));
    return text;
}

QSizeF TimelineExporter::logicalSize(const Trace &trace, const TimelineExportOptions &options)
{
    return figure(trace, options, caption(trace, options)).size;
}

namespace {

void paintFigure(QPainter &painter, const Trace &trace, const TimelineExportOptions &options,
                 const QString &text, const Figure &f)
{
    const QString heading = TimelineExporter::title(trace, options);
    const TimelineStyle &style = options.style;
    painter.fillRect(QRectF(QPointF(0, 0), f.size), style.background);
    if (options.caption) {
        painter.setPen(style.foreground);
        painter.setFont(titleFont(style));
        painter.drawText(f.title, Qt::AlignLeft | Qt::AlignVCenter, heading);
        painter.setFont(style.font);
        painter.setPen(style.muted);
        painter.drawText(f.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    const QRect timeline = f.timeline.toAlignedRect();
    if (options.view == TimelineExportOptions::View::Bytes) {
        if (options.replayNs >= 0) {
            // What had been sent and read by then, on the rulers of the whole recording.
            const ReplayMoment moment(trace, qint64(std::llround(options.replayNs)));
            ByteStreamRenderer::paint(painter, timeline, moment.known(), style, options.selection,
                                      options.byteViewFrom, options.byteViewTo, &trace);
        } else {
            ByteStreamRenderer::paint(painter, timeline, trace, style, options.selection,
                                      options.byteViewFrom, options.byteViewTo);
        }
        return;
    }
    const TimelineViewport viewport
        = options.legend ? f.viewport : viewportOf(trace, options, timeline);
    if (options.replayNs >= 0) {
        const ReplayMoment moment(trace, qint64(std::llround(options.replayNs)));
        TimelineRenderer::paint(painter, timeline, moment.known(), viewport, style,
                                options.selection, &moment);
        TimelineMarker::paint(painter, timeline, trace, viewport, style, options.replayNs);
    } else {
        TimelineRenderer::paint(painter, timeline, trace, viewport, style, options.selection);
        if (options.markerNs >= 0)
            TimelineMarker::paint(painter, timeline, trace, viewport, style, options.markerNs);
    }
    if (options.legend)
        TimelineLegend::paint(painter, f.legend, style, f.legendContents);
}

} // namespace

void TimelineExporter::paint(QPainter &painter, const Trace &trace,
                             const TimelineExportOptions &options)
{
    const QString text = caption(trace, options);
    paintFigure(painter, trace, options, text, figure(trace, options, text));
}

QImage TimelineExporter::render(const Trace &trace, const TimelineExportOptions &options,
                                QString *error)
{
    if (QString e = checkGui(); !e.isEmpty()) {
        if (error)
            *error = e;
        return {};
    }
    const double scale = std::clamp(options.scale, 0.25, 8.0);
    const QString text = caption(trace, options);
    const Figure f = figure(trace, options, text);
    const QSizeF logical = f.size;
    const QSize pixels(int(std::ceil(logical.width() * scale)),
                       int(std::ceil(logical.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("an image of %1 × %2 pixels is too large; choose a smaller scale")
                         .arg(pixels.width())
                         .arg(pixels.height());
        return {};
    }
    // The device pixel ratio makes 2× and 4× sharper, not bigger: same layout, more pixels.
    image.setDevicePixelRatio(scale);
    image.fill(options.style.background);
    QPainter painter(&image);
    paintFigure(painter, trace, options, text, f);
    painter.end();
    return image;
}

QString TimelineExporter::exportPng(const Trace &trace, const QString &path,
                                    const TimelineExportOptions &options,
                                    const ProgressMeter::Callback &progress)
{
    ProgressMeter meter(progress);
    if (!meter.start(2))
        return tr("%1: cannot write the image (%2)").arg(path, ProgressMeter::cancelled());
    QString error;
    const QImage image = render(trace, options, &error);
    if (image.isNull())
        return error;
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG"))
        return tr("%1: writing the PNG failed").arg(path);
    return save(path, png.data(), tr("%1: cannot write the image (%2)"), meter);
}

QString TimelineExporter::exportSvg(const Trace &trace, const QString &path,
                                    const TimelineExportOptions &options,
                                    const ProgressMeter::Callback &progress)
{
    ProgressMeter meter(progress);
    if (!meter.start(2))
        return tr("%1: cannot write the image (%2)").arg(path, ProgressMeter::cancelled());
    if (QString e = checkGui(); !e.isEmpty())
        return e;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size = logicalSize(trace, options).toSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title(trace, options));
    svg.setDescription(TraceDescription::settings(trace));
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("%1: cannot start the SVG").arg(path);
    paint(painter, trace, options);
    painter.end();
    return save(path, buffer.data(), tr("%1: cannot write the image (%2)"), meter);
}

QString TimelineExporter::exportPdf(const Trace &trace, const QString &path,
                                    const TimelineExportOptions &options,
                                    const ProgressMeter::Callback &progress)
{
    ProgressMeter meter(progress);
    if (!meter.start(2))
        return tr("%1: cannot write the image (%2)").arg(path, ProgressMeter::cancelled());
    if (QString e = checkGui(); !e.isEmpty())
        return e;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = logicalSize(trace, options);
    {
        QPdfWriter pdf(&buffer);
        // One logical pixel = one point: a vector page exactly the figure's size, no margins.
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title(trace, options));
        pdf.setCreator(QStringLiteral("SockScope"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("%1: cannot start the PDF").arg(path);
        paint(painter, trace, options);
        painter.end(); // the document is complete in the buffer once the painter ends
    }
    return save(path, buffer.data(), tr("%1: cannot write the document (%2)"), meter);
}

// Images are made in memory and written whole (OutputFile): a failed export leaves the old
// file as it was.
QString TimelineExporter::save(const QString &path, const QByteArray &bytes, const QString &message,
                               ProgressMeter &meter)
{
    if (!meter.add()) // drawn
        return message.arg(path, ProgressMeter::cancelled());
    // The last report comes before the file replaces the old one: a stop there still keeps it.
    const auto produce = [&](const OutputFile::Chunk &chunk) {
        if (chunk(bytes))
            meter.finish();
    };
    if (const QString error = OutputFile::write(path, produce, &meter); !error.isEmpty())
        return message.arg(path, error);
    return {};
}

QString TimelineExporter::exportFile(const Trace &trace, const QString &path,
                                     const TimelineExportOptions &options,
                                     const ProgressMeter::Callback &progress)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return exportPng(trace, path, options, progress);
    if (suffix == QLatin1String("svg"))
        return exportSvg(trace, path, options, progress);
    if (suffix == QLatin1String("pdf"))
        return exportPdf(trace, path, options, progress);
    return tr("%1: unknown image type \"%2\" (use .png, .svg or .pdf)").arg(path, suffix);
}

} // namespace sockscope
