#pragma once

// Running the sockscope executable from a test, as a user's shell would: English messages
// whatever the machine's locale, exit code -1 for a crash.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace clitest {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QProcessEnvironment cLocale()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

// Runs `sockscope ARGS` to the end; a run that does not finish within timeoutMs fails the test
// binary outright (a hang is a bug, not a slow machine).
inline Result runSockscope(const QStringList &args, int timeoutMs = 120'000)
{
    QProcess p;
    p.setProcessEnvironment(cLocale());
    p.start(QStringLiteral(SOCKSCOPE_BINARY), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("sockscope did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

// The capsh that can drop CAP_NET_RAW for a child: only root holds the capability to drop
// (libcap2-bin). Empty when there is none: a test then skips, saying why.
inline QString capshAsRoot()
{
    return geteuid() == 0 ? QStandardPaths::findExecutable(QStringLiteral("capsh")) : QString();
}

// Runs `sockscope ARGS` as runSockscope() does, without CAP_NET_RAW (so without packet
// capture), through capshAsRoot().
inline Result runSockscopeWithoutNetRaw(const QStringList &args, int timeoutMs = 120'000)
{
    QProcess p;
    p.setProcessEnvironment(cLocale());
    p.start(capshAsRoot(),
            QStringList{ QStringLiteral("--drop=cap_net_raw"), QStringLiteral("--"),
                         QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\""),
                         QStringLiteral(SOCKSCOPE_BINARY) }
                + args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("sockscope did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace clitest
