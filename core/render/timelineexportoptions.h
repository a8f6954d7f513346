#pragma once

#include "view/timelineselection.h"
#include "view/timelinestyle.h"

#include <QString>

namespace sockscope {

// What an exported figure shows and at which size. The defaults make a light 1600-pixel-wide
// slide figure of the whole trace with title, caption and legend.
struct TimelineExportOptions
{
    double scale = 1.0; // device pixels per logical pixel: PNG 1×, 2×, 4×
    int width = 1600; // logical width; the height follows from the runs
    double startNs = -1; // visible range; negative = the whole trace
    double endNs = -1;
    TimelineStyle style = TimelineStyle::light();
    QString title; // empty = the lesson's title
    bool caption = true; // title, Scenario::describe() and how it was recorded
    bool legend = true;
    // Gaps between calls shortened (TimeWarp::compact) so that every box is readable; the
    // caption says so. false = linear time, to measure durations on the figure.
    bool compact = true;
    TimelineSelection selection;
    double markerNs = -1; // replay's current time, drawn as a line; negative = none
    // Replay at this time: only what is known then is drawn (ReplayMoment), with the marker
    // there; the axis stays the whole trace's, so slides of one story line up. Negative = none.
    double replayNs = -1;

    bool hasRange() const { return startNs >= 0 && endNs > startNs; }
};

} // namespace sockscope
