#pragma once

#include "model/framedecoder.h"
#include "model/trace.h"
#include "observe/recordinggate.h"
#include "record/eventrecorder.h"

#include <QByteArray>

#include <atomic>

namespace sockscope {

class MemoryBudget;
class MonotonicClock;
class NativeSocket;
class ObserveNotes;
class StopSignal;
struct ObserveOptions;

// The receiving application of one observed TCP direction: one recv(2) of the chosen size per
// read() (fidelity rule 1), at the chosen cadence, with FIONREAD before it, and the framing
// decoder fed live. Events go into the Run it is given, and to the LiveFeed in batches. Used
// by one thread at a time; the peer is untrusted, so recording stops at maxRecvs or when the
// session's memory budget is spent (RecordingGate: the stream is still read, and relayed, and
// the run says how much was not recorded), and the decoder is bounded by maxFrame.
class StreamReader
{
public:
    // What a reader shares with its connection and session; every part may be null ({} is all
    // null: no default member initialisers, which a default argument in this class cannot use).
    struct Shared
    {
        MemoryBudget *budget;
        ObserveNotes *notes;
        // When either direction of the connection last received a byte (the session's clock):
        // with options.idleTimeoutMs, a reader whose socket has SO_RCVTIMEO set ends the
        // connection once both directions were quiet that long.
        std::atomic<qint64> *lastByteNs;
    };

    StreamReader(Run &run, int runIndex, const ObserveOptions &options, const MonotonicClock &clock,
                 StopSignal &stop, LiveFeed *feed, const Shared &shared = {});

    // A relay ending a connection itself wakes this reader's recv() with shutdown(SHUT_RD) after
    // setting the flag: the 0 that recv() then returns is the relay's doing, not the peer
    // closing, and is not recorded (as with a stop).
    void setInterrupt(const std::atomic<bool> *flag) { m_interrupt = flag; }
    // Sleeps until the next read of a periodic reader; false when stopped meanwhile.
    bool waitTurn();
    // One recv(). Returns the bytes read (in data()), 0 when the peer closed, -1 on an error
    // (error() says which, empty when it was a stop, a reset by the peer or the idle timeout).
    qint64 read(const NativeSocket &socket);
    const char *data() const { return m_buffer.constData(); }
    QString error() const { return m_error; }
    // The errno of the recv() that failed (ECONNRESET included), 0 after a stop or interrupt.
    int errorCode() const { return m_errno; }
    // True once recording stopped and later recvs are only counted.
    bool capped() const { return m_gate.stopped(); }
    // True when read() ended the connection for its idle timeout.
    bool idle() const { return m_idle; }
    // End of the stream: the decoder's partial frame, the last batch to the feed, the run marked
    // with what was not recorded.
    void finish();

private:
    void record(RecvEvent &e, qint64 r, const NativeSocket &socket);
    bool idleFor(qint64 nowNs) const;
    void publishFrames(bool force);

    Run &m_run;
    int m_runIndex;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    Shared m_shared;
    EventRecorder<RecvEvent> m_recorder;
    RecordingGate m_gate;
    FrameDecoder m_decoder;
    bool m_framing = false;
    bool m_evidence = true;
    bool m_idle = false;
    bool m_decoderFinished = false;
    qint64 m_intervalNs;
    qint64 m_idleTimeoutNs;
    qint64 m_nextTurnNs;
    qint64 m_offset = 0;
    qsizetype m_framesPublished = 0;
    qint64 m_lastFramesNs = 0;
    QByteArray m_buffer;
    QString m_error;
    int m_errno = 0;
    const std::atomic<bool> *m_interrupt = nullptr;
};

} // namespace sockscope
