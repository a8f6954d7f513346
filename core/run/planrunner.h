#pragma once

#include "model/lesson.h"
#include "model/trace.h"

namespace sockscope {

class LiveFeed;
class StopSignal;

// Runs a plan the way the user asked: over real loopback sockets, on the imagined network of
// the simulator, or both — predicted vs observed. The one path from a plan to a Trace, for the
// CLI's `run --mode` and the GUI's Real / Simulated / Both switch alike (RunController only
// adds the worker thread), so both show the same runs in the same order:
//
//   PlanRunner   the plan: each PlannedRun (a lesson variant) in turn, its runs numbered in the
//                trace and analysed; in Both, the real and the simulated runs interleaved
//   RealRunner   one PlannedRun over loopback sockets: TCP and UDP at once on one clock
//                (TcpRunner, UdpRunner: one connection, one pair of datagram sockets)
//   Simulator    one PlannedRun on the imagined network (TcpModel, UdpModel)
//   RunHeader    (model) what each run of a PlannedRun is before its first call, the same
//                for the real runners and the simulator
//   LessonExpectations  (analysis) the lesson's headline and claims, judged once the plan
//                has run
//
// Variants run one after the other, each on a fresh clock, so "Nagle on" and "Nagle off" start
// at t = 0 and compare on one axis without disturbing each other.
//
// Both gives one trace, each run marked with its mode: per PlannedRun its real runs, then the
// same runs simulated, so a real run and its prediction sit one above the other on the
// timeline. The simulated runs are known at once and reach the feed first; the real ones fill
// in live. TraceComparison::split() takes the two apart again for the table.
class PlanRunner
{
public:
    // Blocking; stop ends the real part early (the simulator never waits). Without a feed, the
    // runs arrive all at once in the returned trace; in Sim mode they always do (lesson-sized
    // plans take milliseconds).
    // capture: record the real runs' packets on loopback (their wire lane) when the process
    // may; without the permission the runs go on and the trace's notes say how to allow it.
    static Trace run(const QList<PlannedRun> &plan, const QString &lesson, Mode mode,
                     StopSignal &stop, LiveFeed *feed = nullptr, bool capture = true);

private:
    static Trace runReal(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                         LiveFeed *feed, bool capture);
    static Trace simulate(const QList<PlannedRun> &plan, const QString &lesson);
    static Trace runBoth(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                         LiveFeed *feed, bool capture);
};

} // namespace sockscope
