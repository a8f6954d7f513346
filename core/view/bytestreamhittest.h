#pragma once

#include "model/trace.h"
#include "view/bytestreamgeometry.h"
#include "view/timelinestyle.h"

#include <QPointF>
#include <QRectF>

namespace sockscope {

struct ByteStreamHit
{
    enum class Kind { None, Send, Message, Recv, Frame };
    Kind kind = Kind::None;
    int run = -1;
    int index = -1; // into run.sends, the messages, run.recvs or run.frames; -1 for a lost datagram
    int message = -1; // the message whose byte lies under the point (a recv may hold several)
    int count = 1; // more than 1: a pixel column of that many calls, index the first
    bool lost = false; // a UDP datagram that no recv() got

    bool operator==(const ByteStreamHit &) const = default;
};

// What lies under a point of a picture painted by ByteStreamRenderer with the same rect, style
// and view (fractions of each stream, ByteStreamGeometry): the call or message, and the message of
// the byte under the pointer, so that a click selects the same message the timeline would
// (TimelineSelection).
class ByteStreamHitTest
{
public:
    static ByteStreamHit hit(const Trace &trace, const QRectF &rect, const TimelineStyle &style,
                             double viewFrom, double viewTo, const QPointF &point);
    static ByteStreamHit hit(const Trace &trace, const ByteStreamGeometry &geometry,
                             const QPointF &point);
};

} // namespace sockscope
