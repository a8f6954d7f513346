#pragma once

#include <QStringList>
#include <QTextStream>

namespace sockscope {

class StopSignal;
struct PlannedRun;
struct Trace;

// The verbs of DESIGN.md's command line: lessons, run (also run --to), observe. Exit codes:
// 0 done, 1 the run failed at the socket level (the partial trace is still written), 2 bad
// input (one line naming it).
class CommandLine
{
public:
    enum Exit { Ok = 0, SocketFailure = 1, BadInput = 2 };

    explicit CommandLine(const QStringList &arguments);
    // True when the arguments ask for a CLI verb (or --help/--version) rather than the GUI.
    static bool wantsCommandLine(const QStringList &arguments);
    // True when the command will draw images (and so needs a QGuiApplication).
    static bool wantsImages(const QStringList &arguments);
    int exec();

private:
    int lessons();
    int run();
    int observe();
    // run --to HOST:PORT: the plan's sender pointed at an external server (send-to mode).
    int sendTo(const QList<PlannedRun> &plan, const QString &lesson, const QString &target,
               bool allowRemote, const QString &json, const QString &csv, bool quiet);
    int badInput(const QString &message);
    int writeOutputs(const Trace &trace, const QString &json, const QString &csv,
                     const QString &png, const QString &svg);
    QString usage() const;

    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sockscope
