#include "model/trace.h"

namespace sockscope {

QString protocolName(Protocol p)
{
    return p == Protocol::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

QString modeName(Mode m)
{
    return m == Mode::Real ? QStringLiteral("real") : QStringLiteral("sim");
}

QString roleName(Role r)
{
    switch (r) {
    case Role::Loopback:
        return QStringLiteral("loopback");
    case Role::Observer:
        return QStringLiteral("observer");
    case Role::Relay:
        return QStringLiteral("relay");
    case Role::Sender:
        return QStringLiteral("sender");
    }
    return {};
}

QString fateName(Fate f)
{
    switch (f) {
    case Fate::Intact:
        return QStringLiteral("intact");
    case Fate::Merged:
        return QStringLiteral("merged");
    case Fate::Split:
        return QStringLiteral("split");
    case Fate::Truncated:
        return QStringLiteral("truncated");
    case Fate::Lost:
        return QStringLiteral("lost");
    case Fate::Empty:
        return QStringLiteral("empty");
    }
    return {};
}

} // namespace sockscope
