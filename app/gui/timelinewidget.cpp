#include "gui/timelinewidget.h"

#include "render/timelinemarker.h"
#include "render/timelinerenderer.h"
#include "view/eventtext.h"
#include "view/replaycursor.h"
#include "view/selectionsummary.h"
#include "view/timelinehittest.h"
#include "view/timelinelayout.h"
#include "view/timewarp.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace sockscope {

namespace {

constexpr double kZoomStep = 1.5;

// Fitting the height shrinks the text no further than this: with every text at 12 px or more
// (the lane names, the kernel's evidence, the wire's byte counts and the run's options; the
// box labels then 15 px, 2 cm high on a 2.5 m projected 1366×768 picture) the two compared
// runs of a framing lesson, decoded messages included, fit under the headline strip. Runs that
// do not fit then scroll (MainWindow points at them), rather than becoming unreadable.
constexpr int kSmallestFittedFontPx = 12;

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent), m_requested(TimelineStyle::forPalette(palette())), m_style(m_requested),
      m_dragPan(
          this, [this](double dx) { panByPixels(dx); },
          [this](double x, double factor) { zoomAround(x, factor); })
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Timeline"));
    updateAccessibleText();
    syncViewport();
    m_viewport.fit();
}

void TimelineWidget::setTrace(const Trace &trace)
{
    if (&trace != m_source)
        m_warpBuilder.clear();
    if (&trace != &m_trace)
        m_trace = trace;
    m_source = &m_trace;
    traceUpdated();
}

void TimelineWidget::followTrace(const Trace &live)
{
    if (&live != m_source) {
        m_warpBuilder.clear();
        m_trace = Trace{};
    }
    m_source = &live;
    traceUpdated();
}

void TimelineWidget::setRunLabels(const QStringList &labels)
{
    if (m_source != &m_trace || labels.size() != m_trace.runs.size())
        return;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (m_trace.runs.at(i).label != labels.at(i))
            m_trace.runs[i].label = labels.at(i);
    }
    if (m_replaying) {
        // The moment holds a copy of the runs with their old labels: made again from the same
        // cursor, whose position it has not seen.
        m_moment = ReplayMoment();
        emit replayStale();
    }
    updateAccessibleText();
    update();
    emit replayChanged(); // what is shown changed (the byte-stream view repaints)
}

void TimelineWidget::traceUpdated()
{
    m_replaying = false; // the cursor belonged to the old trace
    m_moment = ReplayMoment();
    if (m_selection.isValid() && m_selection.run >= trace().runs.size())
        setSelection({});
    // Lanes are added with runs, not with events: a live run's updates need no new layout.
    QList<TimelineLayout::RunShape> shapes = TimelineLayout::shapes(trace());
    if (shapes != m_shapes) {
        m_shapes = std::move(shapes);
        fitStyle();
        updateGeometry();
    }
    extendWarp();
    syncViewport();
    if (m_following)
        m_viewport.fit();
    viewChanged();
    emit traceReplaced();
}

void TimelineWidget::setTimelineStyle(const TimelineStyle &style)
{
    m_requested = style;
    m_style = style;
    fitStyle();
    updateGeometry();
    syncViewport();
    if (m_following)
        m_viewport.fit();
    viewChanged();
}

void TimelineWidget::setFitHeight(bool fit)
{
    if (fit == m_fitHeight)
        return;
    m_fitHeight = fit;
    setTimelineStyle(m_requested);
}

double TimelineWidget::smallestFitFactor() const
{
    return std::min(1.0, m_requested.smallestScale(kSmallestFittedFontPx));
}

void TimelineWidget::fitStyle()
{
    TimelineStyle style = m_requested;
    if (m_fitHeight && height() > 0) {
        // Font metrics do not scale exactly with the pixel size: shrink in steps until the
        // minimum height (lanes squeezed to 3/4, every label still shown) fits, down to the
        // smallest readable size.
        const QList<TimelineLayout::RunShape> shapes
            = m_shapes.isEmpty() ? QList<TimelineLayout::RunShape>(1) : m_shapes;
        const double smallest = smallestFitFactor();
        double factor = 1.0;
        while (factor > smallest && TimelineLayout::minimumHeight(shapes, style) > height()) {
            factor = std::max(smallest, factor * 0.92);
            style = m_requested.scaled(factor);
        }
    }
    m_style = style;
}

void TimelineWidget::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    extendWarp();
    syncViewport();
    if (m_following)
        m_viewport.fit();
    viewChanged();
}

void TimelineWidget::setSelection(const TimelineSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    update();
    updateAccessibleText();
    emit selectionChanged(m_selection);
}

void TimelineWidget::showReplay(const ReplayCursor &cursor)
{
    m_moment.update(trace(), cursor);
    m_replaying = true;
    m_markerNs = double(cursor.timeNs());
    update();
    emit replayChanged();
}

void TimelineWidget::endReplay()
{
    if (!m_replaying)
        return;
    m_replaying = false;
    m_moment = ReplayMoment();
    update();
    emit replayChanged();
}

QSize TimelineWidget::sizeHint() const
{
    return { 900, int(TimelineRenderer::naturalHeight(trace(), m_requested)) };
}

QSize TimelineWidget::minimumSizeHint() const
{
    const int runs = int(std::max<qsizetype>(1, trace().runs.size()));
    // Fitting the height: the smallest picture fitStyle() would draw.
    const TimelineStyle style = m_fitHeight ? m_requested.scaled(smallestFitFactor()) : m_requested;
    return { 300,
             int(trace().runs.isEmpty()
                     ? TimelineLayout::minimumHeight(runs, style)
                     : TimelineLayout::minimumHeight(TimelineLayout::shapes(trace()), style)) };
}

void TimelineWidget::zoomIn()
{
    zoomAround(m_viewport.left() + m_viewport.width() / 2, kZoomStep);
}

void TimelineWidget::zoomOut()
{
    zoomAround(m_viewport.left() + m_viewport.width() / 2, 1 / kZoomStep);
}

void TimelineWidget::fit()
{
    m_viewport.fit();
    m_following = true;
    viewChanged();
}

void TimelineWidget::zoomAround(double x, double factor)
{
    m_viewport.zoomAround(x, factor);
    m_following = m_viewport.isFitted();
    viewChanged();
}

void TimelineWidget::panByPixels(double dx)
{
    m_viewport.panByPixels(dx);
    m_following = m_viewport.isFitted();
    viewChanged();
}

void TimelineWidget::viewChanged()
{
    update();
    emit viewportChanged();
}

void TimelineWidget::extendWarp()
{
    if (!m_compact)
        return; // the builder catches up when the axis is made compact again
    // The viewport's copy of the warp shares its lists with the builder's, and extending a
    // shared list copies it whole: the viewport lets go of it first, keeping its range in time.
    const double start = m_viewport.visibleStart();
    const double end = m_viewport.visibleEnd();
    m_viewport.setWarp(TimeWarp());
    m_warpBuilder.extend(trace());
    m_viewport.setWarp(m_warpBuilder.warp());
    m_viewport.setVisibleRange(start, end);
}

void TimelineWidget::syncViewport()
{
    const TimelineLayout layout(rect(), trace(), m_style);
    m_viewport.setWarp(m_compact ? m_warpBuilder.warp() : TimeWarp());
    TimelineRenderer::setBounds(m_viewport, trace(), layout);
}

QString TimelineWidget::selectionText() const
{
    return SelectionSummary::describe(shownTrace(), m_selection, m_style.payloadEncoding);
}

void TimelineWidget::updateAccessibleText()
{
    // A screen reader reads the selected message from the description; the name stays short.
    setAccessibleDescription(selectionText());
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Timeline"));
        updateAccessibleText();
        update(); // the renderer's labels are translated at paint time
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(gesture->position().x(), 1.0 + gesture->value());
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineWidget::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const TimelineHit hit = TimelineHitTest::hit(shownTrace(), rect(), m_viewport, m_style, pos);
    if (hit.kind == TimelineHit::Kind::None) {
        QToolTip::hideText();
        return;
    }
    const Run &run = shownTrace().runs.at(hit.run); // replay: not what comes after the marker
    const QString text = hit.kind == TimelineHit::Kind::Send
        ? EventText::sendDetails(run, hit.index, m_style.payloadEncoding)
        : hit.kind == TimelineHit::Kind::Frame
        ? EventText::frameDetails(run, hit.index, m_style.payloadEncoding)
        : hit.kind == TimelineHit::Kind::Segment
        ? EventText::segmentDetails(run, hit.index)
        : EventText::recvDetails(run, hit.index, m_style.payloadEncoding);
    // A small rect keeps the tooltip up while the cursor stays on the same event.
    QToolTip::showText(globalPos, text, this, QRect(pos - QPoint(2, 2), QSize(5, 5)));
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelineRenderer::paint(painter, rect(), shownTrace(), m_viewport, m_style, m_selection,
                            m_replaying ? &m_moment : nullptr);
    // Scrolled down in its scroll area: the axis stays at the top of what is in view.
    if (const int top = visibleRegion().boundingRect().top(); top > 0)
        TimelineRenderer::paintPinnedAxis(painter, rect(), shownTrace(), m_viewport, m_style, top);
    if (m_replaying)
        TimelineMarker::paint(painter, rect(), trace(), m_viewport, m_style, m_markerNs);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::moveEvent(QMoveEvent *event)
{
    // A scroll area moves the widget: the pinned axis must be drawn anew where the top is now
    // (the moved pixels would carry it down with the runs).
    update();
    QWidget::moveEvent(event);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    // Keep the visible time range across resizes; only the pixels per ns change.
    const double start = m_viewport.visibleStart();
    const double end = m_viewport.visibleEnd();
    fitStyle();
    syncViewport();
    if (m_following)
        m_viewport.fit();
    else
        m_viewport.setVisibleRange(start, end);
    QWidget::resizeEvent(event);
    emit viewportChanged(); // more or fewer pixels per call: the legend's per-column key
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    m_dragPan.wheel(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (!m_dragPan.press(event))
        QWidget::mousePressEvent(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragPan.move(event))
        QWidget::mouseMoveEvent(event);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    switch (m_dragPan.release(event)) {
    case DragPan::Release::NotOurs:
        return QWidget::mouseReleaseEvent(event);
    case DragPan::Release::Dragged:
        return;
    case DragPan::Release::Click:
        break;
    }
    // A click selects the message under the cursor (clicking it again, or empty space, clears).
    const TimelineHit hit
        = TimelineHitTest::hit(shownTrace(), rect(), m_viewport, m_style, event->position());
    TimelineSelection next;
    if (hit.kind != TimelineHit::Kind::None && hit.message >= 0)
        next = TimelineSelection{ hit.run, hit.message };
    setSelection(next == m_selection ? TimelineSelection{} : next);
    if (hit.kind == TimelineHit::Kind::Recv)
        emit recvClicked(hit.run, hit.index);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = m_viewport.width() / 8;
    // Ctrl+Left/Right walk the messages (a keyboard user's click); plain arrows pan.
    const bool pan = !(event->modifiers() & Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Left:
        if (pan)
            panByPixels(step);
        else
            setSelection(SelectionSummary::step(shownTrace(), m_selection, -1));
        break;
    case Qt::Key_Right:
        if (pan)
            panByPixels(-step);
        else
            setSelection(SelectionSummary::step(shownTrace(), m_selection, +1));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fit();
        break;
    case Qt::Key_Escape:
        setSelection({});
        break;
    case Qt::Key_Space:
        if (event->isAutoRepeat())
            break; // a held key would start and stop over and over
        emit runKeyPressed();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace sockscope
