#include "model/unrecorded.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace sockscope {

namespace {

// The plural form of a count that may not fit an int (an hour of 1-byte recv() calls): the
// forms differ for small numbers only, and the number itself is printed whole by the caller.
int form(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

QString Unrecorded::reasonName(Reason reason)
{
    return reason == Reason::MemoryBudget ? QStringLiteral("memory_budget")
                                          : QStringLiteral("max_recvs");
}

std::optional<Unrecorded::Reason> Unrecorded::parseReason(const QString &name)
{
    for (Reason reason : { Reason::MaxRecvs, Reason::MemoryBudget }) {
        if (name == reasonName(reason))
            return reason;
    }
    return std::nullopt;
}

QString Unrecorded::because(bool udp) const
{
    if (reason == Reason::MemoryBudget)
        return tr("the observation reached its memory budget of %1 MiB (--memory-budget)")
            .arg(double(limit) / (1024 * 1024), 0, 'g', 6);
    return (udp ? tr("the run reached its cap of %1 datagram(s)", nullptr, form(limit))
                : tr("the run reached its cap of %1 recv() call(s)", nullptr, form(limit)))
        .arg(limit);
}

QString Unrecorded::what(bool udp) const
{
    const QString calls = (udp ? tr("%1 later datagram(s)", nullptr, form(recvs))
                               : tr("%1 later recv() call(s)", nullptr, form(recvs)))
                              .arg(recvs);
    QStringList parts;
    if (recvs > 0 || packets == 0)
        parts << tr("%1 B in %2 were read but not recorded").arg(bytes).arg(calls);
    if (packets > 0)
        parts << tr("%1 packet(s) captured on the wire after that were not kept", nullptr,
                    form(packets))
                     .arg(packets);
    return parts.join(QStringLiteral("; "));
}

QString Unrecorded::sentence(bool udp) const
{
    return tr("Recording stopped at %1 s: %2; %3.")
        .arg(double(fromNs) / 1e9, 0, 'f', 3)
        .arg(because(udp), what(udp));
}

} // namespace sockscope
