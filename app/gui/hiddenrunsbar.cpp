#include "gui/hiddenrunsbar.h"

#include "gui/timelinewidget.h"
#include "view/timelinelayout.h"

#include <QEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>

namespace sockscope {

namespace {

// Half a pixel: a lane that ends on the view's last row is in view.
constexpr double kSlack = 0.5;

} // namespace

HiddenRunsBar::HiddenRunsBar(QScrollArea *scroll, TimelineWidget *timeline, QWidget *parent)
    : QToolButton(parent), m_scroll(scroll), m_timeline(timeline)
{
    setObjectName(QStringLiteral("hiddenRuns"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAutoRaise(false);
    // Bold only (the size still follows the window's, presentation mode included).
    QFont bold;
    bold.setBold(true);
    setFont(bold);
    hide();
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &HiddenRunsBar::follow);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &HiddenRunsBar::follow);
    connect(m_timeline, &TimelineWidget::traceReplaced, this, &HiddenRunsBar::follow);
    connect(this, &QToolButton::clicked, this, &HiddenRunsBar::showNext);
    m_timeline->installEventFilter(this);
    m_scroll->viewport()->installEventFilter(this);
}

bool HiddenRunsBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        follow();
    return QToolButton::eventFilter(watched, event);
}

void HiddenRunsBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    // The selection colours, not a button's grey: it must stand out against the lanes' pale
    // greys from the back of the room.
    QPainter painter(this);
    const QColor fill = palette().color(QPalette::Highlight);
    painter.fillRect(rect(), underMouse() || isDown() ? fill.darker(115) : fill);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextSingleLine, text());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::HighlightedText), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void HiddenRunsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        follow();
    QToolButton::changeEvent(event);
}

std::pair<double, double> HiddenRunsBar::shown() const
{
    // The timeline is the scroll area's widget: its top is scrolled above the view's.
    const double top = -m_timeline->y();
    return { top, top + m_scroll->viewport()->height() };
}

QList<std::pair<double, double>> HiddenRunsBar::runSpans() const
{
    const TimelineLayout layout(m_timeline->rect(), m_timeline->trace(), m_timeline->shownStyle());
    QList<std::pair<double, double>> spans;
    for (const TimelineLayout::RunLanes &run : layout.runs()) {
        double bottom = run.header.bottom();
        for (const QRectF *lane : { &run.sends, &run.recvs, &run.queued, &run.frames }) {
            if (!lane->isNull())
                bottom = std::max(bottom, lane->bottom());
        }
        spans.append({ run.header.top(), bottom });
    }
    return spans;
}

int HiddenRunsBar::runsBelow() const
{
    const double bottom = shown().second;
    const auto spans = runSpans();
    return int(std::count_if(spans.cbegin(), spans.cend(),
                             [bottom](const auto &span) { return span.second > bottom + kSlack; }));
}

int HiddenRunsBar::runsAbove() const
{
    const double top = shown().first;
    const auto spans = runSpans();
    return int(std::count_if(spans.cbegin(), spans.cend(),
                             [top](const auto &span) { return span.first < top - kSlack; }));
}

void HiddenRunsBar::showNext()
{
    const auto [top, bottom] = shown();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    for (const auto &span : runSpans()) {
        if (span.second > bottom + kSlack) {
            bar->setValue(std::min(bar->maximum(), int(span.first)));
            return;
        }
    }
    bar->setValue(bar->minimum());
}

void HiddenRunsBar::follow()
{
    const int runs = int(m_timeline->trace().runs.size());
    const int below = runsBelow();
    const int above = below > 0 ? 0 : runsAbove();
    if (below > 0) {
        setText(tr("▼ %1 of %2 runs below: scroll down or click here").arg(below).arg(runs));
        setToolTip(tr("Shows the next run"));
    } else if (above > 0) {
        setText(tr("▲ %1 of %2 runs above: scroll up or click here").arg(above).arg(runs));
        setToolTip(tr("Back to the first run"));
    }
    setVisible(below > 0 || above > 0);
}

} // namespace sockscope
