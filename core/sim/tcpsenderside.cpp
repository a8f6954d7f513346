#include "sim/tcpsenderside.h"

#include "sim/tcpprograms.h"
#include "sim/tcpreceiverside.h"

#include <QCoreApplication>

#include <algorithm>

namespace sockscope {

namespace {

constexpr qint64 kMs = TcpSimContext::kMs;
// Linux: RTO = SRTT + max(4·RTTVAR, 200 ms); with the model's steady RTT that is RTT + 200 ms.
constexpr qint64 kMinRtoNs = 200 * kMs;
constexpr qint64 kMaxRtoNs = 120'000 * kMs;
// Linux tcp_retries2: give up after 15 timeouts in a row.
constexpr int kMaxRetries = 15;

} // namespace

qint64 TcpSenderSide::rtoNs(int backoff) const
{
    const qint64 base = qint64(m_c.scenario.rttMs) * kMs + kMinRtoNs;
    return std::min(kMaxRtoNs, base << std::min(backoff, 16));
}

bool TcpSenderSide::inFlight(const Sender &tx)
{
    return tx.sndMax > tx.sndUna || (tx.finSent && !tx.finAcked);
}

bool TcpSenderSide::writable(const Sender &tx)
{
    // Linux sk_stream_is_writeable(): free space at least half of what is queued, i.e. the
    // queue at most two thirds full. A blocked sender is woken only then, not per freed byte.
    const qint64 queued = tx.written - tx.sndUna;
    return 3 * queued <= 2 * tx.capacity;
}

void TcpSenderSide::trySend(int dir)
{
    Sender &tx = m_tx[size_t(dir)];
    const qint64 mss = m_c.scenario.mss;
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
                armTimer(dir, TcpSimContext::Persist, ++tx.persistGeneration);
            }
            return;
        }
        const qint64 len = std::min({ mss, unsent, allowed });
        // Nagle as Linux does it (Minshall's variant): a segment shorter than the MSS waits
        // while an earlier short segment is unacknowledged, unless TCP_NODELAY is set.
        // Deliberately unlike Linux, shutdown() does not push the held bytes out (tcp_send_fin
        // does): the lessons' clients close right after their last send, which on a WAN would
        // hide the very hold the model is there to show. The FIN follows the held bytes.
        const bool small = len < mss && len == unsent;
        if (small && !m_c.scenario.nodelay && tx.sndSml > tx.sndUna)
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

void TcpSenderSide::sendData(int dir, qint64 offset, qint64 bytes, bool fin, bool retransmit)
{
    Sender &tx = m_tx[size_t(dir)];
    const SimLink::Delivery d
        = m_c.links[size_t(dir)].transmit(m_c.nowNs, bytes + TcpSimContext::kHeaderBytes);

    Segment seg;
    seg.tNs = d.departNs;
    seg.arriveNs = d.arriveNs;
    seg.offset = offset;
    seg.bytes = bytes;
    seg.lost = d.arriveNs < 0;
    seg.retransmit = retransmit;
    seg.fin = fin;
    QList<Segment> &lane = m_c.runs[size_t(dir)].segments;
    const int index = int(lane.size());
    lane.append(seg);

    SimEvent e;
    e.priority = TcpSimContext::kNetwork;
    e.kind = TcpSimContext::Packet;
    e.target = dir; // the packet travels from host `dir`
    e.offset = offset;
    e.bytes = bytes;
    e.fin = fin;
    e.segment = index;
    // Every segment carries an ACK for the reverse direction: data going back is where a
    // delayed ACK rides along (piggybacks), and that ends the wait for the delayed-ACK timer.
    if (m_c.exchange())
        m_receivers.piggyback(1 - dir, d.departNs, d.arriveNs, seg.lost, e);
    if (d.arriveNs >= 0) {
        e.tNs = d.arriveNs;
        m_c.queue.pushToLane(dir, e); // each link delivers in order unless it reorders
    }
    if (d.duplicateNs >= 0) {
        Segment copy = seg;
        copy.arriveNs = d.duplicateNs;
        copy.duplicate = true;
        lane.append(copy);
        e.tNs = d.duplicateNs;
        m_c.queue.push(e);
    }
    if (!tx.rtoArmed && bytes + (fin ? 1 : 0) > 0)
        armRetransmit(dir);
}

void TcpSenderSide::onAck(int dir, qint64 ackNo, qint64 window)
{
    Sender &tx = m_tx[size_t(dir)];
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
        m_programs->notifyWritable(dir);
    }
    trySend(dir);
}

void TcpSenderSide::retransmitFirst(int dir)
{
    Sender &tx = m_tx[size_t(dir)];
    const qint64 total = tx.stream.size();
    if (tx.sndUna < tx.sndMax) {
        const qint64 len = std::min<qint64>(m_c.scenario.mss, tx.sndMax - tx.sndUna);
        sendData(dir, tx.sndUna, len, tx.finSent && tx.sndUna + len == total, true);
    } else if (tx.finSent && !tx.finAcked) {
        sendData(dir, total, 0, true, true);
    }
}

bool TcpSenderSide::onRetransmitTimer(int dir, quint32 generation)
{
    Sender &tx = m_tx[size_t(dir)];
    if (generation != tx.rtoGeneration)
        return false;
    tx.rtoArmed = false;
    if (!inFlight(tx))
        return true;
    if (tx.backoff >= kMaxRetries) {
        m_c.fail(QCoreApplication::translate(
                     "sockscope::TcpModel",
                     "connection timed out (ETIMEDOUT): %1 retransmissions without an ACK")
                     .arg(kMaxRetries));
        return true;
    }
    ++tx.backoff;
    tx.recoverPoint = tx.sndMax;
    retransmitFirst(dir);
    if (!tx.rtoArmed)
        armRetransmit(dir);
    return true;
}

bool TcpSenderSide::onPersistTimer(int dir, quint32 generation)
{
    Sender &tx = m_tx[size_t(dir)];
    if (generation != tx.persistGeneration)
        return false;
    tx.persistArmed = false;
    if (tx.windowEdge > tx.sndNxt || tx.written == tx.sndNxt || inFlight(tx))
        return true;
    sendData(dir, tx.sndNxt, 0, false, false);
    tx.backoff = std::min(tx.backoff + 1, kMaxRetries);
    trySend(dir); // re-arms the probe timer
    return true;
}

void TcpSenderSide::armRetransmit(int dir)
{
    Sender &tx = m_tx[size_t(dir)];
    tx.rtoArmed = true;
    armTimer(dir, TcpSimContext::Retransmit, ++tx.rtoGeneration);
}

void TcpSenderSide::armTimer(int dir, int kind, quint32 generation)
{
    SimEvent e;
    e.tNs = m_c.nowNs + rtoNs(m_tx[size_t(dir)].backoff);
    e.priority = TcpSimContext::kTimer;
    e.kind = kind;
    e.target = dir;
    e.generation = generation;
    m_c.queue.push(e);
}

} // namespace sockscope
