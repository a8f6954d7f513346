// Soak: runs the side-by-side lesson in a loop, as a classroom would for an hour, and
// reports RSS, open descriptors and threads at the start and the end. Not in the default test
// run: `ctest -L soak` in a build configured with -DSOCKSCOPE_SOAK=ON, or run it directly:
//   build/tests/soak/sockscope_soak [--minutes N]       (default 10)
// Exits 1 when descriptors or threads grew, or RSS grew by more than 32 MiB.

#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace sockscope;

namespace {

struct Usage
{
    qint64 rssKiB = 0;
    qsizetype fds = 0;
    qsizetype threads = 0;
};

qsizetype entries(const char *dir)
{
    return QDir(QLatin1String(dir)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size();
}

Usage usage()
{
    Usage u;
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly))
        u.rssKiB = statm.readAll().split(' ').value(1).toLongLong() * 4;
    u.fds = entries("/proc/self/fd");
    u.threads = entries("/proc/self/task");
    return u;
}

void print(const char *when, const Usage &u, int runs)
{
    std::printf("%-6s runs %6d  RSS %8lld KiB  fds %4lld  threads %3lld\n", when, runs, u.rssKiB,
                qint64(u.fds), qint64(u.threads));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SockScope soak: the side-by-side lesson in a loop."));
    const QCommandLineOption minutesOpt(QStringLiteral("minutes"),
                                        QStringLiteral("How long (default 10)."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(minutesOpt);
    parser.addHelpOption();
    parser.process(app);
    bool ok = false;
    const double minutes = parser.value(minutesOpt).toDouble(&ok);
    if (!ok || minutes <= 0) {
        std::fprintf(stderr, "sockscope_soak: --minutes: expected a positive number\n");
        return 2;
    }

    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    const QList<PlannedRun> plan = lesson->plan(lesson->scenario);
    // One run first, so lazily created state (translations, allocator pools) is in the baseline.
    StopSignal warmUp;
    PlanRunner::run(plan, lesson->name, Mode::Real, warmUp);
    const Usage start = usage();
    print("start", start, 0);

    QElapsedTimer timer;
    timer.start();
    const qint64 budgetMs = qint64(minutes * 60'000);
    int runs = 0;
    int failed = 0;
    qint64 lastReportMs = 0;
    while (timer.elapsed() < budgetMs) {
        StopSignal stop;
        const Trace trace = PlanRunner::run(plan, lesson->name, Mode::Real, stop);
        ++runs;
        for (const Run &run : trace.runs)
            failed += !run.error.isEmpty()
                || (run.protocol == Protocol::Tcp && !run.summary.conserved);
        if (timer.elapsed() - lastReportMs >= 60'000) {
            lastReportMs = timer.elapsed();
            print("now", usage(), runs);
        }
    }
    const Usage end = usage();
    print("end", end, runs);
    std::printf("failed runs: %d\n", failed);
    const bool grew = end.fds > start.fds || end.threads > start.threads
        || end.rssKiB - start.rssKiB > 32 * 1024;
    if (grew)
        std::printf("FAIL: resources grew\n");
    return grew || failed > 0 ? 1 : 0;
}
