#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <QCommandLineOption>
#include <QList>

#include <optional>

namespace sockscope {

struct Trace;
class TraceOutputs;
class VerbParser;

// The command line (README, "Using it"): lessons, run, observe, show, keys, worksheet (verbs()
// is the one table of them; run, observe, show and worksheet have a class each beside this
// one). Exit codes: 0 done, 1 the run failed at the socket level (the partial trace is still
// written), 2 bad input (one line naming it). Two hidden options serve the build: --manpage
// [LANGUAGE] prints the manual page (ManualPage), --completion bash the shell completion
// (ShellCompletion), both made from the verbs' own parsers.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::CommandLine)

public:
    enum Exit { Ok = 0, SocketFailure = 1, BadInput = 2 };
    // Every exit code with its meaning, in the current language (the manual page lists them).
    static QList<std::pair<Exit, QString>> exitCodes();

    // A verb: its name, the options it declares on its parser (exec() parses with exactly
    // these) and what runs it.
    struct Verb
    {
        const char *name;
        void (*declare)(VerbParser &parser);
        int (*exec)(const QStringList &arguments);
    };
    static const QList<Verb> &verbs();
    // A verb's parser as exec() sees it: the verb's options and -h/--help.
    static void describe(const Verb &verb, VerbParser &parser);

    explicit CommandLine(QStringList arguments);
    // True when the arguments ask for a CLI verb (or --help/--version) rather than the GUI.
    static bool wantsCommandLine(const QStringList &arguments);
    // The language the output is asked in: the argument of --manpage ("en", "zh_CN") or of
    // worksheet's --lang, else empty (the system's, LANG).
    static QString language(const QStringList &arguments);
    // True when the command will draw images (and so needs a QGuiApplication).
    static bool wantsImages(const QStringList &arguments);
    // The window's one option, --lesson NAME (or --lesson=NAME): the lesson to open it on, as
    // given (empty after a trailing --lesson); nullopt without the option.
    static std::optional<QString> windowLesson(const QStringList &arguments);
    // Says that the window was asked for a lesson that does not exist; returns BadInput.
    static int unknownWindowLesson(const QString &name);
    int exec();

    // Shared by the verbs. badInput prints "sockscope: MESSAGE" and returns BadInput.
    static int badInput(const QString &message);
    static void warn(const QString &message);
    // Parses a verb's arguments (adding --help): an exit code when the command is already done
    // (help printed, or bad input reported), nullopt to go on. positional: how many
    // positional arguments the verb takes.
    static std::optional<int> parse(VerbParser &parser, const QStringList &arguments,
                                    const TraceOutputs &outputs, int positional = 0);
    static std::optional<int> parse(VerbParser &parser, const QStringList &arguments,
                                    int positional = 0);
    // Writes the files asked for and turns the runs' outcome into the exit code.
    static int finish(const Trace &trace, const TraceOutputs &outputs);

    // The scenario keys, one line each (name, meaning, range, default), from ScenarioKey's table:
    // 'sockscope run --help' ends with them.
    static QString keyList();

private:
    static void declareLessons(VerbParser &parser);
    static int lessons(const QStringList &arguments);
    // 'sockscope keys' prints keyList(); 'sockscope keys --markdown' README's table of them
    // (ScenarioKey::markdownTable()). Not in the usage: README documents it.
    static QCommandLineOption markdownOption();
    static void declareKeys(VerbParser &parser);
    static int keys(const QStringList &arguments);
    static QCommandLineOption helpOption();
    static QString usage();
    // --manpage [LANGUAGE], --completion SHELL: what the build installs.
    int printGenerated(const QString &what);

    QStringList m_arguments;
};

} // namespace sockscope
