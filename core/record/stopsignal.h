#pragma once

#include <QList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace sockscope {

// Stops a run from any thread within milliseconds. Sleeping threads wake at once; threads blocked
// in send()/recv()/poll() are woken by shutdown(2) on the sockets they registered, which is the
// one portable way to interrupt a blocking socket call without signals.
class StopSignal
{
public:
    void stop();
    bool isStopped() const { return m_stopped.load(std::memory_order_relaxed); }

    // Sleeps until the deadline; false when stopped meanwhile.
    bool sleepUntil(std::chrono::steady_clock::time_point deadline);

    // A socket to shut down on stop. Unwatch before closing it, so a reused descriptor number
    // is never shut down by mistake.
    void watch(int fd);
    void unwatch(int fd);

private:
    std::atomic<bool> m_stopped{ false };
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<int> m_fds;
};

} // namespace sockscope
