#include "run/planrunner.h"

#include "analysis/analysis.h"
#include "analysis/lessonexpectations.h"
#include "analysis/tracecomparison.h"
#include "model/lessoncatalogue.h"
#include "model/runheader.h"
#include "real/realrunner.h"
#include "record/livefeed.h"
#include "record/stopsignal.h"
#include "sim/simulator.h"

namespace sockscope {

namespace {

// runReal() numbers its runs 0, 1, 2, …; in Both mode each real run has its place between the
// simulated ones. This feed moves every live event to that place.
class PlacedFeed : public LiveFeed
{
public:
    PlacedFeed(LiveFeed *target, QList<int> places) : m_target(target), m_places(std::move(places))
    { }

    void runStarted(int index, const Run &header) override
    {
        m_target->runStarted(place(index), header);
    }
    void sendsAdded(int index, const SendList &batch) override
    {
        m_target->sendsAdded(place(index), batch);
    }
    void recvsAdded(int index, const RecvList &batch) override
    {
        m_target->recvsAdded(place(index), batch);
    }
    void framesAdded(int index, const QList<Frame> &batch) override
    {
        m_target->framesAdded(place(index), batch);
    }
    void noteAdded(const QString &note) override { m_target->noteAdded(note); }

private:
    int place(int index) const { return index < m_places.size() ? m_places[index] : index; }

    LiveFeed *m_target;
    QList<int> m_places;
};

// An empty trace of the plan: the runs follow.
Trace traceOf(const QList<PlannedRun> &plan, const QString &lesson)
{
    Trace trace;
    trace.lesson = lesson;
    // A lesson from a file travels with its trace: the trace is judged again without the file.
    if (const Lesson *fromFile = LessonCatalogue::find(lesson); fromFile && fromFile->fromFile())
        trace.lessonFile = std::make_shared<const Lesson>(*fromFile);
    if (!plan.isEmpty())
        trace.scenario = plan.first().scenario;
    return trace;
}

void append(Trace &trace, const QList<Run> &runs)
{
    for (Run run : runs) {
        Analysis::analyse(run);
        trace.runs.append(std::move(run));
    }
}

} // namespace

Trace PlanRunner::run(const QList<PlannedRun> &plan, const QString &lesson, Mode mode,
                      StopSignal &stop, LiveFeed *feed, bool capture)
{
    Trace trace;
    switch (mode) {
    case Mode::Real:
        trace = runReal(plan, lesson, stop, feed, capture);
        break;
    case Mode::Sim:
        trace = simulate(plan, lesson);
        break;
    case Mode::Both:
        trace = runBoth(plan, lesson, stop, feed, capture);
        break;
    }
    // The lesson checks itself against what happened (also on a stopped run: it says so).
    LessonExpectations::judge(trace);
    return trace;
}

Trace PlanRunner::runReal(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                          LiveFeed *feed, bool capture)
{
    Trace trace = traceOf(plan, lesson);
    for (const PlannedRun &planned : plan) {
        if (stop.isStopped())
            break;
        RealRunner::Result result
            = RealRunner::run(planned, stop, feed, int(trace.runs.size()), capture);
        append(trace, result.runs);
        if (result.capture)
            trace.captures.append(std::move(*result.capture));
        // Said once, however many runs went without their wire.
        if (!result.note.isEmpty() && !trace.notes.contains(result.note)) {
            trace.notes.append(result.note);
            if (feed)
                feed->noteAdded(result.note);
        }
    }
    return trace;
}

Trace PlanRunner::simulate(const QList<PlannedRun> &plan, const QString &lesson)
{
    Trace trace = traceOf(plan, lesson);
    for (const PlannedRun &planned : plan)
        append(trace, Simulator::simulate(planned, int(trace.runs.size())));
    return trace;
}

Trace PlanRunner::runBoth(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                          LiveFeed *feed, bool capture)
{
    QList<int> groups;
    for (const PlannedRun &planned : plan)
        groups << RunHeader::count(planned.scenario);
    const Trace simulated = simulate(plan, lesson);

    // Where each real and each simulated run goes: group by group, real first.
    QList<int> realPlaces;
    QList<int> simPlaces;
    int next = 0;
    for (int n : std::as_const(groups)) {
        for (int i = 0; i < n; ++i)
            realPlaces << next + i;
        for (int i = 0; i < n; ++i)
            simPlaces << next + n + i;
        next += 2 * n;
    }
    // The prediction is complete before the first real packet: show it at once.
    if (feed) {
        for (int i = 0; i < simulated.runs.size() && i < simPlaces.size(); ++i)
            feed->runStarted(simPlaces[i], simulated.runs[i]);
    }
    PlacedFeed placed(feed, realPlaces);
    const Trace real = runReal(plan, lesson, stop, feed ? &placed : nullptr, capture);
    return TraceComparison::combined(real, simulated, groups);
}

} // namespace sockscope
