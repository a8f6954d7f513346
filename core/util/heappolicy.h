#pragma once

#include <QtGlobal>

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
    // A large block just allocated (a list reserved for millions of elements): the kernel is
    // asked for 2 MiB pages over the whole 2 MiB pages inside it (MADV_HUGEPAGE), so that
    // filling it faults once per 2 MiB instead of once per 4 KiB. Blocks under 4 MiB are left
    // alone.
    static void adviseHugePages(const void *block, qsizetype bytes);
};

} // namespace sockscope
