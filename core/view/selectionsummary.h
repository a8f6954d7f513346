#pragma once

#include "model/previewtext.h"
#include "model/trace.h"
#include "view/timelineselection.h"

#include <QCoreApplication>

namespace sockscope {

// The selected message in words: what a screen reader says for the timeline and what the
// status line shows. One sentence with the run, the message, its bytes, when it was sent, its
// fate and the recv() calls that hold it; on an observed run, the decoded frame (TCP) or the
// datagram a recv() read and the captured datagram it was (UDP).
class SelectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::SelectionSummary)

public:
    // The message's payload in encoding (PreviewText).
    static QString describe(const Trace &trace, const TimelineSelection &selection,
                            PreviewText::Encoding encoding = PreviewText::Encoding::Utf8);

    // Keyboard navigation over every message of every run, in trace order: the next (step +1)
    // or previous (-1) message; from no selection, the first or the last. Unchanged at the ends.
    static TimelineSelection step(const Trace &trace, const TimelineSelection &from, int step);

private:
    // An observed UDP run's message: the datagram a recv() read (RunAttribution::messageOfRecv),
    // with the captured datagram linked to it. Empty when recv is not one.
    static QString describeRead(const Run &run, int recv, PreviewText::Encoding encoding);
    // An observed TCP run's message: a frame its decoder completed. Empty when frame is not one.
    static QString describeFrame(const Run &run, int frame, PreviewText::Encoding encoding);
};

} // namespace sockscope
