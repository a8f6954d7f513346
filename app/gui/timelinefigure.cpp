#include "gui/timelinefigure.h"

#include "gui/timelinewidget.h"
#include "render/timelineexporter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>

namespace sockscope {

TimelineFigure::TimelineFigure(const TimelineWidget &timeline, const QString &title)
    : m_trace(timeline.trace())
{
    m_options.title = title;
    m_options.compact = timeline.isCompact();
    // The light slide style, but payloads read as on screen.
    m_options.style.payloadEncoding = timeline.timelineStyle().payloadEncoding;
    m_options.selection = timeline.selection();
    // Replay: the picture at the marker, calls in progress and packets in flight as on screen.
    m_options.replayNs = timeline.markerNs();
}

QString TimelineFigure::copy(QSize *size) const
{
    TimelineExportOptions options = m_options;
    options.scale = 2;
    QString error;
    const QImage image = TimelineExporter::render(m_trace, options, &error);
    if (image.isNull())
        return error;
    QGuiApplication::clipboard()->setImage(image);
    if (size)
        *size = image.size();
    return {};
}

QString TimelineFigure::exportFile(const QString &path,
                                   const ProgressMeter::Callback &progress) const
{
    return TimelineExporter::exportFile(m_trace, path, m_options, progress);
}

} // namespace sockscope
