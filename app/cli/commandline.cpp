#include "cli/commandline.h"
#include "cli/terminaltext.h"

#include "analysis/lessonexpectations.h"
#include "cli/manualpage.h"
#include "cli/observecommand.h"
#include "cli/runcommand.h"
#include "cli/shellcompletion.h"
#include "cli/showcommand.h"
#include "cli/traceoutputs.h"
#include "cli/verbparser.h"
#include "cli/worksheetcommand.h"
#include "io/lessonfile.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"
#include "model/trace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace sockscope {

CommandLine::CommandLine(QStringList arguments) : m_arguments(std::move(arguments))
{ }

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // Anything but an option is a verb (a wrong one gets an error, not a window); options other
    // than our own are left to Qt's GUI (-platform, -style, ...).
    const QString &first = arguments.at(1);
    static const QStringList ours{ QStringLiteral("--help"),    QStringLiteral("-h"),
                                   QStringLiteral("--version"), QStringLiteral("-v"),
                                   QStringLiteral("--manpage"), QStringLiteral("--completion") };
    return !first.startsWith(QLatin1Char('-')) || ours.contains(first);
}

QString CommandLine::language(const QStringList &arguments)
{
    if (arguments.size() > 2 && arguments.at(1) == QLatin1String("--manpage"))
        return arguments.at(2);
    return WorksheetCommand::language(arguments);
}

QList<std::pair<CommandLine::Exit, QString>> CommandLine::exitCodes()
{
    return { { Ok, tr("Done.") },
             { SocketFailure,
               tr("A run failed at the socket level; the files asked for still hold the partial "
                  "trace.") },
             { BadInput,
               tr("Bad input: an unknown verb, flag, lesson or scenario key, a value out of "
                  "range, a file that cannot be read or written. One line on standard error "
                  "names it.") } };
}

const QList<CommandLine::Verb> &CommandLine::verbs()
{
    static const QList<Verb> table{
        { "lessons", &CommandLine::declareLessons, &CommandLine::lessons },
        { "run", [](VerbParser &parser) { RunCommand::declare(parser); }, &RunCommand::exec },
        { "observe", [](VerbParser &parser) { ObserveCommand::declare(parser); },
          &ObserveCommand::exec },
        { "show", [](VerbParser &parser) { ShowCommand::declare(parser); }, &ShowCommand::exec },
        { "keys", &CommandLine::declareKeys, &CommandLine::keys },
        { "worksheet", [](VerbParser &parser) { WorksheetCommand::declare(parser); },
          &WorksheetCommand::exec },
    };
    return table;
}

QCommandLineOption CommandLine::helpOption()
{
    return { { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help.") };
}

void CommandLine::describe(const Verb &verb, VerbParser &parser)
{
    verb.declare(parser);
    parser.addOption(helpOption());
}

bool CommandLine::wantsImages(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        for (const char *flag : { "--png", "--svg", "--pdf" }) {
            if (a == QLatin1String(flag) || a.startsWith(QLatin1String(flag) + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

std::optional<QString> CommandLine::windowLesson(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lesson");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return std::nullopt;
}

int CommandLine::unknownWindowLesson(const QString &name)
{
    // The words of 'sockscope run --lesson', translated once for both.
    return badInput(
        QCoreApplication::translate("sockscope::RunCommand",
                                    "--lesson: no lesson named \"%1\" (see 'sockscope lessons')")
            .arg(name));
}

QString CommandLine::usage()
{
    return tr(
        "Usage:\n"
        "  sockscope [--lesson NAME]      the window, on the default lesson or on NAME\n"
        "  sockscope lessons [--dir DIR] [--save NAME FILE]\n"
        "                                 list the lessons; write one as a lesson file\n"
        "  sockscope run --lesson NAME | --lesson-file FILE | --scenario FILE\n"
        "                [--set key=value]...\n"
        "                [--mode real|sim|both] [--to HOST:PORT [--allow-remote]] [OUTPUTS]\n"
        "  sockscope observe --tcp|--udp --port N [--bind ADDR] [--framing SPEC]\n"
        "                [--recv-size N] [--read-interval-ms MS] [--duration S]\n"
        "                [--relay HOST:PORT] [OUTPUTS]\n"
        "  sockscope show TRACE.json [OUTPUTS]\n"
        "  sockscope worksheet --lesson NAME [--lang en|zh_CN] [--trace FILE] --pdf FILE\n"
        "OUTPUTS: [--json FILE] [--csv FILE] [--chrome-trace FILE] [--png FILE] [--svg FILE]\n"
        "         [--pdf FILE] [--scale 1|2|4] [--quiet]\n"
        "Run 'sockscope VERB --help' for the options of a verb.\n");
}

int CommandLine::badInput(const QString &message)
{
    warn(message);
    return BadInput;
}

void CommandLine::warn(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("sockscope: ") << TerminalText::clean(message)
                        << Qt::endl;
}

std::optional<int> CommandLine::parse(VerbParser &parser, const QStringList &arguments,
                                      const TraceOutputs &outputs, int positional)
{
    if (const auto done = parse(parser, arguments, positional))
        return done;
    if (const QString error = outputs.check(); !error.isEmpty())
        return badInput(error);
    return std::nullopt;
}

std::optional<int> CommandLine::parse(VerbParser &parser, const QStringList &arguments,
                                      int positional)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    QStringList args = arguments;
    const QString verb = args.takeAt(1);
    if (!parser.parse(args))
        return badInput(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream out(stdout);
        out << parser.helpText();
        // run's --set takes the scenario keys: list them after its options.
        if (verb == QLatin1String("run"))
            out << '\n' << keyList();
        return Ok;
    }
    const QStringList extra = parser.positionalArguments();
    if (extra.size() > positional)
        return badInput(tr("%1: unexpected argument \"%2\"").arg(verb, extra.at(positional)));
    if (extra.size() < positional)
        return badInput(tr("%1: missing argument (see 'sockscope %1 --help')").arg(verb));
    return std::nullopt;
}

int CommandLine::finish(const Trace &trace, const TraceOutputs &outputs)
{
    // The files are written even when a run failed: the partial trace is what explains it.
    if (const QString error = outputs.write(trace); !error.isEmpty())
        return badInput(error);
    for (const Run &r : trace.runs) {
        if (!r.error.isEmpty()) {
            warn(tr("%1: %2").arg(r.label, r.error));
            return SocketFailure;
        }
    }
    return Ok;
}

int CommandLine::exec()
{
    QTextStream out(stdout);
    const QString verb = m_arguments.value(1);
    for (const Verb &v : verbs()) {
        if (verb == QLatin1String(v.name)) {
            // The user's own lessons, as the window has them (README "Lesson files").
            for (const QString &warning : LessonFile::loadFolder(LessonFile::userFolder()))
                warn(warning);
            return v.exec(m_arguments);
        }
    }
    if (verb == QLatin1String("--manpage") || verb == QLatin1String("--completion"))
        return printGenerated(verb);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        out << usage();
        return Ok;
    }
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Ok;
    }
    QTextStream(stderr) << usage();
    return badInput(
        tr("unknown command \"%1\" (lessons, run, observe, show, worksheet)").arg(verb));
}

int CommandLine::printGenerated(const QString &what)
{
    QTextStream out(stdout);
    if (what == QLatin1String("--manpage")) {
        // The language (the one argument) was chosen by main() before any text was made.
        if (m_arguments.size() > 3)
            return badInput(tr("%1: unexpected argument \"%2\"").arg(what, m_arguments.at(3)));
        out << ManualPage::roff();
        return Ok;
    }
    const QString shell = m_arguments.value(2);
    if (m_arguments.size() != 3 || !ShellCompletion::shells().contains(shell))
        return badInput(tr("%1: expected one of %2")
                            .arg(what, ShellCompletion::shells().join(QStringLiteral(", "))));
    out << ShellCompletion::script(shell);
    return Ok;
}

namespace {

QCommandLineOption lessonsDirOption()
{
    return { QStringLiteral("dir"),
             CommandLine::tr("Also read the lesson files (*.json) of DIR: they are listed, and "
                             "each file that is not a valid lesson is named with its error."),
             CommandLine::tr("DIR") };
}

QCommandLineOption lessonsSaveOption()
{
    return { QStringLiteral("save"),
             CommandLine::tr("Write lesson NAME (built-in or from a file) as a lesson file FILE "
                             "to start your own from; it takes its name from FILE's name."),
             CommandLine::tr("NAME") };
}

QCommandLineOption lessonsMarkdownOption()
{
    return { QStringLiteral("markdown"),
             CommandLine::tr("Print the ids a lesson file's headline and expectations take, in "
                             "Markdown, as README has them (English).") };
}

} // namespace

void CommandLine::declareLessons(VerbParser &parser)
{
    parser.setApplicationDescription(tr("List the lessons, one line each: the name "
                                        "'run --lesson' takes and what the class sees."));
    parser.addOption(lessonsDirOption(), VerbParser::Value::File);
    parser.addOption(lessonsMarkdownOption());
    parser.addOption(lessonsSaveOption(), VerbParser::Value::Lesson);
    parser.addPositionalArgument(tr("FILE"), tr("With --save: the lesson file to write."),
                                 VerbParser::Value::File);
}

int CommandLine::lessons(const QStringList &arguments)
{
    VerbParser parser(QStringLiteral("lessons"));
    declareLessons(parser);
    const bool saving = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--save") || a.startsWith(QLatin1String("--save="));
    });
    if (const auto done = parse(parser, arguments, saving ? 1 : 0))
        return *done;
    QTextStream out(stdout);
    if (parser.isSet(lessonsMarkdownOption())) {
        out << LessonExpectations::markdownTable();
        return Ok;
    }
    int exit = Ok;
    if (parser.isSet(lessonsDirOption())) {
        const QString dir = parser.value(lessonsDirOption());
        if (!QFileInfo(dir).isDir())
            return badInput(tr("--dir: \"%1\" is not a folder").arg(dir));
        // Every file's error, then the list with the files that read.
        const QStringList warnings = LessonFile::loadFolder(dir);
        for (const QString &warning : warnings)
            warn(warning);
        if (!warnings.isEmpty())
            exit = BadInput;
    }
    if (saving) {
        const QString name = parser.value(lessonsSaveOption());
        const Lesson *lesson = LessonCatalogue::find(name);
        if (!lesson)
            return badInput(
                tr("--save: no lesson named \"%1\" (see 'sockscope lessons')").arg(name));
        const QString path = parser.positionalArguments().constFirst();
        Lesson saved = *lesson;
        if (!saved.fromFile()) // its claims by id, before it takes the file's name
            saved.checks = LessonExpectations::checksOf(saved.name);
        saved.name = lesson->fromFile() && QFileInfo(path).absoluteFilePath() == lesson->file
            ? lesson->name
            : LessonFile::nameForPath(path);
        if (const QString error = LessonFile::write(saved, path); !error.isEmpty())
            return badInput(error);
        return exit;
    }
    const QList<const Lesson *> lessons = LessonCatalogue::everyLesson();
    int width = 0;
    for (const Lesson *lesson : lessons)
        width = std::max(width, int(lesson->name.size()));
    for (const Lesson *lesson : lessons) {
        out << lesson->name.leftJustified(width + 2) << lesson->translatedSummary();
        if (lesson->name == LessonCatalogue::defaultLesson())
            out << ' ' << tr("(default)");
        if (lesson->fromFile())
            out << ' ' << tr("(file: %1)").arg(QDir::toNativeSeparators(lesson->file));
        out << '\n';
    }
    out.flush();
    return exit;
}

QString CommandLine::keyList()
{
    const Scenario defaults;
    qsizetype width = 0;
    for (const ScenarioKey &key : ScenarioKey::all())
        width = std::max(width, key.key().size());
    QString text = tr("Scenario keys, for --set key=value and scenario files:") + QLatin1Char('\n');
    for (const ScenarioKey &key : ScenarioKey::all()) {
        // The summaries are Markdown for README; plain text here.
        const QString summary = key.translatedSummary().remove(QLatin1Char('`'));
        const QString range = key.rangeText();
        const QString value = key.text(defaults);
        text += QStringLiteral("  ") + key.key().leftJustified(width + 2) + summary
            + QLatin1Char(' ')
            + (range.isEmpty() ? tr("(default %1)").arg(value)
                               : tr("(%1; default %2)").arg(range, value))
            + QLatin1Char('\n');
    }
    return text;
}

QCommandLineOption CommandLine::markdownOption()
{
    return { QStringLiteral("markdown"),
             tr("Print the table of the keys in Markdown, as README has it (English).") };
}

void CommandLine::declareKeys(VerbParser &parser)
{
    parser.setApplicationDescription(
        tr("List the scenario keys that --set and scenario files take: meaning, range, default."));
    parser.addOption(markdownOption());
}

int CommandLine::keys(const QStringList &arguments)
{
    VerbParser parser(QStringLiteral("keys"));
    declareKeys(parser);
    if (const auto done = parse(parser, arguments))
        return *done;
    QTextStream(stdout) << (parser.isSet(markdownOption()) ? ScenarioKey::markdownTable()
                                                           : keyList());
    return Ok;
}

} // namespace sockscope
