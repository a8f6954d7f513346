// Long file work off the GUI thread: the progress dialog appears only when the work is slow,
// the event loop runs meanwhile, and Cancel reaches the work, which run() waits for.

#include "gui/filetask.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace sockscope;

namespace {

// Counts the times a widget is shown.
class ShowCounter : public QObject
{
public:
    int shown = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++shown;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestFileTask : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { FileTask::setStartHook({}); }
    void slowWorkShowsProgressAndCancelStopsIt();
    void quickWorkShowsNothing();
    void workThatEndsIsNotCancelled();
};

// A work of about 8 s that reports every few milliseconds, as a reader of a huge trace would.
// The window's event loop runs meanwhile (a timer fires), the dialog shows (at the latest after
// half a second; earlier when its bar predicts a longer work) with the bar moving, and its
// Cancel button stops the work long before its end.
void TestFileTask::slowWorkShowsProgressAndCancelStopsIt()
{
    QWidget window;
    window.show();
    QProgressDialog *dialog = nullptr;
    FileTask::setStartHook([&dialog](QProgressDialog &d) { dialog = &d; });
    bool shownLater = false;
    int valueSeen = -1;
    QTimer::singleShot(3 * FileTask::kShowAfterMs, &window, [&] {
        shownLater = dialog && dialog->isVisible();
        valueSeen = dialog ? dialog->value() : -1;
        if (auto *cancel = dialog ? dialog->findChild<QPushButton *>() : nullptr)
            cancel->click();
    });
    std::atomic<int> reportsAfterCancel{ 0 };
    QElapsedTimer clock;
    clock.start();
    const FileTask::Result result
        = FileTask::run(&window, QStringLiteral("Reading big.json…"),
                        [&](const ProgressMeter::Callback &progress) -> QString {
                            constexpr int kSteps = 4000;
                            for (int i = 0; i <= kSteps; ++i) {
                                if (!progress(i, kSteps)) {
                                    ++reportsAfterCancel;
                                    return ProgressMeter::cancelled();
                                }
                                QThread::msleep(2);
                            }
                            return {};
                        });
    QVERIFY(shownLater);
    QVERIFY2(valueSeen > 0, qPrintable(QString::number(valueSeen))); // the bar moved
    QVERIFY(result.cancelled);
    QCOMPARE(result.error, QStringLiteral("cancelled"));
    QCOMPARE(reportsAfterCancel.load(), 1); // the work had ended when run() returned
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
}

void TestFileTask::quickWorkShowsNothing()
{
    QWidget window;
    window.show();
    ShowCounter counter;
    bool made = false;
    FileTask::setStartHook([&](QProgressDialog &d) {
        made = true;
        d.installEventFilter(&counter);
    });
    const FileTask::Result result
        = FileTask::run(&window, QStringLiteral("Saving small.json…"),
                        [&](const ProgressMeter::Callback &progress) -> QString {
                            progress(0, 10);
                            QThread::msleep(FileTask::kShowAfterMs / 5);
                            progress(10, 10);
                            return {};
                        });
    QVERIFY(made);
    QCOMPARE(counter.shown, 0); // made and gone without being shown
    QVERIFY(!result.cancelled);
    QVERIFY(result.error.isEmpty());
}

void TestFileTask::workThatEndsIsNotCancelled()
{
    QWidget window;
    const FileTask::Result result
        = FileTask::run(&window, QStringLiteral("Saving x…"), [](const ProgressMeter::Callback &) {
              return QStringLiteral("disk full");
          });
    QCOMPARE(result.error, QStringLiteral("disk full")); // the work's own error, as it said it
    QVERIFY(!result.cancelled);
}

QTEST_MAIN(TestFileTask)
#include "tst_filetask.moc"
