#pragma once

#include "model/trace.h"

namespace sockscope {

// Where runner threads hand their events while a run records. Called from the sender and
// receiver threads (never concurrently for the same run and kind), in small batches; the
// implementation must copy what it needs and post it to its own thread (RunController does).
class LiveFeed
{
public:
    virtual ~LiveFeed() = default;
    // A run begins: label, protocol, scenario and socket options are known, no events yet.
    virtual void runStarted(int index, const Run &header) = 0;
    virtual void sendsAdded(int index, const SendList &batch) = 0;
    virtual void recvsAdded(int index, const RecvList &batch) = 0;
    // Frames the decoder completed while recording (observe mode decodes live, so the
    // "decoded messages" lane grows with the recvs). Lesson runs deliver frames at the end.
    virtual void framesAdded(int index, const QList<Frame> &batch)
    {
        Q_UNUSED(index);
        Q_UNUSED(batch);
    }
    // A run's wire lane, whole, once its packets are decoded (observe: when its connection
    // ended); replaces any earlier batch of that run's segments.
    virtual void segmentsAdded(int index, const QList<Segment> &segments)
    {
        Q_UNUSED(index);
        Q_UNUSED(segments);
    }
    // A line for the user about something outside the runs: a client turned away, a relay
    // target that refused. Already translated; also kept in Trace::notes.
    virtual void noteAdded(const QString &note) { Q_UNUSED(note); }
};

} // namespace sockscope
