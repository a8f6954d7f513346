#pragma once

#include "benchreport.h"

#include <QString>

namespace sockscope::bench {

// The engine's bulk work on a million events: analysis (attribution and fates), the trace
// JSON writer, the simulator on a million-message UDP scenario, and reading a scenario of a
// million payload templates (refused: a message cannot be 16 MiB a million times).
class DataBench
{
public:
    static void run(BenchReport &report, bool quick, const QString &program);
    // `sockscope-bench --read-child FILE`: reads the trace in a fresh process and prints
    // "<cpu ns> <peak RSS growth in bytes>" (VmHWM after the read minus VmRSS before it).
    static int readChild(const char *path);

private:
    static void analysis(BenchReport &report, int events, int rounds);
    static void json(BenchReport &report, int events, int rounds);
    static void jsonRead(BenchReport &report, const QString &program, int messages, int rounds);
    static void simulator(BenchReport &report, int messages);
    static void validation(BenchReport &report);
};

} // namespace sockscope::bench
