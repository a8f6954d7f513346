#include "observe/observeoptions.h"

#include "model/framingspec.h"

#include <QCoreApplication>

#include <arpa/inet.h>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::ObserveOptions", text);
}

} // namespace

QString ObserveOptions::validate() const
{
    in_addr ignored{};
    if (::inet_pton(AF_INET, bindAddress.toLatin1().constData(), &ignored) != 1)
        return tr("--bind: \"%1\" is not an IPv4 address").arg(bindAddress);
    QString error;
    const auto spec = FramingSpec::parse(framing, &error);
    if (!spec)
        return tr("--framing: %1").arg(error);
    if (protocol == Protocol::Udp && spec->kind != FramingSpec::Kind::None)
        return tr("--framing: applies to TCP byte streams; UDP keeps each datagram whole");
    if (recvSize < 1 || recvSize > kMaxRecvSize)
        return tr("--recv-size: expected 1 to %1 bytes, got %2").arg(kMaxRecvSize).arg(recvSize);
    if (readIntervalMs < 0 || readIntervalMs > 60'000)
        return tr("--read-interval-ms: expected 0 to 60000, got %1").arg(readIntervalMs);
    if (durationMs < 0)
        return tr("--duration: expected a positive number of seconds");
    if (maxFrame < 1 || maxFrame > qint64(1) << 32)
        return tr("--max-frame: expected 1 to 4294967296 bytes, got %1").arg(maxFrame);
    if (maxClients < 1 || maxClients > 1024)
        return tr("--max-clients: expected 1 to 1024, got %1").arg(maxClients);
    if (maxRecvs < 1)
        return tr("max recvs: expected at least 1");
    if (memoryBudget < kMiB || memoryBudget > kMaxMemoryBudget)
        return tr("--memory-budget: expected 1 to %1 MiB").arg(kMaxMemoryBudget / kMiB);
    if (idleTimeoutMs < 0 || idleTimeoutMs > kMaxIdleTimeoutMs)
        return tr("--idle-timeout: expected 0 (never) to %1 seconds").arg(kMaxIdleTimeoutMs / 1000);
    if (relay && protocol != Protocol::Tcp)
        return tr("--relay: relays TCP connections only (use --tcp)");
    return {};
}

Scenario ObserveOptions::readerScenario() const
{
    Scenario s;
    s.protocol = protocol == Protocol::Tcp ? Scenario::Protocols::Tcp : Scenario::Protocols::Udp;
    s.recvSize = recvSize;
    s.readIntervalMs = readIntervalMs;
    s.framing = framing.isEmpty() ? QStringLiteral("none") : framing;
    s.evidence = evidence;
    return s;
}

ObservationSettings ObserveOptions::settings(const QString &address, quint16 port) const
{
    ObservationSettings s;
    s.protocol = protocol;
    s.address = address;
    s.port = port;
    s.recvSize = recvSize;
    s.readIntervalMs = readIntervalMs;
    s.framing = framing.isEmpty() ? QStringLiteral("none") : framing;
    s.maxFrame = maxFrame;
    s.maxClients = maxClients;
    s.relay = relay ? relay->toString() : QString();
    s.durationMs = durationMs;
    s.evidence = evidence;
    return s;
}

} // namespace sockscope
