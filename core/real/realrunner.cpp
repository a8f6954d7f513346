#include "real/realrunner.h"

#include "model/runheader.h"
#include "real/tcprunner.h"
#include "real/udprunner.h"
#include "record/monotonicclock.h"

#include <future>

namespace sockscope {

QList<Run> RealRunner::run(const PlannedRun &planned, StopSignal &stop, LiveFeed *feed,
                           int firstIndex)
{
    const Scenario &s = planned.scenario;
    const MonotonicClock clock;
    const int udpIndex = firstIndex + (s.hasTcp() ? RunHeader::tcpCount(s) : 0);
    std::future<Run> udp;
    if (s.hasUdp()) {
        udp = std::async(std::launch::async, [&] {
            return UdpRunner(s, planned.label, clock, stop, feed, udpIndex).run();
        });
    }
    QList<Run> runs;
    if (s.hasTcp())
        runs = TcpRunner(s, planned.label, clock, stop, feed, firstIndex).run();
    if (udp.valid())
        runs.append(udp.get());
    return runs;
}

} // namespace sockscope
