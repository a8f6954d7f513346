#pragma once

#include "model/trace.h"
#include "render/boxlabels.h"
#include "view/framelanegeometry.h"
#include "view/timelineselection.h"
#include "view/timelinestyle.h"

#include <QCoreApplication>

class QPainter;

namespace sockscope {

// Paints a run's "decoded messages" lane: one box per frame the framing decoder recovered,
// with brackets up to the parts of the recv boxes its bytes came from, so the class sees
// messy recvs turn back into clean messages. Frames take their message's colour; frames the
// decoder rejected or could not finish (an untrusted peer) are hatched in the alarm colour
// with the decoder's reason, and the bytes it stopped decoding after are marked too. A lane
// with more frames than fit as boxes is drawn as per-pixel-column marks that keep every bad
// frame visible.
class FrameLanePainter
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::FrameLanePainter)

public:
    FrameLanePainter(QPainter &painter, const Run &run, int runIndex,
                     const TimelineGeometry &geometry, const TimelineStyle &style,
                     const TimelineSelection &selection);

    void paint();

private:
    void paintGutter();
    void paintBrackets(const TimelineGeometry::Range &range);
    void paintBoxes(const TimelineGeometry::Range &range);
    void paintStopped();
    void paintDense(const TimelineGeometry::Range &range);
    void paintHatch(const QRectF &area);
    void paintLabels(const QList<BoxLabels::Placed> &labels);

    bool selected(int message) const;
    QColor tint(int message) const;
    QColor strong(int message) const;

    QPainter &m_p;
    const Run &m_run;
    int m_index;
    const TimelineGeometry &m_g;
    FrameLaneGeometry m_frames;
    const TimelineStyle &m_s;
    TimelineSelection m_sel;
    QRectF m_plot;
    double m_line;
};

} // namespace sockscope
