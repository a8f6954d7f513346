#include "run/session.h"

#include "analysis/analysis.h"
#include "real/realrunner.h"
#include "record/stopsignal.h"

namespace sockscope {

Trace Session::run(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                   LiveFeed *feed)
{
    Trace trace;
    trace.lesson = lesson;
    if (!plan.isEmpty())
        trace.scenario = plan.first().scenario;
    // Variants run one after the other, each on a fresh clock, so "Nagle on" and "Nagle off"
    // start at t = 0 and compare on one axis without disturbing each other.
    for (const PlannedRun &planned : plan) {
        if (stop.isStopped())
            break;
        const QList<Run> runs = RealRunner::run(planned, stop, feed, int(trace.runs.size()));
        for (Run run : runs) {
            Analysis::analyse(run);
            trace.runs.append(std::move(run));
        }
    }
    return trace;
}

} // namespace sockscope
