#pragma once

#include <QtGlobal>

namespace sockscope {

// The growable bytes behind a PackedColumn or an EventList's preview arena. A recording thread
// appends to a few of these per call, and what growing them costs is mostly the kernel's: on
// the 2-core VM a first touch of a fresh 4 KiB page costs 1.5–3 µs, about half of the whole
// per-event budget (ns_per_event_append) spread over the ~170 calls a page holds. So each page
// of a growing buffer is touched once: a buffer that grows past kGrowMapped (128 KiB) becomes
// its own mapping, grown with mremap() (Linux), which moves page tables instead of copying
// bytes (realloc() on the heap copied into fresh memory at most steps). A buffer made at its
// final size (a batch handed to the GUI) stays on the heap below kMapped, so the heap hands
// the same memory out again once the batch is freed. (Pre-faulting with
// MADV_POPULATE_WRITE saved the faults but cost as much; transparent huge pages were worse:
// zeroing a 2 MiB page took ~8 ms on that VM.)
// Copies are deep (EventList shares whole sets of buffers between copies of a trace).
class ByteBuffer
{
public:
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
    // A buffer that grows past this is mapped (mremap() moves it without copying).
    static constexpr qsizetype kGrowMapped = qsizetype(128) << 10;
    void grow(qsizetype n);
    void reallocate(qsizetype capacity, bool map);
    void release();

    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    bool m_mapped = false;
};

} // namespace sockscope
