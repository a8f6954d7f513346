#pragma once

#include <QCoreApplication>

#include "model/lesson.h"
#include "model/trace.h"

namespace sockscope {

// What RealRunner does for one PlannedRun, on the imagined network of the scenario's network
// keys (rtt_ms, bandwidth_kbps, mss, loss, reorder, duplicate, delayed_ack_ms, seed) instead of
// loopback sockets. Runs carry mode Sim and a wire lane (Run::segments); everything else has
// the shape of a real run, analysed the same way (PlanRunner), so views and exporters take
// either. Deterministic: no clock, no threads; the same plan gives a byte-identical trace. Fast
// enough to call on the GUI thread for lesson-sized runs; for a million messages use a worker
// thread.
class Simulator
{
public:
    // One PlannedRun's runs (TCP requests[, replies], then UDP), not yet analysed. firstIndex
    // is the index the first of them will have in the trace (a replies run points back to it).
    static QList<Run> simulate(const PlannedRun &planned, int firstIndex = 0);
    // Why the model cannot run a scenario (a socket option it does not model), one sentence;
    // empty when it can. simulate() then returns the runs failed with that sentence.
    static QString unsupported(const Scenario &scenario);
};

} // namespace sockscope
