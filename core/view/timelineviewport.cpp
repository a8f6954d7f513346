#include "view/timelineviewport.h"

#include <algorithm>

namespace sockscope {

TimelineViewport::TimelineViewport(double boundsStartNs, double boundsEndNs, double left,
                                   double width)
{
    setPixelRange(left, width);
    setBounds(boundsStartNs, boundsEndNs);
    fit();
}

void TimelineViewport::setWarp(const TimeWarp &warp)
{
    if (warp == m_warp)
        return;
    const double boundsStart = this->boundsStart();
    const double boundsEnd = this->boundsEnd();
    const double start = visibleStart();
    const double end = visibleEnd();
    m_warp = warp;
    m_boundsStart = m_warp.map(boundsStart);
    m_boundsEnd = std::max(m_warp.map(boundsEnd), m_boundsStart + kMinSpanNs);
    m_start = m_warp.map(start);
    m_end = m_warp.map(end);
    clamp();
}

void TimelineViewport::setBounds(double startNs, double endNs)
{
    m_boundsStart = m_warp.map(startNs);
    // An empty or instantaneous trace still needs a window to draw its axis in.
    m_boundsEnd = std::max(m_warp.map(endNs), m_boundsStart + kMinSpanNs);
    clamp();
}

void TimelineViewport::setPixelRange(double left, double width)
{
    m_left = left;
    m_width = std::max(width, 1.0);
}

void TimelineViewport::setVisibleRange(double startNs, double endNs)
{
    m_start = m_warp.map(std::min(startNs, endNs));
    m_end = m_warp.map(std::max(startNs, endNs));
    clamp();
}

double TimelineViewport::mapTimeToX(double tNs) const
{
    return m_left + (m_warp.map(tNs) - m_start) * m_width / (m_end - m_start);
}

double TimelineViewport::mapEventToX(double tNs, qsizetype rank) const
{
    return m_left + (m_warp.mapEvent(tNs, rank) - m_start) * m_width / (m_end - m_start);
}

double TimelineViewport::mapXToTime(double x) const
{
    return m_warp.unmap(m_start + (x - m_left) * (m_end - m_start) / m_width);
}

double TimelineViewport::nsPerPixel() const
{
    return visibleSpan() / m_width;
}

void TimelineViewport::fit()
{
    m_start = m_boundsStart;
    m_end = m_boundsEnd;
}

bool TimelineViewport::isFitted() const
{
    return m_start <= m_boundsStart && m_end >= m_boundsEnd;
}

void TimelineViewport::zoomAround(double x, double factor)
{
    if (factor <= 0)
        return;
    const double anchor = m_start + (x - m_left) * (m_end - m_start) / m_width;
    const double span = std::max((m_end - m_start) / factor, kMinSpanNs);
    const double fraction = (x - m_left) / m_width;
    m_start = anchor - fraction * span;
    m_end = m_start + span;
    clamp();
}

void TimelineViewport::panByPixels(double dx)
{
    const double shift = dx * (m_end - m_start) / m_width;
    m_start -= shift;
    m_end -= shift;
    clamp();
}

void TimelineViewport::clamp()
{
    const double bounds = m_boundsEnd - m_boundsStart;
    double span = std::clamp(m_end - m_start, kMinSpanNs, bounds);
    // Keep the span when sliding back inside the bounds, so a pan at the edge does not zoom.
    double start = std::clamp(m_start, m_boundsStart, m_boundsEnd - span);
    m_start = start;
    m_end = start + span;
}

} // namespace sockscope
