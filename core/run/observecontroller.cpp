#include "run/observecontroller.h"

#include "observe/observesession.h"
#include "record/recordingpriority.h"
#include "record/stopsignal.h"

#include <thread>

namespace sockscope {

// One observation: the listening session and the thread that records it, reporting through
// its LiveTraceFeed.
class ObserveController::Worker
{
public:
    Worker(std::unique_ptr<LiveTraceFeed> feed, const ObserveOptions &options)
        : m_feed(std::move(feed)), m_session(options, m_stop, m_feed.get())
    { }

    ~Worker() { stopAndTake(); }

    QString open() { return m_session.open(); }
    QString address() const { return m_session.address(); }
    quint16 port() const { return m_session.port(); }

    void start()
    {
        m_thread = std::thread([this] {
            RecordingPriority::lowerCurrentThread();
            m_result = m_session.run();
            m_feed->finish(m_result);
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

private:
    std::unique_ptr<LiveTraceFeed> m_feed;
    StopSignal m_stop;
    ObserveSession m_session;
    Trace m_result;
    std::thread m_thread;
};

ObserveController::ObserveController(QObject *parent) : QObject(parent)
{
    connect(&m_live, &LiveTrace::traceChanged, this, &ObserveController::traceChanged);
    connect(&m_live, &LiveTrace::noteArrived, this, &ObserveController::noteAdded);
    connect(&m_live, &LiveTrace::ended, this, [this] {
        m_worker.reset(); // joins: the thread has already handed over its result
        emit finished();
    });
}

ObserveController::~ObserveController() = default;

bool ObserveController::isRunning() const
{
    return m_worker != nullptr;
}

QString ObserveController::start(const ObserveOptions &options)
{
    stop();
    if (QString error = options.validate(); !error.isEmpty())
        return error;
    auto worker = std::make_unique<Worker>(m_live.nextFeed(), options);
    if (QString error = worker->open(); !error.isEmpty())
        return error;
    m_address = worker->address();
    m_port = worker->port();
    Trace initial;
    initial.scenario = options.readerScenario();
    m_live.begin(std::move(initial));
    m_worker = std::move(worker);
    m_worker->start();
    emit started(m_address, m_port);
    emit traceChanged();
    return {};
}

void ObserveController::stop()
{
    if (m_worker)
        m_live.end(m_worker->stopAndTake());
}

} // namespace sockscope
