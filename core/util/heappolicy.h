#pragma once

namespace sockscope {

// How the process's heap hands memory back: large blocks come from the heap and freed memory is
// kept (up to kKeepBytes) for the next run, analysis or export, instead of going back to the
// kernel and being faulted in again page by page. A first touch of a 4 KiB page cost ~10 µs on
// the PVM guests of our machine class (0.1-0.3 µs on bare metal), so faulting dominated the data
// paths there: analysing 1 M events 5.5 M events/s with glibc's defaults, 43 M/s with this.
// Called first thing by main() of the app and of the benchmark. No-op where the C library is
// not glibc.
class HeapPolicy
{
public:
    static constexpr int kKeepBytes = 256 * 1024 * 1024;
    static void apply();
};

} // namespace sockscope
