#include "databench.h"

#include "analysis/analysis.h"
#include "cpuclock.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "model/lesson.h"
#include "sim/simulator.h"
#include "synthetictrace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

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

void DataBench::run(BenchReport &report, bool quick, const QString &program)
{
    analysis(report, 1'000'000, quick ? 3 : 10);
    json(report, 1'000'000, quick ? 3 : 10);
    jsonRead(report, program, 1'000'000, quick ? 3 : 5);
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

namespace {

// A field of /proc/self/status in bytes ("VmRSS", "VmHWM").
qint64 statusBytes(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

int DataBench::readChild(const char *path)
{
    const qint64 before = statusBytes("VmRSS");
    CpuClock timer;
    QString error;
    const auto trace = TraceJsonReader::read(QString::fromLocal8Bit(path), &error);
    const qint64 ns = timer.elapsedNs();
    if (!trace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld %lld\n", static_cast<long long>(ns),
                static_cast<long long>(statusBytes("VmHWM") - before));
    return 0;
}

// A saved trace of `messages` messages (half TCP, half UDP, as `run` writes it) read back to a
// drawable trace, each time in a fresh process so that its peak memory is the reader's alone.
// The file is in the page cache (just written): what is measured is the reader, not the disk.
void DataBench::jsonRead(BenchReport &report, const QString &program, int messages, int rounds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.json"));
    qint64 bytes = 0;
    {
        Trace trace = SyntheticTrace::make(2 * messages);
        for (Run &run : trace.runs)
            Analysis::analyse(run);
        const QByteArray json = TraceJsonWriter::toJson(trace);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            report.note(QStringLiteral("json_read_mb_per_s: cannot write %1").arg(path));
            return;
        }
        bytes = json.size();
    }
    // To profile the reader on the same file: sockscope-bench --read-child <kept file>.
    if (const QByteArray keep = qgetenv("SOCKSCOPE_BENCH_KEEP_READ_JSON"); !keep.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(keep));
    double bestNs = 1e300;
    qint64 peak = 0;
    for (int i = 0; i < rounds; ++i) {
        QProcess child;
        child.start(program, { QStringLiteral("--read-child"), path });
        if (!child.waitForFinished(600'000) || child.exitCode() != 0) {
            report.note(QStringLiteral("json_read_mb_per_s: the child failed: %1")
                            .arg(QString::fromLocal8Bit(child.readAllStandardError())));
            return;
        }
        const QList<QByteArray> out = child.readAllStandardOutput().trimmed().split(' ');
        bestNs = std::min(bestNs, out.value(0).toDouble());
        peak = std::max(peak, out.value(1).toLongLong());
    }
    report.note(QStringLiteral("json_read_mb_per_s: %1 MB of JSON, %2 messages; peak RSS growth "
                               "%3 MB")
                    .arg(double(bytes) / 1e6, 0, 'f', 1)
                    .arg(messages)
                    .arg(double(peak) / 1e6, 0, 'f', 1));
    report.figure("json_read_mb_per_s", double(bytes) * 1e9 / bestNs / 1e6, "MB/s", 300,
                  BenchReport::Better::Higher);
    report.figure("json_read_peak_rss_ratio", double(peak) / double(bytes), "x", 1.0,
                  BenchReport::Better::Lower);
}

void DataBench::simulator(BenchReport &report, int messages)
{
    Scenario s;
    s.protocol = Scenario::Protocols::Udp;
    s.count = messages;
    s.loss = 0.01;
    CpuClock timer;
    const QList<Run> runs = Simulator::simulate(PlannedRun{ QString(), s });
    const auto ns = double(timer.elapsedNs());
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
