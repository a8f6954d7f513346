#pragma once

#include "view/timelineselection.h"
#include "view/timelinestyle.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sockscope {

// What an exported figure shows and at which size. The defaults make a light 1600-pixel-wide
// slide figure of the whole trace with title, caption and legend.
struct TimelineExportOptions
{
    // Which picture of the run: calls on the time axis, or the stream's bytes by offset
    // (ByteStreamRenderer). The words are the CLI's --view values.
    enum class View { Time, Bytes };
    static QStringList viewNames() { return { QStringLiteral("time"), QStringLiteral("bytes") }; }
    static std::optional<View> parseView(const QString &name)
    {
        if (name == QLatin1String("time"))
            return View::Time;
        if (name == QLatin1String("bytes"))
            return View::Bytes;
        return std::nullopt;
    }

    View view = View::Time;
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

    // Byte view: the part of each run's stream shown, as fractions of it (0..1).
    double byteViewFrom = 0;
    double byteViewTo = 1;

    bool hasRange() const { return startNs >= 0 && endNs > startNs; }
};

} // namespace sockscope
