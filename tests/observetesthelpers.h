#pragma once

// Shared by the observe tests: an ObserveSession on a thread of its own (as the GUI and CLI
// run it), a LiveFeed that counts what arrived, and the python3 clients in tests/.

#include "observe/observesession.h"
#include "record/livefeed.h"
#include "record/stopsignal.h"

#include <QProcess>
#include <QStandardPaths>

#include <atomic>
#include <thread>

namespace observetest {

using namespace sockscope;

inline QString python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

inline QString script(const char *name)
{
    return QStringLiteral(SOCKSCOPE_TESTS_DIR "/") + QLatin1String(name);
}

// Starts tests/observe_client.py KIND PORT [HOLD]; the caller waits for it.
inline void startClient(QProcess &p, const QString &kind, quint16 port, double holdSeconds = 0)
{
    QStringList args{ script("observe_client.py"), kind, QString::number(port) };
    if (holdSeconds > 0)
        args << QString::number(holdSeconds);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(python(), args);
}

inline bool runClient(const QString &kind, quint16 port, double holdSeconds = 0)
{
    QProcess p;
    startClient(p, kind, port, holdSeconds);
    return p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Starts tests/relay_peers.py KIND, one of its servers: the port it listens on, 0 on failure.
inline quint16 startPeerServer(QProcess &p, const QString &kind)
{
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(python(), { script("relay_peers.py"), kind });
    while (!p.canReadLine()) {
        if (!p.waitForReadyRead(10'000))
            return 0;
    }
    return quint16(p.readLine().trimmed().toUInt());
}

// Runs tests/relay_peers.py KIND PORT, one of its clients, to its end: what it printed.
inline QByteArray runPeerClient(const QString &kind, quint16 port)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(python(), { script("relay_peers.py"), kind, QString::number(port) });
    if (!p.waitForFinished(60'000))
        return "did not finish";
    return p.readAllStandardOutput().trimmed();
}

// waitForFinished() says false for a process that already ended while an event loop ran.
inline bool ended(QProcess &p, int ms = 60'000)
{
    return p.state() == QProcess::NotRunning || p.waitForFinished(ms);
}

// Counts, from the socket threads, what a view would have been told.
class CountingFeed : public LiveFeed
{
public:
    void runStarted(int, const Run &) override { ++runs; }
    void sendsAdded(int, const SendList &) override { }
    void recvsAdded(int, const RecvList &batch) override
    {
        for (const RecvEvent &r : batch) {
            ++recvs;
            bytes += r.bytes;
            if (r.bytes == 0 && r.error == 0 && !r.datagramSize)
                ++closed; // a TCP peer closed its end
        }
    }
    void framesAdded(int, const QList<Frame> &batch) override { frames += int(batch.size()); }
    void noteAdded(const QString &) override { ++notes; }

    std::atomic<int> runs{ 0 };
    std::atomic<int> recvs{ 0 };
    std::atomic<qint64> bytes{ 0 };
    std::atomic<int> closed{ 0 };
    std::atomic<int> frames{ 0 };
    std::atomic<int> notes{ 0 };
};

// An observe session recording on its own thread until finish().
class Observation
{
public:
    explicit Observation(const ObserveOptions &options) : m_session(options, m_stop, &feed) { }
    ~Observation() { finish(); }

    QString open() { return m_session.open(); }
    quint16 port() const { return m_session.port(); }
    QString address() const { return m_session.address(); }
    void start()
    {
        m_thread = std::thread([this] { m_trace = m_session.run(); });
    }
    Trace finish()
    {
        m_stop.stop();
        if (m_thread.joinable())
            m_thread.join();
        return m_trace;
    }

    CountingFeed feed;

private:
    StopSignal m_stop;
    ObserveSession m_session;
    std::thread m_thread;
    Trace m_trace;
};

} // namespace observetest
