#pragma once

#include "cli/traceoutputs.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

namespace sockscope {

struct PlannedRun;
class VerbParser;

// `sockscope run`: a lesson or a scenario file, with --set overrides, on real loopback sockets
// (--mode real), the simulated network (sim) or both side by side; --to points the sender at an
// external server instead (send-to mode).
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::RunCommand)

public:
    // arguments: the whole command line, verb included. Returns the process exit code.
    static int exec(const QStringList &arguments);

    // run's options, declared on a parser by declare(): exec() parses with them, the manual
    // page and the shell completion list them.
    struct Options
    {
        QCommandLineOption lesson;
        QCommandLineOption scenario;
        QCommandLineOption set;
        QCommandLineOption mode;
        QCommandLineOption quiet;
        TraceOutputs outputs;
        QCommandLineOption to;
        QCommandLineOption allowRemote;
        QCommandLineOption maxEvents;
        QCommandLineOption lessonFile;
    };
    static Options declare(VerbParser &parser);

private:
    static int sendTo(const QList<PlannedRun> &plan, const QString &lesson, const QString &target,
                      bool allowRemote, const TraceOutputs &outputs, bool quiet);
};

} // namespace sockscope
