#pragma once

#include "model/trace.h"
#include "view/timelinestyle.h"
#include "view/timelineviewport.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace sockscope {

// The wire lane of a simulated run or of a real one whose packets were captured, drawn in the
// gap between the send() and the recv() lanes where a run without a wire draws its send → recv
// links: that gap *is* the network. A one-sided run (observe, relay, send-to) with a wire gets
// the lane between its one side and the peer it talks to. Each
// data segment (or UDP datagram) is a line from the moment it leaves the sender (top edge) to
// the moment it reaches the receiver (bottom edge), coloured like the message of its first
// byte (SegmentLinks::messageOf: an observed datagram takes the colour of the recv() that read
// it) and labelled with its size; a lost one stops halfway at a cross; ACKs climb back up,
// thin and dashed. The slope is the one-way delay, so rtt_ms and Nagle's wait can be seen.
// More segments in view than fit: per-pixel-column marks on both edges, lost ones in red.
// During replay (nowNs) a packet still in flight stops where it is, and a drop is marked only
// once it has happened.
class WirePainter
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::WirePainter)

public:
    WirePainter(QPainter &painter, const Run &run, const QRectF &lane, const QRectF &plot,
                const TimelineViewport &viewport, const TimelineStyle &style,
                int selectedMessage = -1, double nowNs = -1);

    // The largest number the run's picture writes: the packets' sizes share its unit
    // (EventText::bytesBeside) with the boxes and bars of the lanes around them.
    void setLargest(qint64 largest) { m_largest = largest; }
    void paint();

private:
    struct Range
    {
        int begin = 0;
        int end = 0;
    };
    Range visible() const;
    QColor colourOf(int segment) const;
    void paintLines(const Range &range);
    void paintDense(const Range &range);
    void paintCross(const QPointF &center, double size);

    QPainter &m_p;
    const Run &m_run;
    QRectF m_lane;
    QRectF m_plot;
    const TimelineViewport &m_viewport;
    const TimelineStyle &m_s;
    int m_selected;
    double m_line;
    qint64 m_largest = 0;
    double m_nowNs; // replay: packets in flight are drawn as far as they got; negative = none
};

} // namespace sockscope
