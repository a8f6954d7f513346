#pragma once

#include "model/tcpinfo.h"

#include <QString>

#include <optional>

struct msghdr;

namespace sockscope {

class StopSignal;

// An IPv4 socket descriptor and the system calls SockScope traces. Qt's sockets are not used
// for the traced traffic: QAbstractSocket::write() only appends to a user-space buffer and
// merges writes (fidelity rule 1, core/README.md), and its notifier would read ahead into its own
// buffer, so SO_RCVBUF and flow control would not act. Every call here is one system call.
class NativeSocket
{
public:
    NativeSocket() = default;
    explicit NativeSocket(int fd) : m_fd(fd) { }
    ~NativeSocket() { close(); }
    NativeSocket(NativeSocket &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    NativeSocket &operator=(NativeSocket &&other) noexcept;
    NativeSocket(const NativeSocket &) = delete;
    NativeSocket &operator=(const NativeSocket &) = delete;

    // type: SOCK_STREAM or SOCK_DGRAM. Errors are sentences naming the failed call.
    static NativeSocket create(int type, QString *error);

    int fd() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void close();

    QString setOption(int level, int name, int value);
    std::optional<qint64> option(int level, int name) const;
    QString setNonBlocking(bool on);
    // O_NONBLOCK as the file status flags say; nullopt when fcntl() fails.
    std::optional<bool> nonBlocking() const;

    // 127.0.0.1 unless an address is given (IPv4 dotted quad).
    QString bind(quint16 port = 0, const QString &address = QStringLiteral("127.0.0.1"));
    quint16 localPort() const;
    QString localAddress() const;
    QString listen(int backlog = 16);
    NativeSocket accept(QString *error);
    QString connectTo(quint16 port, const QString &address = QStringLiteral("127.0.0.1"));
    // For external servers: a non-blocking connect that a stop interrupts and that gives up
    // after timeoutMs. The socket is left in blocking mode. *errorCode (when given) gets the
    // errno of a failure (ECONNREFUSED; ETIMEDOUT for the timeout), 0 on success or a stop.
    QString connectTo(quint16 port, const QString &address, const StopSignal &stop, int timeoutMs,
                      int *errorCode = nullptr);

    // Kernel evidence (Linux): bytes not yet sent (SIOCOUTQNSD), bytes queued to read (FIONREAD;
    // for UDP the size of the next datagram). nullopt where the kernel does not say.
    std::optional<qint64> unsentBytes() const;
    std::optional<qint64> queuedBytes() const;
    // The kernel's own counters. kernelDrops: datagrams the kernel dropped on this socket so
    // far, a full receive buffer among them (SO_MEMINFO's SK_MEMINFO_DROPS, the counter that
    // SO_RXQ_OVFL reports). tcpInfo: TCP_INFO's segment, retransmission and round-trip counts.
    // nullopt where the kernel does not say.
    std::optional<qint64> kernelDrops() const;
    std::optional<TcpInfo> tcpInfo() const;
    // The drop counter SO_RXQ_OVFL put in a recvmsg()'s control messages (0 when there is
    // none: the kernel sends it only once it is not 0). The control buffer must have room for
    // kDropsControlSize bytes.
    static qint64 dropsReported(const msghdr &msg);
    static constexpr int kDropsControlSize = 32; // >= CMSG_SPACE(sizeof(quint32)), 8-aligned

    // One datagram read by exactly one recvmsg(MSG_TRUNC) into size bytes at data: its true
    // length (more than size when it was cut: the proof of truncation without a second call),
    // or -1 with the errno; who sent it; and the drop counter reported with it. peek adds
    // MSG_PEEK: the datagram stays queued, and Linux still returns its true length.
    struct Datagram
    {
        qint64 length = -1;
        int error = 0;
        bool fromIpv4 = false;
        quint32 address = 0; // the sender's IPv4 address, host order
        quint16 port = 0;
        qint64 drops = 0;
    };
    Datagram recvDatagram(char *data, qsizetype size, bool peek = false) const;

    // poll(2) in slices, so a stop is seen within ~50 ms even if shutdown(2) did not wake us.
    // true when ready; false when stopped or after timeoutMs (negative = no timeout).
    bool waitReadable(const StopSignal &stop, int timeoutMs = -1) const;
    bool waitWritable(const StopSignal &stop, int timeoutMs = -1) const;

private:
    bool wait(short events, const StopSignal &stop, int timeoutMs) const;
    int m_fd = -1;
};

} // namespace sockscope
