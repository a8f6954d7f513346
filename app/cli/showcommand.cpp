#include "cli/showcommand.h"

#include "analysis/lessonexpectations.h"
#include "cli/commandline.h"
#include "cli/signalstopper.h"
#include "cli/terminalprogress.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "io/textreport.h"
#include "io/tracejsonreader.h"
#include "record/stopsignal.h"

#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace sockscope {

ShowCommand::Options ShowCommand::declare(VerbParser &parser)
{
    parser.setApplicationDescription(
        tr("Show a saved trace again exactly as it was recorded: the table, the lesson's claims "
           "judged again from its data, and any of the outputs."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    parser.addOption(quietOpt);
    TraceOutputs outputs(parser);
    outputs.addUntil();
    parser.addPositionalArgument(QStringLiteral("trace"),
                                 tr("A trace JSON file written by --json."),
                                 VerbParser::Value::File);
    return { quietOpt, outputs };
}

// How far reading a large trace is, on one line of the terminal, only when stderr is one: a
// script or a pipe gets the same output as ever.
ProgressMeter::Callback ShowCommand::readingProgress(const TerminalProgress &progress,
                                                     const QString &path)
{
    return progress.callback([path](qint64 done, qint64 total) {
        return tr("reading %1: %2% of %3 MB")
            .arg(path)
            .arg(total > 0 ? int(done * 100 / total) : 0)
            .arg(double(total) / 1e6, 0, 'f', 0);
    });
}

int ShowCommand::exec(const QStringList &arguments)
{
    QTextStream out(stdout);
    VerbParser parser(QStringLiteral("show"));
    const Options declared = declare(parser);
    const QCommandLineOption &quietOpt = declared.quiet;
    const TraceOutputs &outputs = declared.outputs;
    if (const auto done = CommandLine::parse(parser, arguments, outputs, 1))
        return *done;

    QString error;
    const QString path = parser.positionalArguments().first();
    // Ctrl+C while reading stops the read; while writing, cancels the file being written
    // (TraceOutputs), which is then left as it was.
    StopSignal stop;
    SignalStopper ctrlC(stop);
    std::optional<Trace> trace;
    {
        TerminalProgress progress(STDERR_FILENO, std::chrono::milliseconds(0));
        progress.setStop([&stop] { return stop.isStopped(); });
        trace = TraceJsonReader::read(path, &error, readingProgress(progress, path));
    } // the progress line goes
    if (!trace)
        return CommandLine::badInput(error);
    // The lesson's claims are judged by the trace's data, not by what the file says of them.
    LessonExpectations::judge(*trace);
    if (!parser.isSet(quietOpt))
        out << TerminalText::clean(TextReport::render(*trace, outputs.encoding())) << Qt::flush;
    // A saved run that failed was already reported when it was recorded: showing it succeeds.
    if (const QString e = outputs.write(*trace); !e.isEmpty())
        return CommandLine::badInput(e);
    return CommandLine::Ok;
}

} // namespace sockscope
