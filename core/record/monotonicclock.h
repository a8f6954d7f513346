#pragma once

#include <QtGlobal>

#include <chrono>

namespace sockscope {

// One monotonic nanosecond clock for both ends of a run, as two programs on one machine would
// share CLOCK_MONOTONIC. A read costs tens of nanoseconds, cheap next to a send() of microseconds.
class MonotonicClock
{
public:
    MonotonicClock() : m_start(std::chrono::steady_clock::now()) { }

    qint64 nowNs() const
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now()
                                                                    - m_start)
            .count();
    }

    std::chrono::steady_clock::time_point at(qint64 ns) const
    {
        return m_start + std::chrono::nanoseconds(ns);
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

} // namespace sockscope
