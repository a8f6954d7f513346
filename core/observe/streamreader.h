#pragma once

#include "model/framedecoder.h"
#include "model/trace.h"
#include "record/eventrecorder.h"

#include <QByteArray>

#include <atomic>

namespace sockscope {

class MonotonicClock;
class NativeSocket;
class StopSignal;
struct ObserveOptions;

// The receiving application of one observed TCP direction: one recv(2) of the chosen size per
// read() (fidelity rule 1), at the chosen cadence, with FIONREAD before it, and the framing
// decoder fed live. Events go into the Run it is given, and to the LiveFeed in batches. Used
// by one thread at a time; the peer is untrusted, so recording stops at maxRecvs (the stream
// is still read, and relayed) and the decoder is bounded by maxFrame.
class StreamReader
{
public:
    StreamReader(Run &run, int runIndex, const ObserveOptions &options, const MonotonicClock &clock,
                 StopSignal &stop, LiveFeed *feed);

    // A relay ending a connection itself wakes this reader's recv() with shutdown(SHUT_RD) after
    // setting the flag: the 0 that recv() then returns is the relay's doing, not the peer
    // closing, and is not recorded (as with a stop).
    void setInterrupt(const std::atomic<bool> *flag) { m_interrupt = flag; }
    // Sleeps until the next read of a periodic reader; false when stopped meanwhile.
    bool waitTurn();
    // One recv(). Returns the bytes read (in data()), 0 when the peer closed, -1 on an error
    // (error() says which, empty when it was a stop or a reset by the peer).
    qint64 read(const NativeSocket &socket);
    const char *data() const { return m_buffer.constData(); }
    QString error() const { return m_error; }
    // The errno of the recv() that failed (ECONNRESET included), 0 after a stop or interrupt.
    int errorCode() const { return m_errno; }
    // True once maxRecvs were recorded and later recvs are only counted.
    bool capped() const { return m_capped; }
    qint64 unrecordedBytes() const { return m_unrecordedBytes; }
    // End of the stream: the decoder's partial frame, the last batch to the feed.
    void finish();

private:
    void publishFrames(bool force);

    Run &m_run;
    int m_runIndex;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    EventRecorder<RecvEvent> m_recorder;
    FrameDecoder m_decoder;
    bool m_framing = false;
    bool m_evidence = true;
    bool m_capped = false;
    qsizetype m_maxRecvs;
    qint64 m_intervalNs;
    qint64 m_nextTurnNs;
    qint64 m_offset = 0;
    qint64 m_unrecordedBytes = 0;
    qsizetype m_framesPublished = 0;
    qint64 m_lastFramesNs = 0;
    QByteArray m_buffer;
    QString m_error;
    int m_errno = 0;
    const std::atomic<bool> *m_interrupt = nullptr;
};

} // namespace sockscope
