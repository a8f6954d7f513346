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
//
// With clients > 1, RealRunner makes one TcpRunner per client on one listening socket (the
// server of a socketserver-style program: one thread per accepted connection): listen() once,
// open() each runner in turn (its connect() and the accept() that hands over exactly that
// connection), then run() them all at once.
class TcpRunner
{
public:
    // firstIndex: the trace index of the plan's first TCP run; client k's runs follow the
    // runs of clients 0 … k - 1.
    TcpRunner(const Scenario &scenario, const QString &label, const MonotonicClock &clock,
              StopSignal &stop, LiveFeed *feed, LoopbackCapture *capture, int firstIndex,
              int client = 0);

    // The server's listening socket, with SO_RCVBUF (inherited by the accepted sockets) set.
    static NativeSocket listen(const Scenario &scenario, QString *error);
    // Connects this runner's client to listener and accepts its connection; the error is the
    // run's. run() opens a listener of its own when open() was not called.
    void open(NativeSocket &listener);
    // A failure before open(): the runner's runs end with it.
    void fail(const QString &error) { m_openError = error; }

    QList<Run> run();
    // The port the server listened on (0 before run() or when it failed to listen).
    quint16 port() const { return m_port; }
    // The client's own port (0 before it connected).
    quint16 clientPort() const { return m_clientPort; }

private:
    struct Direction
    {
        Run run;
        qint64 receivedOffset = 0; // written by the receiving thread only
    };

    // Request/response: the server answers each request, a second run records the replies
    // (per connection: with several clients, each has its own pair).
    bool exchange() const { return RunHeader::perConnection(m_scenario) == 2; }
    QString connect(NativeSocket &listener);
    QString setUpSockets();
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
    quint16 m_clientPort = 0;
    bool m_opened = false;
    QString m_openError;
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
