#include "model/errnoname.h"

#include <cerrno>
#include <utility>

namespace sockscope {

namespace {

// The errors a socket, connect, accept, send or recv call can report on Linux. EWOULDBLOCK is
// EAGAIN here, so only EAGAIN is listed; the reader accepts both spellings.
constexpr std::pair<int, const char *> names[] = {
    { EAGAIN, "EAGAIN" },
    { EINTR, "EINTR" },
    { EPIPE, "EPIPE" },
    { ECONNRESET, "ECONNRESET" },
    { ECONNREFUSED, "ECONNREFUSED" },
    { ECONNABORTED, "ECONNABORTED" },
    { ENOTCONN, "ENOTCONN" },
    { EMSGSIZE, "EMSGSIZE" },
    { ENOBUFS, "ENOBUFS" },
    { ENOMEM, "ENOMEM" },
    { ETIMEDOUT, "ETIMEDOUT" },
    { EHOSTUNREACH, "EHOSTUNREACH" },
    { ENETUNREACH, "ENETUNREACH" },
    { ENETDOWN, "ENETDOWN" },
    { EHOSTDOWN, "EHOSTDOWN" },
    { EBADF, "EBADF" },
    { EINVAL, "EINVAL" },
    { EFAULT, "EFAULT" },
    { ENOTSOCK, "ENOTSOCK" },
    { EADDRINUSE, "EADDRINUSE" },
    { EADDRNOTAVAIL, "EADDRNOTAVAIL" },
    { EACCES, "EACCES" },
    { EPERM, "EPERM" },
    { EOPNOTSUPP, "EOPNOTSUPP" },
    { EINPROGRESS, "EINPROGRESS" },
    { EALREADY, "EALREADY" },
    { EISCONN, "EISCONN" },
    { EDESTADDRREQ, "EDESTADDRREQ" },
    { EPROTOTYPE, "EPROTOTYPE" },
    { ENOPROTOOPT, "ENOPROTOOPT" },
    { EMFILE, "EMFILE" },
    { ENFILE, "ENFILE" },
    { ENOSPC, "ENOSPC" },
    { EIO, "EIO" },
};

} // namespace

QString ErrnoName::name(int error)
{
    if (error == 0)
        return {};
    for (const auto &[code, text] : names) {
        if (code == error)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("errno %1").arg(error);
}

std::optional<int> ErrnoName::parse(QStringView name)
{
    if (name == u"EWOULDBLOCK")
        return EWOULDBLOCK;
    for (const auto &[code, text] : names) {
        if (name == QLatin1String(text))
            return code;
    }
    if (name.startsWith(u"errno ")) {
        bool ok = false;
        const int n = name.mid(6).toInt(&ok);
        if (ok && n > 0)
            return n;
    }
    return std::nullopt;
}

} // namespace sockscope
