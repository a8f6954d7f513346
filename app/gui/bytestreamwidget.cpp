#include "gui/bytestreamwidget.h"

#include "gui/timelinewidget.h"
#include "render/bytestreamrenderer.h"
#include "view/bytestreamgeometry.h"
#include "view/bytestreamhittest.h"
#include "view/eventtext.h"
#include "view/selectionsummary.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

// The closest zoom: this many pixels per byte, enough for a one-byte recv's box and label.
constexpr double kMaxPixelsPerByte = 40.0;
// Presentation mode never draws text smaller than this.
constexpr int kSmallestFontPx = 14;

} // namespace

ByteStreamWidget::ByteStreamWidget(TimelineWidget *timeline, QWidget *parent)
    : QWidget(parent), m_timeline(timeline),
      m_dragPan(
          this, [this](double dx) { panByPixels(dx); },
          [this](double x, double factor) { zoomAround(x, factor); })
{
    setObjectName(QStringLiteral("byteStream"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Byte-stream view"));
    auto repaint = [this] {
        updateGeometry();
        update();
    };
    connect(m_timeline, &TimelineWidget::traceReplaced, this, repaint);
    connect(m_timeline, &TimelineWidget::replayChanged, this, repaint);
    connect(m_timeline, &TimelineWidget::selectionChanged, this, [this] {
        setAccessibleDescription(m_timeline->selectionText());
        update();
    });
}

TimelineStyle ByteStreamWidget::shownStyle() const
{
    const TimelineStyle &style = m_timeline->timelineStyle();
    if (!m_fitHeight)
        return style;
    const double natural = ByteStreamRenderer::naturalHeight(m_timeline->shownTrace(), style);
    if (natural <= height() || natural <= 0)
        return style;
    const double smallest = std::min(1.0, style.smallestScale(kSmallestFontPx));
    return style.scaled(std::max(smallest, height() / natural));
}

void ByteStreamWidget::setFitHeight(bool fit)
{
    m_fitHeight = fit;
    updateGeometry();
    update();
}

QSize ByteStreamWidget::sizeHint() const
{
    return { 900,
             int(ByteStreamRenderer::naturalHeight(m_timeline->trace(),
                                                   m_timeline->timelineStyle())) };
}

QSize ByteStreamWidget::minimumSizeHint() const
{
    TimelineStyle style = m_timeline->timelineStyle();
    if (m_fitHeight)
        style = style.scaled(std::min(1.0, style.smallestScale(kSmallestFontPx)));
    return { 300, int(ByteStreamRenderer::naturalHeight(m_timeline->trace(), style)) };
}

double ByteStreamWidget::longest() const
{
    qint64 longest = 1;
    for (const Run &run : m_timeline->trace().runs)
        longest = std::max(longest, ByteStreamGeometry::totalBytes(run));
    return double(longest);
}

ByteStreamGeometry ByteStreamWidget::picture() const
{
    return { m_timeline->shownTrace(),
             rect(),
             shownStyle(),
             m_from,
             m_to,
             m_timeline->isReplaying() ? &m_timeline->trace() : nullptr };
}

void ByteStreamWidget::setRange(double from, double to)
{
    const ByteStreamGeometry g = picture();
    const double pixels = g.plot().width();
    const double minSpan = std::min(1.0, pixels / kMaxPixelsPerByte / longest());
    const double span = std::clamp(to - from, minSpan, 1.0);
    m_from = std::clamp(from, 0.0, 1.0 - span);
    m_to = m_from + span;
    update();
}

void ByteStreamWidget::zoomAround(double x, double factor)
{
    const ByteStreamGeometry g = picture();
    const QRectF plot = g.plot();
    const double t = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    const double at = m_from + t * (m_to - m_from);
    setRange(at - (at - m_from) / factor, at + (m_to - at) / factor);
}

void ByteStreamWidget::zoomIn()
{
    zoomAround(width() / 2.0, 1.5);
}

void ByteStreamWidget::zoomOut()
{
    zoomAround(width() / 2.0, 1 / 1.5);
}

void ByteStreamWidget::fit()
{
    setRange(0, 1);
}

void ByteStreamWidget::panByPixels(double dx)
{
    const ByteStreamGeometry g = picture();
    const double shift = dx / g.plot().width() * (m_to - m_from);
    setRange(m_from - shift, m_to - shift);
}

void ByteStreamWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // During replay the rulers stay the whole recording's, as the timeline keeps its time axis.
    ByteStreamRenderer::paint(painter, rect(), m_timeline->shownTrace(), shownStyle(),
                              m_timeline->selection(), m_from, m_to,
                              m_timeline->isReplaying() ? &m_timeline->trace() : nullptr);
}

bool ByteStreamWidget::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Byte-stream view"));
        update();
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    return QWidget::event(event);
}

void ByteStreamWidget::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const Trace &trace = m_timeline->shownTrace();
    const TimelineStyle style = shownStyle();
    const ByteStreamHit hit = ByteStreamHitTest::hit(trace, picture(), QPointF(pos));
    if (hit.kind == ByteStreamHit::Kind::None) {
        QToolTip::hideText();
        return;
    }
    const Run &run = trace.runs.at(hit.run);
    QString text;
    if (hit.lost) {
        text = tr("%1 message #%2: lost, no recv() got this datagram")
                   .arg(EventText::runTitle(run))
                   .arg(hit.message);
    } else if (hit.count > 1) {
        text = tr("%n call(s) end in this pixel; zoom in (wheel, +) to tell them apart", nullptr,
                  hit.count);
    } else {
        switch (hit.kind) {
        case ByteStreamHit::Kind::Send:
            text = EventText::sendDetails(run, hit.index, style.payloadEncoding);
            break;
        case ByteStreamHit::Kind::Recv:
            text = EventText::recvDetails(run, hit.index, style.payloadEncoding);
            break;
        case ByteStreamHit::Kind::Frame:
            text = EventText::frameDetails(run, hit.index, style.payloadEncoding);
            break;
        case ByteStreamHit::Kind::Message:
        case ByteStreamHit::Kind::None:
            text = SelectionSummary::describe(trace, TimelineSelection{ hit.run, hit.message },
                                              style.payloadEncoding);
            break;
        }
    }
    QToolTip::showText(globalPos, text, this, QRect(pos - QPoint(2, 2), QSize(5, 5)));
}

void ByteStreamWidget::wheelEvent(QWheelEvent *event)
{
    m_dragPan.wheel(event);
}

void ByteStreamWidget::mousePressEvent(QMouseEvent *event)
{
    if (!m_dragPan.press(event))
        QWidget::mousePressEvent(event);
}

void ByteStreamWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragPan.move(event))
        QWidget::mouseMoveEvent(event);
}

void ByteStreamWidget::mouseReleaseEvent(QMouseEvent *event)
{
    switch (m_dragPan.release(event)) {
    case DragPan::Release::NotOurs:
        return QWidget::mouseReleaseEvent(event);
    case DragPan::Release::Dragged:
        return;
    case DragPan::Release::Click:
        break;
    }
    // A click selects the message of the byte under the cursor, in both views (the selection is
    // the timeline's); clicking it again, or empty space, clears.
    const ByteStreamHit hit
        = ByteStreamHitTest::hit(m_timeline->shownTrace(), picture(), event->position());
    TimelineSelection next;
    if (hit.kind != ByteStreamHit::Kind::None && hit.message >= 0)
        next = TimelineSelection{ hit.run, hit.message };
    m_timeline->setSelection(next == m_timeline->selection() ? TimelineSelection{} : next);
}

void ByteStreamWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = width() / 8.0;
    const bool pan = !(event->modifiers() & Qt::ControlModifier);
    const Trace &trace = m_timeline->shownTrace();
    switch (event->key()) {
    case Qt::Key_Left:
        if (pan)
            panByPixels(step);
        else
            m_timeline->setSelection(SelectionSummary::step(trace, m_timeline->selection(), -1));
        break;
    case Qt::Key_Right:
        if (pan)
            panByPixels(-step);
        else
            m_timeline->setSelection(SelectionSummary::step(trace, m_timeline->selection(), +1));
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
        m_timeline->setSelection({});
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            emit m_timeline->runKeyPressed();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace sockscope
