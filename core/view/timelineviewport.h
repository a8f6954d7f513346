#pragma once

#include "view/timewarp.h"

#include <QtGlobal>

namespace sockscope {

// The visible time window of a timeline and its mapping onto a horizontal pixel range.
// A plain value: the widget keeps one, the exporter makes one per image, the renderer and the
// hit test only read it. Times are nanoseconds since the run's start, kept as double so that
// zooming into a microsecond of a minute-long run does not round. With a TimeWarp the axis is
// compact (not linear in time); the window then lives in display time, and the public API
// still speaks time.
class TimelineViewport
{
public:
    // Zooming in further than this shows nothing new: clocks tick in ns, calls last ~1 µs.
    static constexpr double kMinSpanNs = 200.0;

    TimelineViewport() = default;
    TimelineViewport(double boundsStartNs, double boundsEndNs, double left, double width);

    // Keeps the visible time range (and the bounds) in time across the change.
    void setWarp(const TimeWarp &warp);
    const TimeWarp &warp() const { return m_warp; }

    // The extent of the data: fit() shows it whole, pan and zoom out stop at its edges.
    void setBounds(double startNs, double endNs);
    double boundsStart() const { return m_warp.unmap(m_boundsStart); }
    double boundsEnd() const { return m_warp.unmap(m_boundsEnd); }

    // Where the time axis lies on screen (the plot area, after the lane labels).
    void setPixelRange(double left, double width);
    double left() const { return m_left; }
    double width() const { return m_width; }

    void setVisibleRange(double startNs, double endNs);
    double visibleStart() const { return m_warp.unmap(m_start); }
    double visibleEnd() const { return m_warp.unmap(m_end); }
    double visibleSpan() const { return visibleEnd() - visibleStart(); }

    double mapTimeToX(double tNs) const;
    // The rank-th event of a lane at exactly tNs: its own slot on a compact axis (TimeWarp).
    double mapEventToX(double tNs, qsizetype rank) const;
    double mapXToTime(double x) const;
    // A width in display time (TimeWarp::slotWidth) in pixels.
    double displayToPixels(double width) const { return width * m_width / (m_end - m_start); }
    // On average over the window; exact when the axis is linear.
    double nsPerPixel() const;

    void fit();
    // True when the whole data extent is visible; a live run keeps refitting while this holds.
    bool isFitted() const;
    // factor > 1 zooms in. The time under x stays under x unless an edge of the data stops it.
    void zoomAround(double x, double factor);
    // Positive dx moves the content right (shows earlier times), like dragging it.
    void panByPixels(double dx);

    bool operator==(const TimelineViewport &) const = default;

private:
    void clamp();

    TimeWarp m_warp;
    // Below: display time (equal to time without a warp).
    double m_boundsStart = 0;
    double m_boundsEnd = 1e6;
    double m_start = 0;
    double m_end = 1e6;
    double m_left = 0;
    double m_width = 1;
};

} // namespace sockscope
