#pragma once

namespace sockscope {

// Lowers the calling thread's scheduling priority (Linux: nice +kNice for this thread only),
// for the thread that starts a recording in the window. The runner threads it starts inherit
// it. A flood run keeps four runner threads busy on a 2-core machine, and at equal priority the
// GUI thread waited up to tens of milliseconds for a core (gui_loop_p99_ms); lowered, the
// runners only yield when the window has work, and a lesson's runners, which mostly sleep, are
// unaffected. The CLI records at normal priority. No effect elsewhere.
class RecordingPriority
{
public:
    static constexpr int kNice = 5;
    static void lowerCurrentThread();
};

} // namespace sockscope
