#include "record/stopsignal.h"

#include <sys/socket.h>

namespace sockscope {

void StopSignal::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    for (int fd : std::as_const(m_fds))
        ::shutdown(fd, SHUT_RDWR);
    m_wake.notify_all();
}

bool StopSignal::sleepUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_until(lock, deadline, [this] { return m_stopped.load(); });
    return !m_stopped;
}

void StopSignal::watch(int fd)
{
    std::lock_guard lock(m_mutex);
    m_fds.append(fd);
    if (m_stopped)
        ::shutdown(fd, SHUT_RDWR);
}

void StopSignal::unwatch(int fd)
{
    std::lock_guard lock(m_mutex);
    m_fds.removeAll(fd);
}

} // namespace sockscope
