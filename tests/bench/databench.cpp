#include "databench.h"

#include "analysis/analysis.h"
#include "cpuclock.h"
#include "io/tracejsonwriter.h"
#include "model/lesson.h"
#include "sim/simulator.h"
#include "synthetictrace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace sockscope::bench {

namespace {

qsizetype eventCount(const Trace &trace)
{
    qsizetype events = 0;
    for (const Run &run : trace.runs)
        events += run.sends.size() + run.recvs.size();
    return events;
}

} // namespace

void DataBench::run(BenchReport &report, bool quick)
{
    analysis(report, 1'000'000, quick ? 3 : 10);
    json(report, 1'000'000, quick ? 3 : 10);
    simulator(report, 1'000'000);
    validation(report);
}

void DataBench::validation(BenchReport &report)
{
    QJsonArray templates;
    for (int n = 0; n < 1'000'000; ++n)
        templates.append(QStringLiteral("message %1 of {n}").arg(n));
    const QJsonObject json{ { QStringLiteral("payload"), templates },
                            { QStringLiteral("count"), 1'000'000 },
                            { QStringLiteral("size"), 16 * 1024 * 1024 } };
    CpuClock timer;
    QString error;
    const bool accepted = Scenario::fromJson(json, &error).has_value();
    const double ms = double(timer.elapsedNs()) / 1e6;
    report.note(QStringLiteral("validate_million_templates_ms: %1")
                    .arg(accepted ? QStringLiteral("accepted?!") : error));
    report.figure("validate_million_templates_ms", ms, "ms", 1000, BenchReport::Better::Lower);
}

void DataBench::analysis(BenchReport &report, int events, int rounds)
{
    const Trace trace = SyntheticTrace::make(events);
    const qsizetype n = eventCount(trace);
    double best = 1e300;
    for (int i = 0; i < rounds; ++i) {
        Trace copy = trace;
        CpuClock timer;
        for (Run &run : copy.runs)
            Analysis::analyse(run);
        best = std::min(best, double(timer.elapsedNs()));
    }
    report.figure("analysis_events_per_s", double(n) * 1e9 / best / 1e6, "M/s", 20,
                  BenchReport::Better::Higher);
}

void DataBench::json(BenchReport &report, int events, int rounds)
{
    Trace trace = SyntheticTrace::make(events);
    for (Run &run : trace.runs)
        Analysis::analyse(run);
    double best = 1e300;
    qsizetype bytes = 0;
    for (int i = 0; i < rounds; ++i) {
        CpuClock timer;
        const QByteArray json = TraceJsonWriter::toJson(trace);
        best = std::min(best, double(timer.elapsedNs()));
        bytes = json.size();
    }
    report.note(QStringLiteral("json_write_mb_per_s: %1 MB of JSON for %2 events")
                    .arg(double(bytes) / 1e6, 0, 'f', 1)
                    .arg(eventCount(trace)));
    report.figure("json_write_mb_per_s", double(bytes) * 1e9 / best / 1e6, "MB/s", 200,
                  BenchReport::Better::Higher);
}

void DataBench::simulator(BenchReport &report, int messages)
{
    Scenario s;
    s.protocol = Scenario::Protocols::Udp;
    s.count = messages;
    s.loss = 0.01;
    CpuClock timer;
    const QList<Run> runs = Simulator::simulate(PlannedRun{ QString(), s });
    const double ns = double(timer.elapsedNs());
    qsizetype events = 0;
    for (const Run &run : runs)
        events += run.sends.size() + run.recvs.size() + run.segments.size();
    report.note(QStringLiteral(
                    "sim_events_per_s: %1 sends, recvs and wire segments from %2 messages in %3 ms")
                    .arg(events)
                    .arg(messages)
                    .arg(ns / 1e6, 0, 'f', 0));
    report.figure("sim_events_per_s", double(events) * 1e9 / ns / 1e6, "M/s", 5,
                  BenchReport::Better::Higher);
}

} // namespace sockscope::bench
