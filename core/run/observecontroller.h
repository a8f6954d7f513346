#pragma once

#include "model/trace.h"
#include "observe/observeoptions.h"
#include "run/livetrace.h"

#include <QObject>

#include <memory>

namespace sockscope {

// Observe mode for a GUI: listens at once on the caller's thread (so "port in use" is an
// immediate answer), then records on worker threads and keeps the growing Trace on the thread
// that owns the controller, like RunController does for lessons. One run per TCP client (two
// with a relay: client → server, server → client), or one UDP run; runs appear as clients
// connect, their recvs and decoded frames grow while recording, and fates-free summaries are
// filled when finished() is emitted. Socket work never happens on the owner's thread.
class ObserveController : public QObject
{
    Q_OBJECT
public:
    explicit ObserveController(QObject *parent = nullptr);
    ~ObserveController() override;

    bool isRunning() const;
    const Trace &trace() const { return m_live.trace(); }
    // Where it listens, valid from start() until the next start().
    QString address() const { return m_address; }
    quint16 port() const { return m_port; }

    // Stops an observation in progress first. Returns an error sentence (invalid options, or
    // the socket failure such as "bind() failed: Address already in use"); empty when
    // listening, in which case started() has been emitted.
    QString start(const sockscope::ObserveOptions &options);

public slots:
    // Returns within 500 ms; the trace so far is kept and analysed.
    void stop();
    // The runs titled again in the language now installed (ObservedRunLabel); a finished
    // observation's runs are titled so anyway, whatever the language was when they began.
    void relabel();

signals:
    void started(const QString &address, quint16 port);
    void traceChanged(); // throttled to ~30 Hz while recording
    void noteAdded(const QString &note); // a client turned away, a relay target unreachable
    void finished(); // trace() is complete (Ctrl+C, stop(), or --duration)

private:
    class Worker;

    LiveTrace m_live;
    std::unique_ptr<Worker> m_worker;
    QString m_address;
    quint16 m_port = 0;
};

} // namespace sockscope
