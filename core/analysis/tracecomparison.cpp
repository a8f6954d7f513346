#include "analysis/tracecomparison.h"

#include "analysis/analysis.h"
#include <QCoreApplication>

#include <algorithm>

namespace sockscope {

namespace {

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 3);
}

// Loopback's MSS: the 65536-byte MTU of lo minus IP and TCP headers (with timestamps).
constexpr int kLoopbackMss = 65483;

qint64 maxUnsent(const Run &run)
{
    qint64 most = 0;
    for (const SendEvent &e : run.sends)
        most = std::max(most, e.unsentAfter.value_or(0));
    return most;
}

QString whyTheyDiffer(const RunComparison &c, const Run &real, const Run &sim)
{
    const Scenario &s = sim.scenario;
    if (c.protocol == Protocol::Udp) {
        if (c.real.lost != c.sim.lost) {
            if (s.loss > 0 && c.sim.lost > c.real.lost)
                return QCoreApplication::translate(
                           "sockscope::TraceComparison",
                           "the model drops %1% of packets at random (loss=%2); loopback never "
                           "loses a packet on the way")
                    .arg(s.loss * 100)
                    .arg(s.loss);
            return QCoreApplication::translate("sockscope::TraceComparison",
                                               "the receive buffer overflows differently: the "
                                               "model charges a fixed overhead per datagram "
                                               "and its reader wakes exactly on time; the kernel's "
                                               "charge and the reader's wake-ups vary");
        }
        if (!c.fatesAgree() || c.real.recvCalls != c.sim.recvCalls)
            return QCoreApplication::translate(
                       "sockscope::TraceComparison",
                       "the model reorders or duplicates datagrams (reorder=%1, duplicate=%2); "
                       "loopback keeps them in order")
                .arg(s.reorder)
                .arg(s.duplicate);
    } else {
        if (!c.fatesAgree() || c.real.recvCalls != c.sim.recvCalls) {
            if (!s.nodelay && maxUnsent(sim) > 0 && maxUnsent(real) != maxUnsent(sim))
                return QCoreApplication::translate("sockscope::TraceComparison",
                                                   "Nagle holds small sends until the previous one "
                                                   "is acknowledged: one round trip, %1 ms in the "
                                                   "model (rtt_ms) but microseconds on loopback, "
                                                   "so the two merge different sends")
                    .arg(s.rttMs);
            if (s.mss < kLoopbackMss && real.summary.sentBytes > s.mss)
                return QCoreApplication::translate(
                           "sockscope::TraceComparison",
                           "the model cuts the stream into %1-byte segments (mss) that arrive %2 "
                           "ms apart in time; "
                           "loopback's MSS is ~%3 B and its round trip microseconds, so recvs cut "
                           "the stream elsewhere")
                    .arg(s.mss)
                    .arg(s.rttMs)
                    .arg(kLoopbackMss);
            return QCoreApplication::translate(
                       "sockscope::TraceComparison",
                       "bytes arrive at other moments: the model's round trip is %1 ms (rtt_ms), "
                       "loopback's a few "
                       "microseconds, so each recv finds a different amount queued")
                .arg(s.rttMs);
        }
    }
    if (c.realRoundTripNs && c.simRoundTripNs
        && std::abs(*c.simRoundTripNs - *c.realRoundTripNs) > 1'000'000)
        return QCoreApplication::translate("sockscope::TraceComparison",
                                           "round trips differ (%1 ms observed, %2 ms predicted): "
                                           "the model adds rtt_ms=%3 ms per exchange "
                                           "that loopback does not have")
            .arg(ms(*c.realRoundTripNs), ms(*c.simRoundTripNs))
            .arg(s.rttMs);
    if (c.real.partialSends != c.sim.partialSends)
        return QCoreApplication::translate(
            "sockscope::TraceComparison",
            "the kernel grows its buffers as it goes (autotuning) and frees them per packet; the "
            "model's "
            "buffers are fixed, so send() accepts different amounts");
    return {};
}

// The kernel's delayed-ACK timer and the model's are the same 40 ms when they agree; a few ms
// either way is scheduling.
constexpr qint64 kAckTolerance = 10'000'000;

QString whyTheWireDiffers(const RunComparison &c, const Run &real, const Run &sim)
{
    if (!c.realWire || !c.simWire || c.protocol != Protocol::Tcp)
        return {};
    const WireFigures &r = *c.realWire;
    const WireFigures &p = *c.simWire;
    const Scenario &s = sim.scenario;
    if (r.dataSegments != p.dataSegments || r.largestSegment != p.largestSegment) {
        if (r.largestSegment > s.mss)
            return QCoreApplication::translate(
                       "sockscope::TraceComparison",
                       "the model cuts the stream into segments of at most %1 B (mss); loopback's "
                       "MSS is %2 B, so the kernel sent %3 B in one segment")
                .arg(s.mss)
                .arg(kLoopbackMss)
                .arg(r.largestSegment);
        if (real.effective.nodelay.value_or(false)
            && r.dataSegments < Analysis::sendsWithBytes(real))
            return QCoreApplication::translate(
                "sockscope::TraceComparison",
                "with TCP_NODELAY the kernel still merged sends into fewer segments: autocorking "
                "holds a small segment while the previous one is still queued on the device, "
                "which the model does not do");
        return QCoreApplication::translate(
                   "sockscope::TraceComparison",
                   "Nagle and the ACKs work on the model's %1 ms round trip and the kernel's "
                   "microseconds, so small sends gather into different segments")
            .arg(s.rttMs);
    }
    if (r.slowestAckNs.has_value() != p.slowestAckNs.has_value()
        || (r.slowestAckNs && std::abs(*r.slowestAckNs - *p.slowestAckNs) > kAckTolerance))
        return QCoreApplication::translate(
                   "sockscope::TraceComparison",
                   "the receiver's longest ACK delay was %1 ms on loopback and %2 ms in the "
                   "model: the kernel acknowledges at once when its receiver reads or has a full "
                   "segment, "
                   "and delays only otherwise (40 ms at first, up to 200 ms)")
            .arg(r.slowestAckNs ? ms(*r.slowestAckNs) : QStringLiteral("—"),
                 p.slowestAckNs ? ms(*p.slowestAckNs) : QStringLiteral("—"));
    return {};
}

} // namespace

WireFigures TraceComparison::wireFigures(const Run &run)
{
    WireFigures f;
    const QList<Segment> &segments = run.segments;
    qsizetype nextAck = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &g = segments[i];
        if (g.ack || g.bytes <= 0 || g.lost)
            continue;
        ++f.dataSegments;
        f.largestSegment = std::max(f.largestSegment, g.bytes);
        // ACKs are cumulative and in time order: the one covering a later segment comes no
        // earlier than the one covering this one, so the search only moves forward.
        if (nextAck < 0)
            continue; // nothing acknowledged an earlier segment: nothing covers this one
        nextAck = std::max(nextAck, i + 1);
        const qint64 end = g.offset + g.bytes;
        while (
            nextAck < segments.size()
            && (!segments[nextAck].ack || segments[nextAck].lost || segments[nextAck].offset < end))
            ++nextAck;
        if (nextAck == segments.size()) {
            nextAck = -1;
            continue;
        }
        const Segment &ack = segments[nextAck];
        // At the receiver: from the data's arrival to the ACK leaving, without the model's
        // network delay (on loopback both are the same instant).
        const qint64 arrived = g.arriveNs >= 0 ? g.arriveNs : g.tNs;
        f.slowestAckNs
            = std::max(f.slowestAckNs.value_or(0), std::max<qint64>(ack.tNs - arrived, 0));
    }
    return f;
}

std::optional<qint64> TraceComparison::medianRoundTripNs(const Run &requests, const Run &replies)
{
    const QList<qint64> trips = Analysis::roundTripsNs(requests, replies);
    if (trips.isEmpty())
        return std::nullopt;
    return trips[trips.size() / 2];
}

QList<RunComparison> TraceComparison::compare(const Trace &real, const Trace &simulated)
{
    QList<RunComparison> out;
    // Both traces come from the same plan, so runs correspond by position.
    const qsizetype n = std::min(real.runs.size(), simulated.runs.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Run &r = real.runs[i];
        const Run &s = simulated.runs[i];
        RunComparison c;
        c.realRun = int(i);
        c.simRun = int(i);
        c.label = r.label;
        c.protocol = r.protocol;
        for (const MessageFate &f : r.fates)
            c.realFates << f.fate;
        for (const MessageFate &f : s.fates)
            c.simFates << f.fate;
        for (qsizetype m = 0; m < std::min(c.realFates.size(), c.simFates.size()); ++m)
            c.sameFates += c.realFates[m] == c.simFates[m];
        c.real = r.summary;
        c.sim = s.summary;
        c.realDurationNs = r.durationNs;
        c.simDurationNs = s.durationNs;
        if (r.requestsRun >= 0 && r.requestsRun < real.runs.size())
            c.realRoundTripNs = medianRoundTripNs(real.runs[r.requestsRun], r);
        if (s.requestsRun >= 0 && s.requestsRun < simulated.runs.size())
            c.simRoundTripNs = medianRoundTripNs(simulated.runs[s.requestsRun], s);
        c.why = whyTheyDiffer(c, r, s);
        if (r.wire == Wire::Captured && s.wire == Wire::Simulated) {
            c.realWire = wireFigures(r);
            c.simWire = wireFigures(s);
            c.wireWhy = whyTheWireDiffers(c, r, s);
        }
        out << c;
    }
    return out;
}

Trace TraceComparison::combined(const Trace &real, const Trace &simulated, const QList<int> &groups)
{
    Trace out = real;
    out.runs.clear();
    QList<int> realPlace(real.runs.size(), -1);
    QList<int> simPlace(simulated.runs.size(), -1);
    qsizetype r = 0;
    qsizetype s = 0;
    auto take = [&out](const Trace &from, qsizetype &i, qsizetype n, QList<int> &places) {
        for (const qsizetype end = std::min(from.runs.size(), i + n); i < end; ++i) {
            places[i] = int(out.runs.size());
            out.runs.append(from.runs[i]);
        }
    };
    for (int n : groups) {
        take(real, r, n, realPlace);
        take(simulated, s, n, simPlace);
    }
    take(real, r, real.runs.size(), realPlace); // whatever the groups did not cover
    take(simulated, s, simulated.runs.size(), simPlace);
    // A replies run points at its requests run: follow it to its new place.
    for (Run &run : out.runs) {
        if (run.requestsRun < 0)
            continue;
        const QList<int> &places = run.mode == Mode::Sim ? simPlace : realPlace;
        run.requestsRun = run.requestsRun < places.size() ? places[run.requestsRun] : -1;
    }
    return out;
}

std::pair<Trace, Trace> TraceComparison::split(const Trace &combined)
{
    std::pair<Trace, Trace> out{ combined, combined };
    out.first.runs.clear();
    out.second.runs.clear();
    QList<int> newIndex(combined.runs.size(), -1);
    for (qsizetype i = 0; i < combined.runs.size(); ++i) {
        Trace &half = combined.runs[i].mode == Mode::Sim ? out.second : out.first;
        newIndex[i] = int(half.runs.size());
        half.runs.append(combined.runs[i]);
    }
    for (Trace *half : { &out.first, &out.second }) {
        for (Run &run : half->runs) {
            if (run.requestsRun >= 0)
                run.requestsRun
                    = run.requestsRun < newIndex.size() ? newIndex[run.requestsRun] : -1;
        }
    }
    return out;
}

QList<RunComparison> TraceComparison::compare(const Trace &combined)
{
    const auto [real, simulated] = split(combined);
    return compare(real, simulated);
}

bool TraceComparison::hasBothModes(const Trace &trace)
{
    bool real = false;
    bool sim = false;
    for (const Run &run : trace.runs) {
        real = real || run.mode == Mode::Real;
        sim = sim || run.mode == Mode::Sim;
    }
    return real && sim;
}

} // namespace sockscope
