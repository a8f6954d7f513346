#include "observe/remotesender.h"

#include "analysis/analysis.h"
#include "capture/loopbackcapture.h"
#include "capture/wiredecoder.h"
#include "model/wireformat.h"
#include "record/stopsignal.h"
#include "record/streamsender.h"

#include <QCoreApplication>

#include <cerrno>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::RemoteSender", text);
}

} // namespace

QString RemoteSender::unsupported(const Scenario &scenario)
{
    if (scenario.protocol == Scenario::Protocols::Both)
        return tr("the scenario sends over TCP and UDP at once; a server listens on one of them: "
                  "add --set protocol=tcp or --set protocol=udp");
    if (scenario.replySize > 0)
        return tr("request/response scenarios (reply_size > 0) need SockScope's own server; "
                  "add --set reply_size=0");
    // The server's options (rcvlowat, quickack) are not SockScope's to set when another program
    // reads; cork and several clients are lessons of SockScope's own connections.
    if (scenario.clients > 1)
        return tr("several clients (clients > 1) run against SockScope's own server; add "
                  "--set clients=1");
    if (scenario.cork)
        return tr("TCP_CORK (cork=true) is uncorked by SockScope's own lesson client; add "
                  "--set cork=false");
    return {};
}

Trace RemoteSender::run(const QList<PlannedRun> &plan, const QString &lesson,
                        const Endpoint &target, StopSignal &stop, LiveFeed *feed, bool capture)
{
    Trace trace;
    trace.lesson = lesson;
    if (!plan.isEmpty())
        trace.scenario = plan.first().scenario;
    if (!trace.scenario.hasTcp())
        trace.scenario.connected = true; // as each run's (RemoteSender::RemoteSender)
    for (const PlannedRun &planned : plan) {
        if (stop.isStopped())
            break;
        // Packets to another machine do not pass the loopback device: no wire for them.
        std::unique_ptr<LoopbackCapture> wire;
        if (capture && target.isLoopback()) {
            wire = std::make_unique<LoopbackCapture>();
            if (!wire->isCapturing()) {
                // Said once, as for lesson runs.
                if (!trace.notes.contains(wire->unavailable())) {
                    trace.notes.append(wire->unavailable());
                    if (feed)
                        feed->noteAdded(wire->unavailable());
                }
                wire.reset();
            }
        }
        RemoteSender sender(planned, target, stop, feed, int(trace.runs.size()), wire.get());
        QList<Run> runs{ sender.run() };
        if (wire) {
            PacketCapture packets = wire->finish();
            const LoopbackCapture *mapper = wire.get();
            const MonotonicClock &clock = sender.m_clock;
            WireDecoder::decode(
                packets, { { runs.first().protocol, target.port, 0, -1 } },
                [mapper, &clock](qint64 ns) { return mapper->toRunNs(ns, clock); }, runs);
            packets.description = runs.first().label + QStringLiteral(" (") + packets.description
                + QLatin1Char(')');
            trace.captures.append(std::move(packets));
        }
        trace.runs.append(std::move(runs.first()));
    }
    return trace;
}

RemoteSender::RemoteSender(const PlannedRun &planned, const Endpoint &target, StopSignal &stop,
                           LiveFeed *feed, int index, LoopbackCapture *capture)
    : m_scenario(planned.scenario), m_target(target), m_stop(stop), m_feed(feed), m_index(index),
      m_capture(capture)
{
    const bool tcp = m_scenario.hasTcp();
    // A UDP sender to an external server is always connected (open()): the run's scenario says
    // so, whatever the plan asked, so that the trace records what the socket did.
    if (!tcp)
        m_scenario.connected = true;
    m_run.protocol = tcp ? Protocol::Tcp : Protocol::Udp;
    m_run.role = Role::Sender;
    m_run.scenario = m_scenario;
    m_run.peers = { target.toString() };
    m_run.label = (tcp ? tr("TCP to %1") : tr("UDP to %1")).arg(target.toString());
    if (!planned.label.isEmpty())
        m_run.label = planned.label + QStringLiteral(" · ") + m_run.label;
    if (tcp) {
        m_run.messages = WireFormat::messages(m_scenario, Protocol::Tcp);
    } else {
        for (int n = 0; n < m_scenario.count; ++n)
            m_run.messages.append(m_scenario.message(n));
    }
}

Run RemoteSender::run()
{
    const QString error = open();
    if (m_feed)
        m_feed->runStarted(m_index, m_run);
    if (error.isEmpty()) {
        EventRecorder<SendEvent> rec(m_run.sends, m_feed, m_index, &LiveFeed::sendsAdded);
        if (m_run.protocol == Protocol::Tcp)
            sendTcp(rec);
        else
            sendUdp(rec);
        rec.flush(true);
        if (m_run.protocol == Protocol::Tcp && m_run.error.isEmpty() && !m_stop.isStopped())
            drain();
    } else {
        m_run.error = error;
    }
    if (m_socket.isValid())
        m_stop.unwatch(m_socket.fd());
    m_socket.close();
    m_run.aborted = m_stop.isStopped();
    if (m_run.aborted)
        m_run.error.clear();
    m_run.durationNs = m_clock.nowNs();
    Analysis::analyse(m_run);
    return m_run;
}

QString RemoteSender::open()
{
    const bool tcp = m_run.protocol == Protocol::Tcp;
    QString error;
    m_socket = NativeSocket::create(tcp ? SOCK_STREAM : SOCK_DGRAM, &error);
    if (!m_socket.isValid())
        return error;
    m_stop.watch(m_socket.fd());
    if (m_scenario.sndbuf > 0)
        error = m_socket.setOption(SOL_SOCKET, SO_SNDBUF, m_scenario.sndbuf);
    if (error.isEmpty() && tcp)
        error = m_socket.setOption(IPPROTO_TCP, TCP_NODELAY, m_scenario.nodelay ? 1 : 0);
    // The port the run's packets leave from, bound before its SYN (or first datagram) so that
    // the capture's filter has it in time; the server's port would also pass its other clients.
    if (error.isEmpty() && m_capture) {
        error = m_socket.bind(0, QStringLiteral("0.0.0.0"));
        if (error.isEmpty())
            m_capture->watch(m_run.protocol, m_socket.localPort());
    }
    // UDP is connected too: send() then reports the server's ICMP "port unreachable" as
    // ECONNREFUSED on a later send, where an unconnected sendto() would stay silent.
    if (error.isEmpty())
        error = m_socket.connectTo(m_target.port, m_target.address, m_stop, kConnectTimeoutMs);
    if (error.isEmpty() && m_scenario.nonblocking)
        error = m_socket.setNonBlocking(true);
    if (!error.isEmpty())
        return tr("%1: %2").arg(m_target.toString(), error);
    if (m_scenario.sndbuf > 0)
        m_run.requested.sndbuf = m_scenario.sndbuf;
    m_run.effective.sndbuf = m_socket.option(SOL_SOCKET, SO_SNDBUF);
    if (tcp) {
        m_run.requested.nodelay = m_scenario.nodelay;
        if (const auto nodelay = m_socket.option(IPPROTO_TCP, TCP_NODELAY))
            m_run.effective.nodelay = *nodelay != 0;
    }
    return {};
}

void RemoteSender::sendTcp(EventRecorder<SendEvent> &rec)
{
    StreamSender sender(m_socket, rec, m_clock, m_stop, m_scenario.evidence);
    for (int n = 0; n < m_run.messages.size(); ++n) {
        if (n > 0 && m_scenario.intervalMs > 0
            && !m_stop.sleepUntil(m_clock.at(qint64(n) * m_scenario.intervalMs * 1'000'000)))
            return;
        if (!sender.sendMessage(m_run.messages.at(n), n, m_scenario.parts)) {
            m_run.error = sender.error();
            return;
        }
        rec.flush();
    }
}

void RemoteSender::sendUdp(EventRecorder<SendEvent> &rec)
{
    for (int n = 0; n < m_run.messages.size() && !m_stop.isStopped(); ++n) {
        if (n > 0 && m_scenario.intervalMs > 0
            && !m_stop.sleepUntil(m_clock.at(qint64(n) * m_scenario.intervalMs * 1'000'000)))
            return;
        const QByteArray &datagram = m_run.messages[n];
        for (;;) {
            SendEvent e;
            e.message = n;
            e.requested = datagram.size();
            e.preview = WireFormat::preview(datagram.constData(), datagram.size());
            e.tNs = m_clock.nowNs();
            const ssize_t r
                = ::send(m_socket.fd(), datagram.constData(), size_t(datagram.size()), 0);
            const int err = r < 0 ? errno : 0;
            e.durNs = m_clock.nowNs() - e.tNs;
            e.accepted = r < 0 ? 0 : r;
            e.error = err;
            rec.append(e);
            // A full buffer on a non-blocking socket: wait and send the same datagram again.
            // Anything else (ECONNREFUSED: nobody listens) stays on the send, and we go on.
            if (r >= 0 || (err != EAGAIN && err != EWOULDBLOCK) || !m_socket.waitWritable(m_stop))
                break;
        }
        rec.flush();
    }
}

void RemoteSender::drain()
{
    // Closing with the server's answer unread would make our kernel send a reset, and the
    // student's server would see ECONNRESET instead of a clean end: half-close, then read
    // (untraced, discarded) until the server closes or kDrainMs pass.
    ::shutdown(m_socket.fd(), SHUT_WR);
    if (m_scenario.nonblocking && !m_socket.setNonBlocking(false).isEmpty())
        return;
    char sink[4096];
    const qint64 deadline = m_clock.nowNs() + qint64(kDrainMs) * 1'000'000;
    for (qint64 left = kDrainMs; left > 0; left = (deadline - m_clock.nowNs()) / 1'000'000) {
        if (!m_socket.waitReadable(m_stop, int(left))
            || ::recv(m_socket.fd(), sink, sizeof sink, 0) <= 0)
            return;
    }
}

} // namespace sockscope
