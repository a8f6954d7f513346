#pragma once

#include "view/timelineviewport.h"

#include <algorithm>
#include <optional>

namespace sockscope {

// TimelineViewport::mapTimeToX for the per-event and per-block loops of dense lanes. On a
// linear axis it is the same formula, inline: the out-of-line call and the warp lookup per
// event were a third of a million-event frame. A compact axis keeps the viewport's own mapping.
class PixelMapper
{
public:
    explicit PixelMapper(const TimelineViewport &viewport)
        : m_viewport(viewport), m_linear(viewport.warp().isIdentity()), m_left(viewport.left()),
          m_start(viewport.visibleStart()), m_width(viewport.width()),
          m_span(viewport.visibleEnd() - viewport.visibleStart())
    { }

    double operator()(double tNs) const
    {
        return m_linear ? m_left + (tNs - m_start) * m_width / m_span : m_viewport.mapTimeToX(tNs);
    }

    // The pixel column of the plot that tNs falls in (column 0 starts at the plot's left edge).
    // Never decreases as tNs grows, which is what lets a block of events whose earliest and
    // latest fall in one column stand for all of them. Far-off times are clamped, not overflowed.
    int column(double tNs, double plotLeft) const
    {
        return int(std::clamp((*this)(tNs)-plotLeft, -2.0, double(1 << 30)));
    }

    // The mapping as numbers when it is linear (nullopt on a compact axis): mappers with equal
    // keys put every time at the same x, so what was worked out for one holds for the other.
    struct LinearKey
    {
        double left = 0;
        double start = 0;
        double width = 0;
        double span = 0;
        bool operator==(const LinearKey &) const = default;
    };
    std::optional<LinearKey> linearKey() const
    {
        if (!m_linear)
            return std::nullopt;
        return LinearKey{ m_left, m_start, m_width, m_span };
    }

private:
    const TimelineViewport &m_viewport;
    bool m_linear;
    double m_left;
    double m_start;
    double m_width;
    double m_span;
};

} // namespace sockscope
