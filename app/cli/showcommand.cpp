#include "cli/showcommand.h"

#include "analysis/lessonexpectations.h"
#include "cli/commandline.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "io/textreport.h"
#include "io/tracejsonreader.h"

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
TraceJsonReader::Progress ShowCommand::readingProgress(const QString &path)
{
    if (isatty(STDERR_FILENO) == 0)
        return {};
    return [path, shown = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent == shown)
            return;
        shown = percent;
        const QString line = tr("reading %1: %2% of %3 MB")
                                 .arg(path)
                                 .arg(percent)
                                 .arg(double(total) / 1e6, 0, 'f', 0);
        std::fprintf(stderr, "\r\x1b[Ksockscope: %s",
                     TerminalText::clean(line).toLocal8Bit().constData());
        std::fflush(stderr);
    };
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
    auto trace = TraceJsonReader::read(path, &error, readingProgress(path));
    if (isatty(STDERR_FILENO) != 0) {
        std::fputs("\r\x1b[K", stderr); // the progress line goes
        std::fflush(stderr);
    }
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
