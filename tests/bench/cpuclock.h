#pragma once

#include <QtGlobal>

#include <ctime>

namespace sockscope::bench {

// CPU time of this process, all threads. Compute-bound figures (analysis, writer, simulator,
// frames, export) use it: a machine may be shared, and wall time would also count the other
// processes' turns on the two cores. On an idle machine the two agree for this work.
class CpuClock
{
public:
    CpuClock() : m_start(now()) { }
    qint64 elapsedNs() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    qint64 m_start;
};

} // namespace sockscope::bench
