#pragma once

#include "cli/traceoutputs.h"
#include "util/progressmeter.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

namespace sockscope {

class TerminalProgress;
class VerbParser;

// `sockscope show TRACE.json [--png F] [--svg F] [--pdf F] [--quiet]`: a saved trace renders
// again exactly as recorded (a teacher prepares traces before class), as the table and as images.
class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ShowCommand)

public:
    // arguments: the whole command line, verb included. Returns the process exit code.
    static int exec(const QStringList &arguments);

    // show's options and its one argument, declared on a parser by declare(): exec() parses
    // with them, the manual page and the shell completion list them.
    struct Options
    {
        QCommandLineOption quiet;
        TraceOutputs outputs;
    };
    static Options declare(VerbParser &parser);

private:
    static ProgressMeter::Callback readingProgress(const TerminalProgress &progress,
                                                   const QString &path);
};

} // namespace sockscope
