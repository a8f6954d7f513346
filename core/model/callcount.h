#pragma once

#include "model/trace.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

// How many calls a run made, said one way everywhere: a TCP reader's end of file (the recv()
// that returned 0) is counted apart, "3 recv() calls + EOF", as the run header and the lesson's
// headline count them ("in 3 recvs"), so that no two places on screen give different counts.
class CallCount
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::CallCount)
public:
    static qsizetype endsOfFile(const Run &run);
    static QString recvCalls(const Run &run); // "3 recv() calls + EOF", "12 recv() calls"
    // Several runs together (the Observe tab's connections): "4 recv() calls + 2 EOFs".
    static QString recvCalls(const QList<Run> &runs);
};

} // namespace sockscope
