#pragma once

#include "analysis/analysis.h"
#include "model/trace.h"

#include <QCoreApplication>

namespace sockscope {

// The one sentence a teacher would say about a run ("TCP merged 11 messages into 4 recv()
// calls…"), from its analysed summary, in the user's language, followed by when recording
// stopped and what went unrecorded, for a run that did not record everything.
class RunNarrative
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::RunNarrative)

public:
    static QString sentence(const Run &run);

private:
    static QString body(const Run &run);
    static QString oneSided(const Run &run);
    static QString tcp(const Run &run);
    // The split messages the program itself cut into several send() calls.
    static QString bySender(const Analysis::SplitAtSends &atSends);
    static QString udp(const Run &run);
    // What the kernel's own counters add: the UDP drop counter, TCP_INFO's segments and RTT.
    static QString kernelCounters(const Run &run);
};

} // namespace sockscope
