#include "benchreport.h"
#include "databench.h"
#include "drawbench.h"
#include "guibench.h"
#include "observebench.h"
#include "recordbench.h"
#include "util/heappolicy.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstring>

// sockscope-bench [--quick] [--only record|memory|observe|data|draw|gui]: the figures of README
// "Performance", one JSON object per line on stdout. It reports; it is not a test: missed goals
// exit 0.
int main(int argc, char *argv[])
{
    using namespace sockscope::bench;
    sockscope::HeapPolicy::apply();
    if (argc > 1 && std::strcmp(argv[1], "--startup-child") == 0)
        return GuiBench::startupChild(argc, argv);
    if (argc > 2 && std::strcmp(argv[1], "--read-child") == 0)
        return DataBench::readChild(argv[2]);

    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const qsizetype only = args.indexOf(QStringLiteral("--only"));
    const QString part = only > 0 && only + 1 < args.size() ? args.at(only + 1) : QString();
    const QStringList known{ QStringLiteral("record"),  QStringLiteral("memory"),
                             QStringLiteral("observe"), QStringLiteral("data"),
                             QStringLiteral("draw"),    QStringLiteral("gui") };
    if (args.contains(QStringLiteral("--help")) || (only > 0 && !known.contains(part))) {
        std::fprintf(stderr,
                     "usage: sockscope-bench [--quick] "
                     "[--only record|memory|observe|data|draw|gui]\n");
        return args.contains(QStringLiteral("--help")) ? 0 : 2;
    }
    const auto wanted
        = [&part](const char *name) { return part.isEmpty() || part == QLatin1String(name); };

    BenchReport report;
    QElapsedTimer timer;
    timer.start();
    if (wanted("record"))
        RecordBench::run(report, quick);
    else if (part == QLatin1String("memory"))
        RecordBench::memory(report, 1'000'000); // bytes_per_event alone, part of record
    if (wanted("observe"))
        ObserveBench::run(report, quick);
    if (wanted("data"))
        DataBench::run(report, quick, QCoreApplication::applicationFilePath());
    if (wanted("draw"))
        DrawBench::run(report, quick);
    if (wanted("gui"))
        GuiBench::run(report, QCoreApplication::applicationFilePath(), quick);
    report.note(QStringLiteral("%1 goal(s) missed; suite took %2 s")
                    .arg(report.missed())
                    .arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return 0;
}
