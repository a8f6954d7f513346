#include "observe/observedconnection.h"

#include "model/errnoname.h"

#include "analysis/analysis.h"
#include "record/livefeed.h"
#include "record/monotonicclock.h"
#include "record/stopsignal.h"

#include <QCoreApplication>

#include <cerrno>
#include <new>
#include <sys/socket.h>
#include <sys/time.h>
#include <system_error>
#include <utility>

namespace sockscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sockscope::ObservedConnection", text, disambiguation, n);
}

constexpr int kConnectTimeoutMs = 5000;

// Forwarding is not traced (the trace shows what the relay's recv()s saw), but it must pass
// every byte on, in order: loop until the kernel took all of them.
QString sendAll(const NativeSocket &to, const char *data, qint64 size, const StopSignal &stop)
{
    for (qint64 done = 0; done < size;) {
        // MSG_NOSIGNAL: a peer that went away must give EPIPE, not kill the program.
        const ssize_t r = ::send(to.fd(), data + done, size_t(size - done), MSG_NOSIGNAL);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return stop.isStopped() ? QString()
                                    : QCoreApplication::translate("sockscope::ObservedConnection",
                                                                  "forwarding failed: send() %1")
                                          .arg(ErrnoName::name(errno));
        done += r;
    }
    return {};
}

} // namespace

ObservedConnection::ObservedConnection(NativeSocket client, QString peer, int firstIndex,
                                       ObserveOptions options, const MonotonicClock &clock,
                                       StopSignal &stop, LiveFeed *feed,
                                       const StreamReader::Shared &shared,
                                       std::function<void()> done)
    : m_client(std::move(client)), m_peer(std::move(peer)), m_firstIndex(firstIndex),
      m_options(std::move(options)), m_clock(clock), m_stop(stop), m_feed(feed), m_shared(shared),
      m_whenDone(std::move(done)), m_lastByteNs(clock.nowNs())
{
    // The idle timeout is the kernel's: a blocking recv() on the client returns EAGAIN after
    // this long without a byte (StreamReader decides whether the connection was idle).
    if (m_options.idleTimeoutMs > 0) {
        const timeval timeout{ time_t(m_options.idleTimeoutMs / 1000),
                               suseconds_t(m_options.idleTimeoutMs % 1000 * 1000) };
        ::setsockopt(m_client.fd(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    if (m_options.relay) {
        const QString server = m_options.relay->toString();
        m_toServer = makeRun(tr("%1 → %2 (client → server)").arg(m_peer, server));
        m_toClient = makeRun(tr("%1 → %2 (server → client)").arg(server, m_peer));
        m_toClient.requestsRun = firstIndex;
    } else {
        m_toServer = makeRun(tr("TCP from %1").arg(m_peer));
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
    m_client.close();
}

void ObservedConnection::relay()
{
    if (m_feed) {
        m_feed->runStarted(m_firstIndex, m_toServer);
        m_feed->runStarted(m_firstIndex + 1, m_toClient);
    }
    m_stop.watch(m_client.fd());
    if (const QString error = connectToServer(); !error.isEmpty()) {
        // The client gets a closed connection, as if the server had refused it.
        m_toServer.error
            = tr("cannot reach the server %1: %2").arg(m_options.relay->toString(), error);
        m_toClient.error = m_toServer.error;
    } else {
        QString backError;
        std::thread back([this, &backError] {
            pump(m_server, m_client, m_toClient, m_firstIndex + 1, &backError);
        });
        QString forthError;
        pump(m_client, m_server, m_toServer, m_firstIndex, &forthError);
        back.join();
        m_toServer.error = forthError;
        m_toClient.error = backError;
    }
    m_toServer.durationNs = m_toClient.durationNs = m_clock.nowNs();
    m_stop.unwatch(m_client.fd());
    if (m_server.isValid())
        m_stop.unwatch(m_server.fd());
    m_client.close();
    m_server.close();
}

QString ObservedConnection::connectToServer()
{
    QString error;
    m_server = NativeSocket::create(SOCK_STREAM, &error);
    if (!m_server.isValid())
        return error;
    m_stop.watch(m_server.fd());
    // An unreachable server must neither stall a stop nor hang the client forever.
    return m_server.connectTo(m_options.relay->port, m_options.relay->address, m_stop,
                              kConnectTimeoutMs);
}

void ObservedConnection::pump(NativeSocket &from, NativeSocket &to, Run &run, int index,
                              QString *error)
{
    StreamReader reader(run, index, m_options, m_clock, m_stop, m_feed, shared());
    bool ended = false;
    while (reader.waitTurn()) {
        const qint64 got = reader.read(from);
        if (got == 0) {
            // Pass the half-close on, as the sender did: the other side sees EOF and may
            // still answer (the request/response pattern).
            ::shutdown(to.fd(), SHUT_WR);
            ended = true;
            break;
        }
        if (got < 0)
            break;
        if (*error = sendAll(to, reader.data(), got, m_stop); !error->isEmpty())
            break;
    }
    // A failure, a reset or a stop ends both directions: the other pump must not wait forever.
    if (!ended) {
        ::shutdown(from.fd(), SHUT_RDWR);
        ::shutdown(to.fd(), SHUT_RDWR);
    }
    reader.finish();
    if (error->isEmpty())
        *error = reader.error();
    run.aborted = !ended && m_stop.isStopped();
}

} // namespace sockscope
