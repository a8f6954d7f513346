#pragma once

#include "benchreport.h"
#include "model/scenario.h"

namespace sockscope::bench {

// The window: how long from process start to the first painted window (a child process, so
// that the figure includes loading the program), and how late the GUI thread's event loop gets
// while a run records at the goal's rate, and as fast as loopback lets it (offscreen platform).
class GuiBench
{
public:
    static void run(BenchReport &report, const QString &program, bool quick);
    // The child's side of startup_ms: show the window, print "painted" at its first paint, quit.
    static int startupChild(int argc, char **argv);

private:
    static void startup(BenchReport &report, const QString &program, int rounds);
    // How late a 2 ms timer fires while the window records `scenario` for `seconds`.
    struct Loop
    {
        double p99Ms = 0;
        double maxMs = 0;
        double eventsPerSecond = 0;
        qsizetype probes = 0;
    };
    static Loop loopLatency(BenchReport &report, const Scenario &scenario, int seconds);
    // The goal's paced run, then a flood beside it.
    static void loopLatencies(BenchReport &report, int seconds);
};

} // namespace sockscope::bench
