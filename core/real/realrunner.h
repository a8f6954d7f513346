#pragma once

#include "model/lesson.h"
#include "model/trace.h"

#include <optional>

namespace sockscope {

class LiveFeed;
class StopSignal;

// Runs one PlannedRun with real loopback sockets: TCP and UDP at the same time when the
// scenario says both, sharing one clock so the two lanes line up. With capture on, the packets
// of the run's ports are captured on loopback meanwhile (LoopbackCapture) and become each
// run's wire lane (WireDecoder). Blocking; PlanRunner calls it for each PlannedRun of a plan and
// analyses the runs.
class RealRunner
{
public:
    struct Result
    {
        QList<Run> runs; // numbered from firstIndex, not yet analysed
        std::optional<PacketCapture> capture; // the raw packets, when they were captured
        // Why there is no wire (no permission), or that the capture missed packets; already
        // translated; else empty.
        QString note;
    };

    // Runs are numbered from firstIndex for the LiveFeed.
    static Result run(const PlannedRun &planned, StopSignal &stop, LiveFeed *feed, int firstIndex,
                      bool capture = true);
};

} // namespace sockscope
