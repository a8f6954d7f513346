#pragma once

#include "model/trace.h"

namespace sockscope {

// Attribution and fates, computed from the recorded events alone (fidelity rule 4):
// TCP bytes by stream offset, UDP datagrams by the sequence header the sender put in them.
class Analysis
{
public:
    // Fills run.fates and run.summary from run.messages, run.sends and run.recvs.
    static void analyse(Run &run);

    // Request/response runs: for every answered request, first send of the request → end of
    // the last recv holding its reply, sorted ascending (the delayed-ACK stall shows here).
    static QList<qint64> roundTripsNs(const Run &requests, const Run &replies);

    // The send() calls that put bytes on the stream (not an empty message's, not an EAGAIN):
    // only these can be in a segment with data.
    static int sendsWithBytes(const Run &run);

    // TCP: the split messages that the sender itself cut. A message is split by TCP only when a
    // recv() boundary falls inside one send()'s bytes or a recv() joined bytes of several sends;
    // a message written in N send() calls whose every recv() returned exactly one send()'s bytes
    // was split by the program, and TCP kept each send() whole.
    struct SplitAtSends
    {
        int messages = 0; // split messages whose every recv() is exactly one send()'s bytes
        int callsPerMessage = 0; // the send() calls each of them took; 0 when they differ
        // Over the whole run, counted only when messages > 0: recv() calls that returned the
        // bytes of two or more send() calls (an intact message's header and body, say). A send()
        // that came back in pieces splits its message, so that is a split by TCP already.
        int joiningRecvs = 0;
    };
    static SplitAtSends splitAtSends(const Run &run);

    // What the conservation check says of a run; the table, the window and the run's sentence
    // all say it from here. The check compares the bytes the kernel accepted from the recorded
    // send() calls with the bytes the recorded recv() calls returned (UDP: sent = delivered +
    // truncated + lost). Bytes that add up are conserved however the run ended: a run stopped,
    // failed or cut at the event cap whose reader got every byte sent lost none.
    enum class Conservation {
        Holds, // the bytes add up
        Stopped, // they do not, and the user stopped the run before its reader was done
        EndedEarly, // they do not, and the run ended early: a socket error, or the event cap
        Broken, // they do not, on a run that ran to its end
        OneSided, // one end only (observe, relay, send-to): nothing to check
    };
    static Conservation conservation(const Run &run);
};

} // namespace sockscope
