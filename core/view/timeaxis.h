#pragma once

#include <QList>
#include <QString>

namespace sockscope {

class TimelineViewport;

// Tick positions and labels of a time axis. Steps are 1, 2 or 5 × 10^k ns so that labels read
// as round numbers in the unit the step suggests (ns, µs, ms, s).
class TimeAxis
{
public:
    struct Tick
    {
        double tNs = 0;
        QString label;
    };

    // The smallest round step whose ticks are at least minSpacingPx apart.
    static double step(double nsPerPixel, double minSpacingPx);
    static QList<Tick> ticks(const TimelineViewport &viewport, double minSpacingPx);
    // tNs written in the unit that suits step, with as many decimals as the step needs:
    // step 500 µs → "1.5 ms", step 2 ms → "4 ms".
    static QString format(double tNs, double stepNs);
    // A duration in a readable unit, for tooltips and captions: "42.1 ms", "830 ns".
    static QString formatDuration(double ns);
};

} // namespace sockscope
