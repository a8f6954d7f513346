#pragma once

// Shared by the observe tests: an ObserveSession on a thread of its own (as the GUI and CLI
// run it), a LiveFeed that counts what arrived, and the python3 clients in tests/.

#include "capture/loopbackcapture.h"
#include "observe/observesession.h"
#include "record/livefeed.h"
#include "record/stopsignal.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

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

// A client on a thread of the test, where a python3 process per connection would be too slow:
// a connected TCP socket to 127.0.0.1:port, -1 when connect() failed.
inline int connectTcp(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0)
        return fd;
    if (fd >= 0)
        ::close(fd);
    return -1;
}

// Sends every byte (MSG_NOSIGNAL: a closed peer is an error, not a signal).
inline bool sendAll(int fd, const char *data, qint64 size)
{
    for (qint64 done = 0; done < size;) {
        const ssize_t r = ::send(fd, data + done, size_t(size - done), MSG_NOSIGNAL);
        if (r <= 0)
            return false;
        done += r;
    }
    return true;
}

// The local port of a connected socket ("127.0.0.1:PORT" is how the trace names the peer).
inline quint16 localPort(int fd)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    return ntohs(addr.sin_port);
}

// A line of /proc/self/status, in kB (VmRSS, VmHWM), 0 when unreadable.
inline qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// The highest RSS while it lives, sampled every few milliseconds on a thread of its own.
class PeakRss
{
public:
    PeakRss()
        : m_thread([this] {
              while (!m_done.load()) {
                  m_peakKiB = std::max(m_peakKiB.load(), statusKiB("VmRSS:"));
                  std::this_thread::sleep_for(std::chrono::milliseconds(5));
              }
          })
    { }
    ~PeakRss() { stop(); }
    PeakRss(const PeakRss &) = delete;
    PeakRss &operator=(const PeakRss &) = delete;
    qint64 stop()
    {
        m_done = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_peakKiB.load();
    }

private:
    std::atomic<bool> m_done{ false };
    std::atomic<qint64> m_peakKiB{ 0 };
    std::thread m_thread;
};

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
    void segmentsAdded(int, const QList<Segment> &batch) override { segments += int(batch.size()); }
    void noteAdded(const QString &note) override
    {
        const std::lock_guard lock(m_mutex);
        m_notes.append(note);
        ++notes;
    }
    QStringList noteLines() const
    {
        const std::lock_guard lock(m_mutex);
        return m_notes;
    }

    std::atomic<int> runs{ 0 };
    std::atomic<int> recvs{ 0 };
    std::atomic<qint64> bytes{ 0 };
    std::atomic<int> closed{ 0 };
    std::atomic<int> frames{ 0 };
    std::atomic<int> segments{ 0 }; // wire lanes handed over as connections ended
    std::atomic<int> notes{ 0 };

private:
    mutable std::mutex m_mutex;
    QStringList m_notes;
};

// An observe session recording on its own thread until finish().
inline ObserveOptions withoutWireUnlessCapturing(ObserveOptions options)
{
    static const bool capturing = LoopbackCapture::probe().isEmpty();
    options.capture = options.capture && capturing;
    return options;
}

class Observation
{
public:
    // Where packets cannot be captured (not root), the session would add the note that says so:
    // the tests of other things count the notes, so they observe without a wire there. The
    // wire's own tests (tst_observewire) require the capture.
    explicit Observation(const ObserveOptions &options)
        : m_session(withoutWireUnlessCapturing(options), m_stop, &feed)
    { }
    ~Observation() { finish(); }

    QString open() { return m_session.open(); }
    quint16 port() const { return m_session.port(); }
    QString address() const { return m_session.address(); }
    qint64 memoryHeld() const { return m_session.memoryHeld(); }
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
