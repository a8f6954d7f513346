#include "run/runcontroller.h"

#include "run/recordingthread.h"

namespace sockscope {

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
    m_worker = std::make_unique<RecordingThread>(m_live.nextFeed());
    m_worker->start([plan, lesson, mode](StopSignal &stop, LiveFeed *feed) {
        return PlanRunner::run(plan, lesson, mode, stop, feed);
    });
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
