#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sockscope {

// What an observed run did not record. The peer is untrusted, so a run records at most
// ObserveOptions::maxRecvs calls and a whole observe session at most its memory budget; the
// calls after that are still made (the stream is read, and relayed, so no peer is stalled) and
// only counted here. A run without it recorded every call it made.
struct Unrecorded
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::Unrecorded)

public:
    enum class Reason {
        MaxRecvs, // the run reached its cap of recv() calls (UDP: datagrams)
        MemoryBudget, // the session's recordings together reached the memory budget
    };

    Reason reason = Reason::MaxRecvs;
    qint64 limit = 0; // the cap reached: recv() calls per run, or bytes of the budget
    qint64 fromNs = 0; // when the first call that was not recorded returned
    qint64 recvs = 0; // calls made and not recorded (UDP: datagrams)
    qint64 bytes = 0; // bytes those calls received (UDP: the datagrams' true sizes)
    // Packets of the run's connection (UDP: datagrams to the port) captured on loopback after
    // the memory budget was reached, counted and not kept: the wire lane ends where recording
    // stopped. 0 for a run without a captured wire.
    qint64 packets = 0;

    bool operator==(const Unrecorded &) const = default;

    // "max_recvs", "memory_budget" (trace JSON "unrecorded.reason").
    static QString reasonName(Reason reason);
    static std::optional<Reason> parseReason(const QString &name);
    // The sentence for the table and the window: when recording stopped, why, and what was read
    // after it and not recorded. In the user's language.
    QString sentence(bool udp) const;
    // Why, alone: "the run reached its cap of 1000000 recv() calls".
    QString because(bool udp) const;
    // What, alone: "4096 B in 4 later recv() calls were read but not recorded", and the packets
    // captured and not kept.
    QString what(bool udp) const;
};

} // namespace sockscope
