#pragma once

#include <QString>

#include <optional>

namespace sockscope {

// HOST:PORT of an external program (relay target, send-to server), resolved to IPv4 once,
// when the user names it, so a slow DNS answer never stalls a socket thread.
struct Endpoint
{
    QString address; // IPv4 dotted quad
    quint16 port = 0;

    // HOST is an IPv4 address or a name ("localhost"); PORT is 1–65535. The error names the
    // text that is wrong, not the flag: callers add that.
    static std::optional<Endpoint> parse(const QString &text, QString *error);
    static bool isLoopbackAddress(const QString &address); // 127.0.0.0/8
    bool isLoopback() const { return isLoopbackAddress(address); }
    QString toString() const { return address + QLatin1Char(':') + QString::number(port); }

    bool operator==(const Endpoint &) const = default;
};

} // namespace sockscope
