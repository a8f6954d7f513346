#pragma once

#include "model/trace.h"
#include "view/timelinestyle.h"
#include "view/timelineviewport.h"

#include <QRect>

class QPainter;

namespace sockscope {

// Replay's "now": a vertical line through every run at one moment, with the time written on
// the axis. Painted over the renderer's picture by the widget and by the exporter alike.
class TimelineMarker
{
public:
    static void paint(QPainter &painter, const QRect &rect, const Trace &trace,
                      const TimelineViewport &viewport, const TimelineStyle &style, double tNs);
};

} // namespace sockscope
