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
// Writing the files once a run has stopped, the verbs count the signals instead: one that comes
// during a write cancels it (TraceOutputs), and the file is left as it was, never half written.
class SignalStopper
{
public:
    explicit SignalStopper(StopSignal &stop);
    ~SignalStopper();
    SignalStopper(const SignalStopper &) = delete;
    SignalStopper &operator=(const SignalStopper &) = delete;

    // The signals taken so far by any SignalStopper of this process.
    static int received() { return s_received.load(); }

private:
    sigset_t m_signals{};
    sigset_t m_previous{};
    std::atomic<bool> m_quitting{ false };
    std::thread m_thread;
    static inline std::atomic<int> s_received{ 0 };
};

} // namespace sockscope
