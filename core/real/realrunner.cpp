#include "real/realrunner.h"

#include "capture/loopbackcapture.h"
#include "capture/wiredecoder.h"
#include "model/runheader.h"
#include "real/tcprunner.h"
#include "real/udprunner.h"
#include "record/monotonicclock.h"

#include <algorithm>
#include <future>
#include <memory>
#include <vector>

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
    QList<quint16> clientPorts;
    if (s.hasTcp() && s.clients <= 1) {
        // The runner's sockets close when it goes: before the capture ends, so their FINs are in.
        TcpRunner runner(s, planned.label, clock, stop, feed, wire.get(), firstIndex);
        result.runs = runner.run();
        tcpPort = runner.port();
        clientPorts << 0;
    } else if (s.hasTcp()) {
        // One server, several clients at once: one listening socket, each client connected and
        // its connection accepted in turn, then every connection's two threads run together.
        std::vector<std::unique_ptr<TcpRunner>> runners;
        runners.reserve(size_t(s.clients));
        for (int k = 0; k < s.clients; ++k)
            runners.push_back(std::make_unique<TcpRunner>(s, planned.label, clock, stop, feed,
                                                          wire.get(), firstIndex, k));
        QString error;
        NativeSocket listener = TcpRunner::listen(s, &error);
        for (const auto &runner : runners) {
            if (error.isEmpty())
                runner->open(listener);
            else
                runner->fail(error);
        }
        listener.close();
        std::vector<std::future<QList<Run>>> running;
        running.reserve(runners.size());
        for (const auto &runner : runners)
            running.push_back(std::async(std::launch::async, [&r = *runner] { return r.run(); }));
        for (size_t k = 0; k < runners.size(); ++k) {
            result.runs.append(running[k].get());
            tcpPort = std::max(tcpPort, runners[k]->port());
            clientPorts << runners[k]->clientPort();
        }
    }
    if (udp.valid())
        result.runs.append(udp.get());
    if (!wire)
        return result;

    PacketCapture packets = wire->finish();
    result.note = LoopbackCapture::missedNote(packets.missed);
    QList<WireDecoder::Connection> connections;
    const int per = s.hasTcp() ? RunHeader::perConnection(s) : 0;
    for (int k = 0; tcpPort != 0 && k < clientPorts.size(); ++k) {
        if (clientPorts.size() > 1 && clientPorts[k] == 0)
            continue; // that client never connected
        connections.append(
            { Protocol::Tcp, tcpPort, k * per, per > 1 ? k * per + 1 : -1, clientPorts[k] });
    }
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
