#include "showcommand.h"

#include "commandline.h"
#include "textreport.h"
#include "tracejsonreader.h"
#include "traceoutputs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace sockscope {

int ShowCommand::exec(const QStringList &arguments)
{
    QTextStream out(stdout);
    auto tr = [](const char *text) { return QCoreApplication::translate("sockscope::ShowCommand", text); };

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({quietOpt, helpOpt});
    const TraceOutputs outputs(parser);
    parser.addPositionalArgument(QStringLiteral("trace"), tr("A trace JSON file written by --json."));
    if (!parser.parse(CommandLine::verbArguments(arguments)))
        return CommandLine::badInput(parser.errorText());
    if (parser.isSet(helpOpt)) {
        out << parser.helpText();
        return CommandLine::Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return CommandLine::badInput(tr("show: give exactly one trace file"));
    if (const QString error = outputs.check(); !error.isEmpty())
        return CommandLine::badInput(error);

    QString error;
    const auto trace = TraceJsonReader::read(parser.positionalArguments().first(), &error);
    if (!trace)
        return CommandLine::badInput(error);
    if (!parser.isSet(quietOpt))
        out << TextReport::render(*trace) << Qt::flush;
    // A saved run that failed was already reported when it was recorded: showing it succeeds.
    if (const QString e = outputs.write(*trace); !e.isEmpty())
        return CommandLine::badInput(e);
    return CommandLine::Ok;
}

} // namespace sockscope
