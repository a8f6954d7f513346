#include "record/streamsender.h"

#include "model/errnoname.h"

#include "model/wireformat.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"
#include "record/stopsignal.h"

#include <cerrno>
#include <sys/socket.h>

namespace sockscope {

StreamSender::StreamSender(NativeSocket &socket, EventRecorder<SendEvent> &recorder,
                           const MonotonicClock &clock, StopSignal &stop, bool evidence)
    : m_socket(socket), m_recorder(recorder), m_clock(clock), m_stop(stop), m_evidence(evidence)
{ }

bool StreamSender::sendMessage(const QByteArray &message, int n, int parts)
{
    const qint64 size = message.size();
    parts = qMax(1, parts);
    qint64 from = 0;
    for (int p = 0; p < parts; ++p) {
        const qint64 to = size * (p + 1) / parts;
        if (to == from && !(size == 0 && p == 0))
            continue;
        if (!sendAll(message.constData() + from, to - from, n))
            return false;
        from = to;
    }
    return true;
}

bool StreamSender::sendAll(const char *data, qint64 size, int message)
{
    qint64 done = 0;
    do {
        SendEvent e;
        e.message = message;
        e.requested = size - done;
        e.offset = m_offset;
        e.preview = WireFormat::preview(data + done, size - done);
        e.tNs = m_clock.nowNs();
        // MSG_NOSIGNAL: a peer that went away must give EPIPE, not kill the program.
        const ssize_t r = ::send(m_socket.fd(), data + done, size_t(size - done), MSG_NOSIGNAL);
        const int err = r < 0 ? errno : 0;
        e.durNs = m_clock.nowNs() - e.tNs;
        e.accepted = r < 0 ? 0 : r;
        e.error = err;
        if (m_evidence)
            e.unsentAfter = m_socket.unsentBytes();
        m_recorder.append(e);
        if (m_recorder.full()) {
            m_capped = true;
            m_error = EventCap::notice(m_recorder.limit());
            return false;
        }
        if (r < 0) {
            if (err == EAGAIN || err == EWOULDBLOCK) {
                if (!m_socket.waitWritable(m_stop))
                    return false;
                continue;
            }
            if (err == EINTR)
                continue;
            if (!m_stop.isStopped())
                m_error = tr("send() failed: %1").arg(ErrnoName::name(err));
            return false;
        }
        done += r;
        m_offset += r;
    } while (done < size);
    return true;
}

} // namespace sockscope
