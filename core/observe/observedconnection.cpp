#include "observe/observedconnection.h"

#include "model/errnoname.h"

#include "analysis/analysis.h"
#include "observe/observedrunlabel.h"
#include "observe/observenotes.h"
#include "observe/observewire.h"
#include "observe/streamreader.h"
#include "record/livefeed.h"
#include "record/monotonicclock.h"
#include "record/stopsignal.h"

#include <QCoreApplication>

#include <cerrno>
#include <new>
#include <sys/socket.h>
#include <sys/time.h>
#include <system_error>
#include <thread>
#include <utility>

namespace sockscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sockscope::ObservedConnection", text, disambiguation, n);
}

constexpr int kConnectTimeoutMs = 5000;
// How long a client whose server cannot be reached is still read before it is reset: its first
// bytes (an HTTP request) follow the handshake at once.
constexpr qint64 kRefusedGraceNs = 200'000'000;
constexpr int kSendSliceMs = 50;

// Forwarding is not traced (the trace shows what the relay's recv()s saw), but it must pass
// every byte on, in order: loop until the kernel took all of them. Non-blocking with a wait in
// slices, so that a peer that does not read cannot hold up a stop or a reset decided by the
// other direction. The errno of a failure, 0 when all was sent or when stopped or cut.
int sendAll(const NativeSocket &to, const char *data, qint64 size, const StopSignal &stop,
            const std::atomic<bool> &cut)
{
    for (qint64 done = 0; done < size;) {
        // MSG_NOSIGNAL: a peer that went away must give EPIPE, not kill the program.
        const ssize_t r
            = ::send(to.fd(), data + done, size_t(size - done), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (r >= 0) {
            done += r;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return stop.isStopped() || cut ? 0 : errno;
        while (!to.waitWritable(stop, kSendSliceMs)) {
            if (stop.isStopped() || cut)
                return 0;
        }
    }
    return 0;
}

} // namespace

ObservedConnection::ObservedConnection(NativeSocket client, QString peer, int firstIndex,
                                       ObserveOptions options, const MonotonicClock &clock,
                                       StopSignal &stop, LiveFeed *feed,
                                       const StreamReader::Shared &shared, ObserveWire *wire,
                                       std::function<void()> done)
    : m_client(std::move(client)), m_peer(std::move(peer)), m_firstIndex(firstIndex),
      m_options(std::move(options)), m_clock(clock), m_stop(stop), m_feed(feed), m_shared(shared),
      m_wire(wire), m_whenDone(std::move(done)), m_lastByteNs(clock.nowNs())
{
    m_clientPort = m_peer.section(QLatin1Char(':'), -1).toUShort();
    // The idle timeout is the kernel's: a blocking recv() on the client returns EAGAIN after
    // this long without a byte (StreamReader decides whether the connection was idle).
    if (m_options.idleTimeoutMs > 0) {
        const timeval timeout{ time_t(m_options.idleTimeoutMs / 1000),
                               suseconds_t(m_options.idleTimeoutMs % 1000 * 1000) };
        ::setsockopt(m_client.fd(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    if (m_options.relay) {
        const QString server = m_options.relay->toString();
        m_toServer = makeRun(ObservedRunLabel::clientToServer(m_peer, server));
        m_toClient = makeRun(ObservedRunLabel::serverToClient(server, m_peer));
        m_toClient.requestsRun = firstIndex;
    } else {
        m_toServer = makeRun(ObservedRunLabel::tcpFrom(m_peer));
    }
}

ObservedConnection::~ObservedConnection()
{
    if (m_thread.joinable())
        m_thread.join();
}

Run ObservedConnection::makeRun(const QString &label) const
{
    Run run;
    run.label = label;
    run.protocol = Protocol::Tcp;
    run.role = m_options.relay ? Role::Relay : Role::Observer;
    run.scenario = m_options.readerScenario();
    run.peers = { m_peer };
    if (m_options.relay)
        run.peers.append(m_options.relay->toString());
    run.effective.rcvbuf = m_client.option(SOL_SOCKET, SO_RCVBUF);
    // The lane is there from the start; its segments come when the connection ends.
    run.wire = m_options.capture ? Wire::Captured : Wire::None;
    return run;
}

StreamReader::Shared ObservedConnection::shared()
{
    StreamReader::Shared shared = m_shared;
    shared.lastByteNs = &m_lastByteNs;
    return shared;
}

void ObservedConnection::start()
{
    m_thread = std::thread([this] {
        try {
            if (m_options.relay)
                relay();
            else
                observe();
        } catch (const std::system_error &e) {
            // The relay's second thread could not be had: the client is closed, as if the
            // server had refused it, and the run says why.
            failed(tr("no thread could be started for the relay: %1")
                       .arg(QString::fromLocal8Bit(e.what())));
        } catch (const std::bad_alloc &) {
            failed(tr("out of memory"));
        }
        m_done = true;
        if (m_whenDone)
            m_whenDone();
    });
}

void ObservedConnection::failed(const QString &error)
{
    m_toServer.error = m_toClient.error = error;
    m_toServer.durationNs = m_toClient.durationNs = m_clock.nowNs();
    m_stop.unwatch(m_client.fd());
    if (m_server.isValid())
        m_stop.unwatch(m_server.fd());
    m_client.close();
    m_server.close();
}

QList<Run> ObservedConnection::join()
{
    if (m_thread.joinable())
        m_thread.join();
    QList<Run> runs{ m_toServer };
    if (m_options.relay)
        runs.append(m_toClient);
    for (Run &run : runs)
        Analysis::analyse(run);
    return runs;
}

void ObservedConnection::observe()
{
    if (m_feed)
        m_feed->runStarted(m_firstIndex, m_toServer);
    m_stop.watch(m_client.fd());
    StreamReader reader(m_toServer, m_firstIndex, m_options, m_clock, m_stop, m_feed, shared());
    qint64 got = 1;
    while (got > 0 && reader.waitTurn())
        got = reader.read(m_client);
    reader.finish();
    m_toServer.error = reader.error();
    // Aborted: the session ended before the client did.
    m_toServer.aborted = got != 0 && m_stop.isStopped();
    m_toServer.durationNs = m_clock.nowNs();
    m_stop.unwatch(m_client.fd());
    // The kernel's account of the connection at its end, from SockScope's own socket.
    m_toServer.tcpInfoReceiver = m_client.tcpInfo();
    m_client.close();
}

void ObservedConnection::relay()
{
    if (m_feed) {
        m_feed->runStarted(m_firstIndex, m_toServer);
        m_feed->runStarted(m_firstIndex + 1, m_toClient);
    }
    m_stop.watch(m_client.fd());
    int errorCode = 0;
    bool connected = false;
    if (const QString error = connectToServer(&errorCode); !error.isEmpty()) {
        if (m_stop.isStopped())
            m_toServer.aborted = m_toClient.aborted = true;
        else
            refuseClient(error, errorCode);
    } else {
        std::thread back([this] { pump(m_server, m_client, m_toClient, m_firstIndex + 1); });
        pump(m_client, m_server, m_toServer, m_firstIndex);
        back.join();
        connected = true;
    }
    m_toServer.durationNs = m_toClient.durationNs = m_clock.nowNs();
    m_stop.unwatch(m_client.fd());
    if (m_server.isValid())
        m_stop.unwatch(m_server.fd());
    // The kernel's account of each connection at its end, from the socket that read the run.
    m_toServer.tcpInfoReceiver = m_client.tcpInfo();
    if (connected)
        m_toClient.tcpInfoReceiver = m_server.tcpInfo();
    // Only now, with both directions done, is a descriptor closed (never one another thread is
    // using); a side that was cut sends its RST here.
    m_client.close();
    m_server.close();
}

QString ObservedConnection::connectToServer(int *errorCode)
{
    *errorCode = 0;
    QString error;
    m_server = NativeSocket::create(SOCK_STREAM, &error);
    if (!m_server.isValid())
        return error;
    m_stop.watch(m_server.fd());
    if (m_wire) {
        // The port the connection will leave from, known before its SYN so that the capture's
        // filter has it in time (the server's port would also pass other clients of it).
        if (QString bound = m_server.bind(0, QStringLiteral("0.0.0.0")); !bound.isEmpty())
            return bound;
        m_upstreamPort = m_server.localPort();
        m_wire->watchUpstream(m_upstreamPort);
    }
    // An unreachable server must neither stall a stop nor hang the client forever.
    return m_server.connectTo(m_options.relay->port, m_options.relay->address, m_stop,
                              kConnectTimeoutMs, errorCode);
}

void ObservedConnection::refuseClient(const QString &error, int errorCode)
{
    // The kernel completed the client's handshake before accept() gave it to us, so it can no
    // longer be refused, only reset: "connection reset", where a plain close would read as an
    // empty reply. First record what it sent (curl's request arrives right after the
    // handshake), as far as it arrives within a short grace, so that the trace shows the request
    // that found no server. The reader's cadence does not apply to this grace.
    StreamReader reader(m_toServer, m_firstIndex, m_options, m_clock, m_stop, m_feed, shared());
    const qint64 deadline = m_clock.nowNs() + kRefusedGraceNs;
    for (qint64 left = kRefusedGraceNs; left > 0; left = deadline - m_clock.nowNs()) {
        if (!m_client.waitReadable(m_stop, int(left / 1'000'000)) || reader.read(m_client) <= 0)
            break;
    }
    reader.finish();
    m_toServer.error = reader.error();
    if (m_stop.isStopped()) {
        m_toServer.aborted = m_toClient.aborted = true;
        return;
    }
    const QString server = m_options.relay->toString();
    const QString why = errorCode == ECONNREFUSED
        ? tr("the server %1 refused the connection: %2; the client was reset")
              .arg(server, ErrnoName::name(errorCode))
        : tr("cannot reach the server %1: %2; the client was reset").arg(server, error);
    m_toServer.error = m_toClient.error = why;
    cut(m_client, why);
}

void ObservedConnection::pump(NativeSocket &from, NativeSocket &to, Run &run, int index)
{
    const bool fromClient = &from == &m_client;
    const QString server = m_options.relay->toString();
    StreamReader reader(run, index, m_options, m_clock, m_stop, m_feed, shared());
    reader.setInterrupt(&m_cut);
    bool closed = false;
    while (!m_cut && reader.waitTurn()) {
        const qint64 got = reader.read(from);
        if (got == 0) {
            // A FIN: pass the half-close on, as the sender did. The other side sees EOF and may
            // still answer (the request/response pattern); the other direction flows on.
            ::shutdown(to.fd(), SHUT_WR);
            closed = true;
            break;
        }
        if (got < 0) {
            if (reader.idle()) {
                // Quiet both ways for --idle-timeout: the relay closes the connection as a
                // server would, with a FIN to each side (not a reset: nothing failed). The flag
                // makes the other direction's reader take the 0 it wakes with as this end.
                m_cut = true;
                for (const NativeSocket *socket : { &m_client, &m_server })
                    ::shutdown(socket->fd(), SHUT_RDWR);
                break;
            }
            // A stop, the other direction's cut, or a failed recv(): `from` is gone, and `to`
            // must learn it as a reset, not as a FIN it would take for a complete answer.
            if (const int err = reader.errorCode(); err == ECONNRESET)
                cut(to,
                    fromClient
                        ? tr("the client reset the connection; the server %1 was reset").arg(server)
                        : tr("the server %1 reset the connection; the client was reset")
                              .arg(server));
            else if (err != 0)
                cut(to,
                    fromClient ? tr("recv() from the client failed: %1; the server %2 was reset")
                                     .arg(ErrnoName::name(err), server)
                               : tr("recv() from the server %1 failed: %2; the client was reset")
                                     .arg(server, ErrnoName::name(err)));
            break;
        }
        // A send() that fails finds `to` reset or broken (EPIPE, ECONNRESET): `from` gets the
        // reset it would have got from `to` directly.
        if (const int err = sendAll(to, reader.data(), got, m_stop, m_cut); err != 0) {
            const QString name = ErrnoName::name(err);
            cut(from,
                fromClient
                    ? tr("forwarding to the server %1 failed: send() %2; the client was reset")
                          .arg(server, name)
                    : tr("forwarding to the client failed: send() %1; the server %2 was reset")
                          .arg(name, server));
            break;
        }
    }
    reader.finish();
    run.error = reader.error();
    run.aborted = !closed && m_stop.isStopped();
}

void ObservedConnection::cut(NativeSocket &peer, const QString &why)
{
    // SO_LINGER {1, 0} makes the close() at the end of relay() send RST instead of FIN.
    // shutdown(SHUT_RD) wakes a recv() blocked on either socket, and on Linux sends nothing, so
    // the peer sees no FIN before the RST; the readers take the 0 it returns as the cut
    // (StreamReader::setInterrupt), not as the peer closing. A reader sleeping for its cadence
    // (--read-interval-ms) sees the cut when it wakes: the RST waits at most one interval.
    const bool first = !m_cut.exchange(true);
    const linger reset{ 1, 0 };
    ::setsockopt(peer.fd(), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    for (const NativeSocket *socket : { &m_client, &m_server }) {
        if (socket->isValid())
            ::shutdown(socket->fd(), SHUT_RD);
    }
    if (first && m_shared.notes)
        m_shared.notes->add(tr("client %1: %2").arg(m_peer, why));
}

} // namespace sockscope
