#include "gui/headlinestrip.h"

#include "gui/summarypanel.h"
#include "gui/timelinewidget.h"

#include <QEvent>

namespace sockscope {

HeadlineStrip::HeadlineStrip(TimelineWidget *timeline, QWidget *parent)
    : QLabel(parent), m_timeline(timeline)
{
    setObjectName(QStringLiteral("headlineStrip"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setContentsMargins(8, 4, 8, 4);
    hide();
    // A new run, live growth, an opened trace; the runs named again in another language.
    connect(m_timeline, &TimelineWidget::traceReplaced, this, &HeadlineStrip::follow);
    connect(m_timeline, &TimelineWidget::replayChanged, this, &HeadlineStrip::follow);
}

void HeadlineStrip::setPresentationMode(bool on)
{
    m_presentation = on;
    follow();
}

void HeadlineStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        follow();
    QLabel::changeEvent(event);
}

void HeadlineStrip::follow()
{
    const Trace &trace = m_timeline->trace();
    const bool judged = !trace.headline.isEmpty() || !trace.expectations.isEmpty();
    if (!m_presentation || !judged) {
        // While a run records its claims are not judged yet: the strip goes until they are.
        setVisible(false);
        return;
    }
    // In the window's (presentation) font, as "What happened" opens: the headline a step
    // larger, then the claims, briefly: a class reads them from afar, and the lanes need the
    // height.
    setText(SummaryPanel::expectationsHtml(trace, true));
    setVisible(true);
}

} // namespace sockscope
