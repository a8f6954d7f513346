#include "run/planrunner.h"

#include "analysis/tracecomparison.h"
#include "real/realrunner.h"
#include "record/livefeed.h"
#include "run/session.h"
#include "sim/simulator.h"

namespace sockscope {

namespace {

// Session numbers its runs 0, 1, 2, …; in Both mode each real run has its place between the
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

} // namespace

QString PlanRunner::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Real:
        return QStringLiteral("real");
    case Mode::Simulated:
        return QStringLiteral("sim");
    case Mode::Both:
        return QStringLiteral("both");
    }
    return {};
}

std::optional<PlanRunner::Mode> PlanRunner::parseMode(const QString &name)
{
    for (Mode mode : { Mode::Real, Mode::Simulated, Mode::Both }) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

Trace PlanRunner::run(const QList<PlannedRun> &plan, const QString &lesson, Mode mode,
                      StopSignal &stop, LiveFeed *feed)
{
    switch (mode) {
    case Mode::Real:
        return Session::run(plan, lesson, stop, feed);
    case Mode::Simulated:
        // Lesson-sized plans take milliseconds: the whole trace arrives at once at the end.
        return Simulator::run(plan, lesson);
    case Mode::Both:
        return runBoth(plan, lesson, stop, feed);
    }
    return {};
}

Trace PlanRunner::runBoth(const QList<PlannedRun> &plan, const QString &lesson, StopSignal &stop,
                          LiveFeed *feed)
{
    QList<int> groups;
    for (const PlannedRun &planned : plan)
        groups << RealRunner::runCount(planned.scenario);
    const Trace simulated = Simulator::run(plan, lesson);

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
    Trace real;
    if (feed) {
        // The prediction is complete before the first real packet: show it at once.
        for (int i = 0; i < simulated.runs.size() && i < simPlaces.size(); ++i)
            feed->runStarted(simPlaces[i], simulated.runs[i]);
        PlacedFeed placed(feed, realPlaces);
        real = Session::run(plan, lesson, stop, &placed);
    } else {
        real = Session::run(plan, lesson, stop, nullptr);
    }
    return TraceComparison::combined(real, simulated, groups);
}

} // namespace sockscope
