#pragma once

#include "benchreport.h"

namespace sockscope::bench {

// The timeline of a million and of ten million events: frames painted by the real
// TimelineRenderer into a 1920×1080 QImage at three zoom levels, and the exported PNG (and, of
// the million, SVG) figures. SOCKSCOPE_BENCH_KEEP_PNG=PREFIX keeps the PNGs as PREFIX_1m.png
// and PREFIX_10m.png, SOCKSCOPE_BENCH_KEEP_JSON=FILE the million's trace, to look at.
class DrawBench
{
public:
    static void run(BenchReport &report, bool quick);

private:
    static void figures(BenchReport &report, bool quick, int events, const char *suffix, bool svg);
};

} // namespace sockscope::bench
