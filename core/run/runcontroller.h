#pragma once

#include "model/lesson.h"
#include "model/trace.h"
#include "run/livetrace.h"
#include "run/planrunner.h"
#include "run/recordingthread.h"

#include <QObject>

#include <memory>

namespace sockscope {

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
    const Trace &trace() const { return m_live.trace(); }

public slots:
    // Stops any run in progress first. lesson may be empty for a custom scenario. mode: real
    // sockets, the simulator, or both stacked (PlanRunner, the same code as `run --mode`).
    void start(const QList<sockscope::PlannedRun> &plan, const QString &lesson,
               sockscope::Mode mode = sockscope::Mode::Real);
    // Returns within 500 ms; the trace so far is kept and analysed (runs marked aborted).
    void stop();

signals:
    void started();
    void traceChanged(); // throttled to ~30 Hz while recording
    void finished(); // analysis done; trace() is complete

private:
    LiveTrace m_live;
    std::unique_ptr<RecordingThread> m_worker;
};

} // namespace sockscope
