#pragma once

#include "trace.h"

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
    virtual void sendsAdded(int index, const QList<SendEvent> &batch) = 0;
    virtual void recvsAdded(int index, const QList<RecvEvent> &batch) = 0;
};

} // namespace sockscope
