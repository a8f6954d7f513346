#include "util/heappolicy.h"

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

} // namespace sockscope
