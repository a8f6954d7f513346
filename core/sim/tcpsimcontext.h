#pragma once

#include "model/trace.h"
#include "sim/eventqueue.h"
#include "sim/simlink.h"
#include "sim/simrandom.h"

#include <array>

namespace sockscope {

// What the parts of one simulated TCP connection share (TcpModel, TcpPrograms, TcpSenderSide,
// TcpReceiverSide): the scenario, the clock, the agenda, the two links and the two runs being
// recorded (0: client → server, the requests; 1: server → client, the replies). Not copyable:
// the links hold a reference to the random generator.
struct TcpSimContext
{
    explicit TcpSimContext(const Scenario &s)
        : scenario(s),
          random(quint64(s.seed)), links{ SimLink(scenario, random), SimLink(scenario, random) },
          queue(2)
    { }
    TcpSimContext(const TcpSimContext &) = delete;
    TcpSimContext &operator=(const TcpSimContext &) = delete;

    // SimEvent::kind values.
    enum Kind { AppWake, Packet, DelayedAck, Retransmit, Persist };
    // At equal times: programs run before packets arrive, packets before timers fire.
    enum Priority { kApp = 0, kNetwork = 1, kTimer = 2 };
    static constexpr qint64 kMs = 1'000'000;
    static constexpr qint64 kHeaderBytes = 40; // IPv4 + TCP without options

    bool exchange() const { return scenario.replySize > 0; }
    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    Scenario scenario;
    std::array<Run, 2> runs;
    SimRandom random;
    std::array<SimLink, 2> links; // from the client, from the server
    EventQueue queue;
    qint64 nowNs = 0;
    QString error;
};

} // namespace sockscope
