#include "cli/showcommand.h"

#include "analysis/lessonexpectations.h"
#include "cli/commandline.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "io/textreport.h"
#include "io/tracejsonreader.h"

#include <QTextStream>

#include <cstdio>

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
    auto trace = TraceJsonReader::read(parser.positionalArguments().first(), &error);
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
