#pragma once

#include "benchreport.h"

namespace sockscope::bench {

// What recording costs next to the system calls it records: the real TcpRunner against a bare
// loop of the same send()/recv() calls on the same messages, alternated in one process so that
// both see the same machine load; and the recorder's own append cost and memory per event.
class RecordBench
{
public:
    static void run(BenchReport &report, bool quick);
    static void memory(BenchReport &report, int events);

private:
    // capture: the packets are captured on loopback meanwhile (LoopbackCapture), as real runs do.
    static void overhead(BenchReport &report, const char *name, int size, int count, bool evidence,
                         int rounds, double goal, bool capture = false);
    static void append(BenchReport &report, int events);
};

} // namespace sockscope::bench
