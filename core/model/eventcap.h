#pragma once

#include <QCoreApplication>

#include <atomic>

namespace sockscope {

// The event cap: one run records at most limit() sends and limit() recvs. A 1,000,000-message
// lesson sent in 64 parts, or a non-blocking sender spinning on EAGAIN, would otherwise grow
// the trace until memory runs out. The runners stop a run that reaches it and show notice() as
// the run's error; `sockscope run --max-events N` sets it (process-wide, read when a run starts).
// It is part of the data's shape, not only of recording: the trace reader bounds the files it
// reads by the size of a trace at the default cap (TraceValidator::kMaxInputBytes).
class EventCap
{
public:
    static constexpr qint64 kDefault = 10'000'000;
    static qint64 limit() { return s_limit.load(std::memory_order_relaxed); }
    static void setLimit(qint64 events) { s_limit.store(events, std::memory_order_relaxed); }
    static QString notice(qint64 events)
    {
        return QCoreApplication::translate("sockscope::EventCap",
                                           "recording stopped: the run reached the event cap of "
                                           "%1 events (--max-events)")
            .arg(events);
    }

private:
    static inline std::atomic<qint64> s_limit{ kDefault };
};

} // namespace sockscope
