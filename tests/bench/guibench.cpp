#include "guibench.h"

#include "gui/mainwindow.h"
#include "gui/scenariocontrols.h"
#include "model/lessoncatalogue.h"
#include "model/scenario.h"
#include "run/runcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace sockscope::bench {

namespace {

// Fires once, at the first paint of any widget of the window.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("painted\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int GuiBench::startupChild(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the teacher's settings stay untouched
    FirstPaint filter;
    app.installEventFilter(&filter);
    MainWindow window;
    window.openLesson(LessonCatalogue::defaultLesson());
    window.show();
    return QApplication::exec();
}

void GuiBench::run(BenchReport &report, const QString &program, bool quick)
{
    startup(report, program, quick ? 3 : 10);
    loopLatencies(report, quick ? 3 : 10);
}

void GuiBench::startup(BenchReport &report, const QString &program, int rounds)
{
    // Best of a few: the first start also pays for a cold page cache and font cache.
    double best = 1e300;
    for (int i = 0; i < rounds; ++i) {
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(program, { QStringLiteral("--startup-child") });
        while (child.waitForReadyRead(10'000)) {
            if (child.readAll().contains("painted")) {
                best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
                break;
            }
        }
        child.waitForFinished(10'000);
    }
    report.figure("startup_ms", best, "ms", 400, BenchReport::Better::Lower);
}

GuiBench::Loop GuiBench::loopLatency(BenchReport &report, const Scenario &scenario, int seconds)
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.findChild<ScenarioControls *>()->setScenario(scenario, Scenario::keys());

    // A timer that should fire every 2 ms; how late it fires is what a user's click would wait.
    QList<double> lateMs;
    QElapsedTimer clock;
    constexpr qint64 periodNs = 2'000'000;
    qint64 due = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(2);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (due > 0)
            lateMs.append(double(std::max<qint64>(0, now - due)) / 1e6);
        due = now + periodNs;
    });
    clock.start();
    window.run();
    probe.start();
    QTimer::singleShot(seconds * 1000, &window, &MainWindow::stop);
    QElapsedTimer total;
    total.start();
    while (!window.isRunning() && total.elapsed() < 2000)
        QCoreApplication::processEvents();
    while (window.isRunning() && total.elapsed() < (seconds + 5) * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    probe.stop();

    qsizetype events = 0;
    for (const Run &run : window.findChild<RunController *>()->trace().runs) {
        events += run.sends.size() + run.recvs.size();
        report.note(QStringLiteral("gui_loop: run %1: %2 sends, %3 recvs %4")
                        .arg(run.label)
                        .arg(run.sends.size())
                        .arg(run.recvs.size())
                        .arg(run.error));
    }
    return { percentile(lateMs, 0.99), percentile(lateMs, 1.0), double(events) / seconds,
             lateMs.size() };
}

void GuiBench::loopLatencies(BenchReport &report, int seconds)
{
    // The goal's case: kernel evidence on, paced to about 250 k calls a second. Two TCP clients
    // (several clients are TCP only) each send a message a millisecond in 64 send() calls of 2
    // bytes, read 2 bytes a recv(): ~256 calls a millisecond, less the timer's slack.
    Scenario paced;
    paced.protocol = Scenario::Protocols::Tcp;
    paced.clients = 2;
    paced.count = 1'000'000;
    paced.size = 128;
    paced.parts = 64;
    paced.recvSize = 2;
    paced.nodelay = true;
    paced.intervalMs = 1;
    paced.readIntervalMs = 0;
    // A run the machine could not pace (another program took the cores) is not the goal's
    // case: it is recorded again, three times at most, and the note says so.
    constexpr double kGoalRate = 250'000;
    Loop goal = loopLatency(report, paced, seconds);
    for (int again = 0; again < 2 && goal.eventsPerSecond < 0.6 * kGoalRate; ++again) {
        report.note(QStringLiteral("gui_loop_p99_ms: only %1 k events/s, recorded again")
                        .arg(goal.eventsPerSecond / 1000, 0, 'f', 0));
        goal = loopLatency(report, paced, seconds);
    }
    report.note(QStringLiteral("gui_loop_p99_ms: %1 k events/s (paced), %2 probes, max %3 ms")
                    .arg(goal.eventsPerSecond / 1000, 0, 'f', 0)
                    .arg(goal.probes)
                    .arg(goal.maxMs, 0, 'f', 1));
    report.figure("gui_loop_p99_ms", goal.p99Ms, "ms", 16, BenchReport::Better::Lower);

    // Beside it, as fast as loopback goes (the machine sets the rate, two to three times the
    // goal's here): a note, not a figure.
    Scenario flood;
    flood.protocol = Scenario::Protocols::Both;
    flood.count = 1'000'000;
    flood.intervalMs = 0;
    flood.readIntervalMs = 0;
    const Loop fast = loopLatency(report, flood, seconds);
    report.note(QStringLiteral("gui_loop flood: p99 %1 ms at %2 k events/s, %3 probes, max %4 ms")
                    .arg(fast.p99Ms, 0, 'f', 1)
                    .arg(fast.eventsPerSecond / 1000, 0, 'f', 0)
                    .arg(fast.probes)
                    .arg(fast.maxMs, 0, 'f', 1));
}

} // namespace sockscope::bench
