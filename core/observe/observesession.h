#pragma once

#include "model/trace.h"
#include "observe/memorybudget.h"
#include "observe/observenotes.h"
#include "observe/observeoptions.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace sockscope {

class LiveFeed;
class ObservedConnection;
class ObserveWire;
class StopSignal;

// Observe mode: SockScope is the server an external program (a student's client, netcat)
// talks to, and records what its recv()s see. TCP: every accepted client is a run of its own
// (two with a relay), recorded on its own thread, one after another or at once, up to
// maxClients at a time. UDP: one run with every datagram. All runs share one clock that starts
// at open(), so clients line up on one time axis. Blocking, like Session: ObserveController
// calls run() on a worker thread, the CLI and tests call it directly.
//
// A session may run for hours and serve any number of connections: a connection's thread is
// joined as soon as it is done and its runs are set aside in the order the clients connected,
// so threads, mappings and descriptors stay those of the open connections. All recordings
// together stay within options.memoryBudget; once it is reached nothing more is recorded (the
// clients are still read and relayed, later ones are served unrecorded), and a note says when
// and how much was not recorded.
class ObserveSession
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ObserveSession)

public:
    ObserveSession(ObserveOptions options, StopSignal &stop, LiveFeed *feed = nullptr);
    ~ObserveSession();
    ObserveSession(const ObserveSession &) = delete;
    ObserveSession &operator=(const ObserveSession &) = delete;

    // Binds (and listens, TCP) without blocking; opens the capture of its packets first
    // (options.capture). An error sentence naming the call, e.g.
    // "bind() failed: Address already in use", empty on success.
    QString open();
    // After open(): the address and the port the kernel gave (port 0 asks for a free one).
    // Kept by open(), not read from the socket: run() closes it on its own thread, and a view
    // asking for the port meanwhile must not race with that (found by TSan).
    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    // Records until the StopSignal fires or options.durationMs passed; the analysed trace.
    Trace run();
    // After run(): why the session itself failed (the listening socket, the UDP socket), empty
    // when it ran to the end. A failed connection is that connection's run and note, not this.
    QString error() const { return m_error; }
    // What the recordings hold now, as charged against the memory budget (any thread).
    qint64 memoryHeld() const { return m_budget.held(); }

private:
    // A connection being served, until its thread is joined.
    struct Open
    {
        std::unique_ptr<ObservedConnection> connection;
        qsizetype slot = -1; // its place in m_results; -1: served after the budget, unrecorded
    };

    void acceptClients();
    void admit(NativeSocket client);
    void reap();
    void collect(Open &open);
    QString budgetNote(const QList<Run> &runs) const;
    // Opens the capture of the session's packets (before its socket), or says why there is none.
    void openWire();

    ObserveOptions m_options;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    MonotonicClock m_clock;
    NativeSocket m_socket; // the TCP listener or the UDP socket
    QString m_address;
    quint16 m_port = 0;
    MemoryBudget m_budget;
    ObserveNotes m_notes;
    // The session's captured wire; null when not capturing (m_wireNote says why, if it matters).
    std::unique_ptr<ObserveWire> m_wire;
    QString m_wireNote;
    std::unordered_map<qint64, Open> m_open; // by a key of their own
    qint64 m_nextKey = 0;
    int m_nextIndex = 0;
    QString m_error;
    // Connections are counted here, not by a look at every connection: a slot is free as soon
    // as a thread is done, and accepting stays O(1) however many clients came before.
    std::atomic<int> m_serving{ 0 };
    // Keys of the connections whose threads are done, for run()'s thread to join.
    std::mutex m_doneMutex;
    std::vector<qint64> m_done;
    // The runs of every recorded connection, one entry per connection in the order they came.
    std::vector<QList<Run>> m_results;
    // Connections served after the budget was reached, and what they sent.
    qint64 m_lateConnections = 0;
    qint64 m_lateRecvs = 0;
    qint64 m_lateBytes = 0;
    QString m_lastAcceptError; // noted once until an accept() succeeds again
};

} // namespace sockscope
