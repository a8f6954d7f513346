#pragma once

#include <QtGlobal>

namespace sockscope {

// The growable bytes behind a PackedColumn or an EventList's preview arena. A recording thread
// appends to a few of these per call, and what growing them costs is mostly the kernel's: a
// first touch of a fresh 4 KiB page can cost several µs on a virtual machine (each fault may
// also empty the TLB), against a per-event budget of 30 ns spread over the ~170 calls a page holds.
// So a buffer that grows past kGrowMapped (512 KiB) becomes its own mapping, a multiple of 2 MiB at
// a 2 MiB-aligned address with MADV_HUGEPAGE, grown with mremap() (Linux): one fault per 2 MiB
// where transparent huge pages are on ("madvise" or "always"), and growing moves page tables
// instead of copying bytes (realloc() on the heap copied into fresh memory at most steps).
// Prefaulting 4 KiB pages (MADV_POPULATE_WRITE) does not help: the price is setting each page table
// entry, so only fewer entries do. README's performance notes have the measured figures. The price
// is memory: a mapped buffer holds whole 2 MiB pages once touched, hence mapping only past 512 KiB
// (128 KiB doubled a 100 000-event run's memory for no faster appends). A buffer made at its final
// size (a batch handed to the GUI) stays on the heap below kMapped, so the heap hands the same
// memory out again once the batch is freed. Copies are deep (EventList shares whole sets of buffers
// between copies of a trace).
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
