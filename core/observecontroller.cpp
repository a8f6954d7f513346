#include "observecontroller.h"

#include "livefeed.h"
#include "observesession.h"
#include "stopsignal.h"

#include <QPointer>
#include <QTimer>

#include <thread>

namespace sockscope {

// The session's LiveFeed: every batch is copied into a closure and posted to the controller's
// thread, so the Trace is only ever touched there.
class ObserveController::Worker : public LiveFeed
{
public:
    Worker(ObserveController *controller, int generation, const ObserveOptions &options)
        : m_controller(controller), m_generation(generation), m_session(options, m_stop, this)
    {
    }

    ~Worker() override { stopAndTake(); }

    QString open() { return m_session.open(); }
    QString address() const { return m_session.address(); }
    quint16 port() const { return m_session.port(); }

    void start()
    {
        m_thread = std::thread([this] {
            m_result = m_session.run();
            QPointer<ObserveController> c = m_controller;
            const int generation = m_generation;
            Trace result = m_result;
            QMetaObject::invokeMethod(
                m_controller, [c, generation, result] { if (c) c->finish(generation, result); },
                Qt::QueuedConnection);
        });
    }

    // Stops and waits for the threads; every socket call sees the stop within ~50 ms.
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

    void framesAdded(int index, const QList<Frame> &batch) override
    {
        post([index, batch](Trace &t) {
            if (index < t.runs.size())
                t.runs[index].frames.append(batch);
        });
    }

    void noteAdded(const QString &note) override
    {
        QPointer<ObserveController> c = m_controller;
        post([c, note](Trace &t) {
            t.notes.append(note);
            if (c)
                emit c->noteAdded(note);
        });
    }

private:
    void post(std::function<void(Trace &)> change)
    {
        QPointer<ObserveController> c = m_controller;
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            m_controller,
            [c, generation, change = std::move(change)] { if (c) c->deliver(generation, change); },
            Qt::QueuedConnection);
    }

    ObserveController *m_controller;
    int m_generation;
    StopSignal m_stop;
    ObserveSession m_session;
    Trace m_result;
    std::thread m_thread;
};

ObserveController::ObserveController(QObject *parent) : QObject(parent) {}

ObserveController::~ObserveController() = default;

bool ObserveController::isRunning() const
{
    return m_worker != nullptr;
}

QString ObserveController::start(const ObserveOptions &options)
{
    stop();
    if (const QString error = options.validate(); !error.isEmpty())
        return error;
    ++m_generation;
    auto worker = std::make_unique<Worker>(this, m_generation, options);
    if (const QString error = worker->open(); !error.isEmpty())
        return error;
    m_address = worker->address();
    m_port = worker->port();
    m_trace = Trace{};
    m_trace.scenario = options.readerScenario();
    m_worker = std::move(worker);
    m_worker->start();
    emit started(m_address, m_port);
    emit traceChanged();
    return {};
}

void ObserveController::stop()
{
    if (!m_worker)
        return;
    Trace result = m_worker->stopAndTake();
    finish(m_generation, std::move(result));
}

void ObserveController::deliver(int generation, const std::function<void(Trace &)> &change)
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

void ObserveController::finish(int generation, Trace trace)
{
    if (generation != m_generation || !m_worker)
        return;
    m_worker.reset(); // joins: the thread has already handed over its result
    ++m_generation;   // anything still queued from this observation is stale now
    m_trace = std::move(trace);
    emit traceChanged();
    emit finished();
}

} // namespace sockscope
