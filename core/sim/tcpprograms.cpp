#include "sim/tcpprograms.h"

#include "model/framingspec.h"
#include "model/wireformat.h"
#include "sim/tcpreceiverside.h"
#include "sim/tcpsenderside.h"

#include <cerrno>

namespace sockscope {

namespace {

FramingSpec framingOf(const Scenario &scenario)
{
    QString ignored; // the scenario was validated: its framing parses
    return FramingSpec::parse(scenario.framing, &ignored).value_or(FramingSpec{});
}

} // namespace

TcpPrograms::TcpPrograms(TcpSimContext &context, TcpSenderSide &senders, TcpReceiverSide &receivers)
    : m_c(context), m_senders(senders), m_receivers(receivers),
      m_decoder(framingOf(context.scenario))
{
    m_framed = framingOf(context.scenario).kind != FramingSpec::Kind::None;
    m_apps[1].step = Step::Start;
    m_apps[0].step = Step::NextMessage;
}

void TcpPrograms::start()
{
    qint64 end = 0;
    for (const QByteArray &m : std::as_const(m_c.runs[0].messages))
        m_requestEnds.push_back(end += m.size());
    // The connection is established at t = 0; both programs start then.
    wakeAt(0, 0);
    wakeAt(1, 0);
}

bool TcpPrograms::onWake(int app, quint32 generation)
{
    App &a = m_apps[size_t(app)];
    if (generation != a.wakeGeneration)
        return false;
    a.wait = Wait::None;
    runApp(app);
    return true;
}

bool TcpPrograms::finished() const
{
    return m_apps[0].step == Step::Done && m_apps[1].step == Step::Done;
}

QList<Frame> TcpPrograms::takeFrames()
{
    if (!m_framed)
        return {};
    m_decoder.finish();
    return m_decoder.takeFrames();
}

void TcpPrograms::wakeAt(int app, qint64 tNs)
{
    App &a = m_apps[size_t(app)];
    SimEvent e;
    e.tNs = tNs;
    e.priority = TcpSimContext::kApp;
    e.kind = TcpSimContext::AppWake;
    e.target = app;
    e.generation = ++a.wakeGeneration;
    m_c.queue.push(e);
}

void TcpPrograms::waitFor(App &app, Wait wait, int dir)
{
    app.wait = wait;
    app.waitDir = dir;
    ++app.wakeGeneration; // a pending wake-up for something else no longer applies
}

void TcpPrograms::notifyReadable(int dir)
{
    const int app = readerOf(dir);
    const App &a = m_apps[size_t(app)];
    if (a.wait == Wait::Readable && a.waitDir == dir)
        wakeAt(app, m_c.nowNs);
}

void TcpPrograms::notifyWritable(int dir)
{
    const int app = writerOf(dir);
    const App &a = m_apps[size_t(app)];
    if (a.wait == Wait::Writable && a.waitDir == dir && TcpSenderSide::writable(m_senders[dir]))
        wakeAt(app, m_c.nowNs);
}

void TcpPrograms::runApp(int app)
{
    App &a = m_apps[size_t(app)];
    while (m_c.error.isEmpty() && (app == 0 ? stepClient(a) : stepServer(a))) { }
}

// TcpRunner::client(): messages at their cadence, each in `parts` send() calls; with replies,
// read the reply (fully, or with one recv()); then shutdown(SHUT_WR) and drain until EOF.
// Returns false when the program waits.
bool TcpPrograms::stepClient(App &app)
{
    const Scenario &s = m_c.scenario;
    switch (app.step) {
    case Step::NextMessage: {
        if (app.message >= s.count) {
            app.step = Step::Close;
            return true;
        }
        const qint64 due = qint64(app.message) * s.intervalMs * TcpSimContext::kMs;
        if (app.message > 0 && s.intervalMs > 0 && m_c.nowNs < due) {
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
        const qint64 size = m_c.runs[0].messages[app.message].size();
        if (app.part >= s.parts) {
            if (m_c.exchange()) {
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
        if (!dataReady(app, 1))
            return false;
        const qint64 got = receive(app, 1);
        if (got > 0 && s.replyRead == Scenario::ReplyRead::Full
            && m_receivers[1].readOffset < app.wanted)
            return true;
        ++app.message;
        app.step = Step::NextMessage;
        return true;
    }
    case Step::Close:
        m_senders[0].closed = true;
        m_senders.trySend(0);
        app.step = m_c.exchange() ? Step::Drain : Step::Done;
        return true;
    case Step::Drain: {
        if (!dataReady(app, 1))
            return false;
        if (receive(app, 1) == 0)
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
bool TcpPrograms::stepServer(App &app)
{
    const Scenario &s = m_c.scenario;
    const qint64 interval = qint64(s.readIntervalMs) * TcpSimContext::kMs;
    switch (app.step) {
    case Step::Start: {
        const qint64 firstRead = qint64(s.readDelayMs) * TcpSimContext::kMs;
        if (m_c.nowNs < firstRead) {
            waitFor(app, Wait::Time, 0);
            wakeAt(1, firstRead);
            return false;
        }
        app.tick = firstRead + interval;
        app.step = Step::Tick;
        return true;
    }
    case Step::Tick:
        if (interval > 0 && m_c.nowNs < app.tick) {
            waitFor(app, Wait::Time, 0);
            wakeAt(1, app.tick);
            return false;
        }
        app.step = Step::Receive;
        return true;
    case Step::Receive: {
        if (!dataReady(app, 0))
            return false;
        const qint64 from = m_receivers[0].readOffset;
        const qint64 got = receive(app, 0);
        if (got == 0) {
            app.step = Step::Finish;
            return true;
        }
        if (m_framed)
            m_decoder.feed(m_senders[0].stream.constData() + from, got,
                           int(m_c.runs[0].recvs.size()) - 1);
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
        if (m_c.exchange() && app.message < s.count
            && m_receivers[0].readOffset >= m_requestEnds[size_t(app.message)]) {
            job = SendJob{};
            job.dir = 1;
            job.message = app.message;
            job.length = m_c.runs[1].messages[app.message].size();
            return true;
        }
        job = SendJob{};
        app.tick += interval;
        app.step = Step::Tick;
        return true;
    }
    case Step::Finish:
        if (m_c.exchange()) {
            m_senders[1].closed = true;
            m_senders.trySend(1);
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
bool TcpPrograms::advanceSend(App &app)
{
    SendJob &job = app.job;
    TcpSenderSide::Sender &tx = m_senders[job.dir];
    const bool nonblocking = m_c.scenario.nonblocking && job.dir == 0;
    for (;;) {
        const qint64 rest = job.length - job.done;
        const qint64 room = std::max<qint64>(0, tx.capacity - (tx.written - tx.sndUna));
        const qint64 take = std::min(rest, room);
        if (nonblocking) {
            const qint64 offset = tx.written;
            if (rest > 0 && take == 0) {
                recordSend(job, m_c.nowNs, rest, 0, offset, EAGAIN);
                waitFor(app, Wait::Writable, job.dir);
                return false;
            }
            tx.written += take;
            m_senders.trySend(job.dir);
            job.done += take;
            recordSend(job, m_c.nowNs, rest, take, offset, 0);
            if (job.done == job.length)
                return true;
            continue; // sendall calls again at once; that call meets the full buffer
        }
        if (!job.inCall) {
            job.inCall = true;
            job.callStart = m_c.nowNs;
            job.callOffset = tx.written;
            job.callRequested = rest;
        }
        tx.written += take;
        m_senders.trySend(job.dir);
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

void TcpPrograms::recordSend(const SendJob &job, qint64 tNs, qint64 requested, qint64 accepted,
                             qint64 offset, int error)
{
    const TcpSenderSide::Sender &tx = m_senders[job.dir];
    Run &run = m_c.runs[size_t(job.dir)];
    SendEvent e;
    e.id = int(run.sends.size());
    e.message = job.message;
    e.tNs = tNs;
    e.durNs = m_c.nowNs - tNs;
    e.requested = requested;
    e.accepted = accepted;
    e.offset = offset;
    e.error = error;
    // SIOCOUTQNSD: written but not yet sent once.
    if (m_c.scenario.evidence)
        e.unsentAfter = tx.written - tx.sndNxt;
    e.preview = WireFormat::preview(tx.stream.constData() + offset, requested);
    run.sends.append(e);
}

// TcpRunner::receive(): a blocking reader calls recv() straight after its FIONREAD and, if
// nothing is queued, waits in the kernel until data (or the peer's FIN) arrives; only the
// non-blocking client polls first, so its recv() always finds something. False while waiting.
bool TcpPrograms::dataReady(App &app, int dir)
{
    const TcpReceiverSide::Receiver &rx = m_receivers[dir];
    const qint64 queued = rx.rcvNxt - rx.readOffset;
    // SO_RCVLOWAT on the server: its blocking recv() returns once min(rcvlowat, recv size)
    // bytes are queued, or at the FIN. Linux grows the receive buffer to hold the mark; the
    // model's buffer does not grow, so the mark is capped at what it holds.
    qint64 lowat = 1;
    if (dir == 0 && m_c.scenario.rcvlowat > 0)
        lowat = std::min<qint64>({ m_c.scenario.rcvlowat, m_c.scenario.recvSize, rx.capacity });
    if (queued >= std::max<qint64>(lowat, 1) || rx.finReceived)
        return true;
    const bool polls = m_c.scenario.nonblocking && readerOf(dir) == 0;
    if (!polls && !app.recvSince) {
        app.recvSince = m_c.nowNs;
        app.queuedAtCall = queued;
    }
    waitFor(app, Wait::Readable, dir);
    return false;
}

qint64 TcpPrograms::receive(App &app, int dir)
{
    TcpReceiverSide::Receiver &rx = m_receivers[dir];
    Run &run = m_c.runs[size_t(dir)];
    const qint64 queued = rx.rcvNxt - rx.readOffset;
    const qint64 got = std::min<qint64>(queued, m_c.scenario.recvSize);
    RecvEvent e;
    e.id = int(run.recvs.size());
    // A call that waited began when the reader got to it, and its FIONREAD then said 0.
    e.tNs = app.recvSince.value_or(m_c.nowNs);
    e.durNs = m_c.nowNs - e.tNs;
    e.requested = m_c.scenario.recvSize;
    e.bytes = got;
    e.offset = rx.readOffset;
    if (m_c.scenario.evidence)
        e.queuedBefore = app.recvSince ? app.queuedAtCall : queued;
    app.recvSince.reset();
    e.preview = WireFormat::preview(m_senders[dir].stream.constData() + rx.readOffset, got);
    run.recvs.append(e);
    rx.readOffset += got;
    m_receivers.afterRead(dir, got);
    return got;
}

} // namespace sockscope
