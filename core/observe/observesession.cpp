#include "observe/observesession.h"

#include "model/errnoname.h"

#include "observe/observedconnection.h"
#include "observe/udpobserver.h"
#include "record/livefeed.h"
#include "record/stopsignal.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <utility>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::ObserveSession", text);
}

constexpr int kBacklog = 64;
constexpr int kAcceptRetryMs = 100;

QString peerOf(const NativeSocket &socket)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    char text[INET_ADDRSTRLEN] = {};
    if (::getpeername(socket.fd(), reinterpret_cast<sockaddr *>(&addr), &len) != 0
        || !::inet_ntop(AF_INET, &addr.sin_addr, text, sizeof text))
        return QStringLiteral("?");
    return QString::fromLatin1(text) + QLatin1Char(':') + QString::number(ntohs(addr.sin_port));
}

} // namespace

ObserveSession::ObserveSession(ObserveOptions options, StopSignal &stop, LiveFeed *feed)
    : m_options(std::move(options)), m_stop(stop), m_feed(feed)
{ }

ObserveSession::~ObserveSession()
{
    // Never leave a connection thread running over a destroyed session.
    if (!m_connections.empty())
        m_stop.stop();
    m_connections.clear();
}

QString ObserveSession::open()
{
    QString error;
    const bool tcp = m_options.protocol == Protocol::Tcp;
    m_socket = NativeSocket::create(tcp ? SOCK_STREAM : SOCK_DGRAM, &error);
    if (!m_socket.isValid())
        return error;
    // A student restarting SockScope must get the port back at once, not after TIME_WAIT;
    // a port another program listens on still fails with EADDRINUSE.
    if (tcp)
        error = m_socket.setOption(SOL_SOCKET, SO_REUSEADDR, 1);
    if (error.isEmpty())
        error = m_socket.bind(m_options.port, m_options.bindAddress);
    if (error.isEmpty() && tcp)
        error = m_socket.listen(kBacklog);
    if (!error.isEmpty())
        m_socket.close();
    m_address = m_socket.isValid() ? m_socket.localAddress() : QString();
    m_port = m_socket.isValid() ? m_socket.localPort() : 0;
    m_clock = MonotonicClock();
    return error;
}

Trace ObserveSession::run()
{
    Trace trace;
    trace.scenario = m_options.readerScenario();
    trace.observe = m_options.settings(m_address, m_port);
    if (!m_socket.isValid())
        return trace;
    std::thread timer;
    if (m_options.durationMs > 0) {
        timer = std::thread([this] {
            if (m_stop.sleepUntil(m_clock.at(m_options.durationMs * 1'000'000)))
                m_stop.stop();
        });
    }
    m_stop.watch(m_socket.fd());
    if (m_options.protocol == Protocol::Udp) {
        trace.runs.append(UdpObserver(m_socket, 0, m_options, m_clock, m_stop, m_feed).run());
        m_error = trace.runs.constLast().error; // its socket is the session's
    } else {
        acceptClients();
        if (!m_stop.isStopped()) {
            m_error = tr("the listening socket failed: %1").arg(ErrnoName::name(errno));
            note(m_error);
            m_stop.stop();
        }
        for (const auto &connection : m_connections)
            trace.runs.append(connection->join());
        m_connections.clear();
    }
    m_stop.stop(); // wakes the timer; a session ends once
    if (timer.joinable())
        timer.join();
    m_stop.unwatch(m_socket.fd());
    m_socket.close();
    trace.notes = m_notes.list();
    return trace;
}

void ObserveSession::acceptClients()
{
    while (m_socket.waitReadable(m_stop)) {
        QString error;
        NativeSocket client = m_socket.accept(&error);
        if (!client.isValid()) {
            if (m_stop.isStopped())
                break;
            // Out of descriptors, or a client that gave up in the backlog: say so, keep going.
            if (errno != EINTR && errno != ECONNABORTED)
                note(error);
            m_stop.sleepUntil(std::chrono::steady_clock::now()
                              + std::chrono::milliseconds(kAcceptRetryMs));
            continue;
        }
        const QString peer = peerOf(client);
        if (activeClients() >= m_options.maxClients) {
            note(tr("%1 turned away: %2 clients are connected already (--max-clients)")
                     .arg(peer)
                     .arg(m_options.maxClients));
            continue; // closing it is the answer the client sees
        }
        auto connection = std::make_unique<ObservedConnection>(
            std::move(client), peer, m_nextIndex, m_options, m_clock, m_stop, m_feed, m_notes);
        m_nextIndex += ObservedConnection::runCount(m_options);
        connection->start();
        m_connections.push_back(std::move(connection));
    }
}

int ObserveSession::activeClients() const
{
    int active = 0;
    for (const auto &connection : m_connections)
        active += connection->isDone() ? 0 : 1;
    return active;
}

void ObserveSession::note(const QString &text)
{
    m_notes.add(text);
}

} // namespace sockscope
