#pragma once

#include "benchreport.h"

namespace sockscope::bench {

// The timeline of a million events: frames painted by the real TimelineRenderer into a
// 1920×1080 QImage at three zoom levels, and the exported PNG and SVG figures.
class DrawBench
{
public:
    static void run(BenchReport &report, bool quick);
};

} // namespace sockscope::bench
