#include "run/observecontroller.h"

#include "observe/observedrunlabel.h"
#include "observe/observesession.h"
#include "run/recordingthread.h"

namespace sockscope {

// One observation: the listening session and the thread that records it.
class ObserveController::Worker
{
public:
    Worker(std::unique_ptr<LiveTraceFeed> feed, const ObserveOptions &options)
        : m_recording(std::move(feed)),
          m_session(options, m_recording.stopSignal(), m_recording.feed())
    { }

    // The thread uses the session: join it before the session goes.
    ~Worker() { m_recording.stopAndTake(); }

    QString open() { return m_session.open(); }
    QString address() const { return m_session.address(); }
    quint16 port() const { return m_session.port(); }

    void start()
    {
        m_recording.start([this](StopSignal &, LiveFeed *) { return m_session.run(); });
    }
    Trace stopAndTake() { return m_recording.stopAndTake(); }

private:
    RecordingThread m_recording;
    ObserveSession m_session;
};

ObserveController::ObserveController(QObject *parent) : QObject(parent)
{
    connect(&m_live, &LiveTrace::traceChanged, this, &ObserveController::traceChanged);
    connect(&m_live, &LiveTrace::noteArrived, this, &ObserveController::noteAdded);
    connect(&m_live, &LiveTrace::ended, this, [this] {
        m_worker.reset(); // joins: the thread has already handed over its result
        relabel();
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
    initial.observe = options.settings(m_address, m_port);
    m_live.begin(std::move(initial));
    m_worker = std::move(worker);
    m_worker->start();
    emit started(m_address, m_port);
    emit traceChanged();
    return {};
}

void ObserveController::relabel()
{
    m_live.edit(&ObservedRunLabel::relabel);
}

void ObserveController::stop()
{
    if (m_worker)
        m_live.end(m_worker->stopAndTake());
}

} // namespace sockscope
