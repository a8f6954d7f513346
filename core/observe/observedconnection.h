#pragma once

#include "model/trace.h"
#include "observe/observeoptions.h"
#include "observe/streamreader.h"
#include "record/nativesocket.h"

#include <atomic>
#include <functional>
#include <thread>

namespace sockscope {

class LiveFeed;
class MonotonicClock;
class ObserveNotes;
class ObserveWire;
class StopSignal;

// One accepted TCP client of an observe session, on threads of its own. Observe: one run, the
// client's bytes as our recv()s saw them. Relay: connects to the server and forwards both ways
// byte for byte; two runs, client → server and server → client, each with the recv boundaries
// of the relay's reads. Runs are numbered from firstIndex for the LiveFeed. The session's memory
// budget and notes come in `shared`; a client quiet for options.idleTimeoutMs is closed.
//
// A relay passes on how each side ends, so that client and server see what they would see
// connected directly: a FIN as a FIN (a half-close; the other direction flows on), a reset as a
// reset. A server that cannot be reached resets the client. What the relay did to a peer on its
// own (a reset) is a note of the session.
class ObservedConnection
{
public:
    // done is called on the connection's thread as the last thing it does: the session may
    // join() it from then on.
    ObservedConnection(NativeSocket client, QString peer, int firstIndex, ObserveOptions options,
                       const MonotonicClock &clock, StopSignal &stop, LiveFeed *feed,
                       const StreamReader::Shared &shared = {}, ObserveWire *wire = nullptr,
                       std::function<void()> done = {});
    ~ObservedConnection();
    ObservedConnection(const ObservedConnection &) = delete;
    ObservedConnection &operator=(const ObservedConnection &) = delete;

    static int runCount(const ObserveOptions &options) { return options.relay ? 2 : 1; }

    // Throws std::system_error when no thread can be had (and then calls nothing).
    void start();
    bool isDone() const { return m_done.load(); }
    // Waits for the threads; the runs, analysed.
    QList<Run> join();
    // The client's port, and the relay's own port towards the server (0 until it connects,
    // and for observe): where the session's wire finds this connection's packets.
    quint16 clientPort() const { return m_clientPort; }
    quint16 upstreamPort() const { return m_upstreamPort; }
    // The index of its first run for the LiveFeed (-1: served unrecorded).
    int firstIndex() const { return m_firstIndex; }

private:
    void observe();
    void relay();
    // What the readers share: the session's parts, and this connection's last byte.
    StreamReader::Shared shared();
    // The connection could not be served: both runs carry error, the sockets are closed.
    void failed(const QString &error);
    // An error sentence, empty once connected; *errorCode gets the errno (ECONNREFUSED).
    QString connectToServer(int *errorCode);
    // The server could not be reached: records what the client sent within a short grace, then
    // resets the client.
    void refuseClient(const QString &error, int errorCode);
    // Reads `from` with the recording reader of `run`, forwards every chunk to `to`.
    void pump(NativeSocket &from, NativeSocket &to, Run &run, int index);
    // Ends both directions because one side failed: `peer`, the other side, gets a reset, and a
    // note says why (the first cut only).
    void cut(NativeSocket &peer, const QString &why);
    Run makeRun(const QString &label) const;

    NativeSocket m_client;
    NativeSocket m_server;
    QString m_peer;
    int m_firstIndex;
    ObserveOptions m_options;
    const MonotonicClock &m_clock;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    Run m_toServer; // observe: the only run
    Run m_toClient; // relay only
    StreamReader::Shared m_shared;
    ObserveWire *m_wire;
    quint16 m_clientPort = 0;
    quint16 m_upstreamPort = 0;
    std::function<void()> m_whenDone;
    std::atomic<qint64> m_lastByteNs;
    std::thread m_thread;
    std::atomic<bool> m_done{ false };
    std::atomic<bool> m_cut{ false }; // relay: a side failed, both directions are ending
};

} // namespace sockscope
