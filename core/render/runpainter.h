#pragma once

#include "analysis/runattribution.h"
#include "model/trace.h"
#include "render/boxlabels.h"
#include "render/textwidths.h"
#include "view/lanesummary.h"
#include "view/pixelmapper.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"
#include "view/timelineselection.h"
#include "view/timelinestyle.h"

#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace sockscope {

// Paints one run of the timeline (TimelineRenderer stacks them): its header, the send() lane
// over the recv() lane with the evidence bars of unsent and queued bytes, and between them the
// links from each send to the recvs that got its bytes, or for a simulated run the wire lane
// (WirePainter); the decoded messages under it (FrameLanePainter). Lanes with more events than
// fit as boxes are drawn as per-pixel-column marks.
class RectCanvas;
class ReplayMoment;

class RunPainter
{
public:
    RunPainter(QPainter &painter, const Run &run, int index, const TimelineGeometry &geometry,
               const TimelineStyle &style, const TimelineSelection &selection,
               bool markReal = false, const ReplayMoment *replay = nullptr);

    void paint();

    // The run's title for a header `width` wide in the bold font, shortened by meaning before it
    // is cut: "(real, loopback)" becomes "(real)", then a requests or replies run leaves out its
    // direction, then the plan's variant label leaves out its explanation in parentheses
    // ("Nagle on" for "Nagle on (TCP_NODELAY off)"), then that label is elided; "requests",
    // "replies" and the network
    // ("simulated", with markReal "real") stay whole. Only a header too narrow even for
    // "TCP requests (real)" elides that. With !elide, empty when no form fits uncut.
    static QString fittedTitle(const Run &run, bool markReal, double width, const TextWidths &bold,
                               bool elide = true);
    // The title's forms shortened by meaning, longest first (what fittedTitle picks from).
    static QStringList titleForms(const Run &run, bool markReal);

    // A run header's three texts, fitted to its width: the title (left), the counts (right)
    // and between them the socket options, each part whole.
    struct HeaderText
    {
        QString title;
        QString outcome;
        QString options;
    };
    struct HeaderFonts
    {
        const TextWidths &bold; // the title's
        const TextWidths &text; // the counts'
        const TextWidths &small; // the options'
        double gap; // between the texts
    };
    static HeaderText fittedHeader(const Run &run, bool markReal, double width,
                                   const HeaderFonts &fonts);

    // Which of a run's lanes are drawn per pixel column in this geometry (the legend explains
    // those marks only when a lane has them).
    struct DenseLanes
    {
        bool sends = false;
        bool recvs = false;
    };
    static DenseLanes denseLanes(const Run &run, const TimelineGeometry &geometry);

private:
    // Level of detail only where it changes nothing a reader could see otherwise: more events
    // than fit as labelled boxes, and at least two of them in one pixel column. When every event
    // has a column of its own the exact drawing is kept, so the aggregated picture never differs
    // from the exact one for wide events. SOCKSCOPE_EXACT_TIMELINE=1 turns it off (tests compare
    // the two; anyone can check a figure against the exact drawing, whatever it costs).
    template<typename Event>
    static bool aggregates(const TimelineGeometry &geometry, const EventList<Event> &events,
                           const TimelineGeometry::Range &range);

    bool selected(int message) const
    {
        return m_sel.isValid() && m_sel.run == m_index && m_sel.message == message;
    }
    bool faded(int message) const { return m_sel.isValid() && !selected(message); }
    QColor tint(int message) const
    {
        const QColor c = message < 0 ? TimelineStyle::mix(m_s.muted, m_s.background, 0.6)
                                     : m_s.messageTint(message);
        return faded(message) ? TimelineStyle::mix(c, m_s.background, 0.7) : c;
    }
    QColor strong(int message) const
    {
        const QColor c = m_s.messageColor(message);
        return faded(message) ? TimelineStyle::mix(c, m_s.background, 0.75) : c;
    }
    const MessageFate *fateShownOn(int message, int sendId) const
    {
        const MessageFate *f = RunAttribution::fate(m_run, message);
        // A message sent in several calls carries its fate mark on its first call only.
        return f && (f->firstSend < 0 || f->firstSend == sendId) ? f : nullptr;
    }

    void paintLinkLane();
    void paintBackground();
    void paintHeader();
    void paintEvidence(bool unsent);
    void paintSends();
    // Lost datagrams whose boxes are too narrow for a cross each, side by side.
    struct LostGroup
    {
        QRectF span;
        int count = 0;
        bool open = true; // the next lost box may still join it
    };
    void paintLostGroups(const QList<LostGroup> &groups);
    void paintRecvs();
    BoxLabels::Placed peekLabel(const RecvEvent &r, int i, const QRectF &box);
    void paintDenseSends();
    void paintDenseRecvs();
    void paintLinks();
    void paintLinksHint();
    // On a compact axis: the time a shortened pause took, written across it ("42 ms"), so a
    // 40 ms stall does not look like a 1 ms one.
    template<typename Event>
    void paintPauses(const EventList<Event> &events, const TimelineGeometry::Range &range,
                     const QRectF &lane);
    // Replay: the calls that began and have not returned, from their start to now, open on the
    // right, with nothing the call has not returned yet.
    void paintPending();
    // Too narrow for any word of a box (its words need not be made).
    bool wordless(const QRectF &box) const;
    void paintLabels(const QList<BoxLabels::Placed> &labels);
    // A box's outline: what its pen would be (no QPen per box, which is an allocation each).
    struct Outline
    {
        QColor colour;
        double width = 1;
        bool dashed = false;
    };
    void paintBox(const QRectF &box, const Outline &outline, const QColor &fill);
    // The geometry's boxes, placed once for the calls in view of a lane drawn as boxes.
    QRectF sendBox(int i) const;
    QRectF recvBox(int i) const;
    // RunAttribution::ofRecv of a recv in view, made once for its links and its box.
    const QList<ByteSpan> &recvSpans(int i);
    // fillRect(), gathered with the lane's boxes while one is being painted.
    void fill(const QRectF &rect, const QColor &colour);
    // Where a lane's boxes are gathered (RectCanvas): the lane, as wide as the clip.
    QRectF laneCanvas(const QRectF &lane) const;
    void paintCross(const QPointF &center, double size);
    void paintHatch(const QRectF &area);
    void paintColumns(const QRectF &lane, const LaneSummary::Columns &columns, bool recvs);

    QPainter &m_p;
    const Run &m_run;
    int m_index;
    const TimelineGeometry &m_g;
    const TimelineLayout::RunLanes &m_lanes;
    QRectF m_plot;
    const TimelineStyle &m_s;
    TimelineSelection m_sel;
    double m_line;
    PixelMapper m_x;
    TimelineGeometry::Range m_sendRange;
    TimelineGeometry::Range m_recvRange;
    // The largest number each side writes, so that its bytes share one unit
    // (EventText::bytesBeside): its evidence scale and the calls in view.
    qint64 m_sendLargest = 0;
    qint64 m_recvLargest = 0;
    qint64 m_largest = 0; // the larger of the two: the run's one unit (EventText::bytesBeside)
    bool m_denseSends = false;
    bool m_denseRecvs = false;
    std::vector<QRectF> m_sendBoxes; // the sends in view, a lane drawn as boxes only
    std::vector<QRectF> m_recvBoxes;
    std::vector<std::optional<QList<ByteSpan>>> m_recvSpans; // recvSpans(), as they are asked for
    LaneSummary::Columns m_sendColumns; // dense lanes only
    LaneSummary::Columns m_recvColumns;
    // The most bytes a dense column of each lane moved in this picture: its bars' scale (0 on
    // the compact axis: full bars).
    double m_sendColumnBytes = 0;
    double m_recvColumnBytes = 0;
    bool m_markReal = false; // predicted vs observed: say which runs are the real ones
    const ReplayMoment *m_replay = nullptr; // during replay: what is in progress now
    TextWidths m_text; // the style's fonts, measured the way QFontMetricsF(style.font) does
    TextWidths m_smallText;
    double m_shortestWord; // wordless(): narrower boxes show no word
    RectCanvas *m_canvas = nullptr; // the lane being painted gathers its boxes here
};

} // namespace sockscope
