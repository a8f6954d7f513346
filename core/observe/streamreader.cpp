#include "observe/streamreader.h"

#include "model/errnoname.h"

#include "model/wireformat.h"
#include "observe/observenotes.h"
#include "observe/observeoptions.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"
#include "record/stopsignal.h"

#include <QCoreApplication>

#include <cerrno>
#include <sys/socket.h>
#include <utility>

namespace sockscope {

namespace {

constexpr qint64 kFrameBatchNs = 20'000'000;

FramingSpec framingOf(const ObserveOptions &options)
{
    QString ignored; // options are validated before a session starts
    return FramingSpec::parse(options.framing, &ignored).value_or(FramingSpec{});
}

} // namespace

StreamReader::StreamReader(Run &run, int runIndex, const ObserveOptions &options,
                           const MonotonicClock &clock, StopSignal &stop, LiveFeed *feed,
                           const Shared &shared)
    : m_run(run), m_runIndex(runIndex), m_clock(clock), m_stop(stop), m_feed(feed),
      m_shared(shared), m_recorder(run.recvs, feed, runIndex, &LiveFeed::recvsAdded),
      // The process-wide event cap is a cap too: past it the recorder would drop silently.
      m_gate(run, std::min<qint64>(options.maxRecvs, m_recorder.limit()), shared.budget,
             shared.notes, clock),
      m_decoder(framingOf(options), options.maxFrame, options.maxRecvs),
      m_framing(framingOf(options).kind != FramingSpec::Kind::None), m_evidence(options.evidence),
      m_intervalNs(qint64(options.readIntervalMs) * 1'000'000),
      m_idleTimeoutNs(options.idleTimeoutMs * 1'000'000),
      m_buffer(options.recvSize, Qt::Uninitialized)
{
    // A periodic reader sleeps a whole interval before its first recv(), like a program whose
    // loop is "sleep, then read" (as the lesson runners do).
    m_nextTurnNs = clock.nowNs() + m_intervalNs;
}

bool StreamReader::waitTurn()
{
    if (m_intervalNs <= 0)
        return !m_stop.isStopped();
    const bool awake = m_stop.sleepUntil(m_clock.at(m_nextTurnNs));
    m_nextTurnNs += m_intervalNs;
    return awake;
}

bool StreamReader::idleFor(qint64 nowNs) const
{
    return nowNs - m_shared.lastByteNs->load(std::memory_order_relaxed) >= m_idleTimeoutNs;
}

qint64 StreamReader::read(const NativeSocket &socket)
{
    // Read like a plain blocking program: FIONREAD, then the recv(), which waits in the kernel
    // when nothing is queued (a poll() first changes how the bytes split over recvs; see
    // TcpRunner::receive). A stop shuts the socket down, which wakes the recv().
    for (;;) {
        if (m_stop.isStopped())
            return -1;
        RecvEvent e;
        e.requested = m_buffer.size();
        e.offset = m_offset;
        if (m_evidence)
            e.queuedBefore = socket.queuedBytes();
        e.tNs = m_clock.nowNs();
        const ssize_t r = ::recv(socket.fd(), m_buffer.data(), size_t(m_buffer.size()), 0);
        const int err = r < 0 ? errno : 0;
        e.durNs = m_clock.nowNs() - e.tNs;
        e.bytes = r < 0 ? 0 : r;
        e.error = err;
        const qint64 returnedNs = e.tNs + e.durNs;
        // A stop shuts the socket down, which makes recv() return 0: that is not the peer
        // closing.
        if (r == 0 && (m_stop.isStopped() || (m_interrupt && m_interrupt->load())))
            return -1;
        if (r < 0 && err == EINTR)
            continue;
        if (r < 0 && (err == EAGAIN || err == EWOULDBLOCK) && m_shared.lastByteNs
            && m_idleTimeoutNs > 0) {
            // SO_RCVTIMEO ran out. The idle timer is the kernel's, so the reader still waits in
            // recv() as a blocking program does. The call is the instrument's, not the observed
            // program's: it is not recorded. A relay's other direction may have been busy.
            if (!idleFor(returnedNs))
                continue;
            m_idle = true;
            if (m_shared.notes)
                m_shared.notes->add(
                    QCoreApplication::translate("sockscope::StreamReader",
                                                "%1 closed: the connection was idle for %2 s "
                                                "(--idle-timeout)")
                        .arg(m_run.peers.value(0))
                        .arg(double(m_idleTimeoutNs) / 1e9));
            return -1;
        }
        if (r > 0 && m_shared.lastByteNs)
            m_shared.lastByteNs->store(returnedNs, std::memory_order_relaxed);

        if (m_gate.admit()) {
            record(e, r, socket);
        } else {
            if (m_framing && !m_decoderFinished) {
                m_decoder.finish();
                m_decoderFinished = true;
            }
            m_gate.skip(returnedNs, e.bytes);
        }
        if (r < 0) {
            m_errno = m_stop.isStopped() ? 0 : err;
            // A reset is the peer's doing (a client that closed with unread data), not ours: it
            // stays on the recv as its error, and the run ends normally.
            if (err != ECONNRESET && !m_stop.isStopped())
                m_error
                    = QCoreApplication::translate("sockscope::StreamReader", "recv() failed: %1")
                          .arg(ErrnoName::name(err));
            return -1;
        }
        m_offset += r;
        return r;
    }
}

void StreamReader::record(RecvEvent &e, qint64 r, const NativeSocket &socket)
{
    // Only shown, never interpreted: the preview is escaped wherever it is displayed.
    e.preview = WireFormat::preview(m_buffer.constData(), e.bytes);
    const int id = m_recorder.nextId();
    m_recorder.append(e);
    // Batching suits a busy stream; a peer that goes quiet must not leave its last recvs
    // (or the messages decoded from them) unseen until it speaks again (or forever).
    const bool quiet = m_intervalNs >= kFrameBatchNs || !socket.waitReadable(m_stop, 0);
    if (m_framing && r > 0) {
        m_decoder.feed(m_buffer.constData(), r, id);
        publishFrames(quiet);
    }
    m_recorder.flush(quiet);
    m_gate.hold(m_decoder.heldBytes());
}

void StreamReader::finish()
{
    if (m_framing && !m_decoderFinished)
        m_decoder.finish();
    m_decoderFinished = true;
    publishFrames(true);
    m_recorder.flush(true);
    m_gate.hold(); // the decoder is done with its buffers
    m_gate.finish();
}

void StreamReader::publishFrames(bool force)
{
    QList<Frame> frames = m_decoder.takeFrames();
    qint64 bytes = 0;
    for (const Frame &f : frames)
        bytes += RecordingGate::frameBytes(f);
    m_gate.keep(bytes);
    m_run.frames.append(std::move(frames));
    if (!m_feed || m_framesPublished == m_run.frames.size())
        return;
    const qint64 now = m_clock.nowNs();
    if (!force && now - m_lastFramesNs < kFrameBatchNs && m_intervalNs < kFrameBatchNs)
        return;
    // The recvs a frame names reach the feed before the frame, so a view can link them at once.
    m_recorder.flush(true);
    m_feed->framesAdded(m_runIndex, m_run.frames.mid(m_framesPublished));
    m_framesPublished = m_run.frames.size();
    m_lastFramesNs = now;
}

} // namespace sockscope
