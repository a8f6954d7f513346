#pragma once

#include "model/trace.h"

#include <QList>

namespace sockscope {

// The numbers a lesson's self-check and its prediction questions read off a recorded trace:
// counts of recvs, messages per recv, sends holding bytes, round trips, recovered frames. One
// place, so that "TCP: 3 recvs returned data" in a revealed prediction and "12 messages in 3 recvs"
// in the headline are the same count. All from what Analysis and the recorder left in the trace.
class RunMeasures
{
public:
    // How many messages share the fullest recv, from the fates' recv lists.
    static int mostMessagesInOneRecv(const Run &run);
    // The recvs that returned data: on TCP the final 0 (the peer's close) is not one; on UDP an
    // empty datagram is.
    static int dataRecvs(const Run &run);
    // recv() calls that returned 0 bytes without an error.
    static int zeroByteRecvs(const Run &run);
    // send() and recv() calls that failed.
    static int errors(const Run &run);

    struct Held
    {
        int sends = 0;
        int measured = 0; // sends with SIOCOUTQNSD evidence
        int held = 0; // sends after which bytes were still unsent
        qint64 most = 0;
        // The held sends are the burst's last ones, every send from the first held one on: a
        // full congestion window. Held sends between sends that left are the kernel's
        // autocorking.
        bool heldAtTheEnd = false;
    };
    static Held held(const Run &run);

    // The loopback replies run answering trace.runs[requests], or -1.
    static int repliesOf(const Trace &trace, int requests);
    // The round trips of a request run (Analysis::roundTripsNs), sorted; empty without replies.
    static QList<qint64> trips(const Trace &trace, int requests);
    // The median as the table prints it (the upper one of an even count); sorted must not be
    // empty.
    static qint64 median(const QList<qint64> &sorted);
    // A message's bytes in one recv, by stream offset (RunAttribution).
    static qint64 bytesOfMessageIn(const Run &run, int message, int recv);
    // Messages the decoder recovered whole: a complete frame at the message's offset and length.
    static int recovered(const Run &run);
};

} // namespace sockscope
