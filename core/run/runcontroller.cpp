#include "run/runcontroller.h"

#include "record/recordingpriority.h"
#include "record/stopsignal.h"

#include <thread>

namespace sockscope {

// One recording: a thread that runs the plan and reports through its LiveTraceFeed.
class RunController::Worker
{
public:
    Worker(std::unique_ptr<LiveTraceFeed> feed, QList<PlannedRun> plan, QString lesson, Mode mode)
        : m_feed(std::move(feed))
    {
        m_thread = std::thread([this, plan = std::move(plan), lesson = std::move(lesson), mode] {
            RecordingPriority::lowerCurrentThread();
            m_result = PlanRunner::run(plan, lesson, mode, m_stop, m_feed.get());
            m_feed->finish(m_result);
        });
    }

    ~Worker() { stopAndTake(); }

    // Stops and waits for the threads; the runners see the stop within ~50 ms.
    Trace stopAndTake()
    {
        m_stop.stop();
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }

private:
    std::unique_ptr<LiveTraceFeed> m_feed;
    StopSignal m_stop;
    Trace m_result;
    std::thread m_thread;
};

RunController::RunController(QObject *parent) : QObject(parent)
{
    connect(&m_live, &LiveTrace::traceChanged, this, &RunController::traceChanged);
    connect(&m_live, &LiveTrace::ended, this, [this] {
        m_worker.reset(); // joins: the thread has already handed over its result
        emit finished();
    });
}

RunController::~RunController() = default;

bool RunController::isRunning() const
{
    return m_worker != nullptr;
}

void RunController::start(const QList<PlannedRun> &plan, const QString &lesson, Mode mode)
{
    stop();
    Trace initial;
    initial.lesson = lesson;
    if (!plan.isEmpty())
        initial.scenario = plan.first().scenario;
    m_worker = std::make_unique<Worker>(m_live.nextFeed(), plan, lesson, mode);
    m_live.begin(std::move(initial));
    emit started();
    emit traceChanged();
}

void RunController::stop()
{
    if (m_worker)
        m_live.end(m_worker->stopAndTake());
}

} // namespace sockscope
