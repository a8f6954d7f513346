#pragma once

#include "model/trace.h"
#include "render/timelineexportoptions.h"
#include "util/progressmeter.h"

#include <QSize>
#include <QString>

namespace sockscope {

class TimelineWidget;

// The figure Copy image and Export make of a TimelineWidget, in the Lessons and the Observe tab
// alike: what is on screen (during replay the part revealed so far, with the replay's marker),
// on the widget's time axis (compact or linear) with its selection, under a title. The drawing
// is TimelineExporter's; this adds the clipboard.
class TimelineFigure
{
public:
    TimelineFigure(const TimelineWidget &timeline, const QString &title);

    // Change the scale, style or range before exporting.
    TimelineExportOptions &options() { return m_options; }

    // Onto the clipboard as an image at twice the size. Returns an error sentence or empty;
    // size is the image's in pixels.
    QString copy(QSize *size = nullptr) const;
    // PNG, SVG or PDF by the suffix of path; an error sentence or empty. May run on another
    // thread (FileTask): the figure holds its own copy of the trace.
    QString exportFile(const QString &path, const ProgressMeter::Callback &progress = {}) const;

private:
    Trace m_trace;
    TimelineExportOptions m_options;
};

} // namespace sockscope
