#pragma once

#include "model/trace.h"
#include "render/timelineexportoptions.h"
#include "util/progressmeter.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

class QPainter;

namespace sockscope {

// A trace as a figure that stands alone on a slide: title, the scenario's parameters, the
// timeline and its legend. PNG, SVG and PDF draw the same picture through TimelineRenderer.
// Needs a QGuiApplication (fonts); every function returns an error sentence or an empty string.
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TimelineExporter)

public:
    static QSizeF logicalSize(const Trace &trace, const TimelineExportOptions &options = {});
    static void paint(QPainter &painter, const Trace &trace,
                      const TimelineExportOptions &options = {});

    static QImage render(const Trace &trace, const TimelineExportOptions &options = {},
                         QString *error = nullptr);
    static QString exportPng(const Trace &trace, const QString &path,
                             const TimelineExportOptions &options = {},
                             const ProgressMeter::Callback &progress = {});
    static QString exportSvg(const Trace &trace, const QString &path,
                             const TimelineExportOptions &options = {},
                             const ProgressMeter::Callback &progress = {});
    static QString exportPdf(const Trace &trace, const QString &path,
                             const TimelineExportOptions &options = {},
                             const ProgressMeter::Callback &progress = {});
    // By the file's suffix: .png, .svg or .pdf. The export* functions count two steps on
    // progress, drawn and written; a stop before the writing leaves the file as it was (the
    // drawing itself is not interrupted).
    static QString exportFile(const Trace &trace, const QString &path,
                              const TimelineExportOptions &options = {},
                              const ProgressMeter::Callback &progress = {});
    // The lines under the title: what ran (TraceDescription), and how the lanes were made:
    // recorded, predicted or both, or which end SockScope played (observe, relay, send-to).
    static QString caption(const Trace &trace, bool compact);
    // The caption of the figure options make: the byte view explains its rows instead of the
    // time axis.
    static QString caption(const Trace &trace, const TimelineExportOptions &options);
    // options.title, else the lesson's title; observe, relay and send-to figures say what they
    // show instead (their lesson's receiver, or any lesson, did not run).
    static QString title(const Trace &trace, const TimelineExportOptions &options);

private:
    static QString save(const QString &path, const QByteArray &bytes, const QString &message,
                        ProgressMeter &meter);
    static QString checkGui();
};

} // namespace sockscope
