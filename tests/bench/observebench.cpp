#include "observebench.h"

#include "observe/observesession.h"
#include "record/stopsignal.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace sockscope::bench {

namespace {

// One short client: a line, a half-close, and the observer's close awaited.
bool shortClient(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0
        && ::send(fd, "hello\n", 6, MSG_NOSIGNAL) == 6;
    ::shutdown(fd, SHUT_WR);
    char byte = 0;
    ok = ok && ::recv(fd, &byte, 1, 0) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

} // namespace

void ObserveBench::run(BenchReport &report, bool quick)
{
    const int connections = quick ? 6000 : 30000;
    // Connections per rate measured: after a warm-up (the first threads' stacks are fresh
    // mappings, later ones come from glibc's cache), and at the end.
    const int warmUp = 1000;
    const int window = 2000;
    StopSignal stop;
    ObserveSession session(ObserveOptions{}, stop);
    if (const QString error = session.open(); !error.isEmpty()) {
        report.note(QStringLiteral("observe bench: %1").arg(error));
        return;
    }
    Trace trace;
    std::thread recording([&] { trace = session.run(); });
    QElapsedTimer timer;
    timer.start();
    qint64 firstStartMs = 0;
    qint64 firstMs = 0;
    qint64 lastStartMs = 0;
    int failed = 0;
    for (int i = 0; i < connections; ++i) {
        if (i == warmUp)
            firstStartMs = timer.elapsed();
        if (i == warmUp + window)
            firstMs = timer.elapsed() - firstStartMs;
        if (i == connections - window)
            lastStartMs = timer.elapsed();
        failed += shortClient(session.port()) ? 0 : 1;
    }
    const qint64 totalMs = timer.elapsed();
    stop.stop();
    recording.join();
    const double first = window * 1000.0 / double(std::max<qint64>(firstMs, 1));
    const double last = window * 1000.0 / double(std::max<qint64>(totalMs - lastStartMs, 1));
    report.note(QStringLiteral("observe: %1 connections in %2 ms (%3 failed), %4 runs in the "
                               "trace; %5/s over %6 after a warm-up, %7/s over the last")
                    .arg(connections)
                    .arg(totalMs)
                    .arg(failed)
                    .arg(trace.runs.size())
                    .arg(first, 0, 'f', 0)
                    .arg(window)
                    .arg(last, 0, 'f', 0));
    report.figure("observe_connections_per_s",
                  connections * 1000.0 / double(std::max<qint64>(totalMs, 1)), "1/s", 1000,
                  BenchReport::Better::Higher);
}

} // namespace sockscope::bench
