#pragma once

#include "view/timewarp.h"

#include <QList>
#include <QRectF>

#include <algorithm>

namespace sockscope {

struct Run;
struct Trace;
struct TimelineStyle;

// Where things go: the time axis on top, then per run a header, the kernel's "unsent" lane, the
// send() lane, the gap the links cross, the recv() lane and the kernel's "queued" lane; a run
// with a framing decoder then gets a narrow band for the brackets and the "decoded messages"
// lane. A run that saw only the receiving side (observe, relay) has no send lanes at all, and
// a wire lane above its recv() lane when its packets were captured (a send-to run: below its
// send() lane). The
// evidence lanes sit outside the box lanes so that links never cross them. The renderer draws
// into these rectangles and the hit test reads them, so both always agree.
class TimelineLayout
{
public:
    enum class Lane { None, Axis, Header, Unsent, Sends, Links, Recvs, Queued, FrameLinks, Frames };

    struct RunLanes
    {
        QRectF block;
        QRectF header;
        QRectF unsent; // unsent, sends: null for a receive-only run (observe, relay)
        QRectF sends;
        QRectF links; // null unless the run has both sides or a wire (RunShape::wire)
        QRectF recvs; // recvs, queued: null for a send-only run (send-to: not our receiver)
        QRectF queued;
        QRectF frameLinks; // frameLinks, frames: null for runs without a frames lane
        QRectF frames;

        bool hasSends() const { return !sends.isNull(); }
        bool hasRecvs() const { return !recvs.isNull(); }
        bool hasFrames() const { return !frames.isNull(); }
    };

    // Which lanes a run gets.
    struct RunShape
    {
        bool sends = true;
        bool frames = false;
        bool recvs = true;
        // A one-sided run with a wire (a captured observe, relay or send-to run): the wire lane
        // sits between its one side and the peer it talks to. A two-sided run always has it.
        bool wire = false;
        // The widest words a readable box of this run shows: its message numbers ("m7", or
        // "m0–m4" where TCP may hand several messages to one recv()) and its bytes. A lesson's
        // run knows them from its scenario before it starts, so a live run keeps its layout; a
        // run of a foreign program's bytes keeps the widest the lessons have.
        QString numbers = QStringLiteral("m00\u2013m00");
        QString bytes = QStringLiteral("1024 B");
        // The error a failed call of this run may be labelled with, beyond the usual EAGAIN,
        // known from its scenario: EMSGSIZE (a UDP message over 65,507 B), ECONNREFUSED (a
        // connected UDP socket). Empty when none.
        QString error;
        bool operator==(const RunShape &) const = default;
    };

    // runCount runs with every lane but the frames lane (the picture before framing existed).
    TimelineLayout(const QRectF &rect, int runCount, const TimelineStyle &style);
    TimelineLayout(const QRectF &rect, const QList<RunShape> &shapes, const TimelineStyle &style);
    TimelineLayout(const QRectF &rect, const Trace &trace, const TimelineStyle &style);

    // A run has a frames lane when it has frames, or when its reader decodes a framing (so the
    // lane is there from the start of a live run rather than popping up at its end).
    static bool hasFrameLane(const Run &run);
    static bool hasFrameLanes(const Trace &trace);
    // Observer and relay runs record recvs only: their (always empty) send lanes are left out.
    static bool hasSendLanes(const Run &run);
    static bool hasRecvLanes(const Run &run);
    // A one-sided run whose packets were captured (or are being): it gets a wire lane.
    static bool hasWireLane(const Run &run);
    static RunShape shapeOf(const Run &run);
    static QList<RunShape> shapes(const Trace &trace);

    // The height at which nothing is squeezed; below 3/4 of it labels start to drop.
    static double naturalHeight(int runCount, const TimelineStyle &style);
    static double naturalHeight(const QList<RunShape> &shapes, const TimelineStyle &style);
    static double minimumHeight(int runCount, const TimelineStyle &style);
    static double minimumHeight(const QList<RunShape> &shapes, const TimelineStyle &style);

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
    // The last box of a lane (no next event) is as wide as its label needs, and a call without
    // bytes (end of file, EAGAIN, empty) never wider than its word: neither stretches over time
    // in which nothing happened. On a compact axis slotPx, the width the axis gives a call of
    // its kind, bounds the box instead: equal calls get equal boxes, whatever pause follows.
    double boxRight(double x0, double nextX0, double durationPx, bool brief = false,
                    double slotPx = 0) const;
    double minBoxWidth() const { return m_minBox; }
    double maxBoxWidth() const { return m_maxBox; }
    // What a box needs for its label to be read: its bytes or message range ("1024 B",
    // "m0–m39") as wide as the runs' own (RunShape), so that every box of a lane has the room
    // for the same words, and for a call without bytes its word ("EOF", "EAGAIN", "(empty)").
    double readableBoxWidth() const { return m_readableBox; }
    double briefBoxWidth() const { return m_briefBox; }
    double boxGap() const { return m_gap; } // between a box and the next call's
    // What a marked pause's length needs between two boxes (RunPainter::paintPauses).
    double pauseMarkWidth() const { return m_pauseMark; }
    // The compact axis with its slots in pixels of this layout's boxes (TimeWarp::fitted), for
    // `fitWidth` pixels from the first event to endNs, the end of the trace
    // (TimelineRenderer::setBounds works out how many the margins leave).
    TimeWarp fitWarp(const TimeWarp &warp, double fitWidth, double endNs) const;
    // The room a fitted view leaves right of the last event for its box.
    double lastBoxRoom() const { return std::min(m_readableBox, m_plot.width() / 2); }
    // More events in view than fit as boxes: draw per-pixel-column marks instead.
    bool isDense(qsizetype visibleEvents) const;

private:
    QRectF m_rect;
    QRectF m_axis;
    QRectF m_plot;
    QList<RunLanes> m_runs;
    double m_minBox = 3;
    double m_maxBox = 160;
    double m_readableBox = 50;
    double m_briefBox = 30;
    double m_gap = 2;
    double m_pauseMark = 60; // a marked pause (TimeWarp::kMarkedPauseNs): its length fits
};

} // namespace sockscope
