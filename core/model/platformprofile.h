#pragma once

#include "model/scenario.h"

#include <QString>
#include <QStringList>

namespace sockscope {

// What the simulator models of one operating system's sockets: the documented behaviours that
// change what a lesson shows (the delayed-ACK timer, what a recvfrom() of a datagram longer than
// its buffer does, the largest UDP datagram a send may carry, the default buffer sizes and
// whether a requested SO_SNDBUF/SO_RCVBUF is doubled). One row per platform; README's
// "Other operating systems in the simulator" gives each value's source. The real runs are
// always Linux's: this table is only the imagined machine's.
struct PlatformProfile
{
    // What recvfrom() does with a datagram longer than the buffer.
    enum class UdpTruncation {
        ReturnCut, // returns the buffer's worth, the rest is discarded (Linux, macOS)
        FailEmsgsize, // fills the buffer, discards the rest and fails with WSAEMSGSIZE (Windows)
    };

    Scenario::Platform platform;
    const char *word; // the scenario key's word: linux, windows, macos
    const char *name; // shown: "Linux", "Windows", "macOS"
    int delayedAckMs; // the receiver's delayed-ACK timer
    int udpMaxDatagram; // a larger send() fails with EMSGSIZE
    UdpTruncation udpTruncation;
    bool doublesBufferRequests; // SO_SNDBUF/SO_RCVBUF n reads back as 2n
    qint64 tcpDefaultSndbuf;
    qint64 tcpDefaultRcvbuf;
    qint64 udpDefaultSndbuf;
    qint64 udpDefaultRcvbuf;

    static const PlatformProfile &of(Scenario::Platform platform);

    // The delayed-ACK timer a scenario simulates: its delayed_ack_ms, or the platform's when
    // that is auto.
    static int effectiveDelayedAckMs(const Scenario &scenario);

    // The behaviours in which this platform's model differs from Linux's, one translated
    // sentence each, for what the scenario runs (TCP, UDP or both). Empty for Linux.
    QStringList differences(const Scenario &scenario) const;

    // A simulated run's aside: "simulated", or "simulated, Windows" when the model was another
    // system's than Linux.
    static QString simulated(Scenario::Platform platform);
};

} // namespace sockscope
