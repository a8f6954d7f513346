#pragma once

#include <atomic>
#include <csignal>
#include <thread>

namespace sockscope {

class StopSignal;

// Ctrl+C (SIGINT) and SIGTERM stop a CLI run cleanly, so the trace so far is still printed and
// written. The signals are blocked and taken by sigwait() on a thread of our own, because a
// signal handler may not lock the StopSignal's mutex. Create it before any runner thread starts:
// threads inherit the blocked mask.
class SignalStopper
{
public:
    explicit SignalStopper(StopSignal &stop);
    ~SignalStopper();
    SignalStopper(const SignalStopper &) = delete;
    SignalStopper &operator=(const SignalStopper &) = delete;

private:
    sigset_t m_signals{};
    sigset_t m_previous{};
    std::atomic<bool> m_quitting{ false };
    std::thread m_thread;
};

} // namespace sockscope
