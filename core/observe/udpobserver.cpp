#include "observe/udpobserver.h"

#include "model/errnoname.h"

#include "analysis/analysis.h"
#include "model/wireformat.h"
#include "observe/observedrunlabel.h"
#include "observe/recordinggate.h"
#include "record/eventrecorder.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"
#include "record/stopsignal.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>

namespace sockscope {

namespace {

QString endpointText(quint32 address, quint16 port)
{
    in_addr addr{};
    addr.s_addr = htonl(address);
    char text[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &addr, text, sizeof text);
    return QString::fromLatin1(text) + QLatin1Char(':') + QString::number(port);
}

} // namespace

UdpObserver::UdpObserver(const NativeSocket &socket, int index, const ObserveOptions &options,
                         const MonotonicClock &clock, StopSignal &stop, LiveFeed *feed,
                         MemoryBudget *budget, ObserveNotes *notes)
    : m_socket(socket), m_index(index), m_options(options), m_clock(clock), m_stop(stop),
      m_feed(feed), m_budget(budget), m_notes(notes)
{
    m_run.label = ObservedRunLabel::udpOn(socket.localAddress(), socket.localPort());
    m_run.protocol = Protocol::Udp;
    m_run.role = Role::Observer;
    m_run.scenario = options.readerScenario();
    m_run.effective.rcvbuf = socket.option(SOL_SOCKET, SO_RCVBUF);
    // The lane is there from the start; its datagrams come when the session ends.
    m_run.wire = options.capture ? Wire::Captured : Wire::None;
    // The session's socket was made for this observation: its drop counter started at 0 when
    // it was bound. Reading it here would leave out what a sender that began at once (before
    // the session's thread came this far) had already lost.
    if (socket.kernelDrops())
        m_dropsAtStart = 0;
}

int UdpObserver::peerIndex(const QString &peer, RecordingGate &gate)
{
    const qsizetype known = m_run.peers.indexOf(peer);
    if (known >= 0)
        return int(known);
    if (m_run.peers.size() >= kMaxPeers)
        return -1;
    m_run.peers.append(peer);
    gate.keep(RecordingGate::stringBytes(peer) + qint64(sizeof(QString)));
    return int(m_run.peers.size() - 1);
}

Run UdpObserver::run()
{
    if (m_feed)
        m_feed->runStarted(m_index, m_run);
    EventRecorder<RecvEvent> rec(m_run.recvs, m_feed, m_index, &LiveFeed::recvsAdded);
    RecordingGate gate(m_run, std::min<qint64>(m_options.maxRecvs, rec.limit()), m_budget, m_notes,
                       m_clock);
    QByteArray buffer(m_options.recvSize, Qt::Uninitialized);
    const qint64 interval = qint64(m_options.readIntervalMs) * 1'000'000;
    // A periodic reader sleeps a whole interval before its first recv(), like the lessons'.
    for (qint64 tick = m_clock.nowNs() + interval;; tick += interval) {
        if (interval > 0 && !m_stop.sleepUntil(m_clock.at(tick)))
            break;
        if (!m_socket.waitReadable(m_stop))
            break;
        RecvEvent e;
        e.requested = buffer.size();
        if (m_options.evidence)
            e.queuedBefore = m_socket.queuedBytes();
        e.tNs = m_clock.nowNs();
        // Its true length (the proof of truncation) and the socket's drop counter (SO_RXQ_OVFL,
        // set by the session), in one recvmsg().
        const NativeSocket::Datagram d = m_socket.recvDatagram(buffer.data(), buffer.size());
        e.durNs = m_clock.nowNs() - e.tNs;
        const qint64 r = d.length;
        const int err = d.error;
        if (m_stop.isStopped() && r <= 0)
            break; // woken by the stop's shutdown(2), not by a datagram
        if (r < 0 && (err == EINTR || err == EAGAIN))
            continue;
        e.error = err;
        if (r >= 0) {
            e.bytes = qMin<qint64>(r, buffer.size());
            e.datagramSize = r;
            e.truncated = r > buffer.size();
            // Not SockScope's datagrams: no sequence header to look for, the whole payload is
            // the preview (escaped wherever it is shown, never interpreted).
            e.preview = WireFormat::preview(buffer.constData(), e.bytes);
            e.peer = peerIndex(endpointText(d.address, d.port), gate);
            e.drops = d.drops;
        }
        // Once recording stopped, datagrams are still read (the socket must not fill up) and
        // counted with their true sizes.
        if (gate.admit()) {
            rec.append(e);
            // Batch a burst, but never keep the last datagram of one from the view.
            rec.flush(interval >= 20'000'000 || !m_socket.waitReadable(m_stop, 0));
            gate.hold();
        } else {
            gate.skip(e.tNs + e.durNs, r < 0 ? 0 : qint64(r));
        }
        if (r < 0) {
            m_run.error
                = QCoreApplication::translate("sockscope::UdpObserver", "recvmsg() failed: %1")
                      .arg(ErrnoName::name(err));
            break;
        }
    }
    rec.flush(true);
    gate.finish();
    // A foreign sender's datagrams carry no sequence numbers: what the socket lost is known
    // only from the kernel's drop counter, on this socket (not what the network lost).
    const std::optional<qint64> dropsAtEnd = m_socket.kernelDrops();
    if (dropsAtEnd && m_dropsAtStart)
        m_run.kernelDrops = std::max<qint64>(*dropsAtEnd - *m_dropsAtStart, 0);
    // A UDP port has no natural end: stopping is how an observation ends, not an abort.
    m_run.durationNs = m_clock.nowNs();
    Analysis::analyse(m_run);
    return m_run;
}

} // namespace sockscope
