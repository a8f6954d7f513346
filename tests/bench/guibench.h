#pragma once

#include "benchreport.h"

namespace sockscope::bench {

// The window: how long from process start to the first painted window (a child process, so
// that the figure includes loading the program), and how late the GUI thread's event loop gets
// while a run records as fast as loopback lets it (offscreen platform).
class GuiBench
{
public:
    static void run(BenchReport &report, const QString &program, bool quick);
    // The child's side of startup_ms: show the window, print "painted" at its first paint, quit.
    static int startupChild(int argc, char **argv);

private:
    static void startup(BenchReport &report, const QString &program, int rounds);
    static void loopLatency(BenchReport &report, int seconds);
};

} // namespace sockscope::bench
