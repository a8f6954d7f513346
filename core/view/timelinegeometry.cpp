#include "view/timelinegeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace sockscope {

TimelineGeometry::TimelineGeometry(const TimelineLayout &layout, TimelineViewport viewport)
    : m_layout(layout), m_viewport(std::move(viewport))
{
    m_viewport.setPixelRange(layout.plot().left(), layout.plot().width());
}

QRectF TimelineGeometry::sendBox(const Run &run, int runIndex, int send) const
{
    // A send that blocked (full send buffer, flow control) keeps its real length on screen.
    return box(run.sends, send, m_layout.runs().at(runIndex).sends, true);
}

QRectF TimelineGeometry::recvBox(const Run &run, int runIndex, int recv) const
{
    return box(run.recvs, recv, m_layout.runs().at(runIndex).recvs, false);
}

TimelineGeometry::Range TimelineGeometry::visibleSends(const Run &run) const
{
    return visible(run.sends);
}

TimelineGeometry::Range TimelineGeometry::visibleRecvs(const Run &run) const
{
    return visible(run.recvs);
}

int TimelineGeometry::sendAt(const Run &run, double x) const
{
    return eventAt(run.sends, x, true);
}

int TimelineGeometry::recvAt(const Run &run, double x) const
{
    return eventAt(run.recvs, x, false);
}

namespace {

// The first event in [from, to) whose time is not before t (upper: after t), by index, reading
// only the time fields: std::lower_bound over an EventList would build every event it visits.
template<typename List>
qsizetype firstAtOrAfter(const List &events, qsizetype from, qsizetype to, double t, bool upper)
{
    while (from < to) {
        const qsizetype mid = from + (to - from) / 2;
        const double m = TimelineGeometry::time(events, mid);
        if (upper ? m <= t : m < t)
            from = mid + 1;
        else
            to = mid;
    }
    return from;
}

} // namespace

template<typename Event>
double TimelineGeometry::eventX(const EventList<Event> &events, int i) const
{
    const double t = time(events, i);
    const qsizetype first = firstAtOrAfter(events, 0, i, t, false);
    return m_viewport.mapEventToX(t, i - first);
}

template<typename Event>
QRectF TimelineGeometry::box(const EventList<Event> &events, int i, const QRectF &lane,
                             bool durationIsWidth) const
{
    const bool brief = isBrief(events, i);
    const double x0 = eventX(events, i);
    const double next
        = i + 1 < events.size() ? eventX(events, i + 1) : std::numeric_limits<double>::infinity();
    const double t = time(events, i);
    // A call that lasted: on a compact axis only the time that shows as a pause counts, not the
    // slots of other calls made meanwhile (a 30 µs send overlapping a recv() did not block); a
    // send that blocked for milliseconds reaches to where it returned.
    double durationPx = 0;
    if (durationIsWidth) {
        const auto duration = double(events.template get<&Event::durNs>(i));
        if (m_viewport.displayToPixels(m_viewport.warp().pauseWidth(duration))
            >= m_layout.minBoxWidth())
            durationPx = m_viewport.mapTimeToX(t + duration) - x0;
    }
    // On a compact axis the calls of a lane get equal boxes (a call without bytes the slot of
    // its word): a box does not stretch over the pause after it.
    double slot = brief ? m_viewport.displayToPixels(
                      m_viewport.warp().slotWidth(std::is_same_v<Event, SendEvent>, true))
                        : dataWidth(events);
    // Before a marked pause the box leaves the room its length is written in, down to the
    // call's own slot: on a crowded axis readable boxes otherwise cover the 40 ms stall. A
    // recv() keeps a readable width, though: it is the evidence of what the kernel handed
    // over (which datagram arrived, six messages in one read), and the length is not.
    if (!brief && slot > 0 && std::isfinite(next)
        && pauseAfter(events, i) >= TimeWarp::kMarkedPauseNs) {
        double floor = m_viewport.displayToPixels(
            m_viewport.warp().slotWidth(std::is_same_v<Event, SendEvent>, false));
        if constexpr (std::is_same_v<Event, RecvEvent>)
            floor = std::max(floor, m_layout.readableBoxWidth() + m_layout.boxGap());
        // Only when the length then fits: a box giving up its label for a mark that does not
        // show either leaves a sliver and a bare gap.
        if (const double left = next - x0 - m_layout.pauseMarkWidth(); left >= floor)
            slot = std::min(slot, left);
    }
    const double x1 = m_layout.boxRight(x0, next, durationPx, brief, slot);
    const double pad = std::round(lane.height() * 0.08);
    return { x0, lane.top() + pad, x1 - x0, lane.height() - 2 * pad };
}

template<typename Event> double TimelineGeometry::dataWidth(const EventList<Event> &events) const
{
    const double slot = m_viewport.displayToPixels(
        m_viewport.warp().slotWidth(std::is_same_v<Event, SendEvent>, false));
    if (slot <= 0)
        return 0.0;
    if (const auto it = m_dataWidths.constFind(&events); it != m_dataWidths.cend())
        return it.value();
    // The whole lane while it is small, so that panning does not change the widths; the calls
    // in view of a long one.
    constexpr qsizetype kWholeLane = 4096;
    const Range range
        = events.size() <= kWholeLane ? Range{ 0, int(events.size()) } : visible(events);
    QList<double> rooms;
    for (int i = range.begin; i + 1 < std::min<qsizetype>(range.end + 1, events.size()); ++i) {
        // A marked pause is the pause's room, where its length is written, not the box's.
        if (!isBrief(events, i) && pauseAfter(events, i) < TimeWarp::kMarkedPauseNs)
            rooms.append(eventX(events, i + 1) - eventX(events, i));
    }
    // At least the readable width: on a crowded axis the slots are narrower than a label, and
    // a box followed by a pause may still take what its label needs (the box before an EOF held
    // two messages and showed no word of them); boxes without room keep to the next call.
    const double least = std::max(slot, m_layout.readableBoxWidth() + m_layout.boxGap());
    double width = least;
    if (!rooms.isEmpty()) {
        const auto half = rooms.begin() + (rooms.size() - 1) / 2;
        std::nth_element(rooms.begin(), half, rooms.end());
        width = std::clamp(*half, least, std::max(least, m_layout.maxBoxWidth()));
    }
    m_dataWidths.insert(&events, width);
    return width;
}

template<typename Event>
TimelineGeometry::Range TimelineGeometry::visible(const EventList<Event> &events) const
{
    const double from = m_viewport.mapXToTime(m_viewport.left() - m_layout.maxBoxWidth());
    const double to = m_viewport.visibleEnd();
    const qsizetype first = firstAtOrAfter(events, 0, events.size(), from, false);
    const qsizetype last = firstAtOrAfter(events, first, events.size(), to, true);
    return Range{ int(first), int(last) };
}

template<typename Event>
int TimelineGeometry::eventAt(const EventList<Event> &events, double x, bool durationIsWidth) const
{
    if (events.isEmpty())
        return -1;
    const Range range = visible(events);
    if (m_layout.isDense(range.count())) {
        // Column marks are a pixel wide: accept the nearest event within a small reach.
        const double t = m_viewport.mapXToTime(x);
        const qsizetype it = firstAtOrAfter(events, 0, events.size(), t, false);
        int best = -1;
        double bestDistance = 4.0;
        for (const qsizetype c : { it - 1, it }) {
            if (c < 0 || c >= events.size())
                continue;
            const double d = std::abs(m_viewport.mapTimeToX(time(events, c)) - x);
            if (d <= bestDistance) {
                best = int(c);
                bestDistance = d;
            }
        }
        return best;
    }
    // The box containing x starts at or before it; boxes do not overlap except at the minimum
    // width, where the later one is drawn on top and so wins.
    const double t = m_viewport.mapXToTime(x);
    const qsizetype it = firstAtOrAfter(events, 0, events.size(), t, true);
    if (it == 0)
        return -1;
    int i = int(it) - 1;
    // Calls at one instant share a time but not a slot: the last one whose slot starts at or
    // before x.
    while (i > 0 && time(events, i - 1) == time(events, i) && eventX(events, i) > x)
        --i;
    const QRectF b = box(events, i, QRectF(0, 0, 1, 1), durationIsWidth);
    return x <= b.right() ? i : -1;
}

} // namespace sockscope
