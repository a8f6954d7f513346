#include "real/udprunner.h"

#include "capture/loopbackcapture.h"
#include "model/errnoname.h"

#include "model/runheader.h"
#include "model/wireformat.h"
#include "record/stopsignal.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <climits>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::UdpRunner", text);
}

constexpr int kGraceMs = 100;
constexpr int kSliceMs = 50;

} // namespace

UdpRunner::UdpRunner(const Scenario &scenario, const QString &label, const MonotonicClock &clock,
                     StopSignal &stop, LiveFeed *feed, LoopbackCapture *capture, int index)
    : m_scenario(scenario), m_clock(clock), m_stop(stop), m_feed(feed), m_capture(capture),
      m_index(index), m_run(RunHeader::udp(scenario, label, Mode::Real))
{ }

Run UdpRunner::run()
{
    const qint64 start = m_clock.nowNs();
    const QString error = open();
    if (m_feed)
        m_feed->runStarted(m_index, m_run);
    if (error.isEmpty() && !m_receiverSocket.isValid()) {
        // receiver=none: nothing reads the port; the sender alone.
        sender();
    } else if (error.isEmpty()) {
        m_stop.watch(m_receiverSocket.fd());
        std::thread receiverThread([this] { receiver(); });
        sender();
        receiverThread.join();
        m_stop.unwatch(m_receiverSocket.fd());
        // The counter goes on after the last datagram it could report with: a burst that
        // overflows the buffer drops its tail behind the datagrams already queued, which then
        // come with no counter. The socket's own count at the end has every drop.
        const std::optional<qint64> end = m_receiverSocket.kernelDrops();
        if (end && m_dropsAtStart)
            m_run.kernelDrops = std::max<qint64>(*end - *m_dropsAtStart, 0);
    }
    m_run.aborted = m_stop.isStopped();
    if (!m_run.aborted)
        m_run.error = !error.isEmpty() ? error
            : !m_senderError.isEmpty() ? m_senderError
                                       : m_receiverError;
    m_run.durationNs = m_clock.nowNs() - start;
    return m_run;
}

QString UdpRunner::open()
{
    QString error;
    m_receiverSocket = NativeSocket::create(SOCK_DGRAM, &error);
    if (!m_receiverSocket.isValid())
        return error;
    if (m_scenario.rcvbuf > 0)
        error = m_receiverSocket.setOption(SOL_SOCKET, SO_RCVBUF, m_scenario.rcvbuf);
    // Every recvmsg() then tells how many datagrams the kernel had dropped on this socket when
    // the one it returns was queued: what attributes each datagram to its send (receiver()).
    if (error.isEmpty())
        error = m_receiverSocket.setOption(SOL_SOCKET, SO_RXQ_OVFL, 1);
    if (error.isEmpty())
        error = m_receiverSocket.bind();
    if (!error.isEmpty())
        return error;
    m_port = m_receiverSocket.localPort();
    m_dropsAtStart = m_receiverSocket.kernelDrops();
    m_run.effective.rcvbuf = m_receiverSocket.option(SOL_SOCKET, SO_RCVBUF);
    // receiver=none: a port that was free a moment ago and has no socket now (bound on
    // 127.0.0.1 by us and closed again), so a datagram sent to it meets a closed port: the
    // kernel answers with ICMP port unreachable.
    if (m_scenario.receiver == Scenario::Receiver::None) {
        m_receiverSocket.close();
        m_dropsAtStart.reset();
        m_run.effective.rcvbuf.reset();
    }
    // Before the first datagram: the capture sees every one of them.
    if (m_capture)
        m_capture->watch(Protocol::Udp, m_port);

    m_senderSocket = NativeSocket::create(SOCK_DGRAM, &error);
    if (!m_senderSocket.isValid())
        return error;
    if (m_scenario.sndbuf > 0)
        error = m_senderSocket.setOption(SOL_SOCKET, SO_SNDBUF, m_scenario.sndbuf);
    // An unbound socket gets 0.0.0.0 and a port at its first sendto(): it could then receive
    // from any machine. Bind it to loopback like everything else.
    if (error.isEmpty())
        error = m_senderSocket.bind();
    if (error.isEmpty() && m_scenario.nonblocking)
        error = m_senderSocket.setNonBlocking(true);
    // A connected UDP socket: send() without an address, and the kernel passes the ICMP errors
    // about its peer to it (an unconnected one ignores them).
    if (error.isEmpty() && m_scenario.connected)
        error = m_senderSocket.connectTo(m_port);
    if (!error.isEmpty())
        return error;
    m_senderPort = m_senderSocket.localPort();

    m_run.requested = RunHeader::requested(m_scenario, Protocol::Udp);
    m_run.effective.sndbuf = m_senderSocket.option(SOL_SOCKET, SO_SNDBUF);
    return {};
}

void UdpRunner::sender()
{
    EventRecorder<SendEvent> rec(m_run.sends, m_feed, m_index, &LiveFeed::sendsAdded);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(m_port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    for (int n = 0; n < m_scenario.count && !m_stop.isStopped(); ++n) {
        if (n > 0 && m_scenario.intervalMs > 0
            && !m_stop.sleepUntil(m_clock.at(qint64(n) * m_scenario.intervalMs * 1'000'000)))
            break;
        const QByteArray &datagram = m_run.messages.at(n);
        for (;;) {
            SendEvent e;
            e.message = n;
            e.requested = datagram.size();
            e.preview = WireFormat::preview(datagram.constData(), datagram.size());
            e.tNs = m_clock.nowNs();
            const ssize_t r = m_scenario.connected
                ? ::send(m_senderSocket.fd(), datagram.constData(), size_t(datagram.size()), 0)
                : ::sendto(m_senderSocket.fd(), datagram.constData(), size_t(datagram.size()), 0,
                           reinterpret_cast<const sockaddr *>(&to), sizeof to);
            const int err = r < 0 ? errno : 0;
            e.durNs = m_clock.nowNs() - e.tNs;
            e.accepted = r < 0 ? 0 : r;
            e.error = err;
            rec.append(e);
            if (rec.full())
                break;
            // A full send buffer on a non-blocking socket: wait and send the same datagram again.
            // Any other failure (EMSGSIZE: too long for one datagram, nothing was sent;
            // ECONNREFUSED: an ICMP error about an earlier datagram, reported once) is recorded
            // on the send and the datagram counts as lost.
            if (r >= 0 || (err != EAGAIN && err != EWOULDBLOCK)
                || !m_senderSocket.waitWritable(m_stop))
                break;
        }
        rec.flush();
        if (rec.full()) {
            m_senderError = EventCap::notice(rec.limit());
            break;
        }
    }
    rec.flush(true);
    m_senderDone = true;
}

bool UdpRunner::waitForDatagram()
{
    while (!m_stop.isStopped()) {
        const bool done = m_senderDone;
        if (m_receiverSocket.waitReadable(m_stop, done ? kGraceMs : kSliceMs))
            return true;
        if (done)
            return false;
    }
    return false;
}

// Which send a datagram is comes from the kernel, not from the data: loopback delivers one
// sender's datagrams to the socket in the order they were sent (inside sendto()), and
// SO_RXQ_OVFL reports with each datagram how many the socket had dropped before it was queued.
// The k-th datagram from our sender is therefore message k + drops. The datagram carries only
// the application's bytes. One from any other address is recorded without a message (seq -1).
void UdpRunner::receiver()
{
    EventRecorder<RecvEvent> rec(m_run.recvs, m_feed, m_index, &LiveFeed::recvsAdded);
    QByteArray buffer(m_scenario.recvSize, Qt::Uninitialized);
    QByteArray whole; // peek: the buffer of the datagram's true length
    const qint64 firstRead = qint64(m_scenario.readDelayMs) * 1'000'000;
    if (firstRead > 0 && !m_stop.sleepUntil(m_clock.at(firstRead)))
        return;
    int datagrams = 0; // from our sender
    qint64 drops = 0; // the socket's drop counter when the last of them was queued
    // A periodic reader sleeps a whole interval before its first recv(), like a program whose
    // loop is "sleep, then read".
    for (qint64 tick = firstRead + m_scenario.readIntervalMs * 1'000'000LL;
         datagrams + drops < m_scenario.count; tick += m_scenario.readIntervalMs * 1'000'000LL) {
        if (m_scenario.readIntervalMs > 0 && !m_stop.sleepUntil(m_clock.at(tick)))
            break;
        if (!waitForDatagram())
            break;
        NativeSocket::Datagram d;
        d.length = 0; // without a peek: read at once
        if (m_scenario.peek) {
            // The peek: its own recvmsg(), recorded as its own call. It learns the datagram's
            // true length and leaves it queued for the read that follows.
            d = receive(rec, buffer.data(), buffer.size(), true, datagrams, drops);
            if (rec.full()) {
                m_receiverError = EventCap::notice(rec.limit());
                break;
            }
            if (d.length >= 0 && whole.size() < d.length)
                whole.resize(d.length);
        }
        if (d.length >= 0) {
            char *into = m_scenario.peek ? whole.data() : buffer.data();
            const qsizetype size = m_scenario.peek ? d.length : buffer.size();
            d = receive(rec, into, size, false, datagrams, drops);
            if (rec.full()) {
                m_receiverError = EventCap::notice(rec.limit());
                break;
            }
        }
        if (d.length < 0) {
            if (d.error == EAGAIN || d.error == EINTR)
                continue;
            if (!m_stop.isStopped())
                m_receiverError = tr("recvmsg() failed: %1").arg(ErrnoName::name(d.error));
            break;
        }
    }
    rec.flush(true);
}

// One traced recv: exactly one recvmsg() into buffer, with MSG_PEEK when peek. A read of our
// sender's datagram is message datagrams + drops and counts it; a peek counts nothing.
NativeSocket::Datagram UdpRunner::receive(EventRecorder<RecvEvent> &rec, char *data, qsizetype size,
                                          bool peek, int &datagrams, qint64 &drops)
{
    RecvEvent e;
    e.requested = size;
    e.peek = peek;
    if (m_scenario.evidence)
        e.queuedBefore = m_receiverSocket.queuedBytes();
    e.tNs = m_clock.nowNs();
    // One recvmsg(): the datagram's true length (the proof of truncation) and the drop
    // counter reported with it.
    const NativeSocket::Datagram d = m_receiverSocket.recvDatagram(data, size, peek);
    const qint64 r = d.length;
    e.durNs = m_clock.nowNs() - e.tNs;
    e.error = d.error;
    if (r >= 0) {
        e.bytes = qMin<qint64>(r, size);
        e.datagramSize = r;
        e.truncated = !peek && r > size;
        e.preview = WireFormat::preview(data, e.bytes);
        const bool ours = d.fromIpv4 && d.port == m_senderPort && d.address == INADDR_LOOPBACK;
        e.drops = d.drops;
        if (ours && !peek) {
            drops = e.drops;
            e.seq = int(std::min<qint64>(datagrams + drops, INT_MAX));
            ++datagrams;
        }
    }
    rec.append(e);
    rec.flush();
    return d;
}

} // namespace sockscope
