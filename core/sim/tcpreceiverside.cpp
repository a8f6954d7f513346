#include "sim/tcpreceiverside.h"

#include "model/platformprofile.h"
#include "sim/tcpprograms.h"

#include <algorithm>

namespace sockscope {

qint64 TcpReceiverSide::ackNumber(const Receiver &rx)
{
    return rx.rcvNxt + (rx.finReceived ? 1 : 0); // the FIN takes one sequence number
}

qint64 TcpReceiverSide::window(const Receiver &rx)
{
    return std::max<qint64>(0, rx.capacity - (rx.rcvNxt - rx.readOffset));
}

bool TcpReceiverSide::readable(const Receiver &rx)
{
    return rx.rcvNxt > rx.readOffset || rx.finReceived;
}

void TcpReceiverSide::onData(int dir, qint64 offset, qint64 bytes, bool fin)
{
    Receiver &rx = m_rx[size_t(dir)];
    const qint64 end = offset + bytes;
    bool now = false;
    // The first two cases both ACK at once; they stay apart for what each one is.
    // NOLINTNEXTLINE(bugprone-branch-clone)
    if (bytes == 0 && !fin) {
        now = true; // a window probe asks for an ACK
    } else if (end < rx.rcvNxt || (end == rx.rcvNxt && !(fin && !rx.finReceived))) {
        now = true; // old data again (a retransmission or a duplicate): ACK at once
    } else if (offset > rx.rcvNxt) {
        // A hole before it: keep it for later and tell the sender at once (a duplicate ACK).
        if (bytes > 0) {
            const auto at = std::lower_bound(rx.outOfOrder.begin(), rx.outOfOrder.end(),
                                             std::make_pair(offset, end));
            rx.outOfOrder.insert(at, { offset, end });
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
        // Quick-ACK mode (a new connection ACKs at once) is Linux's; Windows and macOS ACK
        // every other segment or when their timer fires from the first segment on.
        const bool quick = rx.quickAcks > 0 && !rx.pingpong
            && m_c.scenario.platform == Scenario::Platform::Linux;
        // Linux __tcp_ack_snd_check(): ACK at once for more than one full segment unacked, in
        // quick-ACK mode, after a hole was filled, and for the FIN; otherwise wait for the
        // delayed-ACK timer or for data going back to carry the ACK.
        // TCP_QUICKACK on the server, set again after every recv() as the real runner does:
        // the requests' receiver never delays an ACK.
        const bool quickackSet = dir == 0 && m_c.scenario.quickack;
        now = fillsHole || rx.finReceived || quick || quickackSet
            || PlatformProfile::effectiveDelayedAckMs(m_c.scenario) == 0
            || rx.unacked > m_c.scenario.mss;
        if (quick && now)
            --rx.quickAcks;
        if (!now && !rx.delackArmed)
            armDelayedAck(dir);
        m_programs->notifyReadable(dir);
    }
    if (now)
        sendAck(dir);
}

bool TcpReceiverSide::onDelayedAckTimer(int dir, quint32 generation)
{
    const Receiver &rx = m_rx[size_t(dir)];
    if (generation != rx.delackGeneration || !rx.delackArmed)
        return false;
    sendAck(dir);
    return true;
}

void TcpReceiverSide::acked(Receiver &rx, const SimEvent &e)
{
    rx.lastAckNo = e.ackNo;
    rx.lastWindow = e.window;
    rx.advertisedEdge = rx.rcvNxt + e.window;
    rx.unacked = 0;
    rx.delackArmed = false;
    ++rx.delackGeneration;
}

void TcpReceiverSide::sendAck(int dir)
{
    Receiver &rx = m_rx[size_t(dir)];
    const SimLink::Delivery d
        = m_c.links[size_t(1 - dir)].transmit(m_c.nowNs, TcpSimContext::kHeaderBytes);
    Segment seg;
    seg.tNs = d.departNs;
    seg.arriveNs = d.arriveNs;
    seg.ack = true;
    seg.offset = rx.rcvNxt;
    seg.window = window(rx);
    seg.fin = rx.finReceived;
    seg.lost = d.arriveNs < 0;
    m_c.runs[size_t(dir)].segments.append(seg);

    SimEvent e;
    e.priority = TcpSimContext::kNetwork;
    e.kind = TcpSimContext::Packet;
    e.target = 1 - dir;
    e.bytes = -1; // no data: a pure ACK
    e.ackNo = ackNumber(rx);
    e.window = seg.window;
    if (d.arriveNs >= 0) {
        e.tNs = d.arriveNs;
        m_c.queue.pushToLane(1 - dir, e);
    }
    if (d.duplicateNs >= 0) {
        Segment copy = seg;
        copy.arriveNs = d.duplicateNs;
        copy.duplicate = true;
        m_c.runs[size_t(dir)].segments.append(copy);
        e.tNs = d.duplicateNs;
        m_c.queue.push(e);
    }
    acked(rx, e);
}

void TcpReceiverSide::piggyback(int dir, qint64 departNs, qint64 arriveNs, bool lost, SimEvent &e)
{
    Receiver &back = m_rx[size_t(dir)];
    e.ackNo = ackNumber(back);
    e.window = window(back);
    if (back.rcvNxt > 0)
        back.pingpong = true; // Linux: data soon after data received = an interactive flow
    if (e.ackNo != back.lastAckNo || e.window != back.lastWindow) {
        Segment ack;
        ack.tNs = departNs;
        ack.arriveNs = arriveNs;
        ack.ack = true;
        ack.piggybacked = true;
        ack.offset = back.rcvNxt;
        ack.window = e.window;
        ack.fin = back.finReceived;
        ack.lost = lost;
        m_c.runs[size_t(dir)].segments.append(ack);
    }
    acked(back, e);
}

void TcpReceiverSide::afterRead(int dir, qint64 got)
{
    const Receiver &rx = m_rx[size_t(dir)];
    // Linux tcp_cleanup_rbuf(): after a read, announce the reopened window at once if the
    // window last advertised has shrunk to half or less and would now at least double.
    const qint64 advertised = rx.advertisedEdge - rx.rcvNxt;
    const qint64 now = window(rx);
    if (got > 0 && 2 * advertised <= rx.capacity && now >= 2 * advertised
        && now - advertised >= std::min<qint64>(m_c.scenario.mss, rx.capacity / 2))
        sendAck(dir);
}

void TcpReceiverSide::armDelayedAck(int dir)
{
    Receiver &rx = m_rx[size_t(dir)];
    rx.delackArmed = true;
    SimEvent e;
    e.tNs = m_c.nowNs
        + qint64(PlatformProfile::effectiveDelayedAckMs(m_c.scenario)) * TcpSimContext::kMs;
    e.priority = TcpSimContext::kTimer;
    e.kind = TcpSimContext::DelayedAck;
    e.target = dir;
    e.generation = ++rx.delackGeneration;
    m_c.queue.push(e);
}

} // namespace sockscope
