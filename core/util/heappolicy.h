#pragma once

namespace sockscope {

// How the process's heap hands memory back: large blocks come from the heap and freed memory is
// kept (up to kKeepBytes) for the next run, analysis or export, instead of going back to the
// kernel and being faulted in again page by page. Where a first touch of a 4 KiB page is slow
// (virtual machines), faulting otherwise dominates the data paths (README's performance notes).
// Called first thing by main() of the app and of the benchmark. No-op where the C library is
// not glibc.
class HeapPolicy
{
public:
    static constexpr int kKeepBytes = 256 * 1024 * 1024;
    static void apply();
};

} // namespace sockscope
