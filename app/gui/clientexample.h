#pragma once

#include "observe/observeoptions.h"

#include <QString>

namespace sockscope {

// One-line client commands a teacher writes on the board next to the listening address: a
// python3 client that speaks the chosen framing, and netcat to type lines by hand. Only
// valid options are described (the caller validated them).
class ClientExample
{
public:
    static QString python(const ObserveOptions &options, const QString &host, quint16 port);
    // Empty when netcat cannot produce the framing (a binary length prefix).
    static QString netcat(const ObserveOptions &options, const QString &host, quint16 port);
};

} // namespace sockscope
