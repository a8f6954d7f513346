#include "record/nativesocket.h"

#include "record/stopsignal.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/sock_diag.h> // SK_MEMINFO_*
#include <linux/sockios.h>
#include <linux/tcp.h> // struct tcp_info with the segment counts glibc's header lacks
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

std::optional<bool> NativeSocket::nonBlocking() const
{
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags < 0)
        return std::nullopt;
    return (flags & O_NONBLOCK) != 0;
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

std::optional<qint64> NativeSocket::kernelDrops() const
{
#if defined(__linux__) && defined(SO_MEMINFO)
    // The kernel fills as many of its counters as the buffer holds; SK_MEMINFO_DROPS is the
    // ninth (Linux 4.10 and later). A shorter answer is an older kernel that does not say.
    quint32 mem[SK_MEMINFO_VARS] = {};
    socklen_t len = sizeof mem;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_MEMINFO, mem, &len) != 0
        || len < socklen_t((SK_MEMINFO_DROPS + 1) * sizeof(quint32)))
        return std::nullopt;
    return qint64(mem[SK_MEMINFO_DROPS]);
#else
    return std::nullopt;
#endif
}

std::optional<TcpInfo> NativeSocket::tcpInfo() const
{
#ifdef __linux__
    tcp_info info{};
    socklen_t len = sizeof info;
    // The kernel copies as much of its structure as it has; the segment counts came in 4.2–4.6,
    // tcpi_delivered in 4.18. A shorter answer leaves the rest 0: refuse it rather than say 0.
    if (::getsockopt(m_fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0
        || len < socklen_t(offsetof(tcp_info, tcpi_delivered) + sizeof info.tcpi_delivered))
        return std::nullopt;
    TcpInfo t;
    t.totalRetrans = info.tcpi_total_retrans;
    t.rttUs = info.tcpi_rtt;
    t.rttVarUs = info.tcpi_rttvar;
    t.segsOut = info.tcpi_segs_out;
    t.segsIn = info.tcpi_segs_in;
    t.dataSegsOut = info.tcpi_data_segs_out;
    t.dataSegsIn = info.tcpi_data_segs_in;
    t.sndMss = info.tcpi_snd_mss;
    t.rcvMss = info.tcpi_rcv_mss;
    t.delivered = info.tcpi_delivered;
    return t;
#else
    return std::nullopt;
#endif
}

qint64 NativeSocket::dropsReported(const msghdr &msg)
{
    static_assert(kDropsControlSize >= CMSG_SPACE(sizeof(quint32)));
    quint32 drops = 0;
#ifdef SO_RXQ_OVFL
    // CMSG_NXTHDR takes a non-const header but only reads it.
    auto *m = const_cast<msghdr *>(&msg);
    for (cmsghdr *c = CMSG_FIRSTHDR(m); c; c = CMSG_NXTHDR(m, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL)
            std::memcpy(&drops, CMSG_DATA(c), sizeof drops);
    }
#endif
    return drops;
}

// recvmsg() writes the datagram through the iovec, where the check does not look.
// NOLINTNEXTLINE(readability-non-const-parameter)
NativeSocket::Datagram NativeSocket::recvDatagram(char *data, qsizetype size, bool peek) const
{
    sockaddr_in from{};
    iovec iov{ data, size_t(size) };
    alignas(cmsghdr) char control[kDropsControlSize];
    msghdr msg{};
    msg.msg_name = &from;
    msg.msg_namelen = sizeof from;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const ssize_t r = ::recvmsg(m_fd, &msg, peek ? MSG_PEEK | MSG_TRUNC : MSG_TRUNC);
    Datagram d;
    d.error = r < 0 ? errno : 0;
    d.length = r;
    if (r >= 0) {
        d.fromIpv4 = msg.msg_namelen == sizeof from && from.sin_family == AF_INET;
        d.address = ntohl(from.sin_addr.s_addr);
        d.port = ntohs(from.sin_port);
        // No control message: the kernel sends the counter only once it is not 0.
        d.drops = dropsReported(msg);
    }
    return d;
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
