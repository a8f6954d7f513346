#pragma once

#include "lesson.h"
#include "trace.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sockscope {

class StopSignal;

// Runs a plan on worker threads and keeps the growing Trace on the thread that owns the
// controller (the GUI thread). Socket work never happens on the owner's thread.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    bool isRunning() const;
    // The trace so far: runs appear as they start and their sends/recvs grow while recording;
    // fates, frames and summaries are filled when finished() is emitted.
    const Trace &trace() const { return m_trace; }

public slots:
    // Stops any run in progress first. lesson may be empty for a custom scenario.
    void start(const QList<sockscope::PlannedRun> &plan, const QString &lesson);
    // Returns within 500 ms; the trace so far is kept and analysed (runs marked aborted).
    void stop();

signals:
    void started();
    void traceChanged();   // throttled to ~30 Hz while recording
    void finished();       // analysis done; trace() is complete

private:
    class Worker;
    void deliver(int generation, std::function<void(Trace &)> change);
    void finish(int generation, Trace trace);

    Trace m_trace;
    std::unique_ptr<Worker> m_worker;
    int m_generation = 0;
    bool m_changePending = false;
};

} // namespace sockscope
