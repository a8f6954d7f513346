#pragma once

#include "model/trace.h"
#include "observe/observeoptions.h"

namespace sockscope {

class LiveFeed;
class MonotonicClock;
class NativeSocket;
class StopSignal;

// The receiving side of an observed UDP port: one recvfrom(2) of the chosen size per datagram
// at the chosen cadence, with MSG_TRUNC for the true datagram size and the sender's address.
// Every datagram of every sender goes into one run; Run::peers lists the senders.
class UdpObserver
{
public:
    static constexpr int kMaxPeers = 1024; // distinct senders named; later ones stay anonymous

    UdpObserver(const NativeSocket &socket, int index, const ObserveOptions &options,
                const MonotonicClock &clock, StopSignal &stop, LiveFeed *feed);
    // Blocks until stopped; the run, analysed.
    Run run();

private:
    int peerIndex(const QString &peer);

    const NativeSocket &m_socket;
    int m_index;
    ObserveOptions m_options;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    Run m_run;
};

} // namespace sockscope
