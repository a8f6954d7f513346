#pragma once

#include "model/trace.h"

namespace sockscope {

// The CLI's predicted-vs-observed table (`run --mode both`): per run, the counts and timings
// side by side, the per-message fates, and a one-line "why" where the model and the kernel differ.
class ComparisonReport
{
public:
    static constexpr int kMaxRows = 40;
    static QString render(const Trace &real, const Trace &simulated);
};

} // namespace sockscope
