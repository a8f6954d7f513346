#pragma once

#include "util/progressmeter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace sockscope {

// Reading or writing a file that may take seconds (a trace of millions of events): the work
// runs on a thread of its own while the window stays responsive, and a progress dialog with
// Cancel appears over the window once the work has taken kShowAfterMs, or earlier once its
// progress says it will take longer (QProgressDialog's estimate); a small file shows nothing. The
// dialog is window-modal: the window repaints but takes no input meanwhile. Cancel makes the work's
// progress callback return false; the work stops at its next report (the reader returns
// "cancelled", a writer leaves the file as it was: util/OutputFile), and run() returns once it has,
// so nothing is left running behind the caller's back. The work gets its inputs by value (a Trace
// copy costs a reference count, and the copy is not changed while the window goes on: a new run or
// an observation replaces the window's trace, not the copy).
class FileTask
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::FileTask)
public:
    static constexpr int kShowAfterMs = 500;

    // The work, on the task's thread: reports through progress and returns an error sentence
    // or an empty string.
    using Work = std::function<QString(const ProgressMeter::Callback &progress)>;
    // Percent: the bar shows done of total. Busy: the work counts a few steps (an image is
    // drawn, then written), the bar only moves.
    enum class Bar { Percent, Busy };

    struct Result
    {
        QString error; // the work's, empty on success
        bool cancelled = false; // Cancel was pressed before the work ended
    };

    // label: what is being done, with the file's name ("Reading big.json…").
    static Result run(QWidget *parent, const QString &label, const Work &work,
                      Bar bar = Bar::Percent);

    // What the dialog and the status say, with the file's name or path.
    static QString reading(const QString &path);
    static QString saving(const QString &path);
    static QString exporting(const QString &path);
    static QString notWritten(const QString &path);

    // For tests: called with the dialog (not shown yet) just before the work starts.
    static void setStartHook(std::function<void(QProgressDialog &)> hook);
};

} // namespace sockscope
