#pragma once

#include "model/trace.h"

namespace sockscope::bench {

// A recorded-looking trace of about `events` events, made by hand so that it is the same on
// every machine: a TCP run whose recvs merge and split messages, whose reader falls behind (up
// to 32 messages a recv) and catches up again, and a UDP run with lost and truncated datagrams,
// both over one second. Not analysed: call Analysis::analyse on the runs.
class SyntheticTrace
{
public:
    static Trace make(int events);

private:
    static Run tcpRun(int messages, qint64 spanNs);
    static Run udpRun(int messages, qint64 spanNs);
};

} // namespace sockscope::bench
