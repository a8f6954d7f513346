#pragma once

#include "model/trace.h"
#include "observe/observenotes.h"
#include "observe/observeoptions.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"

#include <memory>
#include <vector>

namespace sockscope {

class LiveFeed;
class ObservedConnection;
class StopSignal;

// Observe mode: SockScope is the server an external program (a student's client, netcat)
// talks to, and records what its recv()s see. TCP: every accepted client is a run of its own
// (two with a relay), recorded on its own thread, one after another or at once, up to
// maxClients at a time. UDP: one run with every datagram. All runs share one clock that starts
// at open(), so clients line up on one time axis. Blocking, like Session: ObserveController
// calls run() on a worker thread, the CLI and tests call it directly.
class ObserveSession
{
public:
    ObserveSession(ObserveOptions options, StopSignal &stop, LiveFeed *feed = nullptr);
    ~ObserveSession();
    ObserveSession(const ObserveSession &) = delete;
    ObserveSession &operator=(const ObserveSession &) = delete;

    // Binds (and listens, TCP) without blocking. An error sentence naming the call, e.g.
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

private:
    void acceptClients();
    int activeClients() const;
    void note(const QString &text);

    ObserveOptions m_options;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    MonotonicClock m_clock;
    ObserveNotes m_notes{ m_clock, m_feed };
    NativeSocket m_socket; // the TCP listener or the UDP socket
    QString m_address;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<ObservedConnection>> m_connections;
    int m_nextIndex = 0;
    QString m_error;
};

} // namespace sockscope
