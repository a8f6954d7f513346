#include "sim/simulator.h"

#include "model/runheader.h"
#include "sim/tcpmodel.h"
#include "sim/udpmodel.h"

#include <algorithm>

namespace sockscope {

QString Simulator::unsupported(const Scenario &scenario)
{
    // TCP_CORK's hold (until a full segment, the uncork or the kernel's 200 ms ceiling) is not
    // in the model: refused rather than simulated as if the option were off.
    if (scenario.cork)
        return QCoreApplication::translate("sockscope::Simulator",
                                           "the simulator does not model TCP_CORK (cork=true): "
                                           "run it on real sockets (--mode real)");
    return {};
}

QList<Run> Simulator::simulate(const PlannedRun &planned, int firstIndex)
{
    // TCP and UDP of one PlannedRun share the time axis (both start at 0) but not the network:
    // each has its own links and its own random sequence from the same seed, so switching
    // protocol=both to tcp leaves the TCP lane exactly as it was.
    const Scenario &s = planned.scenario;
    QList<Run> runs;
    if (const QString why = unsupported(s); !why.isEmpty()) {
        if (s.hasTcp())
            runs = RunHeader::tcp(s, planned.label, Mode::Sim, firstIndex);
        if (s.hasUdp())
            runs.append(RunHeader::udp(s, planned.label, Mode::Sim));
        for (Run &run : runs)
            run.error = why;
        return runs;
    }
    // Several clients: each connection on a network of its own (the model has no shared
    // bottleneck), one after another on the same time axis from 0, as they start together.
    for (int k = 0; s.hasTcp() && k < std::max(s.clients, 1); ++k)
        runs += TcpModel(s, planned.label, firstIndex, k).run();
    if (s.hasUdp())
        runs.append(UdpModel(s, planned.label).run());
    return runs;
}

} // namespace sockscope
