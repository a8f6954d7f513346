#pragma once

#include "model/preview.h"

#include <QtGlobal>

#include <optional>

namespace sockscope {

// One send()/sendto() system call. Never a Qt write(): fidelity rule 1 (core/README.md).
// A run keeps its sends in an EventList, column by column; this is one of them as a value.
struct SendEvent
{
    int id = 0;
    int message = 0; // index of the application message this call carries bytes of
    qint64 tNs = 0; // when the call started, ns since the run's start
    qint64 durNs = 0; // how long the call took (a blocking send can sleep in the kernel)
    qint64 requested = 0; // length passed to the call
    qint64 accepted = 0; // what the call returned (0 with error EAGAIN)
    qint64 offset = 0; // stream offset (TCP) or 0 (UDP) of the first accepted byte
    std::optional<qint64> unsentAfter; // SIOCOUTQNSD right after the call (Linux TCP only)
    int error = 0; // errno of a failed call, 0 on success
    Preview preview; // first bytes of the application data
};

} // namespace sockscope
