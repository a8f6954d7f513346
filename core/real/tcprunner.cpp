#include "real/tcprunner.h"

#include "capture/loopbackcapture.h"
#include "model/errnoname.h"

#include "model/framedecoder.h"
#include "model/framingspec.h"
#include "model/wireformat.h"
#include "record/stopsignal.h"
#include "record/streamsender.h"

#include <QCoreApplication>

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::TcpRunner", text);
}

} // namespace

TcpRunner::TcpRunner(const Scenario &scenario, const QString &label, const MonotonicClock &clock,
                     StopSignal &stop, LiveFeed *feed, LoopbackCapture *capture, int firstIndex,
                     int client)
    : m_scenario(scenario), m_clock(clock), m_stop(stop), m_feed(feed), m_capture(capture),
      m_firstIndex(firstIndex + client * RunHeader::perConnection(scenario))
{
    const QList<Run> headers = RunHeader::tcp(scenario, label, Mode::Real, firstIndex);
    const int first = m_firstIndex - firstIndex;
    m_requests.run = headers.at(first);
    if (RunHeader::perConnection(scenario) > 1)
        m_replies.run = headers.at(first + 1);
}

NativeSocket TcpRunner::listen(const Scenario &scenario, QString *error)
{
    NativeSocket listener = NativeSocket::create(SOCK_STREAM, error);
    if (!listener.isValid())
        return listener;
    // SO_RCVBUF must be set before listen(): the window scale is fixed in the handshake and the
    // accepted socket inherits the listener's buffer size.
    if (scenario.rcvbuf > 0)
        *error = listener.setOption(SOL_SOCKET, SO_RCVBUF, scenario.rcvbuf);
    if (error->isEmpty())
        *error = listener.bind();
    if (error->isEmpty())
        *error = listener.listen();
    if (!error->isEmpty())
        listener.close();
    return listener;
}

void TcpRunner::open(NativeSocket &listener)
{
    m_opened = true;
    m_openError = connect(listener);
}

QList<Run> TcpRunner::run()
{
    const qint64 start = m_clock.nowNs();
    if (!m_opened && m_openError.isEmpty()) {
        NativeSocket listener = listen(m_scenario, &m_openError);
        if (m_openError.isEmpty())
            open(listener);
    }
    if (!m_openError.isEmpty()) {
        finishFailure(m_openError);
    } else {
        recordOptions(m_requests.run, m_clientSocket, m_serverSocket);
        recordOptions(m_replies.run, m_serverSocket, m_clientSocket);
        if (m_feed) {
            m_feed->runStarted(m_firstIndex, m_requests.run);
            if (exchange())
                m_feed->runStarted(m_firstIndex + 1, m_replies.run);
        }
        m_stop.watch(m_clientSocket.fd());
        m_stop.watch(m_serverSocket.fd());
        std::thread serverThread([this] { server(); });
        client();
        serverThread.join();
        m_stop.unwatch(m_clientSocket.fd());
        m_stop.unwatch(m_serverSocket.fd());
        // The kernel's own account of the connection, once both ends are done: segments
        // (Nagle's coalescing shows as fewer data segments than sends), retransmissions, RTT.
        const std::optional<TcpInfo> client = m_clientSocket.tcpInfo();
        const std::optional<TcpInfo> server = m_serverSocket.tcpInfo();
        m_requests.run.tcpInfoSender = m_replies.run.tcpInfoReceiver = client;
        m_requests.run.tcpInfoReceiver = m_replies.run.tcpInfoSender = server;
    }
    QList<Run> runs{ m_requests.run };
    if (exchange())
        runs.append(m_replies.run);
    const QString error = m_capped ? EventCap::notice(EventCap::limit())
        : m_clientError.isEmpty()  ? m_serverError
                                   : m_clientError;
    for (Run &r : runs) {
        r.aborted = m_stop.isStopped();
        r.error = r.aborted ? QString() : error;
        r.durationNs = m_clock.nowNs() - start;
    }
    return runs;
}

void TcpRunner::finishFailure(const QString &error)
{
    m_clientError = error;
    if (m_feed) {
        m_feed->runStarted(m_firstIndex, m_requests.run);
        if (exchange())
            m_feed->runStarted(m_firstIndex + 1, m_replies.run);
    }
}

QString TcpRunner::connect(NativeSocket &listener)
{
    QString error;
    m_port = listener.localPort();
    // Before the SYN: the capture must see the whole connection (several clients' runners
    // watch the same port; the filter holds it once).
    if (m_capture)
        m_capture->watch(Protocol::Tcp, m_port);

    m_clientSocket = NativeSocket::create(SOCK_STREAM, &error);
    if (!m_clientSocket.isValid())
        return error;
    if (m_scenario.sndbuf > 0)
        error = m_clientSocket.setOption(SOL_SOCKET, SO_SNDBUF, m_scenario.sndbuf);
    if (error.isEmpty())
        error = m_clientSocket.setOption(IPPROTO_TCP, TCP_NODELAY, m_scenario.nodelay ? 1 : 0);
    if (error.isEmpty())
        error = m_clientSocket.connectTo(m_port);
    if (!error.isEmpty())
        return error;
    m_clientPort = m_clientSocket.localPort();
    // The handshake is complete when connect() returns, and this runner's accept() comes
    // before the next client connects: the connection accepted is this client's.
    m_serverSocket = listener.accept(&error);
    if (!m_serverSocket.isValid())
        return error;
    return setUpSockets();
}

QString TcpRunner::setUpSockets()
{
    QString error;
    if (exchange())
        error = m_serverSocket.setOption(IPPROTO_TCP, TCP_NODELAY, m_scenario.nodelay ? 1 : 0);
    if (error.isEmpty() && m_scenario.nonblocking)
        error = m_clientSocket.setNonBlocking(true);
    // Corked before the first send(): every send() then only queues until a full segment, the
    // uncork after the last message (client()) or the kernel's 200 ms ceiling.
    if (error.isEmpty() && m_scenario.cork)
        error = m_clientSocket.setOption(IPPROTO_TCP, TCP_CORK, 1);
    if (error.isEmpty() && m_scenario.rcvlowat > 0)
        error = m_serverSocket.setOption(SOL_SOCKET, SO_RCVLOWAT, m_scenario.rcvlowat);
    // Armed before the first recv() and again after every one (receive()): Linux leaves
    // quick-ACK mode on its own, so the option is no lasting setting.
    if (error.isEmpty() && m_scenario.quickack)
        error = m_serverSocket.setOption(IPPROTO_TCP, TCP_QUICKACK, 1);
    return error;
}

void TcpRunner::recordOptions(Run &run, const NativeSocket &sender,
                              const NativeSocket &receiver) const
{
    run.requested = RunHeader::requested(m_scenario, Protocol::Tcp);
    run.effective.sndbuf = sender.option(SOL_SOCKET, SO_SNDBUF);
    run.effective.rcvbuf = receiver.option(SOL_SOCKET, SO_RCVBUF);
    if (const auto nodelay = sender.option(IPPROTO_TCP, TCP_NODELAY))
        run.effective.nodelay = *nodelay != 0;
    // Cork and O_NONBLOCK are the client's, the low-water mark and quick ACKs the server's:
    // options of the requests' direction. The replies run (server → client) has none of them.
    const bool requests = &sender == &m_clientSocket;
    if (!requests) {
        run.requested.cork = run.requested.quickack = run.requested.nonblocking = std::nullopt;
        run.requested.rcvlowat = std::nullopt;
        return;
    }
    const auto flag = [](const std::optional<qint64> &v) {
        return v ? std::optional<bool>(*v != 0) : std::nullopt;
    };
    run.effective.cork = flag(sender.option(IPPROTO_TCP, TCP_CORK));
    run.effective.nonblocking = sender.nonBlocking();
    if (m_scenario.rcvlowat > 0)
        run.effective.rcvlowat = receiver.option(SOL_SOCKET, SO_RCVLOWAT);
    if (m_scenario.quickack)
        run.effective.quickack = flag(receiver.option(IPPROTO_TCP, TCP_QUICKACK));
}

void TcpRunner::client()
{
    EventRecorder<SendEvent> sends(m_requests.run.sends, m_feed, m_firstIndex,
                                   &LiveFeed::sendsAdded);
    EventRecorder<RecvEvent> replies(m_replies.run.recvs, m_feed, m_firstIndex + 1,
                                     &LiveFeed::recvsAdded);
    QByteArray buffer(m_scenario.recvSize, Qt::Uninitialized);
    const qint64 replyTotal = qint64(m_scenario.count) * m_scenario.replySize;
    QString &error = m_clientError;
    StreamSender sender(m_clientSocket, sends, m_clock, m_stop, m_scenario.evidence);

    for (int n = 0; n < m_scenario.count && error.isEmpty() && !m_stop.isStopped(); ++n) {
        if (n > 0 && m_scenario.intervalMs > 0
            && !m_stop.sleepUntil(m_clock.at(qint64(n) * m_scenario.intervalMs * 1'000'000)))
            break;
        // at(), not operator[]: a non-const [] detaches the list the LiveFeed shares, a deep copy
        // that races with the server thread reading the same list (found by TSan).
        if (!sender.sendMessage(m_requests.run.messages.at(n), n, m_scenario.parts)) {
            m_capped = m_capped || sender.capped();
            error = sender.error();
        }
        sends.flush();
        if (!exchange() || !error.isEmpty())
            continue;
        // Full: read until the whole reply is in, as a correct client does. Once: a single
        // recv(), the classic bug that leaves the rest of the reply for the next read.
        const qint64 wanted = qint64(n + 1) * m_scenario.replySize;
        do {
            if (receive(m_clientSocket, m_replies, replies, buffer, &error) <= 0)
                break;
        } while (m_scenario.replyRead == Scenario::ReplyRead::Full
                 && m_replies.receivedOffset < wanted);
        replies.flush();
    }
    sends.flush(true);
    // The corked program's last step: uncorking sends what the kernel still holds at once.
    if (m_scenario.cork && error.isEmpty() && !m_stop.isStopped())
        error = m_clientSocket.setOption(IPPROTO_TCP, TCP_CORK, 0);
    if (error.isEmpty() && !m_stop.isStopped()) {
        ::shutdown(m_clientSocket.fd(), SHUT_WR);
        // Drain what the single-recv client left unread, then the server's close.
        while (exchange() && error.isEmpty()
               && receive(m_clientSocket, m_replies, replies, buffer, &error) > 0) {
            if (m_replies.receivedOffset > replyTotal)
                break;
        }
    }
    replies.flush(true);
    if (!error.isEmpty())
        ::shutdown(m_clientSocket.fd(), SHUT_RDWR);
}

void TcpRunner::server()
{
    EventRecorder<RecvEvent> recvs(m_requests.run.recvs, m_feed, m_firstIndex,
                                   &LiveFeed::recvsAdded);
    EventRecorder<SendEvent> replies(m_replies.run.sends, m_feed, m_firstIndex + 1,
                                     &LiveFeed::sendsAdded);
    QString ignored;
    const FramingSpec spec
        = FramingSpec::parse(m_scenario.framing, &ignored).value_or(FramingSpec{});
    FrameDecoder decoder(spec);
    QByteArray buffer(m_scenario.recvSize, Qt::Uninitialized);
    QString &error = m_serverError;
    StreamSender replier(m_serverSocket, replies, m_clock, m_stop, m_scenario.evidence);

    // Cumulative end offsets of the requests, so the server knows when one is complete.
    QList<qint64> requestEnds;
    qint64 end = 0;
    for (const QByteArray &m : std::as_const(m_requests.run.messages))
        requestEnds.append(end += m.size());
    int answered = 0;

    const qint64 firstRead = qint64(m_scenario.readDelayMs) * 1'000'000;
    if (firstRead > 0 && !m_stop.sleepUntil(m_clock.at(firstRead)))
        return;
    // A periodic reader sleeps a whole interval before its first recv(), like a program whose
    // loop is "sleep, then read".
    for (qint64 tick = firstRead + m_scenario.readIntervalMs * 1'000'000LL; error.isEmpty();
         tick += m_scenario.readIntervalMs * 1'000'000LL) {
        if (m_scenario.readIntervalMs > 0 && !m_stop.sleepUntil(m_clock.at(tick)))
            break;
        const qint64 got = receive(m_serverSocket, m_requests, recvs, buffer, &error);
        if (got <= 0)
            break;
        if (spec.kind != FramingSpec::Kind::None)
            decoder.feed(buffer.constData(), got, recvs.nextId() - 1);
        while (answered < requestEnds.size() && exchange()
               && m_requests.receivedOffset >= requestEnds[answered] && error.isEmpty()) {
            const QByteArray &reply = m_replies.run.messages.at(answered);
            if (!replier.sendAll(reply.constData(), reply.size(), answered)) {
                m_capped = m_capped || replier.capped();
                error = replier.error();
            }
            ++answered;
        }
        recvs.flush();
        replies.flush();
    }
    if (spec.kind != FramingSpec::Kind::None) {
        decoder.finish();
        m_requests.run.frames = decoder.takeFrames();
    }
    recvs.flush(true);
    replies.flush(true);
    // On failure the client must not stay blocked in a send() nobody will ever drain.
    if (!error.isEmpty())
        ::shutdown(m_serverSocket.fd(), SHUT_RDWR);
    else if (exchange())
        ::shutdown(m_serverSocket.fd(), SHUT_WR);
    // Our shutdown does not wake a client whose send() waits for a window the server no longer
    // opens (seen under ASan: a non-blocking client polled forever). At the cap, wake it the way
    // a stop does; its EPIPE is not shown, the cap notice is.
    if (m_capped)
        ::shutdown(m_clientSocket.fd(), SHUT_RDWR);
}

qint64 TcpRunner::receive(NativeSocket &socket, Direction &dir, EventRecorder<RecvEvent> &rec,
                          QByteArray &buffer, QString *error)
{
    // A blocking socket is read the way a plain blocking program reads it: FIONREAD, then
    // recv() straight away, which waits in the kernel if nothing is queued (FIONREAD then says 0,
    // truthfully). A poll() first changes what each recv() gets: woken by the first segment,
    // 64 KiB messages came in more, smaller pieces (1700 recvs for 1500 messages against 1530
    // for the bare loop) and 10-byte messages in fewer, larger ones (60k recvs against 85k) -
    // the instrument would draw its own sticky packets. A stop wakes a blocked recv() by
    // shutting the socket down, which reads 0; that is the stop, not the peer closing, and it
    // is not shown. Only the non-blocking client polls first, as a non-blocking program must.
    const bool blocking = !(m_scenario.nonblocking && &socket == &m_clientSocket);
    if (m_stop.isStopped() || (!blocking && !socket.waitReadable(m_stop)))
        return -1;
    RecvEvent e;
    e.requested = buffer.size();
    e.offset = dir.receivedOffset;
    if (m_scenario.evidence)
        e.queuedBefore = socket.queuedBytes();
    e.tNs = m_clock.nowNs();
    const ssize_t r = ::recv(socket.fd(), buffer.data(), size_t(buffer.size()), 0);
    const int err = r < 0 ? errno : 0;
    e.durNs = m_clock.nowNs() - e.tNs;
    if (r <= 0 && m_stop.isStopped())
        return -1;
    e.bytes = r < 0 ? 0 : r;
    e.error = err;
    e.preview = WireFormat::preview(buffer.constData(), e.bytes);
    rec.append(e);
    if (r < 0) {
        if (!m_stop.isStopped())
            *error = tr("recv() failed: %1").arg(ErrnoName::name(err));
        return -1;
    }
    if (rec.full()) {
        m_capped = true;
        *error = EventCap::notice(rec.limit());
        return -1;
    }
    dir.receivedOffset += r;
    // TCP_QUICKACK lasts only until the kernel leaves quick-ACK mode again (after a reply, or
    // when it sees an interactive exchange): the server sets it again after every recv().
    if (m_scenario.quickack && &socket == &m_serverSocket)
        m_serverSocket.setOption(IPPROTO_TCP, TCP_QUICKACK, 1);
    return r;
}

} // namespace sockscope
