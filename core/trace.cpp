#include "trace.h"

namespace sockscope {

QString protocolName(Protocol p)
{
    return p == Protocol::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

QString modeName(Mode m)
{
    return m == Mode::Real ? QStringLiteral("real") : QStringLiteral("sim");
}

QString fateName(Fate f)
{
    switch (f) {
    case Fate::Intact: return QStringLiteral("intact");
    case Fate::Merged: return QStringLiteral("merged");
    case Fate::Split: return QStringLiteral("split");
    case Fate::Truncated: return QStringLiteral("truncated");
    case Fate::Lost: return QStringLiteral("lost");
    case Fate::Empty: return QStringLiteral("empty");
    }
    return {};
}

} // namespace sockscope
