#pragma once

#include <QList>
#include <QString>

#include <functional>

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
    // The same, none after endNs (the trace's end: the room the plot keeps right of the last
    // box is no time that was recorded), and none whose label, labelWidth(label) pixels wide
    // and centred on its tick, would touch the one before (a compact axis spreads some times
    // far wider than the average). All labels share one unit.
    static QList<Tick> ticks(const TimelineViewport &viewport, double minSpacingPx, double endNs,
                             const std::function<double(const QString &)> &labelWidth);
    // tNs written in the unit that suits step (and the time, and largestNs, the largest time
    // on the axis: "4.95 ms", not "4950 µs"), with as many decimals as the step needs:
    // step 500 µs → "1.5 ms", step 2 ms → "4 ms".
    static QString format(double tNs, double stepNs, double largestNs = 0);
    // A duration in a readable unit, for tooltips and captions: "42.1 ms", "830 ns".
    static QString formatDuration(double ns);
};

} // namespace sockscope
