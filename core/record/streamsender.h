#pragma once

#include "model/trace.h"
#include "record/eventrecorder.h"

#include <QCoreApplication>

namespace sockscope {

class MonotonicClock;
class NativeSocket;
class StopSignal;

// Writes application messages onto a connected TCP socket as traced send() calls: one SendEvent
// per system call (fidelity rule 1, core/README.md), a partial send continued by the next call,
// EAGAIN waited out with poll() so that a stop stays responsive, EINTR retried. The lessons' client
// and server and send-to mode all send this way.
class StreamSender
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::StreamSender)

public:
    StreamSender(NativeSocket &socket, EventRecorder<SendEvent> &recorder,
                 const MonotonicClock &clock, StopSignal &stop, bool evidence);

    // Message n in `parts` send() calls of near-equal size (parts > 1 is write-write-read);
    // empty pieces are skipped, except that an empty message is still one send() of 0 bytes.
    // False when sending must end: error() says why.
    bool sendMessage(const QByteArray &message, int n, int parts);
    // size bytes of message n, in as many send() calls as the kernel needs.
    bool sendAll(const char *data, qint64 size, int message);

    // Why sending ended: a failed send(), the event cap's notice; empty after a stop.
    QString error() const { return m_error; }
    bool capped() const { return m_capped; }
    qint64 offset() const { return m_offset; }

private:
    NativeSocket &m_socket;
    EventRecorder<SendEvent> &m_recorder;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    bool m_evidence;
    qint64 m_offset = 0;
    bool m_capped = false;
    QString m_error;
};

} // namespace sockscope
