#include "model/trace.h"

namespace sockscope {

QString protocolName(Protocol p)
{
    return p == Protocol::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

QString modeName(Mode m)
{
    switch (m) {
    case Mode::Real:
        return QStringLiteral("real");
    case Mode::Sim:
        return QStringLiteral("sim");
    case Mode::Both:
        return QStringLiteral("both");
    }
    return {};
}

std::optional<Mode> parseMode(const QString &name)
{
    for (Mode mode : { Mode::Real, Mode::Sim, Mode::Both }) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
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

QString wireName(Wire w)
{
    switch (w) {
    case Wire::None:
        return {};
    case Wire::Simulated:
        return QStringLiteral("simulated");
    case Wire::Captured:
        return QStringLiteral("captured");
    }
    return {};
}

std::optional<Wire> parseWire(const QString &name)
{
    for (Wire wire : { Wire::Simulated, Wire::Captured }) {
        if (name == wireName(wire))
            return wire;
    }
    return std::nullopt;
}

int &Summary::messagesOf(Fate fate)
{
    switch (fate) {
    case Fate::Intact:
        return intact;
    case Fate::Merged:
        return merged;
    case Fate::Split:
        return split;
    case Fate::Truncated:
        return truncated;
    case Fate::Lost:
        return lost;
    case Fate::Empty:
        return empty;
    case Fate::Unsent:
        return unsent;
    case Fate::Unread:
        return unread;
    }
    Q_UNREACHABLE();
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
    case Fate::Unsent:
        return QStringLiteral("unsent");
    case Fate::Unread:
        return QStringLiteral("unread");
    }
    return {};
}

} // namespace sockscope
