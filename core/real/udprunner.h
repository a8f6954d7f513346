#pragma once

#include "model/trace.h"
#include "record/eventrecorder.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"

#include <atomic>

namespace sockscope {

class LiveFeed;
class LoopbackCapture;
class StopSignal;

// One UDP sender and one UDP receiver on 127.0.0.1, each on its own thread. A datagram holds
// exactly the application's message; the receiver learns which send it is from the kernel's
// drop counter (SO_RXQ_OVFL) and loopback's order (see receiver()).
class UdpRunner
{
public:
    UdpRunner(const Scenario &scenario, const QString &label, const MonotonicClock &clock,
              StopSignal &stop, LiveFeed *feed, LoopbackCapture *capture, int index);

    Run run();
    // The port the receiver bound (0 before run() or when it failed to bind).
    quint16 port() const { return m_port; }

private:
    QString open();
    void sender();
    void receiver();
    bool waitForDatagram();
    NativeSocket::Datagram receive(EventRecorder<RecvEvent> &rec, char *data, qsizetype size,
                                   bool peek, int &datagrams, qint64 &drops);

    Scenario m_scenario;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    LoopbackCapture *m_capture; // told the port before the first packet; may be null
    int m_index;
    NativeSocket m_senderSocket;
    NativeSocket m_receiverSocket;
    quint16 m_port = 0;
    quint16 m_senderPort = 0;
    std::optional<qint64> m_dropsAtStart; // the receiving socket's kernel drop counter
    Run m_run;
    // Loopback delivers a datagram inside sendto(), so once the sender is done, whatever is
    // not queued within a short grace period was dropped.
    std::atomic<bool> m_senderDone{ false };
    QString m_senderError;
    QString m_receiverError;
};

} // namespace sockscope
