#pragma once

#include "model/trace.h"
#include "view/replaymoment.h"
#include "view/timelinelayout.h"
#include "view/timelineselection.h"
#include "view/timelinestyle.h"
#include "view/timelineviewport.h"
#include "view/timewarpbuilder.h"

#include "gui/dragpan.h"

#include <QWidget>

namespace sockscope {

class ReplayCursor;

// The interactive timeline: input handling only. Drawing is TimelineRenderer's, mapping is
// TimelineViewport's and picking is TimelineHitTest's, so the widget stays thin and the CLI
// exports the very picture shown here.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    // Shows a copy of trace (implicitly shared, so cheap). Passing the trace followTrace() was
    // showing keeps what was worked out for it: the recording is over, nothing new to lay out.
    void setTrace(const Trace &trace);
    // Shows a trace that grows in place while a run records (a LiveTrace's), without copying
    // it: a copy would share the growing lists, and the next append would then copy every
    // event. Call it after every change; events are only appended (a trace with fewer runs
    // starts over). `live` must stay alive until the next setTrace() or followTrace().
    // While the user has not zoomed, the view keeps fitting the growing trace.
    void followTrace(const Trace &live);
    const Trace &trace() const { return *m_source; }
    // The runs' labels replaced (the same runs, named in another language), a replay going on
    // where it was. Ignored while following a live trace or when the counts differ.
    void setRunLabels(const QStringList &labels);

    void setTimelineStyle(const TimelineStyle &style);
    // The style asked for; drawn smaller while fitting the height (setFitHeight).
    const TimelineStyle &timelineStyle() const { return m_requested; }
    // Presentation mode: every lane fits the widget's height, the fonts and lines shrinking
    // where the style's natural height is taller, but never below a size a projector shows
    // (every text 14 px or more). The minimum size hint asks for that smallest picture: what does
    // not fit then is taller than the scroll area's view and scrolls.
    void setFitHeight(bool fit);
    bool fitsHeight() const { return m_fitHeight; }
    // What is drawn: the requested style, scaled down to the height when fitting it.
    const TimelineStyle &shownStyle() const { return m_style; }

    const TimelineViewport &viewport() const { return m_viewport; }
    // Compact time: gaps between calls shortened so that every box gets room (TimeWarp).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    TimelineSelection selection() const { return m_selection; }
    void setSelection(const TimelineSelection &selection);
    // The selected message in one sentence (also the accessible description).
    QString selectionText() const;

    // Replay: draw only what is known of trace() where the cursor stands (ReplayMoment), with
    // a marker at its time; the axis and zoom stay those of the whole trace. Hover, clicks and the
    // keyboard's selection see only that. endReplay() shows everything again.
    void showReplay(const ReplayCursor &cursor);
    void endReplay();
    bool isReplaying() const { return m_replaying; }
    // What is on screen: what is known at the replay time during replay, else trace().
    const Trace &shownTrace() const { return m_replaying ? m_moment.known() : trace(); }
    double markerNs() const { return m_replaying ? m_markerNs : -1; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fit();
    void zoomAround(double x, double factor);
    void panByPixels(double dx);

signals:
    void selectionChanged(const sockscope::TimelineSelection &selection);
    // A click on a recv() box (TimelineHitTest): run and recv index. Predict mode's pick
    // questions take their answer from it.
    void recvClicked(int run, int recv);
    void viewportChanged();
    // setTrace() or followTrace() was called (a new run, live growth, an opened trace); any
    // replay view is gone.
    void traceReplaced();
    // Space with the timeline focused: the window runs or stops (elsewhere Space belongs to
    // the focused control).
    void runKeyPressed();
    // showReplay() or endReplay(): shownTrace() changed (the byte-stream view follows it).
    void replayChanged();
    // setRunLabels() during a replay: the replay's moment must be shown again (showReplay()
    // with the same cursor) to carry the new labels.
    void replayStale();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void traceUpdated();
    // The compact warp takes the events added since the last call.
    void extendWarp();
    // Pixel range and data bounds follow the widget's size and the trace's extent.
    void syncViewport();
    void showToolTip(const QPoint &pos, const QPoint &globalPos);
    void viewChanged();
    void updateAccessibleText();
    // m_style from m_requested and the height (setFitHeight).
    void fitStyle();
    // How far fitStyle() may shrink m_requested.
    double smallestFitFactor() const;

    Trace m_trace; // setTrace()'s copy
    const Trace *m_source = &m_trace; // what is shown: m_trace or the followed live trace
    TimeWarpBuilder m_warpBuilder;
    QList<TimelineLayout::RunShape> m_shapes; // of the runs laid out last
    ReplayMoment m_moment; // replay: what is known of trace() at the marker
    bool m_replaying = false;
    double m_markerNs = 0;
    TimelineStyle m_requested; // setTimelineStyle()'s
    TimelineStyle m_style; // drawn: m_requested, or smaller to fit the height
    bool m_fitHeight = false;
    TimelineViewport m_viewport;
    TimelineSelection m_selection;
    bool m_following = true; // fitted: grow with the trace
    bool m_compact = true;
    DragPan m_dragPan;
};

} // namespace sockscope
