#include "model/tracedescription.h"

#include "model/scenariokey.h"

#include <QLocale>

#include <algorithm>

namespace sockscope {

namespace {

constexpr int kPeersNamed = 4; // more are counted, not listed: the line stays one line

QString byteSize(qint64 bytes)
{
    constexpr qint64 kMiB = qint64(1024) * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / kMiB);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 B").arg(bytes);
}

QString peerList(const QStringList &peers)
{
    QStringList named = peers.mid(0, kPeersNamed);
    if (peers.size() > kPeersNamed)
        named << QStringLiteral("…");
    return named.join(QStringLiteral(", "));
}

} // namespace

TraceDescription::Kind TraceDescription::kind(const Trace &trace)
{
    if (trace.observe)
        return Kind::Observe;
    if (trace.runs.isEmpty())
        return Kind::Lesson;
    // A trace saved before Trace::observe existed: its runs say what it was.
    if (std::all_of(trace.runs.cbegin(), trace.runs.cend(),
                    [](const Run &r) { return r.role == Role::Observer || r.role == Role::Relay; }))
        return Kind::Observe;
    if (std::all_of(trace.runs.cbegin(), trace.runs.cend(),
                    [](const Run &r) { return r.role == Role::Sender; }))
        return Kind::SendTo;
    return Kind::Lesson;
}

QString TraceDescription::settings(const Trace &trace)
{
    switch (kind(trace)) {
    case Kind::Observe:
        return describeObserve(trace);
    case Kind::SendTo:
        return describeSendTo(trace);
    case Kind::Lesson:
        break;
    }
    // What the runs did, not what the lesson's preset says: a key its variants (or switch)
    // set differently is "per run", each run's header has its effective value.
    QStringList perRun;
    for (const QString &key :
         { QStringLiteral("nodelay"), QStringLiteral("sndbuf"), QStringLiteral("rcvbuf"),
           QStringLiteral("framing"), QStringLiteral("peek"), QStringLiteral("connect"),
           QStringLiteral("read_interval_ms"), QStringLiteral("nonblocking"),
           QStringLiteral("cork"), QStringLiteral("quickack"), QStringLiteral("rcvlowat") }) {
        const ScenarioKey *k = ScenarioKey::find(key);
        for (const Run &run : trace.runs) {
            if (k && !(k->value(run.scenario) == k->value(trace.runs.first().scenario))) {
                perRun << key;
                break;
            }
        }
    }
    return trace.scenario.describe(perRun);
}

ObservationSettings TraceDescription::observeSettings(const Trace &trace)
{
    if (trace.observe)
        return *trace.observe;
    // A trace saved before the settings were recorded: what its runs' scenario says of the
    // reader. Where it listened is not known.
    const Scenario &reader = trace.runs.isEmpty() ? trace.scenario : trace.runs.first().scenario;
    ObservationSettings s;
    s.protocol = trace.runs.isEmpty() ? Protocol::Tcp : trace.runs.first().protocol;
    s.recvSize = reader.recvSize;
    s.readIntervalMs = reader.readIntervalMs;
    s.framing = reader.framing;
    s.evidence = reader.evidence;
    for (const Run &run : trace.runs) {
        if (run.role == Role::Relay && run.peers.size() > 1) {
            s.relay = run.peers.at(1);
            break;
        }
    }
    return s;
}

QStringList TraceDescription::peers(const Trace &trace)
{
    QStringList out;
    for (const Run &run : trace.runs) {
        // A relay run names the client first, then the server it forwards to.
        const QStringList &peers = run.role == Role::Relay ? run.peers.mid(0, 1) : run.peers;
        for (const QString &peer : peers) {
            if (!out.contains(peer))
                out << peer;
        }
    }
    return out;
}

QString TraceDescription::describeObserve(const Trace &trace)
{
    const ObservationSettings s = observeSettings(trace);
    const bool udp = s.protocol == Protocol::Udp;
    // A trace written before the settings were recorded does not say where it listened.
    const QString where
        = s.address.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(s.address).arg(s.port);
    QStringList parts;
    if (!s.relay.isEmpty())
        parts << (where.isEmpty() ? tr("TCP relay to %1").arg(s.relay)
                                  : tr("TCP relay %1 → %2").arg(where, s.relay));
    else if (where.isEmpty())
        parts << (udp ? tr("Observing UDP") : tr("Observing TCP"));
    else
        parts << (udp ? tr("Observing UDP on %1") : tr("Observing TCP on %1")).arg(where);
    parts << QStringLiteral("recv(%1)").arg(s.recvSize)
          << (s.readIntervalMs > 0 ? tr("one recv() every %1 ms").arg(s.readIntervalMs)
                                   : tr("recv() as soon as data is ready"));
    if (!udp) {
        if (s.framing.isEmpty() || s.framing == QLatin1String("none"))
            parts << tr("no framing decoder");
        else if (s.maxFrame > 0)
            parts << tr("framing %1 (frames up to %2)").arg(s.framing, byteSize(s.maxFrame));
        else
            parts << tr("framing %1").arg(s.framing);
    }
    if (s.durationMs > 0)
        parts << tr("for %1 s").arg(QLocale::c().toString(double(s.durationMs) / 1000.0, 'g', 6));
    if (!s.evidence)
        parts << tr("no kernel evidence");
    const QStringList peers = TraceDescription::peers(trace);
    if (peers.isEmpty())
        parts << (udp ? tr("no datagram arrived") : tr("no client connected"));
    else
        parts << (udp ? tr("%n sender(s)", nullptr, int(peers.size()))
                      : tr("%n client(s)", nullptr, int(peers.size())))
                + QStringLiteral(": ") + peerList(peers);
    return parts.join(QStringLiteral(" · "));
}

QString TraceDescription::describeSendTo(const Trace &trace)
{
    QString text = trace.scenario.describeSender();
    if (const QStringList servers = peers(trace); !servers.isEmpty())
        text += QStringLiteral(" · ") + tr("to %1").arg(peerList(servers));
    return text;
}

} // namespace sockscope
