#pragma once

// Running the sockscope executable from a test, as a user's shell would: English messages
// whatever the machine's locale, exit code -1 for a crash.

#include <QProcess>
#include <QString>
#include <QStringList>

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

} // namespace clitest
