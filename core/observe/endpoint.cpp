#include "observe/endpoint.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::Endpoint", text);
}

// getaddrinfo() rather than QHostInfo: the traced sockets are IPv4 descriptors of our own,
// and a name must become exactly the address they connect to.
std::optional<QString> resolveIpv4(const QString &host)
{
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &found) != 0 || !found)
        return std::nullopt;
    char text[INET_ADDRSTRLEN] = {};
    const auto *addr = reinterpret_cast<const sockaddr_in *>(found->ai_addr);
    const bool ok = ::inet_ntop(AF_INET, &addr->sin_addr, text, sizeof text) != nullptr;
    ::freeaddrinfo(found);
    if (!ok)
        return std::nullopt;
    return QString::fromLatin1(text);
}

} // namespace

std::optional<Endpoint> Endpoint::parse(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || port < 1 || port > 65535) {
        *error = tr("expected HOST:PORT with a port from 1 to 65535, got \"%1\"").arg(text);
        return std::nullopt;
    }
    const QString host = text.left(colon);
    in_addr ignored{};
    std::optional<QString> address;
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &ignored) == 1)
        address = host;
    else
        address = resolveIpv4(host);
    if (!address) {
        *error = tr("cannot find an IPv4 address for \"%1\"").arg(host);
        return std::nullopt;
    }
    return Endpoint{ *address, quint16(port) };
}

bool Endpoint::isLoopbackAddress(const QString &address)
{
    in_addr addr{};
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &addr) != 1)
        return false;
    return (ntohl(addr.s_addr) >> 24) == 127;
}

} // namespace sockscope
