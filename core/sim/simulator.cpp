#include "sim/simulator.h"

#include "analysis/analysis.h"
#include "sim/tcpmodel.h"
#include "sim/udpmodel.h"

namespace sockscope {

Trace Simulator::run(const QList<PlannedRun> &plan, const QString &lesson)
{
    Trace trace;
    trace.lesson = lesson;
    if (!plan.isEmpty())
        trace.scenario = plan.first().scenario;
    for (const PlannedRun &planned : plan) {
        const QList<Run> runs = simulate(planned, int(trace.runs.size()));
        for (Run run : runs) {
            Analysis::analyse(run);
            trace.runs.append(std::move(run));
        }
    }
    return trace;
}

QList<Run> Simulator::simulate(const PlannedRun &planned, int firstIndex)
{
    // TCP and UDP of one PlannedRun share the time axis (both start at 0) but not the network:
    // each has its own links and its own random sequence from the same seed, so switching
    // protocol=both to tcp leaves the TCP lane exactly as it was.
    const Scenario &s = planned.scenario;
    QList<Run> runs;
    if (s.hasTcp())
        runs = TcpModel(s, planned.label, firstIndex).run();
    if (s.hasUdp())
        runs.append(UdpModel(s, planned.label).run());
    return runs;
}

} // namespace sockscope
