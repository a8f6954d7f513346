#include "commandline.h"

#include "lessoncatalogue.h"
#include "session.h"
#include "signalstopper.h"
#include "stopsignal.h"
#include "textreport.h"
#include "tracecsvwriter.h"
#include "tracejsonwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::CommandLine", text);
}

} // namespace

CommandLine::CommandLine(const QStringList &arguments)
    : m_arguments(arguments), m_out(stdout), m_err(stderr)
{
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // Anything but an option is a verb (a wrong one gets an error, not a window); options other
    // than our own are left to Qt's GUI (-platform, -style, ...).
    const QString &first = arguments.at(1);
    static const QStringList ours{QStringLiteral("--help"), QStringLiteral("-h"),
                                  QStringLiteral("--version"), QStringLiteral("-v")};
    return !first.startsWith(QLatin1Char('-')) || ours.contains(first);
}

bool CommandLine::wantsImages(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        for (const char *flag : {"--png", "--svg", "--pdf"}) {
            if (a == QLatin1String(flag) || a.startsWith(QLatin1String(flag) + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

QString CommandLine::usage() const
{
    return tr("Usage:\n"
              "  sockscope                      the window, on the default lesson\n"
              "  sockscope lessons              list the lessons\n"
              "  sockscope run --lesson NAME | --scenario FILE [--set key=value]...\n"
              "                [--mode real] [--json FILE] [--csv FILE] [--quiet]\n"
              "Run 'sockscope run --help' for the options of run.\n");
}

int CommandLine::badInput(const QString &message)
{
    m_err << QStringLiteral("sockscope: ") << message << Qt::endl;
    return BadInput;
}

int CommandLine::exec()
{
    const QString verb = m_arguments.value(1);
    if (verb == QLatin1String("lessons"))
        return lessons();
    if (verb == QLatin1String("run"))
        return run();
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_out << usage();
        return Ok;
    }
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Ok;
    }
    m_err << usage();
    return badInput(tr("unknown command \"%1\" (lessons, run)").arg(verb));
}

int CommandLine::lessons()
{
    if (m_arguments.size() > 2)
        return badInput(tr("lessons takes no arguments, got \"%1\"").arg(m_arguments.at(2)));
    int width = 0;
    for (const Lesson &lesson : LessonCatalogue::all())
        width = std::max(width, int(lesson.name.size()));
    for (const Lesson &lesson : LessonCatalogue::all()) {
        m_out << lesson.name.leftJustified(width + 2) << lesson.translatedSummary();
        if (lesson.name == LessonCatalogue::defaultLesson())
            m_out << ' ' << tr("(default)");
        m_out << '\n';
    }
    m_out.flush();
    return Ok;
}

int CommandLine::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a lesson or a scenario with real loopback sockets."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption lessonOpt(QStringLiteral("lesson"), tr("Lesson to run (see 'sockscope lessons')."), tr("NAME"));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), tr("Scenario file (JSON) to run."), tr("FILE"));
    const QCommandLineOption setOpt(QStringLiteral("set"), tr("Override a scenario key; repeatable."), tr("key=value"));
    const QCommandLineOption modeOpt(QStringLiteral("mode"), tr("real: loopback sockets."), tr("MODE"), QStringLiteral("real"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write the trace JSON to FILE."), tr("FILE"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), tr("Write one CSV row per event to FILE."), tr("FILE"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({lessonOpt, scenarioOpt, setOpt, modeOpt, jsonOpt, csvOpt, quietOpt, helpOpt});

    QStringList args = m_arguments;
    args.removeAt(1); // the verb
    if (!parser.parse(args))
        return badInput(parser.errorText());
    if (parser.isSet(helpOpt)) {
        m_out << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return badInput(tr("run: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(lessonOpt) && parser.isSet(scenarioOpt))
        return badInput(tr("run: give either --lesson or --scenario, not both"));
    if (const QString mode = parser.value(modeOpt); mode != QLatin1String("real"))
        return badInput(tr("--mode: \"%1\" is not available; this build runs real sockets only (--mode real)")
                            .arg(mode));

    const QString lessonName = parser.isSet(scenarioOpt)
        ? QString()
        : parser.value(lessonOpt).isEmpty() ? LessonCatalogue::defaultLesson() : parser.value(lessonOpt);
    const Lesson *lesson = nullptr;
    Scenario scenario;
    if (!lessonName.isEmpty()) {
        lesson = LessonCatalogue::find(lessonName);
        if (!lesson)
            return badInput(tr("--lesson: no lesson named \"%1\" (see 'sockscope lessons')").arg(lessonName));
        scenario = lesson->scenario;
    } else {
        QString error;
        const auto loaded = Scenario::fromFile(parser.value(scenarioOpt), &error);
        if (!loaded)
            return badInput(tr("--scenario: %1").arg(error));
        scenario = *loaded;
    }
    QStringList userKeys;
    for (const QString &assignment : parser.values(setOpt)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return badInput(tr("--set: expected key=value, got \"%1\"").arg(assignment));
        const QString key = assignment.left(eq).trimmed();
        if (const QString error = scenario.set(key, assignment.mid(eq + 1)); !error.isEmpty())
            return badInput(tr("--set: %1").arg(error));
        userKeys << key;
    }
    const QList<PlannedRun> plan = lesson ? lesson->plan(scenario, userKeys)
                                          : QList<PlannedRun>{PlannedRun{QString(), scenario}};
    for (const PlannedRun &planned : plan) {
        if (const QString error = planned.scenario.validate(); !error.isEmpty())
            return badInput(tr("--set: %1").arg(error));
    }

    StopSignal stop;
    SignalStopper ctrlC(stop); // Ctrl+C stops the run and keeps the trace so far
    const Trace trace = Session::run(plan, lessonName, stop, nullptr);

    if (!parser.isSet(quietOpt))
        m_out << TextReport::render(trace) << Qt::flush;
    if (const int exit = writeOutputs(trace, parser.value(jsonOpt), parser.value(csvOpt), {}, {});
        exit != Ok)
        return exit;
    for (const Run &r : trace.runs) {
        if (!r.error.isEmpty()) {
            m_err << QStringLiteral("sockscope: ") << tr("%1: %2").arg(r.label, r.error) << Qt::endl;
            return SocketFailure;
        }
    }
    return Ok;
}

int CommandLine::writeOutputs(const Trace &trace, const QString &json, const QString &csv,
                              const QString &png, const QString &svg)
{
    Q_UNUSED(png);
    Q_UNUSED(svg);
    QString error;
    if (!json.isEmpty())
        error = TraceJsonWriter::write(trace, json);
    if (error.isEmpty() && !csv.isEmpty())
        error = TraceCsvWriter::write(trace, csv);
    if (!error.isEmpty()) {
        m_err << QStringLiteral("sockscope: ") << error << Qt::endl;
        return BadInput;
    }
    return Ok;
}

} // namespace sockscope
