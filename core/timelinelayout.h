#pragma once

#include <QList>
#include <QRectF>

namespace sockscope {

struct TimelineStyle;

// Where things go: the time axis on top, then per run a header, the kernel's "unsent" lane, the
// send() lane, the gap the links cross, the recv() lane and the kernel's "queued" lane. The
// evidence lanes sit outside the box lanes so that links never cross them. The renderer draws
// into these rectangles and the hit test reads them, so both always agree.
class TimelineLayout
{
public:
    enum class Lane { None, Axis, Header, Unsent, Sends, Links, Recvs, Queued };

    struct RunLanes
    {
        QRectF block;
        QRectF header;
        QRectF unsent;
        QRectF sends;
        QRectF links;
        QRectF recvs;
        QRectF queued;
    };

    TimelineLayout(const QRectF &rect, int runCount, const TimelineStyle &style);

    // The height at which nothing is squeezed; below 3/4 of it labels start to drop.
    static double naturalHeight(int runCount, const TimelineStyle &style);
    static double minimumHeight(int runCount, const TimelineStyle &style);

    QRectF rect() const { return m_rect; }
    QRectF axis() const { return m_axis; }
    // The horizontal extent of the time axis: the viewport maps time onto plot().left()..right().
    QRectF plot() const { return m_plot; }
    double gutterWidth() const { return m_plot.left() - m_rect.left(); }
    const QList<RunLanes> &runs() const { return m_runs; }

    Lane laneAt(const QPointF &point, int *run) const;

    // Event boxes start at their call's time and take the room up to the next event (a gap
    // apart), between a minimum that keeps them visible and a maximum that keeps a lone event
    // from pretending to last long; a blocking call that really lasted longer keeps its length.
    double boxRight(double x0, double nextX0, double durationPx) const;
    double minBoxWidth() const { return m_minBox; }
    double maxBoxWidth() const { return m_maxBox; }
    // More events in view than fit as boxes: draw per-pixel-column marks instead.
    bool isDense(qsizetype visibleEvents) const;

private:
    QRectF m_rect;
    QRectF m_axis;
    QRectF m_plot;
    QList<RunLanes> m_runs;
    double m_minBox = 3;
    double m_maxBox = 160;
    double m_gap = 2;
};

} // namespace sockscope
