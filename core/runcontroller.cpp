#include "runcontroller.h"

#include "livefeed.h"
#include "session.h"
#include "stopsignal.h"

#include <QPointer>
#include <QTimer>

#include <thread>

namespace sockscope {

// The worker thread's LiveFeed: every batch is copied into a closure and posted to the
// controller's thread, so the Trace is only ever touched there.
class RunController::Worker : public LiveFeed
{
public:
    Worker(RunController *controller, int generation, QList<PlannedRun> plan, QString lesson)
        : m_controller(controller), m_generation(generation)
    {
        m_thread = std::thread([this, plan = std::move(plan), lesson = std::move(lesson)] {
            m_result = Session::run(plan, lesson, m_stop, this);
            QPointer<RunController> c = m_controller;
            const int generation = m_generation;
            Trace result = m_result;
            QMetaObject::invokeMethod(
                m_controller, [c, generation, result] { if (c) c->finish(generation, result); },
                Qt::QueuedConnection);
        });
    }

    ~Worker() override
    {
        m_stop.stop();
        if (m_thread.joinable())
            m_thread.join();
    }

    // Stops and waits for the threads; the runners see the stop within ~50 ms.
    Trace stopAndTake()
    {
        m_stop.stop();
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }

    void runStarted(int index, const Run &header) override
    {
        post([index, header](Trace &t) {
            if (t.runs.size() <= index)
                t.runs.resize(index + 1);
            t.runs[index] = header;
        });
    }

    void sendsAdded(int index, const QList<SendEvent> &batch) override
    {
        post([index, batch](Trace &t) {
            if (index < t.runs.size())
                t.runs[index].sends.append(batch);
        });
    }

    void recvsAdded(int index, const QList<RecvEvent> &batch) override
    {
        post([index, batch](Trace &t) {
            if (index < t.runs.size())
                t.runs[index].recvs.append(batch);
        });
    }

private:
    void post(std::function<void(Trace &)> change)
    {
        QPointer<RunController> c = m_controller;
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            m_controller,
            [c, generation, change = std::move(change)] { if (c) c->deliver(generation, change); },
            Qt::QueuedConnection);
    }

    RunController *m_controller;
    int m_generation;
    StopSignal m_stop;
    Trace m_result;
    std::thread m_thread;
};

RunController::RunController(QObject *parent) : QObject(parent) {}

RunController::~RunController() = default;

bool RunController::isRunning() const
{
    return m_worker != nullptr;
}

void RunController::start(const QList<PlannedRun> &plan, const QString &lesson)
{
    stop();
    ++m_generation;
    m_trace = Trace{};
    m_trace.lesson = lesson;
    if (!plan.isEmpty())
        m_trace.scenario = plan.first().scenario;
    m_worker = std::make_unique<Worker>(this, m_generation, plan, lesson);
    emit started();
    emit traceChanged();
}

void RunController::stop()
{
    if (!m_worker)
        return;
    Trace result = m_worker->stopAndTake();
    finish(m_generation, std::move(result));
}

void RunController::deliver(int generation, std::function<void(Trace &)> change)
{
    if (generation != m_generation || !m_worker)
        return;
    change(m_trace);
    if (m_changePending)
        return;
    m_changePending = true;
    QTimer::singleShot(33, this, [this] {
        m_changePending = false;
        emit traceChanged();
    });
}

void RunController::finish(int generation, Trace trace)
{
    if (generation != m_generation || !m_worker)
        return;
    m_worker.reset(); // joins: the thread has already handed over its result
    ++m_generation;   // anything still queued from this run is stale now
    m_trace = std::move(trace);
    emit traceChanged();
    emit finished();
}

} // namespace sockscope
