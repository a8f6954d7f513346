#pragma once

#include "model/trace.h"

namespace sockscope {

// The CLI's readable table, for a terminal on a projector: per run, each message with its
// preview, fate and the recvs that hold it; the recvs themselves; then the summary and the
// kernel evidence. Follows the application's language.
class TextReport
{
public:
    static constexpr int kMaxRows = 40;
    static QString render(const Trace &trace);

private:
    static QString renderRun(const Run &run, const Run *requests);
    // Observe, relay and send-to runs see one side only: no messages and fates, no balance.
    static QString renderOneSided(const Run &run);
};

} // namespace sockscope
