#include "observe/observesession.h"

#include "model/errnoname.h"

#include "observe/observedconnection.h"
#include "observe/observewire.h"
#include "observe/udpobserver.h"
#include "record/livefeed.h"
#include "record/stopsignal.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <limits>
#include <netinet/in.h>
#include <new>
#include <poll.h>
#include <sys/socket.h>
#include <system_error>
#include <thread>
#include <utility>

namespace sockscope {

namespace {

constexpr int kBacklog = 64;
constexpr int kAcceptRetryMs = 100;
// How long the listener waits for a client before the done connections are joined anyway.
constexpr int kReapMs = 100;

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
    : m_options(std::move(options)), m_stop(stop), m_feed(feed), m_budget(m_options.memoryBudget),
      m_notes(m_clock, feed)
{ }

ObserveSession::~ObserveSession()
{
    // Never leave a connection thread running over a destroyed session.
    if (!m_open.empty())
        m_stop.stop();
    m_open.clear();
    m_wire.reset();
}

void ObserveSession::openWire()
{
    m_wire.reset();
    m_wireNote.clear();
    if (!m_options.capture)
        return;
    // Packets to and from other machines do not pass the loopback device.
    if (!m_options.onLoopback()) {
        m_wireNote = tr("Packets are captured on loopback only: this session listens on or "
                        "relays to another address, so its runs show no packets.");
        return;
    }
    m_wire = std::make_unique<ObserveWire>(m_options.protocol, m_clock, &m_budget, &m_notes,
                                           m_options.keepPackets);
    if (!m_wire->isCapturing()) {
        m_wireNote = m_wire->unavailable();
        m_wire.reset();
    }
}

QString ObserveSession::open()
{
    QString error;
    const bool tcp = m_options.protocol == Protocol::Tcp;
    // The session's time starts here, before the capture's thread does: that thread reads the
    // clock (and maps packet stamps onto it) from its first packet on.
    m_clock = MonotonicClock();
    // Before the socket: opening the capture takes milliseconds, and the first client may
    // connect as soon as the port listens.
    openWire();
    m_socket = NativeSocket::create(tcp ? SOCK_STREAM : SOCK_DGRAM, &error);
    if (!m_socket.isValid()) {
        m_wire.reset();
        m_wireNote.clear();
        return error;
    }
    // A student restarting SockScope must get the port back at once, not after TIME_WAIT;
    // a port another program listens on still fails with EADDRINUSE.
    if (tcp)
        error = m_socket.setOption(SOL_SOCKET, SO_REUSEADDR, 1);
    // UDP: every recvmsg() then carries the socket's drop counter, the only word of what a
    // foreign sender lost in a full receive buffer (its datagrams have no sequence numbers).
    else
        error = m_socket.setOption(SOL_SOCKET, SO_RXQ_OVFL, 1);
    if (error.isEmpty())
        error = m_socket.bind(m_options.port, m_options.bindAddress);
    // The filter takes the port before listen(): the capture sees every client's SYN.
    if (error.isEmpty() && m_wire)
        m_wire->watchSession(m_socket.localPort(), m_options.relay ? m_options.relay->port : 0);
    if (error.isEmpty() && tcp)
        error = m_socket.listen(kBacklog);
    if (!error.isEmpty()) {
        m_socket.close();
        m_wire.reset();
        m_wireNote.clear();
    }
    // Each run is created with the wire it will have.
    m_options.capture = m_wire != nullptr;
    m_address = m_socket.isValid() ? m_socket.localAddress() : QString();
    m_port = m_socket.isValid() ? m_socket.localPort() : 0;
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
    // Said once, as for lesson runs: why the runs have no wire lane.
    if (!m_wireNote.isEmpty() && m_feed)
        m_feed->noteAdded(m_wireNote);
    if (m_options.protocol == Protocol::Udp) {
        Run run = UdpObserver(m_socket, 0, m_options, m_clock, m_stop, m_feed, &m_budget, &m_notes)
                      .run();
        if (m_wire)
            m_wire->decodeDatagrams(run);
        trace.runs.append(std::move(run));
        m_error = trace.runs.constLast().error; // its socket is the session's
    } else {
        acceptClients();
        m_stop.stop();
        for (auto &[key, open] : m_open)
            collect(open);
        m_open.clear();
        m_done.clear();
        trace.runs.reserve(m_nextIndex);
        for (QList<Run> &runs : m_results) {
            for (Run &run : runs)
                trace.runs.append(std::move(run));
        }
        m_results.clear();
    }
    m_stop.stop(); // wakes the timer; a session ends once
    if (timer.joinable())
        timer.join();
    m_stop.unwatch(m_socket.fd());
    m_socket.close();
    if (m_wire) {
        if (auto packets = m_wire->finish(tr("observe %1:%2").arg(m_address).arg(m_port)))
            trace.captures.append(std::move(*packets));
        m_wire.reset();
    }
    if (m_budget.exhausted())
        m_notes.add(budgetNote(trace.runs), ObserveNotes::Kind::Always, m_budget.exhaustedAtNs());
    trace.notes = m_notes.take();
    if (!m_wireNote.isEmpty())
        trace.notes.prepend(m_wireNote);
    return trace;
}

void ObserveSession::acceptClients()
{
    while (!m_stop.isStopped()) {
        reap();
        // poll() with a timeout rather than a wait for the next client: a connection that is
        // done is joined within kReapMs even when nobody else connects.
        pollfd p{ m_socket.fd(), POLLIN, 0 };
        const int ready = ::poll(&p, 1, kReapMs);
        if (m_stop.isStopped())
            break;
        if (ready < 0 && errno != EINTR) {
            m_error = tr("the listening socket failed: %1").arg(ErrnoName::name(errno));
            m_notes.add(m_error, ObserveNotes::Kind::Always);
            break;
        }
        if (ready <= 0)
            continue;
        QString error;
        NativeSocket client = m_socket.accept(&error);
        if (!client.isValid()) {
            if (m_stop.isStopped())
                break;
            // Out of descriptors, or a client that gave up in the backlog: say so (once, not
            // every retry), keep going.
            if (errno != EINTR && errno != ECONNABORTED && error != m_lastAcceptError) {
                m_notes.add(error);
                m_lastAcceptError = error;
            }
            m_stop.sleepUntil(std::chrono::steady_clock::now()
                              + std::chrono::milliseconds(kAcceptRetryMs));
            continue;
        }
        m_lastAcceptError.clear();
        admit(std::move(client));
    }
}

void ObserveSession::admit(NativeSocket client)
{
    const QString peer = peerOf(client);
    const quint16 clientPort = peer.section(QLatin1Char(':'), -1).toUShort();
    // A client turned away has no run: its packets so far are let go with it.
    auto forget = [this, clientPort] {
        if (m_wire) {
            QList<Run> none;
            m_wire->decodeConnection(none, clientPort, 0);
        }
    };
    if (m_serving.load() >= m_options.maxClients) {
        m_notes.add(tr("%1 turned away: %2 clients are connected already (--max-clients)")
                        .arg(peer)
                        .arg(m_options.maxClients));
        client.close(); // closing it is the answer the client sees
        forget();
        return;
    }
    // Once the budget is spent a client is still served (read, relayed) but not recorded: it
    // gets no run, and the live view does not hear of it.
    const bool recorded = !m_budget.exhausted();
    const qint64 key = m_nextKey++;
    try {
        auto connection = std::make_unique<ObservedConnection>(
            std::move(client), peer, recorded ? m_nextIndex : -1, m_options, m_clock, m_stop,
            recorded ? m_feed : nullptr, StreamReader::Shared{ &m_budget, &m_notes, nullptr },
            m_wire.get(), [this, key] {
                {
                    const std::lock_guard lock(m_doneMutex);
                    m_done.push_back(key);
                }
                m_serving.fetch_sub(1);
            });
        Open &open = m_open[key];
        open.connection = std::move(connection);
        if (recorded) {
            open.slot = qsizetype(m_results.size());
            m_results.emplace_back();
        }
        m_serving.fetch_add(1);
        try {
            open.connection->start();
        } catch (...) {
            m_serving.fetch_sub(1);
            if (recorded)
                m_results.pop_back();
            m_open.erase(key); // closes the client
            throw;
        }
        if (recorded)
            m_nextIndex += ObservedConnection::runCount(m_options);
    } catch (const std::system_error &e) {
        // Threads and their stacks are a resource like any other: when none can be had, this
        // client is turned away, the session and every recording go on.
        m_notes.add(tr("%1 turned away: no thread could be started for it (%2)")
                        .arg(peer, QString::fromLocal8Bit(e.what())));
        forget();
    } catch (const std::bad_alloc &) {
        m_notes.add(tr("%1 turned away: out of memory").arg(peer));
        forget();
    }
}

void ObserveSession::reap()
{
    std::vector<qint64> done;
    {
        const std::lock_guard lock(m_doneMutex);
        done.swap(m_done);
    }
    for (const qint64 key : done) {
        const auto it = m_open.find(key);
        if (it == m_open.end())
            continue;
        collect(it->second);
        m_open.erase(it);
    }
}

void ObserveSession::collect(Open &open)
{
    QList<Run> runs = open.connection->join();
    const quint16 clientPort = open.connection->clientPort();
    const quint16 upstreamPort = open.connection->upstreamPort();
    const int firstIndex = open.connection->firstIndex();
    open.connection.reset(); // its thread is joined: the stack and the descriptors go now
    if (m_wire) {
        // Its sockets are closed: its packets become its runs' wire lanes (a connection served
        // unrecorded only lets them go), and its upstream port leaves the filter.
        QList<Run> none;
        m_wire->decodeConnection(open.slot >= 0 ? runs : none, clientPort, upstreamPort);
        m_wire->unwatchUpstream(upstreamPort);
        // The view draws them now, not when the session ends.
        if (m_feed && open.slot >= 0 && firstIndex >= 0) {
            for (int i = 0; i < runs.size(); ++i)
                m_feed->segmentsAdded(firstIndex + i, runs.at(i).segments);
        }
    }
    if (open.slot >= 0) {
        m_results[size_t(open.slot)] = std::move(runs);
        return;
    }
    ++m_lateConnections;
    for (const Run &run : runs) {
        if (run.unrecorded) {
            m_lateRecvs += run.unrecorded->recvs;
            m_lateBytes += run.unrecorded->bytes;
        }
    }
}

QString ObserveSession::budgetNote(const QList<Run> &runs) const
{
    qint64 recvs = m_lateRecvs;
    qint64 bytes = m_lateBytes;
    for (const Run &run : runs) {
        if (run.unrecorded && run.unrecorded->reason == Unrecorded::Reason::MemoryBudget) {
            recvs += run.unrecorded->recvs;
            bytes += run.unrecorded->bytes;
        }
    }
    Unrecorded budget;
    budget.reason = Unrecorded::Reason::MemoryBudget;
    budget.limit = m_budget.limit();
    const bool udp = m_options.protocol == Protocol::Udp;
    const int form = int(std::min<qint64>(recvs, std::numeric_limits<int>::max()));
    QString text = tr("recording stopped: %1. After that %2 B in %3 were read but not recorded.")
                       .arg(budget.because(udp))
                       .arg(bytes)
                       .arg((udp ? tr("%1 datagram(s)", nullptr, form)
                                 : tr("%1 recv() call(s)", nullptr, form))
                                .arg(recvs));
    if (m_lateConnections > 0)
        text += QLatin1Char(' ')
            + tr("%1 connection(s) made after that were served without a run in the trace.",
                 nullptr, int(std::min<qint64>(m_lateConnections, std::numeric_limits<int>::max())))
                  .arg(m_lateConnections);
    return text;
}

} // namespace sockscope
