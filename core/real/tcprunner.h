#pragma once

#include "model/runheader.h"
#include "model/trace.h"
#include "record/eventrecorder.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"

#include <atomic>

namespace sockscope {

class LiveFeed;
class LoopbackCapture;
class StopSignal;

// One TCP connection over 127.0.0.1: a client thread sends the scenario's messages, a server
// thread reads them with the scenario's recv size and cadence. With reply_size > 0 the server
// answers every complete request and the client waits for the answer (request/response), which
// gives a second run for the server → client direction.
class TcpRunner
{
public:
    TcpRunner(const Scenario &scenario, const QString &label, const MonotonicClock &clock,
              StopSignal &stop, LiveFeed *feed, LoopbackCapture *capture, int firstIndex);

    QList<Run> run();
    // The port the server listened on (0 before run() or when it failed to listen).
    quint16 port() const { return m_port; }

private:
    struct Direction
    {
        Run run;
        qint64 receivedOffset = 0; // written by the receiving thread only
    };

    // Request/response: the server answers each request, a second run records the replies.
    bool exchange() const { return RunHeader::tcpCount(m_scenario) == 2; }
    QString connect();
    void client();
    void server();
    // One recv(2); returns its result (-1 on error, 0 on EOF). false from wait means stopped.
    qint64 receive(NativeSocket &socket, Direction &dir, EventRecorder<RecvEvent> &rec,
                   QByteArray &buffer, QString *error);
    void recordOptions(Run &run, const NativeSocket &sender, const NativeSocket &receiver) const;
    void finishFailure(const QString &error);

    Scenario m_scenario;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    LoopbackCapture *m_capture; // told the port before the first packet; may be null
    int m_firstIndex;
    quint16 m_port = 0;
    NativeSocket m_listener;
    NativeSocket m_clientSocket;
    NativeSocket m_serverSocket;
    Direction m_requests;
    Direction m_replies;
    QString m_clientError;
    QString m_serverError;
    // Either thread reached the event cap: the run's error is the cap notice, not the EPIPE
    // or reset the other thread then sees.
    std::atomic<bool> m_capped{ false };
};

} // namespace sockscope
