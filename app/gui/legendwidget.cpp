#include "gui/legendwidget.h"

#include "gui/timelinewidget.h"
#include "render/timelinelegend.h"
#include "render/timelinerenderer.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

constexpr int kMargin = 4;
constexpr int kLargestFontPx = 14;

} // namespace

LegendWidget::LegendWidget(const TimelineWidget *timeline, QWidget *parent)
    : QWidget(parent), m_timeline(timeline)
{
    setObjectName(QStringLiteral("legend"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // A new trace may bring the decoded-messages lane; a new style comes with a viewport change.
    connect(timeline, &TimelineWidget::traceReplaced, this, &LegendWidget::follow);
    connect(timeline, &TimelineWidget::viewportChanged, this, &LegendWidget::follow);
    follow();
}

TimelineStyle LegendWidget::legendStyle() const
{
    TimelineStyle style = m_timeline->timelineStyle();
    style.font = style.smallFont();
    // In presentation mode too: the lanes need the height more than the key does.
    style.font.setPixelSize(std::min(style.font.pixelSize(), kLargestFontPx));
    return style;
}

void LegendWidget::follow()
{
    const TimelineStyle style = legendStyle();
    TimelineLegend::Contents contents = TimelineLegend::Contents::of(m_timeline->trace());
    // The per-column marks are explained while the timeline draws them, at its zoom.
    const TimelineRenderer::Overview overview
        = TimelineRenderer::overview(m_timeline->rect(), m_timeline->shownTrace(),
                                     m_timeline->viewport(), m_timeline->shownStyle());
    contents.columns = overview.columns;
    contents.mergeScale = overview.messages;
    const bool resized = contents != m_contents || style.font != m_style.font;
    const bool repaint = resized || style.background != m_style.background
        || style.foreground != m_style.foreground;
    m_style = style;
    m_contents = contents;
    if (resized)
        updateGeometry();
    if (repaint)
        update();
}

int LegendWidget::heightForWidth(int width) const
{
    return int(std::ceil(TimelineLegend::height(width - 2 * kMargin, m_style, m_contents)))
        + 2 * kMargin;
}

QSize LegendWidget::sizeHint() const
{
    const int width = std::max(this->width(), 300);
    return { width, heightForWidth(width) };
}

QSize LegendWidget::minimumSizeHint() const
{
    return { 100, heightForWidth(std::max(width(), 100)) };
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_style.background);
    TimelineLegend::paint(painter, QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin),
                          m_style, m_contents);
}

void LegendWidget::changeEvent(QEvent *event)
{
    // The legend's words are translated at paint time; their widths change the wrapping.
    if (event->type() == QEvent::LanguageChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace sockscope
