#include "model/platformprofile.h"

#include <QCoreApplication>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::PlatformProfile", text);
}

using Truncation = PlatformProfile::UdpTruncation;

// The sources of every value are in README's "Other operating systems in the simulator".
constexpr PlatformProfile profiles[] = {
    // Linux: TCP_DELACK_MIN (HZ/25); tcp_wmem/tcp_rmem's defaults; net.core.{w,r}mem_default;
    // socket(7): the kernel doubles SO_SNDBUF/SO_RCVBUF; udp(7): 65,507 B over IPv4.
    { Scenario::Platform::Linux, "linux", "Linux", 40, 65507, Truncation::ReturnCut, true, 16384,
      131072, 212992, 212992 },
    // Windows: the delayed-ACK timer of 200 ms (TcpDelAckTicks = 2); recvfrom() fails with
    // WSAEMSGSIZE; buffers are used as asked. Windows documents its default buffer sizes as
    // transport-specific: the model keeps Linux's.
    { Scenario::Platform::Windows, "windows", "Windows", 200, 65507, Truncation::FailEmsgsize,
      false, 16384, 131072, 212992, 212992 },
    // macOS (XNU): tcp_delack = 100 ms; net.inet.udp.maxdgram = 9216 (udp_sendspace);
    // tcp_sendspace 1448 × 256, tcp_recvspace 1448 × 384; udp_recvspace 40 × (1024 + 28);
    // buffers used as asked; a datagram is cut like on Linux (MSG_TRUNC).
    { Scenario::Platform::Macos, "macos", "macOS", 100, 9216, Truncation::ReturnCut, false,
      qint64(1448) * 256, qint64(1448) * 384, 9216, qint64(40) * (1024 + 28) },
};

} // namespace

const PlatformProfile &PlatformProfile::of(Scenario::Platform platform)
{
    for (const PlatformProfile &p : profiles) {
        if (p.platform == platform)
            return p;
    }
    return profiles[0];
}

int PlatformProfile::effectiveDelayedAckMs(const Scenario &scenario)
{
    return scenario.delayedAckMs >= 0 ? scenario.delayedAckMs : of(scenario.platform).delayedAckMs;
}

QString PlatformProfile::simulated(Scenario::Platform platform)
{
    if (platform == Scenario::Platform::Linux)
        return tr("simulated");
    return tr("simulated, %1").arg(QLatin1String(of(platform).name));
}

QStringList PlatformProfile::differences(const Scenario &scenario) const
{
    const PlatformProfile &base = of(Scenario::Platform::Linux);
    QStringList out;
    if (platform == Scenario::Platform::Linux)
        return out;
    const bool tcp = scenario.protocol != Scenario::Protocols::Udp;
    const bool udp = scenario.protocol != Scenario::Protocols::Tcp;
    if (tcp && delayedAckMs != base.delayedAckMs && scenario.delayedAckMs < 0)
        out << tr("the delayed ACK waits %1 ms (Linux: %2 ms)")
                   .arg(delayedAckMs)
                   .arg(base.delayedAckMs);
    if (udp && udpTruncation == UdpTruncation::FailEmsgsize)
        out << tr("a recvfrom() of a datagram longer than its buffer fails with WSAEMSGSIZE "
                  "(Linux returns the cut datagram)");
    if (udp && udpMaxDatagram != base.udpMaxDatagram)
        out << tr("a datagram of more than %1 B fails with EMSGSIZE (Linux: %2 B)")
                   .arg(udpMaxDatagram)
                   .arg(base.udpMaxDatagram);
    if ((scenario.sndbuf > 0 || scenario.rcvbuf > 0) && !doublesBufferRequests)
        out << tr("SO_SNDBUF and SO_RCVBUF are used as asked (Linux doubles them)");
    if (tcp
        && (tcpDefaultSndbuf != base.tcpDefaultSndbuf || tcpDefaultRcvbuf != base.tcpDefaultRcvbuf))
        out << tr("TCP's default buffers are %1 B to send and %2 B to receive (Linux: %3 B and "
                  "%4 B)")
                   .arg(tcpDefaultSndbuf)
                   .arg(tcpDefaultRcvbuf)
                   .arg(base.tcpDefaultSndbuf)
                   .arg(base.tcpDefaultRcvbuf);
    if (udp && udpDefaultRcvbuf != base.udpDefaultRcvbuf)
        out << tr("UDP's default receive buffer is %1 B (Linux: %2 B)")
                   .arg(udpDefaultRcvbuf)
                   .arg(base.udpDefaultRcvbuf);
    return out;
}

} // namespace sockscope
