#include "view/timeaxis.h"

#include "view/timelineviewport.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sockscope {

namespace {

struct Unit
{
    double ns;
    const char *name;
};

Unit unitFor(double ns)
{
    if (ns >= 1e9)
        return { 1e9, "s" };
    if (ns >= 1e6)
        return { 1e6, "ms" };
    if (ns >= 1e3)
        return { 1e3, "\u00b5s" };
    return { 1, "ns" };
}

QString number(double value, int decimals)
{
    // Avoid "-0" for a tick that lands a rounding error below zero.
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    return QString::number(value, 'f', decimals);
}

} // namespace

double TimeAxis::step(double nsPerPixel, double minSpacingPx)
{
    const double raw = std::max(nsPerPixel * minSpacingPx, 1.0);
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * decade >= raw)
            return m * decade;
    }
    return 10 * decade;
}

QList<TimeAxis::Tick> TimeAxis::ticks(const TimelineViewport &viewport, double minSpacingPx)
{
    return ticks(viewport, minSpacingPx, std::numeric_limits<double>::infinity(), {});
}

QList<TimeAxis::Tick> TimeAxis::ticks(const TimelineViewport &viewport, double minSpacingPx,
                                      double endNs,
                                      const std::function<double(const QString &)> &labelWidth)
{
    const double s = step(viewport.nsPerPixel(), minSpacingPx);
    QList<Tick> out;
    const double first = std::ceil(viewport.visibleStart() / s) * s;
    const double last = std::min(viewport.visibleEnd(), endNs) + s * 1e-9;
    double lastX = -1e300;
    double lastHalf = 0;
    for (double t = first; t <= last; t += s) {
        // On a compact (warped) axis ticks bunch up where time is squeezed: keep them apart.
        const double x = viewport.mapTimeToX(t);
        if (x - lastX < 0.8 * minSpacingPx)
            continue;
        Tick tick{ t, format(t, s, last) };
        const double half = labelWidth ? labelWidth(tick.label) / 2 : 0.0;
        if (labelWidth && x - lastX < lastHalf + half + 0.25 * minSpacingPx)
            continue;
        lastX = x;
        lastHalf = half;
        out.append(tick);
    }
    return out;
}

QString TimeAxis::format(double tNs, double stepNs, double largestNs)
{
    // The unit of ten steps: ticks read 0.5, 1.0, 1.5 ms rather than 500, 1000, 1500 µs; and
    // of the largest time shown, so that no label needs four digits before its point.
    const Unit unit = unitFor(std::max({ stepNs * 10, std::abs(tNs), std::abs(largestNs) }));
    const double stepInUnit = stepNs / unit.ns;
    const int decimals = std::max(0, int(std::ceil(-std::log10(stepInUnit) - 1e-9)));
    return number(tNs / unit.ns, decimals) + QLatin1Char(' ') + QString::fromUtf8(unit.name);
}

QString TimeAxis::formatDuration(double ns)
{
    const Unit unit = unitFor(std::abs(ns));
    const double v = ns / unit.ns;
    // Three significant digits: enough to tell 41 ms from 44 ms, not so many that it distracts.
    const int decimals = std::abs(v) >= 100 ? 0 : std::abs(v) >= 10 ? 1 : 2;
    return number(v, unit.ns == 1 ? 0 : decimals) + QLatin1Char(' ') + QString::fromUtf8(unit.name);
}

} // namespace sockscope
