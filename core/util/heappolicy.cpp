#include "util/heappolicy.h"

#include <sys/mman.h>

#include <cstdint>

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace sockscope {

void HeapPolicy::apply()
{
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    // glibc maps every block above its mmap threshold (128 KiB, rising to at most 32 MiB as
    // such blocks are freed) on its own and unmaps it on free(), and trims the heap's top above
    // 128 KiB: a million-event trace's lists, the JSON text and the simulator's segments were
    // fresh pages every time. Blocks up to kKeepBytes now come from the heap, and up to
    // kKeepBytes of free memory stay there.
    mallopt(M_MMAP_THRESHOLD, kKeepBytes);
    mallopt(M_TRIM_THRESHOLD, kKeepBytes);
#endif
}

void HeapPolicy::adviseHugePages(const void *block, qsizetype bytes)
{
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    constexpr qsizetype kAtLeast = qsizetype(4) << 20;
    if (!block || bytes < kAtLeast)
        return;
    const auto begin = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t from = (begin + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t to = (begin + std::uintptr_t(bytes)) & ~(kHuge - 1);
    if (to > from) {
        // The block's own address, rounded: there is no pointer to derive it from.
        // NOLINTNEXTLINE(performance-no-int-to-ptr)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
    }
}

} // namespace sockscope
