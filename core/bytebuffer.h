#pragma once

#include <QtGlobal>

namespace sockscope {

// The growable bytes behind a PackedColumn or an EventList's preview arena. A recording thread
// appends to a few of these per call, and what growing them costs is mostly the kernel's: on
// the 2-core VM a first touch of a fresh page costs about 3 µs, which is more than the whole
// per-event budget (ns_per_event_append). So growth never copies into fresh pages: small
// buffers grow with realloc(), and past kMapped bytes (8 MiB) the buffer is its own mapping, grown with
// mremap() (Linux), which moves page tables instead of bytes. (Transparent huge pages were
// tried: fewer faults, but zeroing a 2 MiB page took ~8 ms on that VM, five times the cost of
// the 4 KiB faults it saved.)
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
    // Below this, the heap: batches handed to the GUI (a few MiB at most) reuse freed heap
    // memory instead of mapping fresh pages each time.
    static constexpr qsizetype kMapped = qsizetype(8) << 20;
    void grow(qsizetype n);
    void reallocate(qsizetype capacity);
    void release();

    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    bool m_mapped = false;
};

} // namespace sockscope
