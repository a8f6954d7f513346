#pragma once

#include "model/trace.h"
#include "view/bytestreamgeometry.h"
#include "view/timelineselection.h"
#include "view/timelinestyle.h"

#include <QCoreApplication>
#include <QRect>

class QPainter;

namespace sockscope {

// Paints the byte-stream view of a trace onto any QPainter (the window, PNG, SVG, PDF): per run
// the send() calls above a ruler of the stream's bytes and the recv() calls under it, every byte
// in its message's colour, each call's boundaries marked on the ruler — where the sender cut the
// stream against where the reader cut it. With framing a third row, the decoded frames, whose
// boundaries are the sender's again. UDP: one block per datagram, a truncated tail and a lost
// datagram hatched. Cost is bounded by pixels: calls narrower than a few pixels are drawn per
// pixel column (ByteStreamGeometry).
class ByteStreamRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ByteStreamRenderer)

public:
    // viewFrom/viewTo: the part of each run's stream shown, as fractions (ByteStreamGeometry);
    // lengths: the trace whose streams set the rulers, when not trace (replay).
    static void paint(QPainter &painter, const QRect &rect, const Trace &trace,
                      const TimelineStyle &style, const TimelineSelection &selection = {},
                      double viewFrom = 0, double viewTo = 1, const Trace *lengths = nullptr);

    static double naturalHeight(const Trace &trace, const TimelineStyle &style)
    {
        return ByteStreamGeometry::naturalHeight(trace, style);
    }
};

} // namespace sockscope
