#include "gui/filetask.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace sockscope {

namespace {

std::function<void(QProgressDialog &)> &startHook()
{
    static std::function<void(QProgressDialog &)> hook;
    return hook;
}

// What the task's thread and the window share.
struct Shared
{
    std::atomic<qint64> done{ 0 };
    std::atomic<qint64> total{ 0 };
    std::atomic<bool> cancelled{ false };
};

constexpr int kSteps = 1000; // the bar's range
constexpr int kPollMs = 50;

} // namespace

QString FileTask::reading(const QString &path)
{
    return tr("Reading the trace %1…").arg(QFileInfo(path).fileName());
}

QString FileTask::saving(const QString &path)
{
    return tr("Saving the trace %1…").arg(QFileInfo(path).fileName());
}

QString FileTask::exporting(const QString &path)
{
    return tr("Exporting %1…").arg(QFileInfo(path).fileName());
}

QString FileTask::notWritten(const QString &path)
{
    return tr("Cancelled: %1 was not written.").arg(QDir::toNativeSeparators(path));
}

void FileTask::setStartHook(std::function<void(QProgressDialog &)> hook)
{
    startHook() = std::move(hook);
}

FileTask::Result FileTask::run(QWidget *parent, const QString &label, const Work &work, Bar bar)
{
    auto shared = std::make_shared<Shared>();
    QProgressDialog dialog(label, tr("Cancel"), 0, bar == Bar::Busy ? 0 : kSteps, parent);
    dialog.setWindowTitle(QStringLiteral("SockScope"));
    dialog.setWindowModality(Qt::WindowModal);
    // Room for a long file name, and a bar long enough to watch.
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50);
    dialog.setMinimumDuration(kShowAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // Cancel (the button, closing the dialog, Escape) only asks the work to stop: the dialog
    // stays, saying so, until the work has (QProgressDialog would hide at once).
    QObject::disconnect(&dialog, SIGNAL(canceled()), &dialog, SLOT(cancel()));
    const auto cancel = [&dialog, shared] {
        if (shared->cancelled.exchange(true))
            return;
        dialog.setLabelText(tr("Cancelling…"));
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, cancel);
    QObject::connect(&dialog, &QDialog::rejected, &dialog, cancel); // Escape
    QString error;
    QThread *thread = QThread::create([&work, &error, shared] {
        error = work([shared](qint64 done, qint64 total) {
            shared->total.store(total);
            shared->done.store(done);
            return !shared->cancelled.load();
        });
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(kPollMs);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, shared, bar] {
        const qint64 total = shared->total.load();
        if (bar == Bar::Percent && total > 0)
            dialog.setValue(int(shared->done.load() * kSteps / total));
    });
    if (startHook())
        startHook()(dialog);
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    delete thread;
    return { error, shared->cancelled.load() };
}

} // namespace sockscope
