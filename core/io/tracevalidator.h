#pragma once

#include "model/eventcap.h"
#include "model/trace.h"

#include <QCoreApplication>

#include <limits>

namespace sockscope {

// What a trace read from a file must satisfy before anything else sees it (the trace contract of
// core/README.md). The analysis, the text report, the writers and the renderer index lists with
// the ids a trace holds and add up its times and sizes; a crafted file must not make them read
// out of range or overflow. TraceJsonReader checks each value against the limits below as it
// reads it (an id must fit an int before it can be stored); check() then checks what relates
// values to one another: ids and the references between runs, messages, sends, recvs, frames
// and segments, and byte counts that must agree. All of it in one pass over each list.
class TraceValidator
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TraceValidator)

public:
    // Times, durations, stream offsets, lengths and byte totals: below 2^53 (104 days, 9 PB),
    // so that each is exact as a double (the view computes in doubles: at 2^62 ns neighbouring
    // doubles are 1 µs apart and every call of a run falls on one point) and a time plus a
    // duration, or an offset plus a length, is far from overflowing 64 bits.
    static constexpr qint64 kMaxNs = (qint64(1) << 53) - 1;
    // What one call asks for or moves and the kernel's evidence about it (FIONREAD, SIOCOUTQNSD,
    // socket buffer sizes) are ints in the kernel; one read or write moves at most 2^31 - 4096
    // bytes on Linux. Millions of them still add up to far less than 2^63.
    static constexpr qint64 kMaxCallBytes = std::numeric_limits<int>::max();
    // One packet on the simulated wire: an IPv4 packet is at most 65,535 bytes.
    static constexpr qint64 kMaxSegmentBytes = 65535;
    // The kernel's counters (a socket's drop counter, TCP_INFO's fields) are 32-bit.
    static constexpr qint64 kMaxKernelCounter = std::numeric_limits<quint32>::max();
    // Ids, message numbers and counts are ints in the model.
    static constexpr qint64 kMaxId = std::numeric_limits<int>::max();
    // The largest file read: a run at the default event cap (EventCap: as many sends as recvs)
    // at about 300 bytes of JSON a call (measured: 150-270 bytes for a send or recv line with a
    // short preview, up to ~420 with a 64-byte preview of unprintable bytes, 310 per call over
    // a whole 10-byte-message trace, its messages included). A file is read a few hundred KiB
    // at a time (TraceJsonSplit), so its size bounds the time, not the memory.
    static constexpr qint64 kBytesPerCall = 300;
    static constexpr qint64 kMaxInputBytes = 2 * EventCap::kDefault * kBytesPerCall;
    // A pipe or a device is read into memory whole (it cannot be read twice): at most this, and
    // /dev/zero or a FIFO that never ends is refused after one byte more, before it fills the
    // memory.
    static constexpr qint64 kMaxStreamBytes = 2'000'000'000;

    // Empty when the trace is consistent; else one sentence naming the first field that is not
    // and where it is ("runs[0].sends[12].message: 99 is not a message of this run").
    static QString check(const Trace &trace);
};

} // namespace sockscope
