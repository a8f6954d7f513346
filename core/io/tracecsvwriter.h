#pragma once

#include "model/trace.h"

namespace sockscope {

// One row per event (send, recv, frame), header row first; columns documented in the README.
class TraceCsvWriter
{
public:
    static QByteArray toCsv(const Trace &trace);
    static QString write(const Trace &trace, const QString &path);
};

} // namespace sockscope
