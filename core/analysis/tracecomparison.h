#pragma once

#include "model/trace.h"

#include <optional>
#include <utility>

namespace sockscope {

// A run's wire lane in numbers, for comparing the captured packets with the model's.
struct WireFigures
{
    int dataSegments = 0; // segments that carried bytes (retransmissions included)
    qint64 largestSegment = 0; // bytes
    // The receiver's longest wait from a data segment arriving to the first ACK that covers its
    // last byte leaving: a delayed ACK shows as ~40 ms (nullopt: nothing was acknowledged).
    std::optional<qint64> slowestAckNs;
};

// One run observed on loopback next to the same run predicted by the simulator.
struct RunComparison
{
    int realRun = -1; // index in the real trace's runs
    int simRun = -1; // index in the simulated trace's runs
    QString label;
    Protocol protocol = Protocol::Tcp;
    QList<Fate> realFates; // per message
    QList<Fate> simFates;
    int sameFates = 0; // messages whose fate agrees
    Summary real;
    Summary sim;
    qint64 realDurationNs = 0;
    qint64 simDurationNs = 0;
    std::optional<qint64> realRoundTripNs; // replies runs: median request → reply round trip
    std::optional<qint64> simRoundTripNs;
    QString why; // one line on the main difference; empty when they agree
    // Both runs have a wire lane (the real one captured): the packets compared.
    std::optional<WireFigures> realWire;
    std::optional<WireFigures> simWire;
    QString wireWhy; // why the packets differ; empty when they agree or there is no capture

    bool fatesAgree() const
    {
        return sameFates == realFates.size() && realFates.size() == simFates.size();
    }
};

// Predicted vs observed: pairs the runs of a real and a simulated trace of the same
// plan and says where they agree and, in one line, why they differ. Pure data for the CLI's
// table (ComparisonReport) and the GUI's side-by-side view.
class TraceComparison
{
public:
    static QList<RunComparison> compare(const Trace &real, const Trace &simulated);

    // Both traces in one (each run keeps its mode), for the timeline and a single export. groups
    // are the runs per PlannedRun: group by group, its real runs and then its simulated ones, so
    // that a real run and its prediction are neighbours. No groups: all real runs first.
    static Trace combined(const Trace &real, const Trace &simulated, const QList<int> &groups = {});
    // The inverse: the real and the simulated runs of a combined trace, each in its own order.
    static std::pair<Trace, Trace> split(const Trace &combined);
    // Both halves of a combined trace, compared.
    static QList<RunComparison> compare(const Trace &combined);
    static bool hasBothModes(const Trace &trace);

    static WireFigures wireFigures(const Run &run);

    // Median over requests of first send of request n → end of the last recv holding reply n.
    static std::optional<qint64> medianRoundTripNs(const Run &requests, const Run &replies);
};

} // namespace sockscope
