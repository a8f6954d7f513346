#pragma once

#include "model/lesson.h"
#include "model/trace.h"

#include <optional>

namespace sockscope {

class LiveFeed;
class StopSignal;

// Runs a plan the way the user asked: over real loopback sockets (Session), on the imagined
// network of the simulator, or both — predicted vs observed. The one entry point of the CLI's
// `run --mode` and the GUI's Real / Simulated / Both switch (through RunController), so both
// show the same runs in the same order.
//
// Both gives one trace, each run marked with its mode: per PlannedRun (a lesson variant) its
// real runs, then the same runs simulated, so a real run and its prediction sit one above the
// other on the timeline. The simulated runs are known at once and reach the feed first; the
// real ones fill in live. TraceComparison::split() takes the two apart again for the table.
class PlanRunner
{
public:
    enum class Mode { Real, Simulated, Both };

    static QString modeName(Mode mode); // "real", "sim", "both" (CLI, settings)
    static std::optional<Mode> parseMode(const QString &name);

    // Blocking; stop ends the real part early (the simulator never waits).
    static Trace run(const QList<PlannedRun> &plan, const QString &lesson, Mode mode,
                     StopSignal &stop, LiveFeed *feed = nullptr);

private:
    static Trace runBoth(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                         LiveFeed *feed);
};

} // namespace sockscope
