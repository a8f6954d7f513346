#include "cli/signalstopper.h"

#include "record/stopsignal.h"

#include <pthread.h>

namespace sockscope {

SignalStopper::SignalStopper(StopSignal &stop)
{
    sigemptyset(&m_signals);
    sigaddset(&m_signals, SIGINT);
    sigaddset(&m_signals, SIGTERM);
    sigaddset(&m_signals, SIGHUP); // the terminal closed: keep the trace like any other stop
    pthread_sigmask(SIG_BLOCK, &m_signals, &m_previous);
    m_thread = std::thread([this, &stop] {
        int signal = 0;
        while (sigwait(&m_signals, &signal) == 0) {
            if (m_quitting)
                return;
            ++s_received;
            stop.stop();
        }
    });
}

SignalStopper::~SignalStopper()
{
    m_quitting = true;
    // The waiting thread blocks SIGTERM and takes it with sigwait(): this wakes it, it does not
    // terminate it.
    pthread_kill(m_thread.native_handle(), SIGTERM); // NOLINT(bugprone-bad-signal-to-kill-thread)
    m_thread.join();
    pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

} // namespace sockscope
