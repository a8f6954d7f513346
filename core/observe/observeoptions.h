#pragma once

#include "model/framedecoder.h"
#include "model/scenario.h"
#include "model/trace.h"
#include "observe/endpoint.h"

#include <optional>

namespace sockscope {

// What `sockscope observe` and the GUI's Observe tab ask for: where to listen, how the
// observed "application" reads (recv size, cadence, framing), and the limits that keep an
// untrusted peer from exhausting memory. A plain value; validate() before use.
struct ObserveOptions
{
    static constexpr int kDefaultTcpRecvSize = 1024;
    static constexpr int kDefaultUdpRecvSize
        = 65536; // the largest datagram: no surprise truncation
    static constexpr int kMaxRecvSize = 16 * 1024 * 1024;
    static constexpr qint64 kMiB = qint64(1024) * 1024;
    static constexpr qint64 kDefaultMemoryBudget = 1024 * kMiB;
    static constexpr qint64 kMaxMemoryBudget = qint64(1024) * 1024 * kMiB; // 1 TiB
    static constexpr qint64 kDefaultIdleTimeoutMs = 60'000;
    static constexpr qint64 kMaxIdleTimeoutMs = 86'400'000; // a day

    Protocol protocol = Protocol::Tcp;
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: the kernel picks a free port
    QString framing = QStringLiteral("none"); // TCP only
    int recvSize = kDefaultTcpRecvSize;
    int readIntervalMs = 0; // 0: recv() as soon as data is ready
    qint64 durationMs = 0; // 0: until stopped
    qint64 maxFrame = FrameDecoder::kDefaultMaxFrame;
    int maxClients = 16; // TCP connections recorded at once; more are closed
    qsizetype maxRecvs = 1'000'000; // recvs recorded per run; the stream is still read after
    // What the recordings of the whole session may hold together (events, previews, decoded
    // frames, decoder buffers); once reached, nothing more is recorded, the streams are still
    // read and relayed.
    qint64 memoryBudget = kDefaultMemoryBudget;
    // TCP: a connection that sends nothing (relay: in neither direction) for this long is closed,
    // so idle clients cannot hold every --max-clients slot. 0: never.
    qint64 idleTimeoutMs = kDefaultIdleTimeoutMs;
    std::optional<Endpoint> relay; // TCP: forward every client to this server
    bool evidence = true; // FIONREAD before each recv
    // Capture the session's own packets on loopback (ObserveWire) for the runs' wire lanes, when
    // the process may and the session is on loopback only. ObserveSession::open() sets it to
    // whether it does, so that each run is created with its wire (Run::wire).
    bool capture = true;
    // Keep the captured packets whole for --pcap (Trace::captures), charged to memoryBudget.
    bool keepPackets = false;
    // Whether every packet of the session passes the loopback device: it listens on loopback
    // and relays, if at all, to a loopback server. Only then can its wire be captured.
    bool onLoopback() const { return bindsLoopback() && (!relay || relay->isLoopback()); }

    // One sentence naming the offending option with its CLI flag, empty when all is well.
    QString validate() const;
    bool bindsLoopback() const { return Endpoint::isLoopbackAddress(bindAddress); }
    // The reader's side as a Scenario (protocol, recv_size, read_interval_ms, framing), for
    // Trace::scenario and each Run, so writers and views need nothing new to show it.
    Scenario readerScenario() const;
    // The settings as the trace records them, with the address and port actually listened on.
    ObservationSettings settings(const QString &address, quint16 port) const;
};

} // namespace sockscope
