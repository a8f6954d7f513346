#pragma once

#include "model/trace.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

struct pcap;
struct pcap_pkthdr;
struct bpf_program;

namespace sockscope {

class MonotonicClock;

// Captures the packets of one real run on the loopback device with libpcap, while the run
// records. It opens "lo" before the run's sockets exist, with a filter that passes nothing;
// each runner calls watch() with the port its receiving end bound, before it connects or sends,
// so the capture sees the run's SYN and nothing of other programs. A thread drains the packet
// ring while the run goes on (a flood run would overflow it otherwise); finish() drains the
// rest after the run's sockets have closed.
//
// Timestamps: the kernel stamps each packet with CLOCK_REALTIME as loopback delivers it
// (nanoseconds, asked for with PCAP_TSTAMP_PRECISION_NANO; loopback has no adapter clock). The
// run's clock is CLOCK_MONOTONIC. The offset between the two is measured when the capture
// starts and again when it ends, each time between two monotonic reads taken a few
// microseconds apart; toRunNs() uses the first, and drift() says how far the second moved.
//
// Capturing needs CAP_NET_RAW. Without it the capture is unavailable and the run goes on
// without a wire; unavailable() says why, and how to allow it.
class LoopbackCapture
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::LoopbackCapture)

public:
    // Packets are kept whole up to this many bytes in all; later ones keep their first
    // kHeaderBytes (link, IP and TCP headers with options), marked as cut in a pcapng file.
    static constexpr qint64 kWholeBytes = 64LL * 1024 * 1024;
    static constexpr int kHeaderBytes = 160;

    // Where a long capture (an observe session) hands each packet as it is captured, on the
    // capture's thread, instead of keeping it: the caller decides what to keep and charges it.
    using Sink = std::function<void(CapturedPacket &&packet)>;

    // Opening takes milliseconds (the kernel maps the packet ring): open it before the run's
    // clock starts, so that the run's t = 0 is not spent waiting for it. With a sink, packets
    // go there and finish() returns none. headersOnly: the kernel copies only each packet's
    // first kHeaderBytes (a session that writes no --pcap needs no more), handed over at once
    // through a ring of fixed-size slots, one packet each: tens of thousands of them. Whole
    // packets (64 KiB on loopback) would leave room for ~250 such slots, so they go through the
    // kernel's ring of blocks instead, each packet taking only its own length (a flood of 3,000
    // 1,000-byte datagrams fits several times over), handed over a block at a time at most a
    // millisecond or so after its first packet; flush() and finish() wait for the last block.
    explicit LoopbackCapture(Sink sink = {}, bool headersOnly = false);
    ~LoopbackCapture();
    LoopbackCapture(const LoopbackCapture &) = delete;
    LoopbackCapture &operator=(const LoopbackCapture &) = delete;

    bool isCapturing() const { return m_pcap != nullptr; }
    // Why there is no capture (already translated), with how to enable it; empty when capturing.
    QString unavailable() const { return m_unavailable; }
    // The sentence for a missing CAP_NET_RAW (also the README's advice).
    static QString permissionHint();
    // Whether a capture on loopback can be opened now: empty, or unavailable()'s sentence.
    static QString probe();

    // Adds the run's port to the filter; returns once the kernel filters with it. Thread-safe.
    void watch(Protocol protocol, quint16 port);
    // Takes a port watch() added out of the filter again (a relay's finished upstream
    // connection), so that a session of any length keeps a filter of its open connections.
    void unwatch(Protocol protocol, quint16 port);
    // The pcap link type of the packets (DLT_EN10MB on Linux loopback).
    int linkType() const { return m_linkType; }
    // Hands over (to the sink, or the list finish() returns) the last packets of a connection
    // that just closed: what the ring holds now, and with whole packets (handed over a block
    // at a time) what it gets until it has been quiet for a few milliseconds. Any thread.
    void flush();
    // Stops the capture after the last packets of the run have been delivered and returns them.
    PacketCapture finish();

    // A packet's kernel timestamp on the run's clock.
    qint64 toRunNs(qint64 realtimeNs, const MonotonicClock &clock) const;
    // Packets of the filter the kernel dropped so far because the ring was full (a burst faster
    // than the capture thread read it), from libpcap's statistics; after finish(), the total.
    qint64 missed();
    // The note for a capture that missed packets, already translated; empty when none.
    static QString missedNote(qint64 missed);
    // How far the CLOCK_REALTIME − CLOCK_MONOTONIC offset moved between start and finish (ns).
    qint64 drift() const { return m_driftNs; }
    // The widest bracket of the two offset measurements: how far a timestamp may be off.
    qint64 uncertainty() const { return m_uncertaintyNs; }

private:
    struct Offset
    {
        qint64 offsetNs = 0;
        qint64 bracketNs = 0;
    };
    static Offset measureOffset();
    void drain();
    // Drains until the ring has been quiet for a few milliseconds (at most ~50 ms).
    void settle();
    void loop();
    void store(qint64 timestampNs, qint64 length, const unsigned char *bytes, int captured);
    static void onPacket(unsigned char *user, const struct pcap_pkthdr *header,
                         const unsigned char *bytes);
    QString applyFilter();
    // The compiled filter on the socket; an error sentence, empty when it is set.
    QString setFilter(bpf_program &program);
    static QString filterOf(Protocol protocol, quint16 port);

    pcap *m_pcap = nullptr;
    int m_linkType = 0;
    QString m_unavailable;
    qint64 m_offsetNs = 0;
    qint64 m_driftNs = 0;
    qint64 m_uncertaintyNs = 0;
    std::mutex m_mutex; // guards m_pcap's use and the filter
    QStringList m_filters;
    Sink m_sink;
    std::thread m_thread;
    std::atomic<bool> m_stopping{ false };
    QList<CapturedPacket> m_packets; // the capture thread's until finish()
    qint64 m_keptBytes = 0;
    bool m_finished = false;
    qint64 m_missed = 0; // libpcap's ps_drop, as last read
    bool m_blocks = false; // whole packets, a block of the ring at a time (not immediate mode)
    // CLOCK_REALTIME when the first filter was set: packets stamped before are not the runs'.
    qint64 m_filteredFromNs = 0;
    std::atomic<qint64> m_seen{ 0 }; // packets handed over so far
};

} // namespace sockscope
