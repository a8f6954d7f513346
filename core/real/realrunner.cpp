#include "real/realrunner.h"

#include "capture/loopbackcapture.h"
#include "capture/wiredecoder.h"
#include "model/runheader.h"
#include "real/tcprunner.h"
#include "real/udprunner.h"
#include "record/monotonicclock.h"

#include <future>
#include <memory>

namespace sockscope {

RealRunner::Result RealRunner::run(const PlannedRun &planned, StopSignal &stop, LiveFeed *feed,
                                   int firstIndex, bool capture)
{
    const Scenario &s = planned.scenario;
    Result result;
    // Opened before any socket, so that the capture is ready when the first packet leaves, and
    // before the clock, so that opening it takes none of the run's time.
    std::unique_ptr<LoopbackCapture> wire;
    if (capture) {
        wire = std::make_unique<LoopbackCapture>();
        if (!wire->isCapturing()) {
            result.note = wire->unavailable();
            wire.reset();
        }
    }
    const MonotonicClock clock;
    const int tcpRuns = s.hasTcp() ? RunHeader::tcpCount(s) : 0;
    const int udpIndex = firstIndex + tcpRuns;
    quint16 udpPort = 0;
    std::future<Run> udp;
    if (s.hasUdp()) {
        udp = std::async(std::launch::async, [&] {
            UdpRunner runner(s, planned.label, clock, stop, feed, wire.get(), udpIndex);
            Run r = runner.run();
            udpPort = runner.port();
            return r;
        });
    }
    quint16 tcpPort = 0;
    if (s.hasTcp()) {
        // The runner's sockets close when it goes: before the capture ends, so their FINs are in.
        TcpRunner runner(s, planned.label, clock, stop, feed, wire.get(), firstIndex);
        result.runs = runner.run();
        tcpPort = runner.port();
    }
    if (udp.valid())
        result.runs.append(udp.get());
    if (!wire)
        return result;

    PacketCapture packets = wire->finish();
    result.note = LoopbackCapture::missedNote(packets.missed);
    QList<WireDecoder::Connection> connections;
    if (tcpPort != 0)
        connections.append({ Protocol::Tcp, tcpPort, 0, tcpRuns > 1 ? 1 : -1 });
    if (udpPort != 0)
        connections.append({ Protocol::Udp, udpPort, tcpRuns, -1 });
    const LoopbackCapture *mapper = wire.get();
    WireDecoder::decode(
        packets, connections, [mapper, &clock](qint64 ns) { return mapper->toRunNs(ns, clock); },
        result.runs);
    QStringList runLabels;
    for (const Run &r : std::as_const(result.runs))
        runLabels << r.label;
    packets.description = runLabels.join(QStringLiteral(" · ")) + QStringLiteral(" (")
        + packets.description + QLatin1Char(')');
    result.capture = std::move(packets);
    return result;
}

} // namespace sockscope
