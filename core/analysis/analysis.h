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
};

} // namespace sockscope
