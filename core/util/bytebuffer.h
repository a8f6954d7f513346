#pragma once

#include <QtGlobal>

namespace sockscope {

// The growable bytes behind a PackedColumn or an EventList's preview arena. A recording thread
// appends to a few of these per call, and what growing them costs is mostly the kernel's: a
// first touch of a fresh 4 KiB page costs 1.5–3 µs on one 2-core VM and ~10 µs on another
// (a PVM guest, kernel 6.18, no PCID: each fault also empties the TLB), against a per-event
// budget of 30 ns spread over the ~170 calls a page holds. So a buffer that grows past
// kGrowMapped (512 KiB) becomes its own mapping, a multiple of 2 MiB at a 2 MiB-aligned address
// with MADV_HUGEPAGE, grown with mremap() (Linux): one fault per 2 MiB where transparent huge
// pages are on ("madvise" or "always"), and growing moves page tables instead of copying bytes
// (realloc() on the heap copied into fresh memory at most steps). Measured on the PVM guest:
// 10.4 µs per 4 KiB page, 0.22 µs per 4 KiB of huge page (the very first use of the guest's
// memory costs ~3 ms per huge page once, the host backing it; an earlier note that huge pages
// cost ~8 ms each on the first VM was likely that). MADV_POPULATE_WRITE of 4 KiB pages costs
// 4.3 µs a page there: the price is setting each page table entry, so only fewer entries help.
// The price is memory: a mapped buffer holds whole 2 MiB pages once touched, hence mapping
// only past 512 KiB (128 KiB doubled a 100 000-event run's memory for no faster appends). A
// buffer made at its final size (a batch handed to the GUI) stays on the heap below kMapped,
// so the heap hands the same memory out again once the batch is freed.
// Copies are deep (EventList shares whole sets of buffers between copies of a trace).
class ByteBuffer
{
public:
    // Mapped buffers are a multiple of this, at an address that is one.
    static constexpr qsizetype kHugePage = qsizetype(2) << 20;

    ByteBuffer() = default;
    ~ByteBuffer();
    ByteBuffer(const ByteBuffer &other);
    ByteBuffer &operator=(const ByteBuffer &other);
    ByteBuffer(ByteBuffer &&other) noexcept;
    ByteBuffer &operator=(ByteBuffer &&other) noexcept;

    char *data() { return m_data; }
    const char *data() const { return m_data; }
    // Bytes that may be written and read; growing keeps the first ones, new ones are undefined.
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }

    // At least n usable bytes, growing the room by at least half when it has to grow.
    void resize(qsizetype n)
    {
        if (n > m_capacity) [[unlikely]]
            grow(n);
        m_size = n;
    }
    // Gives back room beyond size().
    void squeeze();

private:
    // A buffer made at this size or more is mapped; below it, the heap.
    static constexpr qsizetype kMapped = qsizetype(8) << 20;
    // A buffer that grows past this is mapped (mremap() then moves it without copying).
    static constexpr qsizetype kGrowMapped = qsizetype(512) << 10;
    void grow(qsizetype n);
    void reallocate(qsizetype capacity, bool map);
    void release();

    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    bool m_mapped = false;
};

} // namespace sockscope
