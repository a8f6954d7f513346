#include "tcpmodel.h"

#include "framingspec.h"
#include "wireformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::TcpModel", text);
}

constexpr qint64 kMs = 1'000'000;
// Linux: RTO = SRTT + max(4·RTTVAR, 200 ms); with the model's steady RTT that is RTT + 200 ms.
constexpr qint64 kMinRtoNs = 200 * kMs;
constexpr qint64 kMaxRtoNs = 120'000 * kMs;
// Linux tcp_retries2: give up after 15 timeouts in a row.
constexpr int kMaxRetries = 15;
constexpr qint64 kHeaderBytes = 40; // IPv4 + TCP without options
// The send and receive buffers' defaults when the scenario leaves them to the kernel: Linux's
// initial tcp_wmem and tcp_rmem. The real kernel then grows them (autotuning); the model does not.
constexpr qint64 kDefaultSndbuf = 16384;
constexpr qint64 kDefaultRcvbuf = 131072;
constexpr qint64 kMinSndbuf = 4608;
constexpr qint64 kMinRcvbuf = 2304;
// A simulation that has not finished after this much simulated time is stuck (a bug, or a
// hopeless loss rate); it stops with an error instead of running on.
constexpr qint64 kMaxSimulatedNs = 3'600'000 * kMs;

enum Priority { kApp = 0, kNetwork = 1, kTimer = 2 };

qint64 effectiveBuffer(int requested, qint64 fallback, qint64 floor)
{
    // SO_SNDBUF/SO_RCVBUF are doubled by the kernel for its bookkeeping (socket(7)), so about
    // half of the effective size holds payload: the model uses effective / 2 as capacity.
    return requested > 0 ? std::max<qint64>(2 * qint64(requested), floor) : fallback;
}

FramingSpec framingOf(const Scenario &scenario)
{
    QString ignored; // the scenario was validated: its framing parses
    return FramingSpec::parse(scenario.framing, &ignored).value_or(FramingSpec{});
}

QByteArray concatenated(const QList<QByteArray> &messages)
{
    QByteArray out;
    qsizetype total = 0;
    for (const QByteArray &m : messages)
        total += m.size();
    out.reserve(total);
    for (const QByteArray &m : messages)
        out.append(m);
    return out;
}

} // namespace

TcpModel::TcpModel(const Scenario &scenario, const QString &label, int firstIndex)
    : m_scenario(scenario)
    , m_random(quint64(scenario.seed))
    , m_links{SimLink(scenario, m_random), SimLink(scenario, m_random)}
    , m_queue(2)
    , m_decoder(framingOf(scenario))
{
    m_framed = framingOf(scenario).kind != FramingSpec::Kind::None;
    const qint64 clientSndbuf = effectiveBuffer(scenario.sndbuf, kDefaultSndbuf, kMinSndbuf);
    const qint64 serverRcvbuf = effectiveBuffer(scenario.rcvbuf, kDefaultRcvbuf, kMinRcvbuf);

    Run &req = m_runs[0];
    req.protocol = Protocol::Tcp;
    req.mode = Mode::Sim;
    req.scenario = scenario;
    req.label = exchange() ? tr("TCP requests (client → server)") : QStringLiteral("TCP");
    if (!label.isEmpty())
        req.label = label + QStringLiteral(" · ") + req.label;
    req.messages = WireFormat::messages(scenario, Protocol::Tcp);

    Run &rep = m_runs[1];
    rep.protocol = Protocol::Tcp;
    rep.mode = Mode::Sim;
    rep.scenario = scenario;
    rep.scenario.framing = QStringLiteral("none");
    rep.label = tr("TCP replies (server → client)");
    if (!label.isEmpty())
        rep.label = label + QStringLiteral(" · ") + rep.label;
    rep.requestsRun = firstIndex;
    if (exchange()) {
        for (int n = 0; n < scenario.count; ++n)
            rep.messages.append(WireFormat::reply(n, scenario.replySize));
    }

    // Like TcpRunner: SO_SNDBUF is set on the client, SO_RCVBUF on the server (via the
    // listener); the reply direction uses the defaults.
    for (Run *r : {&req, &rep}) {
        if (scenario.sndbuf > 0)
            r->requested.sndbuf = scenario.sndbuf;
        if (scenario.rcvbuf > 0)
            r->requested.rcvbuf = scenario.rcvbuf;
        r->requested.nodelay = scenario.nodelay;
        r->effective.nodelay = scenario.nodelay;
    }
    req.effective.sndbuf = clientSndbuf;
    req.effective.rcvbuf = serverRcvbuf;
    rep.effective.sndbuf = kDefaultSndbuf;
    rep.effective.rcvbuf = kDefaultRcvbuf;

    for (int d = 0; d < 2; ++d) {
        Direction &dir = m_dirs[size_t(d)];
        dir.run = &m_runs[size_t(d)];
        dir.tx.stream = concatenated(dir.run->messages);
        dir.tx.capacity = *dir.run->effective.sndbuf / 2;
        dir.rx.capacity = *dir.run->effective.rcvbuf / 2;
        dir.tx.windowEdge = dir.rx.capacity; // the window of the handshake
        dir.rx.advertisedEdge = dir.rx.capacity;
    }
    qint64 end = 0;
    for (const QByteArray &m : std::as_const(req.messages))
        m_requestEnds.push_back(end += m.size());
    m_apps[1].step = Step::Start;
    m_apps[0].step = Step::NextMessage;
}

QList<Run> TcpModel::run()
{
    m_queue.reserve(1024);
    // The connection is established at t = 0; both programs start then.
    wakeAt(0, 0);
    wakeAt(1, 0);
    while (!m_queue.isEmpty() && m_error.isEmpty()) {
        const SimEvent e = m_queue.pop();
        if (e.tNs > kMaxSimulatedNs) {
            fail(tr("the simulation did not finish within an hour of simulated time"));
            break;
        }
        m_nowNs = e.tNs;
        dispatch(e);
    }
    if (m_error.isEmpty() && (m_apps[0].step != Step::Done || m_apps[1].step != Step::Done))
        fail(tr("the simulated programs stopped before the end (a model error)"));
    if (m_framed) {
        m_decoder.finish();
        m_runs[0].frames = m_decoder.takeFrames();
    }
    QList<Run> runs{m_runs[0]};
    if (exchange())
        runs.append(m_runs[1]);
    for (Run &r : runs) {
        r.error = m_error;
        r.durationNs = m_endNs;
    }
    return runs;
}

void TcpModel::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void TcpModel::dispatch(const SimEvent &e)
{
    switch (e.kind) {
    case AppWake: {
        App &app = m_apps[size_t(e.target)];
        if (e.generation != app.wakeGeneration)
            return;
        app.wait = Wait::None;
        runApp(e.target);
        break;
    }
    case Packet:
        onPacket(e);
        break;
    case DelayedAck: {
        Receiver &rx = m_dirs[size_t(e.target)].rx;
        if (e.generation != rx.delackGeneration || !rx.delackArmed)
            return;
        sendAck(e.target);
        break;
    }
    case Retransmit:
        if (e.generation != m_dirs[size_t(e.target)].tx.rtoGeneration)
            return;
        onRetransmitTimer(e.target);
        break;
    case Persist:
        if (e.generation != m_dirs[size_t(e.target)].tx.persistGeneration)
            return;
        onPersistTimer(e.target);
        break;
    }
    m_endNs = std::max(m_endNs, m_nowNs);
}

// --- the two programs -------------------------------------------------------------------------

void TcpModel::wakeAt(int app, qint64 tNs)
{
    App &a = m_apps[size_t(app)];
    SimEvent e;
    e.tNs = tNs;
    e.priority = kApp;
    e.kind = AppWake;
    e.target = app;
    e.generation = ++a.wakeGeneration;
    m_queue.push(e);
}

void TcpModel::waitFor(App &app, Wait wait, int dir)
{
    app.wait = wait;
    app.waitDir = dir;
    ++app.wakeGeneration; // a pending wake-up for something else no longer applies
}

void TcpModel::notifyReadable(int dir)
{
    const int app = readerOf(dir);
    const App &a = m_apps[size_t(app)];
    if (a.wait == Wait::Readable && a.waitDir == dir)
        wakeAt(app, m_nowNs);
}

void TcpModel::notifyWritable(int dir)
{
    const int app = writerOf(dir);
    const App &a = m_apps[size_t(app)];
    if (a.wait == Wait::Writable && a.waitDir == dir && writable(m_dirs[size_t(dir)].tx))
        wakeAt(app, m_nowNs);
}

void TcpModel::runApp(int app)
{
    App &a = m_apps[size_t(app)];
    while (m_error.isEmpty() && (app == 0 ? stepClient(a) : stepServer(a))) {
    }
}

// TcpRunner::client(): messages at their cadence, each in `parts` send() calls; with replies,
// read the reply (fully, or with one recv()); then shutdown(SHUT_WR) and drain until EOF.
// Returns false when the program waits.
bool TcpModel::stepClient(App &app)
{
    const Scenario &s = m_scenario;
    switch (app.step) {
    case Step::NextMessage: {
        if (app.message >= s.count) {
            app.step = Step::Close;
            return true;
        }
        const qint64 due = qint64(app.message) * s.intervalMs * kMs;
        if (app.message > 0 && s.intervalMs > 0 && m_nowNs < due) {
            waitFor(app, Wait::Time, 0);
            wakeAt(0, due);
            return false;
        }
        app.part = 0;
        app.partFrom = 0;
        app.step = Step::NextPart;
        return true;
    }
    case Step::NextPart: {
        const qint64 size = m_runs[0].messages[app.message].size();
        if (app.part >= s.parts) {
            if (exchange()) {
                app.wanted = qint64(app.message + 1) * s.replySize;
                app.step = Step::ReadReply;
            } else {
                ++app.message;
                app.step = Step::NextMessage;
            }
            return true;
        }
        // As TcpRunner::sendMessage: empty pieces are skipped, but an empty message is still
        // one send() of 0 bytes.
        const qint64 to = size * (app.part + 1) / s.parts;
        if (to == app.partFrom && !(size == 0 && app.part == 0)) {
            ++app.part;
            return true;
        }
        app.job = SendJob{};
        app.job.dir = 0;
        app.job.message = app.message;
        app.job.length = to - app.partFrom;
        app.partFrom = to;
        ++app.part;
        app.step = Step::SendPart;
        return true;
    }
    case Step::SendPart:
        if (!advanceSend(app))
            return false;
        app.step = Step::NextPart;
        return true;
    case Step::ReadReply: {
        const Receiver &rx = m_dirs[1].rx;
        if (!readable(rx)) {
            waitFor(app, Wait::Readable, 1);
            return false;
        }
        const qint64 got = receive(1);
        if (got > 0 && s.replyRead == Scenario::ReplyRead::Full && rx.readOffset < app.wanted)
            return true;
        ++app.message;
        app.step = Step::NextMessage;
        return true;
    }
    case Step::Close:
        m_dirs[0].tx.closed = true;
        trySend(0);
        app.step = exchange() ? Step::Drain : Step::Done;
        return true;
    case Step::Drain: {
        const Receiver &rx = m_dirs[1].rx;
        if (!readable(rx)) {
            waitFor(app, Wait::Readable, 1);
            return false;
        }
        if (receive(1) == 0)
            app.step = Step::Done;
        return true;
    }
    default:
        app.step = Step::Done;
        return false;
    }
}

// TcpRunner::server(): after read_delay_ms, one recv() per read_interval_ms (a periodic reader
// sleeps one interval first), or whenever data is ready; answers every complete request.
bool TcpModel::stepServer(App &app)
{
    const Scenario &s = m_scenario;
    const qint64 interval = qint64(s.readIntervalMs) * kMs;
    switch (app.step) {
    case Step::Start: {
        const qint64 firstRead = qint64(s.readDelayMs) * kMs;
        if (m_nowNs < firstRead) {
            waitFor(app, Wait::Time, 0);
            wakeAt(1, firstRead);
            return false;
        }
        app.tick = firstRead + interval;
        app.step = Step::Tick;
        return true;
    }
    case Step::Tick:
        if (interval > 0 && m_nowNs < app.tick) {
            waitFor(app, Wait::Time, 0);
            wakeAt(1, app.tick);
            return false;
        }
        app.step = Step::Receive;
        return true;
    case Step::Receive: {
        const Receiver &rx = m_dirs[0].rx;
        if (!readable(rx)) {
            waitFor(app, Wait::Readable, 0);
            return false;
        }
        const qint64 from = rx.readOffset;
        const qint64 got = receive(0);
        if (got == 0) {
            app.step = Step::Finish;
            return true;
        }
        if (m_framed)
            m_decoder.feed(m_dirs[0].tx.stream.constData() + from, got,
                           int(m_runs[0].recvs.size()) - 1);
        app.step = Step::Reply;
        return true;
    }
    case Step::Reply: {
        SendJob &job = app.job;
        if (job.length > 0 && job.done < job.length) {
            if (!advanceSend(app))
                return false;
            ++app.message;
        }
        if (exchange() && app.message < s.count
            && m_dirs[0].rx.readOffset >= m_requestEnds[size_t(app.message)]) {
            job = SendJob{};
            job.dir = 1;
            job.message = app.message;
            job.length = m_runs[1].messages[app.message].size();
            return true;
        }
        job = SendJob{};
        app.tick += interval;
        app.step = Step::Tick;
        return true;
    }
    case Step::Finish:
        if (exchange()) {
            m_dirs[1].tx.closed = true;
            trySend(1);
        }
        app.step = Step::Done;
        return false;
    default:
        app.step = Step::Done;
        return false;
    }
}

// TcpRunner::sendAll(): a blocking socket makes one call that may sleep until the buffer has
// room; a non-blocking one gets partial sends and EAGAIN, then polls for POLLOUT and tries again.
bool TcpModel::advanceSend(App &app)
{
    SendJob &job = app.job;
    Sender &tx = m_dirs[size_t(job.dir)].tx;
    const bool nonblocking = m_scenario.nonblocking && job.dir == 0;
    for (;;) {
        const qint64 rest = job.length - job.done;
        const qint64 room = std::max<qint64>(0, tx.capacity - (tx.written - tx.sndUna));
        const qint64 take = std::min(rest, room);
        if (nonblocking) {
            const qint64 offset = tx.written;
            if (rest > 0 && take == 0) {
                recordSend(job, m_nowNs, rest, 0, offset, EAGAIN);
                waitFor(app, Wait::Writable, job.dir);
                return false;
            }
            tx.written += take;
            trySend(job.dir);
            job.done += take;
            recordSend(job, m_nowNs, rest, take, offset, 0);
            if (job.done == job.length)
                return true;
            continue; // sendall calls again at once; that call meets the full buffer
        }
        if (!job.inCall) {
            job.inCall = true;
            job.callStart = m_nowNs;
            job.callOffset = tx.written;
            job.callRequested = rest;
        }
        tx.written += take;
        trySend(job.dir);
        job.done += take;
        if (job.done == job.length) {
            job.inCall = false;
            recordSend(job, job.callStart, job.callRequested, job.callRequested, job.callOffset, 0);
            return true;
        }
        waitFor(app, Wait::Writable, job.dir);
        return false;
    }
}

void TcpModel::recordSend(const SendJob &job, qint64 tNs, qint64 requested, qint64 accepted,
                          qint64 offset, int error)
{
    const Sender &tx = m_dirs[size_t(job.dir)].tx;
    Run &run = m_runs[size_t(job.dir)];
    SendEvent e;
    e.id = int(run.sends.size());
    e.message = job.message;
    e.tNs = tNs;
    e.durNs = m_nowNs - tNs;
    e.requested = requested;
    e.accepted = accepted;
    e.offset = offset;
    e.error = error;
    // SIOCOUTQNSD: written but not yet sent once.
    if (m_scenario.evidence)
        e.unsentAfter = tx.written - tx.sndNxt;
    e.preview = WireFormat::preview(tx.stream.constData() + offset, requested);
    run.sends.append(std::move(e));
}

qint64 TcpModel::receive(int dir)
{
    Receiver &rx = m_dirs[size_t(dir)].rx;
    Run &run = m_runs[size_t(dir)];
    const qint64 queued = rx.rcvNxt - rx.readOffset;
    const qint64 got = std::min<qint64>(queued, m_scenario.recvSize);
    RecvEvent e;
    e.id = int(run.recvs.size());
    e.tNs = m_nowNs;
    e.requested = m_scenario.recvSize;
    e.bytes = got;
    e.offset = rx.readOffset;
    if (m_scenario.evidence)
        e.queuedBefore = queued;
    e.preview = WireFormat::preview(m_dirs[size_t(dir)].tx.stream.constData() + rx.readOffset, got);
    run.recvs.append(std::move(e));
    rx.readOffset += got;
    // Linux tcp_cleanup_rbuf(): after a read, announce the reopened window at once if the
    // window last advertised has shrunk to half or less and would now at least double.
    const qint64 advertised = rx.advertisedEdge - rx.rcvNxt;
    const qint64 now = window(rx);
    if (got > 0 && 2 * advertised <= rx.capacity && now >= 2 * advertised
        && now - advertised >= std::min<qint64>(m_scenario.mss, rx.capacity / 2))
        sendAck(dir);
    return got;
}

// --- the kernels -------------------------------------------------------------------------------

qint64 TcpModel::rtoNs(int backoff) const
{
    const qint64 base = qint64(m_scenario.rttMs) * kMs + kMinRtoNs;
    return std::min(kMaxRtoNs, base << std::min(backoff, 16));
}

qint64 TcpModel::ackNumber(const Receiver &rx) const
{
    return rx.rcvNxt + (rx.finReceived ? 1 : 0); // the FIN takes one sequence number
}

qint64 TcpModel::window(const Receiver &rx) const
{
    return std::max<qint64>(0, rx.capacity - (rx.rcvNxt - rx.readOffset));
}

bool TcpModel::inFlight(const Sender &tx) const
{
    return tx.sndMax > tx.sndUna || (tx.finSent && !tx.finAcked);
}

bool TcpModel::writable(const Sender &tx) const
{
    // Linux sk_stream_is_writeable(): free space at least half of what is queued, i.e. the
    // queue at most two thirds full. A blocked sender is woken only then, not per freed byte.
    const qint64 queued = tx.written - tx.sndUna;
    return 3 * queued <= 2 * tx.capacity;
}

bool TcpModel::readable(const Receiver &rx) const
{
    return rx.rcvNxt > rx.readOffset || rx.finReceived;
}

void TcpModel::trySend(int dir)
{
    Sender &tx = m_dirs[size_t(dir)].tx;
    const qint64 mss = m_scenario.mss;
    for (;;) {
        const qint64 unsent = tx.written - tx.sndNxt;
        if (unsent == 0) {
            if (tx.closed && !tx.finSent && tx.sndNxt == qint64(tx.stream.size())) {
                tx.finSent = true;
                sendData(dir, tx.sndNxt, 0, true, false);
            }
            return;
        }
        const qint64 allowed = tx.windowEdge - tx.sndNxt;
        if (allowed <= 0) {
            // Zero window: with nothing in flight no ACK will come to reopen it, so probe.
            if (!inFlight(tx) && !tx.persistArmed) {
                tx.persistArmed = true;
                SimEvent e;
                e.tNs = m_nowNs + rtoNs(tx.backoff);
                e.priority = kTimer;
                e.kind = Persist;
                e.target = dir;
                e.generation = ++tx.persistGeneration;
                m_queue.push(e);
            }
            return;
        }
        const qint64 len = std::min({mss, unsent, allowed});
        // Nagle as Linux does it (Minshall's variant): a segment shorter than the MSS waits
        // while an earlier short segment is unacknowledged, unless TCP_NODELAY is set.
        // Deliberately unlike Linux, shutdown() does not push the held bytes out (tcp_send_fin
        // does): the lessons' clients close right after their last send, which on a WAN would
        // hide the very hold the model is there to show. The FIN follows the held bytes.
        const bool small = len < mss && len == unsent;
        if (small && !m_scenario.nodelay && tx.sndSml > tx.sndUna)
            return;
        const bool fin = tx.closed && tx.sndNxt + len == qint64(tx.stream.size());
        if (fin)
            tx.finSent = true;
        if (len < mss)
            tx.sndSml = tx.sndNxt + len;
        sendData(dir, tx.sndNxt, len, fin, false);
        tx.sndNxt += len;
        tx.sndMax = std::max(tx.sndMax, tx.sndNxt);
    }
}

void TcpModel::sendData(int dir, qint64 offset, qint64 bytes, bool fin, bool retransmit)
{
    Sender &tx = m_dirs[size_t(dir)].tx;
    const int reverse = 1 - dir;
    Receiver &back = m_dirs[size_t(reverse)].rx;
    const SimLink::Delivery d = m_links[size_t(dir)].transmit(m_nowNs, bytes + kHeaderBytes);

    Segment seg;
    seg.tNs = d.departNs;
    seg.arriveNs = d.arriveNs;
    seg.offset = offset;
    seg.bytes = bytes;
    seg.lost = d.arriveNs < 0;
    seg.retransmit = retransmit;
    seg.fin = fin;
    QList<Segment> &lane = m_runs[size_t(dir)].segments;
    const int index = int(lane.size());
    lane.append(seg);

    SimEvent e;
    e.priority = kNetwork;
    e.kind = Packet;
    e.target = dir; // the packet travels from host `dir`
    e.offset = offset;
    e.bytes = bytes;
    e.fin = fin;
    e.segment = index;
    // Every segment carries an ACK for the reverse direction: data going back is where a
    // delayed ACK rides along (piggybacks), and that ends the wait for the delayed-ACK timer.
    if (exchange()) {
        e.ackNo = ackNumber(back);
        e.window = window(back);
        if (back.rcvNxt > 0)
            back.pingpong = true; // Linux: data soon after data received = an interactive flow
        if (e.ackNo != back.lastAckNo || e.window != back.lastWindow) {
            Segment ack;
            ack.tNs = d.departNs;
            ack.arriveNs = d.arriveNs;
            ack.ack = true;
            ack.piggybacked = true;
            ack.offset = back.rcvNxt;
            ack.window = e.window;
            ack.fin = back.finReceived;
            ack.lost = seg.lost;
            m_runs[size_t(reverse)].segments.append(ack);
        }
        back.lastAckNo = e.ackNo;
        back.lastWindow = e.window;
        back.advertisedEdge = back.rcvNxt + e.window;
        back.unacked = 0;
        back.delackArmed = false;
        ++back.delackGeneration;
    }
    if (d.arriveNs >= 0) {
        e.tNs = d.arriveNs;
        m_queue.pushToLane(dir, e); // each link delivers in order unless it reorders
    }
    if (d.duplicateNs >= 0) {
        Segment copy = seg;
        copy.arriveNs = d.duplicateNs;
        copy.duplicate = true;
        lane.append(copy);
        e.tNs = d.duplicateNs;
        m_queue.push(e);
    }
    if (!tx.rtoArmed && bytes + (fin ? 1 : 0) > 0)
        armRetransmit(dir);
}

void TcpModel::sendAck(int dir)
{
    Receiver &rx = m_dirs[size_t(dir)].rx;
    const SimLink::Delivery d = m_links[size_t(1 - dir)].transmit(m_nowNs, kHeaderBytes);
    Segment seg;
    seg.tNs = d.departNs;
    seg.arriveNs = d.arriveNs;
    seg.ack = true;
    seg.offset = rx.rcvNxt;
    seg.window = window(rx);
    seg.fin = rx.finReceived;
    seg.lost = d.arriveNs < 0;
    m_runs[size_t(dir)].segments.append(seg);

    SimEvent e;
    e.priority = kNetwork;
    e.kind = Packet;
    e.target = 1 - dir;
    e.bytes = -1; // no data: a pure ACK
    e.ackNo = ackNumber(rx);
    e.window = seg.window;
    if (d.arriveNs >= 0) {
        e.tNs = d.arriveNs;
        m_queue.pushToLane(1 - dir, e);
    }
    if (d.duplicateNs >= 0) {
        Segment copy = seg;
        copy.arriveNs = d.duplicateNs;
        copy.duplicate = true;
        m_runs[size_t(dir)].segments.append(copy);
        e.tNs = d.duplicateNs;
        m_queue.push(e);
    }
    rx.lastAckNo = e.ackNo;
    rx.lastWindow = e.window;
    rx.advertisedEdge = rx.rcvNxt + e.window;
    rx.unacked = 0;
    rx.delackArmed = false;
    ++rx.delackGeneration;
}

void TcpModel::onPacket(const SimEvent &e)
{
    const int from = e.target;
    // Host 1 - from receives: first the ACK for what it sent, then the data for it to read.
    if (e.ackNo >= 0)
        onAck(1 - from, e.ackNo, e.window);
    if (e.bytes >= 0)
        onData(from, e.offset, e.bytes, e.fin);
}

void TcpModel::onData(int dir, qint64 offset, qint64 bytes, bool fin)
{
    Receiver &rx = m_dirs[size_t(dir)].rx;
    const qint64 end = offset + bytes;
    bool now = false;
    if (bytes == 0 && !fin) {
        now = true; // a window probe asks for an ACK
    } else if (end < rx.rcvNxt || (end == rx.rcvNxt && !(fin && !rx.finReceived))) {
        now = true; // old data again (a retransmission or a duplicate): ACK at once
    } else if (offset > rx.rcvNxt) {
        // A hole before it: keep it for later and tell the sender at once (a duplicate ACK).
        if (bytes > 0) {
            const auto at = std::lower_bound(rx.outOfOrder.begin(), rx.outOfOrder.end(),
                                             std::make_pair(offset, end));
            rx.outOfOrder.insert(at, {offset, end});
        }
        if (fin)
            rx.finOffset = end;
        now = true;
    } else {
        const bool fillsHole = !rx.outOfOrder.empty();
        const qint64 before = rx.rcvNxt;
        rx.rcvNxt = std::max(rx.rcvNxt, end);
        if (fin)
            rx.finOffset = end;
        auto it = rx.outOfOrder.begin();
        while (it != rx.outOfOrder.end() && it->first <= rx.rcvNxt) {
            rx.rcvNxt = std::max(rx.rcvNxt, it->second);
            ++it;
        }
        rx.outOfOrder.erase(rx.outOfOrder.begin(), it);
        if (rx.finOffset >= 0 && rx.rcvNxt == rx.finOffset)
            rx.finReceived = true;
        rx.unacked += rx.rcvNxt - before;
        const bool quick = rx.quickAcks > 0 && !rx.pingpong;
        // Linux __tcp_ack_snd_check(): ACK at once for more than one full segment unacked, in
        // quick-ACK mode, after a hole was filled, and for the FIN; otherwise wait for the
        // delayed-ACK timer or for data going back to carry the ACK.
        now = fillsHole || rx.finReceived || quick || m_scenario.delayedAckMs == 0
            || rx.unacked > m_scenario.mss;
        if (quick && now)
            --rx.quickAcks;
        if (!now && !rx.delackArmed)
            armDelayedAck(dir);
        notifyReadable(dir);
    }
    if (now)
        sendAck(dir);
}

void TcpModel::onAck(int dir, qint64 ackNo, qint64 window)
{
    Sender &tx = m_dirs[size_t(dir)].tx;
    if (ackNo < tx.sndUna)
        return; // an old ACK overtaken by newer ones
    const qint64 total = tx.stream.size();
    const bool advanced = ackNo > tx.sndUna;
    tx.sndUna = std::min(ackNo, tx.sndMax);
    if (tx.finSent && ackNo > total)
        tx.finAcked = true;
    tx.windowEdge = tx.sndUna + window;
    if (window > 0 && tx.persistArmed) {
        tx.persistArmed = false;
        ++tx.persistGeneration;
    }
    if (advanced) {
        tx.backoff = 0;
        tx.rtoArmed = false;
        ++tx.rtoGeneration;
        if (tx.recoverPoint >= 0) {
            // After a timeout, each ACK that still leaves a hole below the recovery point
            // retransmits the next missing segment (NewReno's partial ACK), so several losses
            // cost one timeout, not one each.
            if (tx.sndUna < tx.recoverPoint)
                retransmitFirst(dir);
            else
                tx.recoverPoint = -1;
        }
        if (inFlight(tx) && !tx.rtoArmed)
            armRetransmit(dir);
        notifyWritable(dir);
    }
    trySend(dir);
}

void TcpModel::retransmitFirst(int dir)
{
    Sender &tx = m_dirs[size_t(dir)].tx;
    const qint64 total = tx.stream.size();
    if (tx.sndUna < tx.sndMax) {
        const qint64 len = std::min<qint64>(m_scenario.mss, tx.sndMax - tx.sndUna);
        sendData(dir, tx.sndUna, len, tx.finSent && tx.sndUna + len == total, true);
    } else if (tx.finSent && !tx.finAcked) {
        sendData(dir, total, 0, true, true);
    }
}

void TcpModel::onRetransmitTimer(int dir)
{
    Sender &tx = m_dirs[size_t(dir)].tx;
    tx.rtoArmed = false;
    if (!inFlight(tx))
        return;
    if (tx.backoff >= kMaxRetries) {
        fail(tr("connection timed out (ETIMEDOUT): %1 retransmissions without an ACK")
                 .arg(kMaxRetries));
        return;
    }
    ++tx.backoff;
    tx.recoverPoint = tx.sndMax;
    retransmitFirst(dir);
    if (!tx.rtoArmed)
        armRetransmit(dir);
}

void TcpModel::onPersistTimer(int dir)
{
    Sender &tx = m_dirs[size_t(dir)].tx;
    tx.persistArmed = false;
    if (tx.windowEdge > tx.sndNxt || tx.written == tx.sndNxt || inFlight(tx))
        return;
    sendData(dir, tx.sndNxt, 0, false, false);
    tx.backoff = std::min(tx.backoff + 1, kMaxRetries);
    trySend(dir); // re-arms the probe timer
}

void TcpModel::armRetransmit(int dir)
{
    Sender &tx = m_dirs[size_t(dir)].tx;
    tx.rtoArmed = true;
    SimEvent e;
    e.tNs = m_nowNs + rtoNs(tx.backoff);
    e.priority = kTimer;
    e.kind = Retransmit;
    e.target = dir;
    e.generation = ++tx.rtoGeneration;
    m_queue.push(e);
}

void TcpModel::armDelayedAck(int dir)
{
    Receiver &rx = m_dirs[size_t(dir)].rx;
    rx.delackArmed = true;
    SimEvent e;
    e.tNs = m_nowNs + qint64(m_scenario.delayedAckMs) * kMs;
    e.priority = kTimer;
    e.kind = DelayedAck;
    e.target = dir;
    e.generation = ++rx.delackGeneration;
    m_queue.push(e);
}

} // namespace sockscope
