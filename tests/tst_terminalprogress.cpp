// The CLI's progress line: on a terminal only (scripts and tests parse stderr), and Ctrl+C
// during a write cancels it, leaving the file as it was.

#include "cli/terminalprogress.h"

#include "clitesthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sockscope;

namespace {

// What a descriptor received, read without blocking.
QByteArray drain(int fd)
{
    QByteArray all;
    char buffer[4096];
    pollfd p{ fd, POLLIN, 0 };
    while (poll(&p, 1, 0) > 0 && (p.revents & POLLIN) != 0) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        all.append(buffer, n);
    }
    return all;
}

struct Pty
{
    int master = -1;
    int slave = -1;
    Pty() { openpty(&master, &slave, nullptr, nullptr, nullptr); }
    ~Pty()
    {
        close(master);
        close(slave);
    }
};

// `sockscope ARGS` with stderr on a terminal (a pty) and stdout to /dev/null; sigintOn: when
// stderr shows this text, Ctrl+C is sent. Returns the exit code and what stderr showed.
std::pair<int, QByteArray> onTerminal(const QStringList &args, const QByteArray &sigintOn = {})
{
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        setenv("LANG", "C", 1);
        setenv("LANGUAGE", "en", 1);
        QByteArrayList storage{ QByteArray(SOCKSCOPE_BINARY) };
        for (const QString &a : args)
            storage << a.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &a : storage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    QByteArray shown;
    bool sent = false;
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    while (clock.elapsed() < 60'000) {
        pollfd p{ master, POLLIN, 0 };
        if (poll(&p, 1, 20) > 0) {
            char buffer[4096];
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n > 0)
                shown.append(buffer, n);
        }
        if (!sent && !sigintOn.isEmpty() && shown.contains(sigintOn)) {
            kill(pid, SIGINT);
            sent = true;
        }
        if (waitpid(pid, &status, WNOHANG) == pid) {
            shown += drain(master);
            close(master);
            return { WIFEXITED(status) ? WEXITSTATUS(status) : -1, shown };
        }
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    close(master);
    return { -2, shown };
}

} // namespace

class TestTerminalProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsOnATerminalOnly();
    void waitsBeforeShowingAWrite();
    void stopsWhenAsked();
    void showPrintsNoProgressToAPipe();
    void showPrintsProgressToATerminal();
    void ctrlCDuringAWriteKeepsTheFile();

private:
    QTemporaryDir m_dir;
    QString m_trace;
};

void TestTerminalProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Large enough for a write of a second or more, small enough to make in a moment.
    m_trace = m_dir.filePath(QStringLiteral("big.json"));
    const clitest::Result made = clitest::runSockscope(
        { QStringLiteral("run"), QStringLiteral("--mode"), QStringLiteral("sim"),
          QStringLiteral("--set"), QStringLiteral("protocol=tcp"), QStringLiteral("--set"),
          QStringLiteral("count=200000"), QStringLiteral("--quiet"), QStringLiteral("--json"),
          m_trace });
    QVERIFY2(QFile::exists(m_trace), qPrintable(made.err));
}

void TestTerminalProgress::printsOnATerminalOnly()
{
    int pipeFds[2];
    QVERIFY(pipe(pipeFds) == 0);
    {
        TerminalProgress toPipe(pipeFds[1], std::chrono::milliseconds(0));
        QVERIFY(!toPipe.active());
        const auto report = toPipe.writing(QStringLiteral("t.csv"));
        QVERIFY(report(0, 10) && report(5, 10) && report(10, 10));
    }
    QCOMPARE(drain(pipeFds[0]), QByteArray());
    close(pipeFds[0]);
    close(pipeFds[1]);

    Pty pty;
    QVERIFY(pty.master >= 0);
    {
        TerminalProgress toTerminal(pty.slave, std::chrono::milliseconds(0));
        QVERIFY(toTerminal.active());
        const auto report = toTerminal.writing(QStringLiteral("t.csv"));
        QVERIFY(report(0, 10) && report(5, 10) && report(5, 10) && report(10, 10));
    } // erases its line
    const QByteArray shown = drain(pty.master);
    QVERIFY2(shown.contains("sockscope: writing t.csv: 50%"), shown.constData());
    QCOMPARE(shown.count("50%"), 1); // once per percent
    QVERIFY(shown.contains("100%"));
    QVERIFY(shown.endsWith("\r\x1b[K"));
}

void TestTerminalProgress::waitsBeforeShowingAWrite()
{
    Pty pty;
    TerminalProgress progress(pty.slave); // the default wait
    const auto report = progress.writing(QStringLiteral("t.json"));
    report(0, 10);
    report(10, 10);
    progress.clear();
    QCOMPARE(drain(pty.master), QByteArray()); // a quick write prints nothing
    QTest::qWait(int(TerminalProgress::kAfter.count()) + 100);
    report(10, 10);
    QVERIFY(drain(pty.master).contains("writing t.json: 100%"));
}

void TestTerminalProgress::stopsWhenAsked()
{
    Pty pty;
    TerminalProgress progress(pty.slave);
    bool stop = false;
    progress.setStop([&stop] { return stop; });
    const auto report = progress.writing(QStringLiteral("t.json"));
    QVERIFY(report(1, 10));
    stop = true;
    QVERIFY(!report(2, 10));
}

// Scripts and tests read stderr: reading and writing a large trace adds nothing to it.
void TestTerminalProgress::showPrintsNoProgressToAPipe()
{
    const clitest::Result shown = clitest::runSockscope(
        { QStringLiteral("show"), m_trace, QStringLiteral("--quiet"), QStringLiteral("--json"),
          m_dir.filePath(QStringLiteral("again.json")), QStringLiteral("--csv"),
          m_dir.filePath(QStringLiteral("again.csv")) });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.err, QString());
}

void TestTerminalProgress::showPrintsProgressToATerminal()
{
    const auto [code, shown]
        = onTerminal({ QStringLiteral("show"), m_trace, QStringLiteral("--quiet") });
    QCOMPARE(code, 0);
    QVERIFY2(shown.contains("sockscope: reading " + m_trace.toLocal8Bit() + ": 100%"),
             shown.right(300).constData());
    QVERIFY(shown.endsWith("\r\x1b[K")); // the line is gone at the end
}

// Ctrl+C while the Chrome trace is written: the write stops, the old file is kept, no
// temporary file is left, and the exit code says the output was not written.
void TestTerminalProgress::ctrlCDuringAWriteKeepsTheFile()
{
    QTemporaryDir out;
    const QString chrome = out.filePath(QStringLiteral("t.chrome.json"));
    QFile old(chrome);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();
    const auto [code, shown]
        = onTerminal({ QStringLiteral("show"), m_trace, QStringLiteral("--quiet"),
                       QStringLiteral("--chrome-trace"), chrome },
                     "writing " + chrome.toLocal8Bit());
    if (!shown.contains("writing"))
        QSKIP("the write ended before its progress showed; nothing to interrupt");
    QCOMPARE(code, 2);
    QVERIFY2(shown.contains(chrome.toLocal8Bit() + ": cannot write the Chrome trace (cancelled)"),
             shown.right(300).constData());
    QFile kept(chrome);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the previous export"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files),
             QStringList{ QStringLiteral("t.chrome.json") });
}

QTEST_GUILESS_MAIN(TestTerminalProgress)
#include "tst_terminalprogress.moc"
