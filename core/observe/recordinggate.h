#pragma once

#include "model/trace.h"

#include <QCoreApplication>

namespace sockscope {

class MemoryBudget;
class MonotonicClock;
class ObserveNotes;

// Decides, call by call, whether an observed run still records: not once the run holds maxRecvs
// calls, not once the session's memory budget is spent. Recording never resumes in a run; the
// calls after that are still made (the stream is read and relayed, so no peer is stalled) and
// counted, and finish() marks the run with them (Run::unrecorded) and says so in the notes.
// It charges the budget with what its run holds, estimated from the real sizes of the
// structures: the run's fields, the event columns (EventList::capacityBytes), the frame list
// and each frame's heap blocks, and whatever the caller adds (a decoder's buffers).
// One per run, used by the run's reading thread only.
class RecordingGate
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::RecordingGate)

public:
    // budget and notes may be null (no budget, no notes).
    RecordingGate(Run &run, qint64 maxRecvs, MemoryBudget *budget, ObserveNotes *notes,
                  const MonotonicClock &clock);
    RecordingGate(const RecordingGate &) = delete;
    RecordingGate &operator=(const RecordingGate &) = delete;
    ~RecordingGate() = default;

    // Whether the call about to be kept may be: false from the first one that may not.
    bool admit();
    bool stopped() const { return m_stopped; }
    // A call that was made and not recorded: when it returned, and the bytes it received.
    void skip(qint64 returnedNs, qint64 bytes);

    // Memory the run keeps from now on and that is not measured again (a frame's heap blocks,
    // a peer's address); charged with the next hold().
    void keep(qint64 bytes) { m_kept += bytes; }
    // What the run's growing parts hold now, apart from its events and frame list, which the
    // gate measures itself (a decoder's buffers): charged by difference.
    void hold(qint64 extraBytes = 0);
    // Marks the run (Run::unrecorded) when any call went unrecorded, and notes it when the run
    // reached its own cap (the memory budget has one note for the whole session).
    void finish();

    // The live notice that the session's memory budget was just reached (by the charge that
    // reached it: a run's, or the captured wire's).
    static void budgetReached(const MemoryBudget &budget, ObserveNotes *notes, bool udp);
    // Heap blocks of one decoded frame (its recv list, preview, error and header fields).
    static qint64 frameBytes(const Frame &frame);
    // Heap block of a string, as malloc hands it out.
    static qint64 stringBytes(const QString &text);

private:
    qint64 measured() const;
    void stop(Unrecorded::Reason reason);

    Run &m_run;
    qint64 m_maxRecvs;
    MemoryBudget *m_budget;
    ObserveNotes *m_notes;
    const MonotonicClock &m_clock;
    bool m_stopped = false;
    Unrecorded m_unrecorded;
    qint64 m_kept = 0; // the run's fields, frames' and peers' heap blocks
    qint64 m_charged = 0; // what this run has charged the budget with
};

} // namespace sockscope
