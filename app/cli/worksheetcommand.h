#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

namespace sockscope {

class VerbParser;

// `sockscope worksheet --lesson NAME [--lang en|zh_CN] [--trace F] [--mode real|sim] --pdf F`:
// a lesson's worksheet (WorksheetWriter): its text and prediction questions, then the answer
// key from a run recorded now, or from a saved trace of the lesson.
class WorksheetCommand
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::WorksheetCommand)

public:
    // arguments: the whole command line, verb included. Returns the process exit code.
    static int exec(const QStringList &arguments);

    struct Options
    {
        QCommandLineOption lesson;
        QCommandLineOption lang;
        QCommandLineOption pdf;
        QCommandLineOption trace;
        QCommandLineOption mode;
    };
    static Options declare(VerbParser &parser);
    // The languages --lang takes.
    static QStringList languages();
    // The value of --lang in a worksheet command line, for main() to install before any text is
    // made; empty when there is none.
    static QString language(const QStringList &arguments);
};

} // namespace sockscope
