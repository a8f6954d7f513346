#include "sim/udpmodel.h"

#include "model/platformprofile.h"
#include "model/runheader.h"
#include "model/wireformat.h"

#include <algorithm>
#include <cerrno>

namespace sockscope {

namespace {

constexpr qint64 kMs = 1'000'000;
constexpr qint64 kHeaderBytes = 28; // IPv4 + UDP
// The default buffers are the platform's (Linux: net.core.wmem_default / rmem_default, as
// getsockopt reads them back).
constexpr qint64 kMinSndbuf = 4608;
constexpr qint64 kMinRcvbuf = 2304;
// The kernel charges every queued datagram its sk_buff and data block, not just its payload.
// Calibrated on the kernel's behaviour (the udp-overflow lesson): 100 × 100 B datagrams into
// SO_RCVBUF 4096 (8192 effective) → 9 delivered. The kernel admits a
// datagram while the charge so far is at most the buffer, so 9 fit when one costs between 911 and
// 1024 B.
constexpr qint64 kDatagramOverhead = 896;

enum Priority { kApp = 0, kNetwork = 1 };

} // namespace

qint64 UdpModel::truesize(qint64 datagramBytes)
{
    return datagramBytes + kDatagramOverhead;
}

UdpModel::UdpModel(const Scenario &scenario, const QString &label)
    : m_scenario(scenario), m_platform(PlatformProfile::of(scenario.platform)),
      m_random(quint64(scenario.seed)), m_link(scenario, m_random), m_queue(1)
{
    m_run = RunHeader::udp(scenario, label, Mode::Sim);
    m_run.requested = RunHeader::requested(scenario, Protocol::Udp);
    // Linux doubles a requested SO_SNDBUF/SO_RCVBUF (socket(7)); the others use it as asked.
    const bool doubles = m_platform.doublesBufferRequests;
    m_run.effective.sndbuf = scenario.sndbuf <= 0 ? m_platform.udpDefaultSndbuf
        : doubles ? std::max<qint64>(2 * qint64(scenario.sndbuf), kMinSndbuf)
                  : qint64(scenario.sndbuf);
    m_rcvbuf = scenario.rcvbuf <= 0 ? m_platform.udpDefaultRcvbuf
        : doubles                   ? std::max<qint64>(2 * qint64(scenario.rcvbuf), kMinRcvbuf)
                                    : qint64(scenario.rcvbuf);
    if (scenario.receiver == Scenario::Receiver::Present)
        m_run.effective.rcvbuf = m_rcvbuf;
    m_oneWayNs = qint64(scenario.rttMs) * kMs / 2;
}

Run UdpModel::run()
{
    const auto count = size_t(m_scenario.count);
    m_queued.reserve(std::min<size_t>(count, 1 << 16));
    m_run.sends.reserve(qsizetype(count));
    m_run.recvs.reserve(qsizetype(count));
    m_run.segments.reserve(qsizetype(count));
    m_queue.reserve(64);
    // Back-to-back sends put every datagram on the wire before the first one arrives.
    m_queue.reserveLane(0, count);
    SimEvent start;
    start.priority = kApp;
    start.kind = SenderWake;
    m_queue.push(start);
    if (m_scenario.receiver == Scenario::Receiver::Present)
        wakeReader(0);
    while (!m_queue.isEmpty()) {
        const SimEvent e = m_queue.pop();
        m_nowNs = e.tNs;
        dispatch(e);
    }
    m_run.durationNs = m_endNs;
    return m_run;
}

void UdpModel::dispatch(const SimEvent &e)
{
    switch (e.kind) {
    case SenderWake:
        runSender();
        break;
    case ReaderWake:
        if (e.generation != m_readerGeneration)
            return;
        m_readerWaiting = false;
        runReader();
        break;
    case Arrival:
        arrive(e);
        break;
    case IcmpArrival:
        // Linux __udp4_lib_err(): a connected socket keeps the error for its next call; an
        // unconnected one ignores "port unreachable".
        if (m_scenario.connected)
            m_pendingError = ECONNREFUSED;
        break;
    }
    m_endNs = std::max(m_endNs, m_nowNs);
}

void UdpModel::wakeReader(qint64 tNs)
{
    SimEvent e;
    e.tNs = tNs;
    e.priority = kApp;
    e.kind = ReaderWake;
    e.generation = ++m_readerGeneration;
    m_queue.push(e);
}

// The reader, blocked in poll(), sees a datagram (or the end) now. Queued, this wake-up is
// usually the very next event out; then it runs at once, which spares a burst of a million
// datagrams a million queue pushes and pops and leaves the order of events as it was.
void UdpModel::wakeReaderNow()
{
    if (!m_queue.wouldComeNext(m_nowNs, kApp)) {
        wakeReader(m_nowNs);
        return;
    }
    ++m_readerGeneration; // as a queued wake-up would: any older one is stale
    m_readerWaiting = false;
    runReader();
}

// UdpRunner::sender(): one sendto() per message, message n at n × interval_ms.
void UdpModel::runSender()
{
    const qint64 interval = qint64(m_scenario.intervalMs) * kMs;
    while (m_nextMessage < m_scenario.count) {
        const qint64 due = qint64(m_nextMessage) * interval;
        if (m_nextMessage > 0 && interval > 0 && m_nowNs < due) {
            SimEvent e;
            e.tNs = due;
            e.priority = kApp;
            e.kind = SenderWake;
            m_queue.push(e);
            return;
        }
        send(m_nextMessage++);
    }
    // The sender is done: a reader waiting on an empty queue with nothing on the wire would
    // wait forever; like UdpRunner's grace period, it gives up.
    if (m_readerWaiting && m_inFlight == 0)
        wakeReaderNow();
}

void UdpModel::send(int n)
{
    const QByteArray &datagram = m_run.messages.at(n);
    SendEvent e;
    e.id = int(m_run.sends.size());
    e.message = n;
    e.tNs = m_nowNs;
    e.requested = datagram.size();
    e.accepted = datagram.size();
    e.preview = WireFormat::preview(datagram.constData(), datagram.size());
    // As UdpRunner: a failed send is recorded and its datagram never leaves. The kernel
    // reports a pending ICMP error first (and forgets it), then a datagram longer than the
    // platform allows (IPv4's 65,507 B; macOS's net.inet.udp.maxdgram, 9,216 B).
    if (m_pendingError != 0 || datagram.size() > m_platform.udpMaxDatagram) {
        e.error = m_pendingError != 0 ? m_pendingError : EMSGSIZE;
        e.accepted = 0;
        m_pendingError = 0;
        m_run.sends.append(e);
        return;
    }
    m_run.sends.append(e);

    const SimLink::Delivery d = m_link.transmit(m_nowNs, datagram.size() + kHeaderBytes);
    Segment seg;
    seg.tNs = d.departNs;
    seg.arriveNs = d.arriveNs;
    seg.bytes = datagram.size();
    seg.message = n;
    seg.lost = d.arriveNs < 0;
    SimEvent arrival;
    arrival.priority = kNetwork;
    arrival.kind = Arrival;
    arrival.target = n;
    arrival.bytes = datagram.size();
    if (d.arriveNs >= 0) {
        arrival.tNs = d.arriveNs;
        arrival.segment = int(m_run.segments.size());
        m_queue.pushToLane(0, arrival);
        ++m_inFlight;
    }
    m_run.segments.append(seg);
    if (d.duplicateNs >= 0) {
        seg.arriveNs = d.duplicateNs;
        seg.duplicate = true;
        arrival.tNs = d.duplicateNs;
        arrival.segment = int(m_run.segments.size());
        m_queue.push(arrival);
        ++m_inFlight;
        m_run.segments.append(seg);
    }
}

void UdpModel::arrive(const SimEvent &e)
{
    --m_inFlight;
    if (m_scenario.receiver == Scenario::Receiver::None) {
        // A closed port: the host drops the datagram and answers with ICMP port unreachable,
        // which takes one way back (the model does not lose it).
        m_run.segments[e.segment].dropped = true;
        SimEvent icmp;
        icmp.tNs = m_nowNs + m_oneWayNs;
        icmp.priority = kNetwork;
        icmp.kind = IcmpArrival;
        m_queue.push(icmp);
        return;
    }
    // Linux __udp_enqueue_schedule_skb(): dropped when what is already queued exceeds the
    // buffer; a datagram that starts below the limit may end above it.
    if (m_rmemAlloc > m_rcvbuf) {
        m_run.segments[e.segment].dropped = true;
    } else {
        const qint64 charge = truesize(e.bytes);
        m_queued.push_back(Queued{ e.target, charge });
        m_rmemAlloc += charge;
    }
    if (m_readerWaiting
        && (m_head < m_queued.size() || (m_inFlight == 0 && m_nextMessage >= m_scenario.count)))
        wakeReaderNow();
}

// UdpRunner::receiver(): after read_delay_ms, one recvfrom() per read_interval_ms (sleeping one
// interval first) or whenever a datagram is ready; it stops when no datagram can come any more.
void UdpModel::runReader()
{
    const qint64 interval = qint64(m_scenario.readIntervalMs) * kMs;
    for (;;) {
        switch (m_readerStep) {
        case ReaderStep::Start: {
            const qint64 firstRead = qint64(m_scenario.readDelayMs) * kMs;
            if (m_nowNs < firstRead) {
                wakeReader(firstRead);
                return;
            }
            m_tick = firstRead + interval;
            m_readerStep = ReaderStep::Tick;
            break;
        }
        case ReaderStep::Tick:
            if (interval > 0 && m_nowNs < m_tick) {
                wakeReader(m_tick);
                return;
            }
            m_readerStep = ReaderStep::Receive;
            break;
        case ReaderStep::Receive:
            if (m_head == m_queued.size()) {
                if (m_inFlight == 0 && m_nextMessage >= m_scenario.count) {
                    m_readerStep = ReaderStep::Done;
                    return;
                }
                m_readerWaiting = true;
                ++m_readerGeneration;
                return;
            }
            receive();
            m_tick += interval;
            m_readerStep = ReaderStep::Tick;
            break;
        case ReaderStep::Done:
            return;
        }
    }
}

void UdpModel::receive()
{
    const Queued q = m_queued[m_head++];
    // Keep the FIFO's storage bounded: once drained, start again at the beginning.
    if (m_head == m_queued.size()) {
        m_queued.clear();
        m_head = 0;
    }
    m_rmemAlloc -= q.truesize;
    const QByteArray &datagram = m_run.messages.at(q.message);
    const qint64 size = datagram.size();
    if (m_scenario.peek) {
        // recvmsg(MSG_PEEK | MSG_TRUNC): the datagram's true length, and it stays queued; the
        // read below then asks for exactly that many bytes.
        RecvEvent p;
        p.id = int(m_run.recvs.size());
        p.tNs = m_nowNs;
        p.requested = m_scenario.recvSize;
        p.bytes = std::min<qint64>(size, m_scenario.recvSize);
        if (m_scenario.evidence)
            p.queuedBefore = size;
        p.datagramSize = size;
        p.peek = true;
        p.preview = WireFormat::preview(datagram.constData(), p.bytes);
        m_run.recvs.append(p);
    }
    const qint64 bufferSize = m_scenario.peek ? size : qint64(m_scenario.recvSize);
    RecvEvent e;
    e.id = int(m_run.recvs.size());
    e.tNs = m_nowNs;
    e.requested = bufferSize;
    e.bytes = std::min<qint64>(size, bufferSize);
    if (m_scenario.evidence)
        e.queuedBefore = size; // FIONREAD on UDP: the size of the next datagram
    e.datagramSize = size;
    e.truncated = size > bufferSize;
    e.seq = q.message; // what UdpRunner learns from the kernel's order and drop counter
    // Windows fills the buffer, discards the rest and fails the call with WSAEMSGSIZE: the
    // program is told of no bytes, and learns no length.
    if (e.truncated && m_platform.udpTruncation == PlatformProfile::UdpTruncation::FailEmsgsize) {
        e.bytes = 0;
        e.error = EMSGSIZE;
        e.datagramSize.reset();
        m_run.recvs.append(e);
        return;
    }
    // A whole datagram shows what its send showed: share that preview (implicitly shared, no
    // copy) instead of building the same bytes again — a million recvs, a million allocations.
    const qsizetype n = q.message;
    if (!e.truncated && n < m_run.sends.size() && m_run.sends.at(n).message == n)
        e.preview = m_run.sends.at(n).preview;
    else
        e.preview = WireFormat::preview(datagram.constData(), e.bytes);
    m_run.recvs.append(e);
}

} // namespace sockscope
