#pragma once

#include "benchreport.h"

namespace sockscope::bench {

// Observe mode serving short connections one after another, as a class of students would for
// an hour: how many a second, and (a note) the rate after a warm-up against the rate at the
// end, which holds as connections pile up behind it (each one's thread joined as it ends, a slot
// found without looking at the ones before). The client's connect() is much of the cost, and
// finding a free port among the TIME_WAIT ones makes it vary by 3× from one run to the next.
class ObserveBench
{
public:
    static void run(BenchReport &report, bool quick);
};

} // namespace sockscope::bench
