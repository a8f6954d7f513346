#pragma once

#include "model/platformprofile.h"
#include "model/trace.h"
#include "sim/eventqueue.h"
#include "sim/simlink.h"
#include "sim/simrandom.h"

#include <vector>

namespace sockscope {

// UdpRunner on the imagined network: the sender's sendto() calls at the scenario's cadence,
// each datagram lost, held back or duplicated by the link at random, queued in a receive buffer
// that counts the kernel's per-datagram overhead (and drops what does not fit, silently), read
// by recvfrom() calls of recv_size bytes at the reader's cadence (a short buffer truncates).
// A datagram longer than 65,507 B fails with EMSGSIZE and never leaves. With receiver=none the
// port is closed: each datagram is dropped there and an ICMP port unreachable comes back one way
// later; a connected sender's next send() fails with ECONNREFUSED (and sends nothing), an
// unconnected one ignores it. With peek, every read is a recvmsg(MSG_PEEK | MSG_TRUNC) of
// recv_size bytes and then one of the datagram's true length, at the same instant.
// Not modelled: the sender's own buffer (sendto() never blocks or fails with EAGAIN here); the
// ICMP packets are not drawn on the wire lane.
class UdpModel
{
public:
    UdpModel(const Scenario &scenario, const QString &label);

    Run run();

    // What one queued datagram costs in the receive buffer (the kernel's skb truesize).
    static qint64 truesize(qint64 datagramBytes);

private:
    struct Queued
    {
        int message = 0;
        qint64 truesize = 0;
    };

    enum Kind { SenderWake, ReaderWake, Arrival, IcmpArrival };
    enum class ReaderStep { Start, Tick, Receive, Done };

    void dispatch(const SimEvent &e);
    void runSender();
    void runReader();
    void send(int n);
    void arrive(const SimEvent &e);
    void receive();
    void wakeReader(qint64 tNs);
    void wakeReaderNow();

    Scenario m_scenario;
    const PlatformProfile &m_platform;
    Run m_run;
    SimRandom m_random;
    SimLink m_link;
    EventQueue m_queue;
    qint64 m_rcvbuf = 0;
    std::vector<Queued> m_queued; // a FIFO: m_head is its front
    size_t m_head = 0;
    qint64 m_rmemAlloc = 0; // truesize of everything queued (sk_rmem_alloc)
    int m_inFlight = 0; // copies on the wire, not yet arrived
    int m_nextMessage = 0;
    ReaderStep m_readerStep = ReaderStep::Start;
    bool m_readerWaiting = false; // blocked in poll() for a datagram
    quint32 m_readerGeneration = 0;
    qint64 m_tick = 0;
    qint64 m_nowNs = 0;
    qint64 m_oneWayNs = 0; // half the round trip: how long the ICMP error takes back
    int m_pendingError = 0; // the socket's error from an ICMP message, reported by the next send
    qint64 m_endNs = 0;
};

} // namespace sockscope
