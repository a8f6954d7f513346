#include "showcommand.h"

#include "commandline.h"
#include "textreport.h"
#include "timelineexporter.h"
#include "tracejsonreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace sockscope {

int ShowCommand::exec(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto bad = [&err](const QString &message) {
        err << QStringLiteral("sockscope: ") << message << Qt::endl;
        return int(CommandLine::BadInput);
    };
    auto tr = [](const char *text) { return QCoreApplication::translate("sockscope::ShowCommand", text); };

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption pngOpt(QStringLiteral("png"), tr("Write the timeline as a PNG image."), tr("FILE"));
    const QCommandLineOption svgOpt(QStringLiteral("svg"), tr("Write the timeline as an SVG image."), tr("FILE"));
    const QCommandLineOption pdfOpt(QStringLiteral("pdf"), tr("Write the timeline as a PDF page."), tr("FILE"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"), tr("PNG pixels per point: 1, 2 or 4."), tr("N"),
                                      QStringLiteral("1"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({pngOpt, svgOpt, pdfOpt, scaleOpt, quietOpt, helpOpt});
    parser.addPositionalArgument(QStringLiteral("trace"), tr("A trace JSON file written by --json."));
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args))
        return bad(parser.errorText());
    if (parser.isSet(helpOpt)) {
        out << parser.helpText();
        return CommandLine::Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return bad(tr("show: give exactly one trace file"));
    const QString scale = parser.value(scaleOpt);
    if (scale != QLatin1String("1") && scale != QLatin1String("2") && scale != QLatin1String("4"))
        return bad(tr("--scale: expected 1, 2 or 4, got \"%1\"").arg(scale));

    QString error;
    const auto trace = TraceJsonReader::read(parser.positionalArguments().first(), &error);
    if (!trace)
        return bad(error);
    if (!parser.isSet(quietOpt))
        out << TextReport::render(*trace) << Qt::flush;
    TimelineExportOptions options;
    options.scale = scale.toDouble();
    QString e;
    if (parser.isSet(pngOpt))
        e = TimelineExporter::exportPng(*trace, parser.value(pngOpt), options);
    if (e.isEmpty() && parser.isSet(svgOpt))
        e = TimelineExporter::exportSvg(*trace, parser.value(svgOpt), options);
    if (e.isEmpty() && parser.isSet(pdfOpt))
        e = TimelineExporter::exportPdf(*trace, parser.value(pdfOpt), options);
    if (!e.isEmpty())
        return bad(e);
    return CommandLine::Ok;
}

} // namespace sockscope
