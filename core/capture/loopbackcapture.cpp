#include "capture/loopbackcapture.h"

#include "record/monotonicclock.h"

#include <linux/filter.h>
#include <pcap/pcap.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>

namespace sockscope {

namespace {

constexpr int kPollMs = 10;
// After the run's sockets closed, their last packets (FIN, the final ACK) are delivered at
// once on loopback; wait until the ring has been quiet this long, at most kLastPacketsMs.
constexpr int kQuietMs = 5;
constexpr int kLastPacketsMs = 50;
// A loopback packet is at most 64 KiB of IP plus the link header.
constexpr int kSnapLength = 65536 + 64;
constexpr int kRingBytes = 16 * 1024 * 1024;
// Whole-packet capture: a block of the ring is handed over at most this long after its first
// packet (measured on loopback: 0.9 ms on average, 3.1 ms at worst, the kernel's timer).
constexpr int kBlockTimeoutMs = 1;
// Matches no packet: the filter until the first watch().
const char *const kNothing = "less 1";

qint64 realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

QString LoopbackCapture::permissionHint()
{
    return tr("The wire lane of real runs needs permission to capture packets (CAP_NET_RAW): "
              "run 'sudo setcap cap_net_raw+ep $(command -v sockscope)' once, or run SockScope "
              "as root. Until then real runs show no packets.");
}

QString LoopbackCapture::probe()
{
    LoopbackCapture capture;
    return capture.unavailable();
}

LoopbackCapture::Offset LoopbackCapture::measureOffset()
{
    // The narrowest of a few brackets: a read of CLOCK_REALTIME between two monotonic reads.
    Offset best{ 0, std::numeric_limits<qint64>::max() };
    for (int i = 0; i < 5; ++i) {
        const qint64 before = monotonicNs();
        const qint64 real = realtimeNs();
        const qint64 after = monotonicNs();
        if (after - before < best.bracketNs)
            best = { real - (before + (after - before) / 2), after - before };
    }
    return best;
}

qint64 LoopbackCapture::toRunNs(qint64 realtimeNs, const MonotonicClock &clock) const
{
    const qint64 startNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(clock.at(0).time_since_epoch())
              .count();
    return realtimeNs - m_offsetNs - startNs;
}

LoopbackCapture::LoopbackCapture(Sink sink, bool headersOnly) : m_sink(std::move(sink))
{
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *p = pcap_create("lo", error);
    if (!p) {
        m_unavailable = tr("Packet capture on loopback is not available (%1), so real runs show "
                           "no packets.")
                            .arg(QString::fromLocal8Bit(error));
        return;
    }
    pcap_set_snaplen(p, headersOnly ? kHeaderBytes : kSnapLength);
    pcap_set_promisc(p, 0);
    if (headersOnly) {
        // Each packet is handed over as it is captured, in a ring of fixed-size slots (the
        // kernel's TPACKET_V2), one per packet: 160-byte slots hold tens of thousands.
        pcap_set_immediate_mode(p, 1);
    } else {
        // Whole packets: the ring of blocks (TPACKET_V3) packs each packet in as few bytes as
        // it has, so a flood of small datagrams fits where 64 KiB slots held ~250; the kernel
        // hands a block over when it is full or kBlockTimeoutMs after its first packet.
        pcap_set_immediate_mode(p, 0);
        pcap_set_timeout(p, kBlockTimeoutMs);
        m_blocks = true;
    }
    pcap_set_buffer_size(p, kRingBytes);
    pcap_set_tstamp_precision(p, PCAP_TSTAMP_PRECISION_NANO);
    const int activated = pcap_activate(p);
    if (activated == PCAP_ERROR_PERM_DENIED || activated == PCAP_ERROR_PROMISC_PERM_DENIED) {
        m_unavailable = permissionHint();
    } else if (activated < 0) {
        m_unavailable = tr("Packet capture on loopback is not available (%1), so real runs "
                           "show no packets.")
                            .arg(QString::fromLocal8Bit(pcap_geterr(p)));
    }
    if (!m_unavailable.isEmpty()) {
        pcap_close(p);
        return;
    }
    m_pcap = p;
    m_linkType = pcap_datalink(p);
    pcap_setnonblock(p, 1, error);
    if (const QString why = applyFilter(); !why.isEmpty()) {
        m_unavailable = why;
        pcap_close(m_pcap);
        m_pcap = nullptr;
        return;
    }
    const Offset o = measureOffset();
    m_offsetNs = o.offsetNs;
    m_uncertaintyNs = o.bracketNs;
    m_thread = std::thread([this] { loop(); });
}

LoopbackCapture::~LoopbackCapture()
{
    if (!m_finished)
        finish();
}

QString LoopbackCapture::setFilter(bpf_program &program)
{
    // Straight to the socket, never through pcap_setfilter(). That one first attaches a filter
    // that rejects every packet and drains the socket before attaching the new one, so packets
    // of the other runs sent meanwhile were lost (a TCP handshake's last ACK and first data
    // segment missing in side-by-side when its UDP port was added), and it has libpcap filter
    // the ring's next packets in user space with its own copy of the program, which a filter
    // set here would not replace. SO_ATTACH_FILTER swaps the kernel's filter atomically; a
    // packet already in the ring passed the old filter, which a new port only widens (an
    // unwatch()ed port's packets still in the ring are routed to no run). On loopback
    // (Ethernet framing, raw packets) libpcap's compiled program is the kernel's as it
    // stands: struct bpf_insn is struct sock_filter.
    sock_fprog kernel{ static_cast<unsigned short>(program.bf_len),
                       reinterpret_cast<sock_filter *>(program.bf_insns) };
    if (::setsockopt(pcap_fileno(m_pcap), SOL_SOCKET, SO_ATTACH_FILTER, &kernel, sizeof kernel)
        != 0)
        return QString::fromLocal8Bit(strerror(errno));
    if (m_filteredFromNs == 0) {
        // What the ring took before the first filter is other programs' traffic.
        m_filteredFromNs = realtimeNs();
    }
    return {};
}

QString LoopbackCapture::applyFilter()
{
    const QByteArray text = m_filters.isEmpty() ? QByteArray(kNothing)
                                                : m_filters.join(QStringLiteral(" or ")).toLatin1();
    bpf_program program{};
    QString why;
    if (pcap_compile(m_pcap, &program, text.constData(), 1, PCAP_NETMASK_UNKNOWN) != 0)
        why = QString::fromLocal8Bit(pcap_geterr(m_pcap));
    else
        why = setFilter(program);
    if (!why.isEmpty()) {
        pcap_freecode(&program);
        return tr("Packet capture on loopback is not available (%1), so real runs show no "
                  "packets.")
            .arg(why);
    }
    pcap_freecode(&program);
    return {};
}

void LoopbackCapture::watch(Protocol protocol, quint16 port)
{
    if (!m_pcap || port == 0)
        return;
    // The kernel swaps the filter atomically; packets already in the ring are filtered again by
    // libpcap in user space, so none of another program slips in.
    const std::lock_guard lock(m_mutex);
    m_filters << filterOf(protocol, port);
    applyFilter();
}

void LoopbackCapture::unwatch(Protocol protocol, quint16 port)
{
    if (!m_pcap || port == 0)
        return;
    const std::lock_guard lock(m_mutex);
    if (m_filters.removeOne(filterOf(protocol, port)))
        applyFilter();
}

QString LoopbackCapture::filterOf(Protocol protocol, quint16 port)
{
    return QStringLiteral("%1 port %2")
        .arg(protocol == Protocol::Tcp ? QLatin1String("tcp") : QLatin1String("udp"))
        .arg(port);
}

void LoopbackCapture::onPacket(unsigned char *user, const pcap_pkthdr *header,
                               const unsigned char *bytes)
{
    auto *self = reinterpret_cast<LoopbackCapture *>(user);
    // With nanosecond precision libpcap puts nanoseconds in tv_usec.
    const qint64 ns = qint64(header->ts.tv_sec) * 1'000'000'000 + qint64(header->ts.tv_usec);
    self->store(ns, qint64(header->len), bytes, int(header->caplen));
}

void LoopbackCapture::store(qint64 timestampNs, qint64 length, const unsigned char *bytes,
                            int captured)
{
    if (timestampNs < m_filteredFromNs)
        return;
    m_seen.fetch_add(1, std::memory_order_relaxed);
    if (m_sink) {
        m_sink(
            { timestampNs, length, QByteArray(reinterpret_cast<const char *>(bytes), captured) });
        return;
    }
    const int keep
        = m_keptBytes + captured <= kWholeBytes ? captured : std::min(captured, kHeaderBytes);
    m_keptBytes += keep;
    m_packets.append(
        { timestampNs, length, QByteArray(reinterpret_cast<const char *>(bytes), keep) });
}

void LoopbackCapture::drain()
{
    const std::lock_guard lock(m_mutex);
    while (pcap_dispatch(m_pcap, -1, &LoopbackCapture::onPacket,
                         reinterpret_cast<unsigned char *>(this))
           > 0) { }
}

void LoopbackCapture::loop()
{
    pollfd fd{ pcap_get_selectable_fd(m_pcap), POLLIN, 0 };
    while (!m_stopping.load()) {
        ::poll(&fd, 1, kPollMs);
        drain();
    }
}

void LoopbackCapture::settle()
{
    // The thread drains while the last packets arrive; stop once the ring has been quiet (a
    // block of whole packets is handed over only when its timer fires).
    const auto deadline
        = std::chrono::steady_clock::now() + std::chrono::milliseconds(kLastPacketsMs);
    qint64 seen = -1; // two windows at least: the first may end as a packet arrives
    while (std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(kQuietMs));
        drain();
        const qint64 now = m_seen.load(std::memory_order_relaxed);
        if (now == seen)
            break;
        seen = now;
    }
}

void LoopbackCapture::flush()
{
    if (!m_pcap)
        return;
    if (m_blocks)
        settle();
    else
        drain();
}

qint64 LoopbackCapture::missed()
{
    const std::lock_guard lock(m_mutex);
    pcap_stat stats{};
    if (m_pcap && pcap_stats(m_pcap, &stats) == 0)
        m_missed = qint64(stats.ps_drop);
    return m_missed;
}

QString LoopbackCapture::missedNote(qint64 missed)
{
    if (missed <= 0)
        return {};
    return tr("The capture missed packets: %1 of them arrived faster than SockScope read the "
              "capture's ring and were not kept, so the wire lanes lack them (and the --pcap file "
              "too); no recv() is linked to a captured datagram by its place in the queue.")
        .arg(missed);
}

PacketCapture LoopbackCapture::finish()
{
    m_finished = true;
    PacketCapture capture;
    capture.name = QStringLiteral("lo");
    capture.linkType = m_linkType;
    if (!m_pcap)
        return capture;
    settle();
    m_stopping = true;
    m_thread.join();
    drain();
    capture.missed = missed();
    const Offset end = measureOffset();
    m_driftNs = end.offsetNs - m_offsetNs;
    m_uncertaintyNs = std::max(m_uncertaintyNs, end.bracketNs);
    pcap_close(m_pcap);
    m_pcap = nullptr;
    capture.description = m_filters.join(QStringLiteral(" or "));
    capture.packets = std::move(m_packets);
    return capture;
}

} // namespace sockscope
