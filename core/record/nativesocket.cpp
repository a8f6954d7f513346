#include "record/nativesocket.h"

#include "record/stopsignal.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/sockios.h>
#endif

namespace sockscope {

namespace {

QString sysError(const char *call)
{
    return QCoreApplication::translate("sockscope::NativeSocket", "%1 failed: %2")
        .arg(QLatin1String(call), QString::fromLocal8Bit(std::strerror(errno)));
}

std::optional<sockaddr_in> ipv4(quint16 port, const QString &address, QString *error)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &addr.sin_addr) != 1) {
        *error = QCoreApplication::translate("sockscope::NativeSocket",
                                             "\"%1\" is not an IPv4 address")
                     .arg(address);
        return std::nullopt;
    }
    return addr;
}

} // namespace

NativeSocket &NativeSocket::operator=(NativeSocket &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

NativeSocket NativeSocket::create(int type, QString *error)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    if (fd < 0)
        *error = sysError("socket()");
    return NativeSocket(fd);
}

void NativeSocket::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

QString NativeSocket::setOption(int level, int name, int value)
{
    if (::setsockopt(m_fd, level, name, &value, sizeof value) != 0)
        return sysError("setsockopt()");
    return {};
}

std::optional<qint64> NativeSocket::option(int level, int name) const
{
    int value = 0;
    socklen_t len = sizeof value;
    if (::getsockopt(m_fd, level, name, &value, &len) != 0)
        return std::nullopt;
    return value;
}

QString NativeSocket::setNonBlocking(bool on)
{
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags < 0 || ::fcntl(m_fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK) < 0)
        return sysError("fcntl(O_NONBLOCK)");
    return {};
}

QString NativeSocket::bind(quint16 port, const QString &address)
{
    QString error;
    const auto addr = ipv4(port, address, &error);
    if (!addr)
        return error;
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&*addr), sizeof *addr) != 0)
        return sysError("bind()");
    return {};
}

quint16 NativeSocket::localPort() const
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return 0;
    return ntohs(addr.sin_port);
}

QString NativeSocket::localAddress() const
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    char text[INET_ADDRSTRLEN] = {};
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0
        || !::inet_ntop(AF_INET, &addr.sin_addr, text, sizeof text))
        return {};
    return QString::fromLatin1(text);
}

QString NativeSocket::listen(int backlog)
{
    if (::listen(m_fd, backlog) != 0)
        return sysError("listen()");
    return {};
}

NativeSocket NativeSocket::accept(QString *error)
{
    const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0)
        *error = sysError("accept()");
    return NativeSocket(fd);
}

QString NativeSocket::connectTo(quint16 port, const QString &address)
{
    QString error;
    const auto addr = ipv4(port, address, &error);
    if (!addr)
        return error;
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&*addr), sizeof *addr) != 0)
        return sysError("connect()");
    return {};
}

QString NativeSocket::connectTo(quint16 port, const QString &address, const StopSignal &stop,
                                int timeoutMs, int *errorCode)
{
    const auto setCode = [errorCode](int code) {
        if (errorCode)
            *errorCode = code;
    };
    setCode(0);
    QString error;
    const auto addr = ipv4(port, address, &error);
    if (!addr)
        return error;
    if (error = setNonBlocking(true); !error.isEmpty())
        return error;
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&*addr), sizeof *addr) != 0
        && errno != EINPROGRESS) {
        setCode(errno);
        return sysError("connect()");
    }
    if (!waitWritable(stop, timeoutMs)) {
        if (stop.isStopped())
            return QCoreApplication::translate("sockscope::NativeSocket",
                                               "stopped while connecting");
        setCode(ETIMEDOUT);
        return QCoreApplication::translate("sockscope::NativeSocket",
                                           "connect() timed out after %1 ms")
            .arg(timeoutMs);
    }
    if (const auto soError = option(SOL_SOCKET, SO_ERROR); soError.value_or(0) != 0) {
        errno = int(*soError);
        setCode(errno);
        return sysError("connect()");
    }
    return setNonBlocking(false);
}

std::optional<qint64> NativeSocket::unsentBytes() const
{
#ifdef SIOCOUTQNSD
    int value = 0;
    if (::ioctl(m_fd, SIOCOUTQNSD, &value) == 0)
        return value;
#endif
    return std::nullopt;
}

std::optional<qint64> NativeSocket::queuedBytes() const
{
    int value = 0;
    if (::ioctl(m_fd, FIONREAD, &value) == 0)
        return value;
    return std::nullopt;
}

bool NativeSocket::waitReadable(const StopSignal &stop, int timeoutMs) const
{
    return wait(POLLIN, stop, timeoutMs);
}

bool NativeSocket::waitWritable(const StopSignal &stop, int timeoutMs) const
{
    return wait(POLLOUT, stop, timeoutMs);
}

bool NativeSocket::wait(short events, const StopSignal &stop, int timeoutMs) const
{
    constexpr int kSliceMs = 50;
    int waited = 0;
    while (!stop.isStopped()) {
        const int slice = timeoutMs < 0 ? kSliceMs : qMin(kSliceMs, timeoutMs - waited);
        pollfd p{ m_fd, events, 0 };
        const int r = ::poll(&p, 1, slice);
        if (r > 0)
            return !stop.isStopped();
        if (r < 0 && errno != EINTR)
            return false;
        waited += slice;
        if (timeoutMs >= 0 && waited >= timeoutMs)
            return false;
    }
    return false;
}

} // namespace sockscope
