#include "drawbench.h"

#include "analysis/analysis.h"
#include "cpuclock.h"
#include "io/tracejsonwriter.h"
#include "render/timelineexporter.h"
#include "render/timelinerenderer.h"
#include "synthetictrace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace sockscope::bench {

namespace {

double medianFrameMs(const Trace &trace, const TimelineViewport &viewport,
                     const TimelineStyle &style, QImage &image, int frames)
{
    QList<double> ms;
    for (int i = 0; i < frames; ++i) {
        CpuClock timer;
        QPainter painter(&image);
        TimelineRenderer::paint(painter, image.rect(), trace, viewport, style);
        painter.end();
        ms.append(double(timer.elapsedNs()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

void DrawBench::run(BenchReport &report, bool quick)
{
    figures(report, quick, 1'000'000, "1m", true);
    // The event cap's scale: the overview of a long run (the synthetic TCP run's reader falls
    // behind and catches up again).
    figures(report, quick, 10'000'000, "10m", false);
}

void DrawBench::figures(BenchReport &report, bool quick, int events, const char *suffix, bool svg)
{
    // "frame_ms_fit" of the million is "frame_ms_1m_fit": the size goes after the unit.
    const auto name = [suffix](const char *figure) {
        QByteArray n(figure);
        const QByteArray size = '_' + QByteArray(suffix);
        const qsizetype unit = n.indexOf("_ms");
        return unit < 0 ? n + size : n.insert(unit + 3, size);
    };
    Trace trace = SyntheticTrace::make(events);
    qsizetype count = 0;
    for (Run &run : trace.runs) {
        Analysis::analyse(run);
        count += run.sends.size() + run.recvs.size();
    }
    const int frames = quick ? 10 : 30;
    const TimelineStyle style = TimelineStyle::light();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const TimelineViewport fit = TimelineRenderer::fittedViewport(trace, image.rect(), style);

    // Deepest: the narrowest window the viewport allows, mid-trace. Mid: halfway between fit
    // and deepest on a log scale, where boxes with labels and links are drawn.
    const double centre = (fit.visibleStart() + fit.visibleEnd()) / 2;
    TimelineViewport deep = fit;
    deep.setVisibleRange(centre, centre + TimelineViewport::kMinSpanNs);
    TimelineViewport mid = fit;
    const double midSpan = std::sqrt(fit.visibleSpan() * deep.visibleSpan());
    mid.setVisibleRange(centre, centre + midSpan);

    // The first frame builds each lane's summary (the median below leaves it out): once per
    // trace, then extended as a live run grows.
    {
        CpuClock timer;
        QPainter painter(&image);
        TimelineRenderer::paint(painter, image.rect(), trace, fit, style);
        painter.end();
        report.note(QStringLiteral("%1: %2 events; the first frame, summaries built: %3 ms")
                        .arg(QString::fromLatin1(name("frame_ms")))
                        .arg(count)
                        .arg(double(timer.elapsedNs()) / 1e6, 0, 'f', 0));
    }
    report.figure(name("frame_ms_fit").constData(), medianFrameMs(trace, fit, style, image, frames),
                  "ms", 8, BenchReport::Better::Lower);
    report.figure(name("frame_ms_mid").constData(), medianFrameMs(trace, mid, style, image, frames),
                  "ms", 8, BenchReport::Better::Lower);
    report.figure(name("frame_ms_deep").constData(),
                  medianFrameMs(trace, deep, style, image, frames), "ms", 8,
                  BenchReport::Better::Lower);

    QTemporaryDir dir;
    TimelineExportOptions options;
    options.width = 1920;
    options.scale = 2; // 3840 device pixels wide
    CpuClock timer;
    const QString png = dir.filePath(QStringLiteral("bench.png"));
    if (const QString error = TimelineExporter::exportPng(trace, png, options); !error.isEmpty())
        report.note(error);
    const double pngMs = double(timer.elapsedNs()) / 1e6;
    const QImage written(png);
    report.note(QStringLiteral("%1: %2 x %3 pixels")
                    .arg(QString::fromLatin1(name("png_export_ms")))
                    .arg(written.width())
                    .arg(written.height()));
    report.figure(name("png_export_ms").constData(), pngMs, "ms", 1000, BenchReport::Better::Lower);
    if (const QByteArray keep = qgetenv("SOCKSCOPE_BENCH_KEEP_PNG"); !keep.isEmpty())
        QFile::copy(png,
                    QString::fromLocal8Bit(keep) + QLatin1Char('_') + QLatin1String(suffix)
                        + QStringLiteral(".png"));
    if (const QByteArray keep = qgetenv("SOCKSCOPE_BENCH_KEEP_JSON"); !keep.isEmpty() && svg) {
        QFile json(QString::fromLocal8Bit(keep));
        if (!json.open(QIODevice::WriteOnly) || json.write(TraceJsonWriter::toJson(trace)) < 0)
            report.note(QStringLiteral("cannot write %1").arg(json.fileName()));
    }
    if (!svg)
        return;

    const QString svgPath = dir.filePath(QStringLiteral("bench.svg"));
    options.scale = 1;
    if (const QString error = TimelineExporter::exportSvg(trace, svgPath, options);
        !error.isEmpty())
        report.note(error);
    report.figure(name("svg_bytes").constData(), double(QFileInfo(svgPath).size()) / 1e6, "MB", 5,
                  BenchReport::Better::Lower);
}

} // namespace sockscope::bench
