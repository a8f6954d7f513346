#pragma once

#include "model/lesson.h"
#include "model/trace.h"

namespace sockscope {

class LiveFeed;
class StopSignal;

// Runs one PlannedRun with real loopback sockets: TCP and UDP at the same time when the
// scenario says both, sharing one clock so the two lanes line up. Blocking; PlanRunner calls
// it for each PlannedRun of a plan and analyses the runs.
class RealRunner
{
public:
    // Runs are numbered from firstIndex for the LiveFeed; the list is in that order, not yet
    // analysed.
    static QList<Run> run(const PlannedRun &planned, StopSignal &stop, LiveFeed *feed,
                          int firstIndex);
};

} // namespace sockscope
