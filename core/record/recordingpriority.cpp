#include "record/recordingpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sockscope {

void RecordingPriority::lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // On Linux, nice is a property of each thread (PRIO_PROCESS with a thread id), inherited by
    // the threads it creates. Failing (a sandbox that forbids it) only leaves the priority as is.
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, current + kNice);
#endif
}

} // namespace sockscope
