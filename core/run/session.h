#pragma once

#include "model/lesson.h"
#include "model/trace.h"

namespace sockscope {

class LiveFeed;
class StopSignal;

// Runs a plan with real sockets: each PlannedRun in turn (TCP and UDP of one at the same time),
// then analyses every run. Blocking; RunController calls it on a worker thread, the CLI and the
// tests call it directly.
class Session
{
public:
    static Trace run(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                     LiveFeed *feed = nullptr);
};

} // namespace sockscope
