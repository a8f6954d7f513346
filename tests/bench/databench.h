#pragma once

#include "benchreport.h"

namespace sockscope::bench {

// The engine's bulk work on a million events: analysis (attribution and fates), the trace
// JSON writer, the simulator on a million-message UDP scenario, and reading a scenario of a
// million payload templates (refused: a message cannot be 16 MiB a million times).
class DataBench
{
public:
    static void run(BenchReport &report, bool quick);

private:
    static void analysis(BenchReport &report, int events, int rounds);
    static void json(BenchReport &report, int events, int rounds);
    static void simulator(BenchReport &report, int messages);
    static void validation(BenchReport &report);
};

} // namespace sockscope::bench
