#include "sim/simulator.h"

#include "sim/tcpmodel.h"
#include "sim/udpmodel.h"

namespace sockscope {

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
