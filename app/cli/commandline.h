#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace sockscope {

struct Trace;
class TraceOutputs;

// The command line (README, "Using it"): lessons, run, observe, show (one class per verb beside
// this one). Exit codes: 0 done, 1 the run failed at the socket level (the partial trace is still
// written), 2 bad input (one line naming it).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::CommandLine)

public:
    enum Exit { Ok = 0, SocketFailure = 1, BadInput = 2 };

    explicit CommandLine(QStringList arguments);
    // True when the arguments ask for a CLI verb (or --help/--version) rather than the GUI.
    static bool wantsCommandLine(const QStringList &arguments);
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
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                                    const TraceOutputs &outputs, int positional = 0);
    // Writes the files asked for and turns the runs' outcome into the exit code.
    static int finish(const Trace &trace, const TraceOutputs &outputs);

    // The scenario keys, one line each (name, meaning, range, default), from ScenarioKey's table:
    // 'sockscope run --help' ends with them.
    static QString keyList();

private:
    int lessons();
    // 'sockscope keys' prints keyList(); 'sockscope keys --markdown' README's table of them
    // (ScenarioKey::markdownTable()). Not in the usage: README documents it.
    int keys();
    static QString usage();

    QStringList m_arguments;
};

} // namespace sockscope
