#include "drawbench.h"

#include "analysis/analysis.h"
#include "cpuclock.h"
#include "render/timelineexporter.h"
#include "render/timelinerenderer.h"
#include "synthetictrace.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace sockscope::bench {

namespace {

constexpr int kEvents = 1'000'000;

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
    Trace trace = SyntheticTrace::make(kEvents);
    for (Run &run : trace.runs)
        Analysis::analyse(run);
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

    report.figure("frame_ms_1m_fit", medianFrameMs(trace, fit, style, image, frames), "ms", 8,
                  BenchReport::Better::Lower);
    report.figure("frame_ms_1m_mid", medianFrameMs(trace, mid, style, image, frames), "ms", 8,
                  BenchReport::Better::Lower);
    report.figure("frame_ms_1m_deep", medianFrameMs(trace, deep, style, image, frames), "ms", 8,
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
    report.note(QStringLiteral("png_export_ms_1m: %1 x %2 pixels")
                    .arg(written.width())
                    .arg(written.height()));
    report.figure("png_export_ms_1m", pngMs, "ms", 1000, BenchReport::Better::Lower);

    const QString svg = dir.filePath(QStringLiteral("bench.svg"));
    options.scale = 1;
    if (const QString error = TimelineExporter::exportSvg(trace, svg, options); !error.isEmpty())
        report.note(error);
    report.figure("svg_bytes_1m", double(QFileInfo(svg).size()) / 1e6, "MB", 5,
                  BenchReport::Better::Lower);
}

} // namespace sockscope::bench
