#pragma once

#include "model/trace.h"
#include "observe/observeoptions.h"

#include <optional>

namespace sockscope {

class LiveFeed;
class MemoryBudget;
class MonotonicClock;
class NativeSocket;
class ObserveNotes;
class RecordingGate;
class StopSignal;

// The receiving side of an observed UDP port: one recvmsg(2) of the chosen size per datagram
// at the chosen cadence, with MSG_TRUNC for the true datagram size and the sender's address.
// Every datagram of every sender goes into one run; Run::peers lists the senders. Recording
// stops at maxRecvs datagrams or when the session's memory budget is spent (RecordingGate);
// later datagrams are still read, so the socket never fills, and counted.
class UdpObserver
{
public:
    static constexpr int kMaxPeers = 1024; // distinct senders named; later ones stay anonymous

    // budget and notes may be null.
    UdpObserver(const NativeSocket &socket, int index, const ObserveOptions &options,
                const MonotonicClock &clock, StopSignal &stop, LiveFeed *feed,
                MemoryBudget *budget = nullptr, ObserveNotes *notes = nullptr);
    // Blocks until stopped; the run, analysed.
    Run run();

private:
    int peerIndex(const QString &peer, RecordingGate &gate);

    const NativeSocket &m_socket;
    int m_index;
    ObserveOptions m_options;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    MemoryBudget *m_budget;
    ObserveNotes *m_notes;
    Run m_run;
    std::optional<qint64> m_dropsAtStart; // the socket's kernel drop counter
};

} // namespace sockscope
