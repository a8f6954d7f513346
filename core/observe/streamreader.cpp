#include "observe/streamreader.h"

#include "model/errnoname.h"

#include "model/wireformat.h"
#include "observe/observeoptions.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"
#include "record/stopsignal.h"

#include <QCoreApplication>

#include <cerrno>
#include <sys/socket.h>

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
                           const MonotonicClock &clock, StopSignal &stop, LiveFeed *feed)
    : m_run(run), m_runIndex(runIndex), m_clock(clock), m_stop(stop), m_feed(feed),
      m_recorder(run.recvs, feed, runIndex, &LiveFeed::recvsAdded),
      m_decoder(framingOf(options), options.maxFrame, options.maxRecvs),
      m_framing(framingOf(options).kind != FramingSpec::Kind::None), m_evidence(options.evidence),
      m_maxRecvs(options.maxRecvs), m_intervalNs(qint64(options.readIntervalMs) * 1'000'000),
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

qint64 StreamReader::read(const NativeSocket &socket)
{
    // Read like a plain blocking program: FIONREAD, then the recv(), which waits in the kernel
    // when nothing is queued (a poll() first changes how the bytes split over recvs; see
    // TcpRunner::receive). A stop shuts the socket down, which wakes the recv().
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
    // A stop shuts the socket down, which makes recv() return 0: that is not the peer closing.
    if (r == 0 && (m_stop.isStopped() || (m_interrupt && m_interrupt->load())))
        return -1;
    if (r < 0 && err == EINTR)
        return read(socket);

    if (m_run.recvs.size() >= m_maxRecvs) {
        if (!m_capped && m_framing)
            m_decoder.finish();
        m_capped = true;
        m_unrecordedBytes += e.bytes;
    } else {
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
    }
    if (r < 0) {
        m_errno = m_stop.isStopped() ? 0 : err;
        // A reset is the peer's doing (a client that closed with unread data), not ours: it
        // stays on the recv as its error, and the run ends normally.
        if (err != ECONNRESET && !m_stop.isStopped())
            m_error = QCoreApplication::translate("sockscope::StreamReader", "recv() failed: %1")
                          .arg(ErrnoName::name(err));
        return -1;
    }
    m_offset += r;
    return r;
}

void StreamReader::finish()
{
    if (m_framing && !m_capped)
        m_decoder.finish();
    publishFrames(true);
    m_recorder.flush(true);
}

void StreamReader::publishFrames(bool force)
{
    m_run.frames.append(m_decoder.takeFrames());
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
