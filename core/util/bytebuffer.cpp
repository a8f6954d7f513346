#include "util/bytebuffer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace sockscope {

#ifdef Q_OS_LINUX
namespace {

// capacity bytes (a multiple of kHugePage) at an address that is a multiple of it, so that
// every 2 MiB of the range can be one huge page.
char *mapHugeAligned(qsizetype capacity)
{
    const auto huge = size_t(ByteBuffer::kHugePage);
    const auto length = size_t(capacity);
    void *raw
        = mmap(nullptr, length + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        throw std::bad_alloc();
    char *begin = static_cast<char *>(raw);
    char *aligned = begin + (huge - reinterpret_cast<quintptr>(begin) % huge) % huge;
    if (aligned > begin)
        munmap(begin, size_t(aligned - begin));
    if (char *end = begin + length + huge; end > aligned + length)
        munmap(aligned + length, size_t(end - (aligned + length)));
    // Only advice: where transparent huge pages are off, the range is ordinary pages.
    madvise(aligned, length, MADV_HUGEPAGE);
    return aligned;
}

} // namespace
#endif

ByteBuffer::~ByteBuffer()
{
    release();
}

ByteBuffer::ByteBuffer(const ByteBuffer &other)
{
    *this = other;
}

ByteBuffer &ByteBuffer::operator=(const ByteBuffer &other)
{
    if (this == &other)
        return *this;
    resize(other.m_size);
    if (other.m_size > 0)
        std::memcpy(m_data, other.m_data, size_t(other.m_size));
    return *this;
}

ByteBuffer::ByteBuffer(ByteBuffer &&other) noexcept
{
    *this = std::move(other);
}

ByteBuffer &ByteBuffer::operator=(ByteBuffer &&other) noexcept
{
    if (this == &other)
        return *this;
    release();
    m_data = std::exchange(other.m_data, nullptr);
    m_size = std::exchange(other.m_size, 0);
    m_capacity = std::exchange(other.m_capacity, 0);
    m_mapped = std::exchange(other.m_mapped, false);
    return *this;
}

void ByteBuffer::grow(qsizetype n)
{
    // A mapping grows by a huge page or an eighth, whichever is more: mremap() moves page
    // tables, never the bytes, so growing by little costs nothing but a call, and the room left
    // unused stays small. On the heap, by half (realloc may copy).
    const qsizetype step = m_mapped ? std::max(kHugePage, m_capacity / 8) : m_capacity / 2;
    const qsizetype capacity = std::max({ n, m_capacity + step, qsizetype(64) });
    // A buffer that grows step by step (a recording's column) is mapped once it is large, so
    // that each of its huge pages is touched once and growing moves page tables.
    reallocate(capacity, m_capacity > 0 && capacity >= kGrowMapped);
}

void ByteBuffer::squeeze()
{
    if (m_size == 0)
        release();
    else if (m_size < m_capacity) // a mapping shrinks in place, or moves back to the heap
        reallocate(m_size, m_mapped && m_size >= kGrowMapped);
}

void ByteBuffer::reallocate(qsizetype capacity, bool map)
{
#ifdef Q_OS_LINUX
    if (map || capacity >= kMapped) {
        capacity = (capacity + kHugePage - 1) / kHugePage * kHugePage;
        if (m_mapped && capacity == m_capacity)
            return;
        // In place if the addresses after it are free; else onto a fresh aligned range, moving
        // the page tables (a mapping) or copying the bytes (from the heap).
        void *p = m_mapped ? mremap(m_data, size_t(m_capacity), size_t(capacity), 0) : MAP_FAILED;
        if (p == MAP_FAILED) {
            char *fresh = mapHugeAligned(capacity);
            if (m_mapped) {
                p = mremap(m_data, size_t(m_capacity), size_t(capacity),
                           MREMAP_MAYMOVE | MREMAP_FIXED, fresh);
                if (p == MAP_FAILED) {
                    munmap(fresh, size_t(capacity));
                    throw std::bad_alloc();
                }
            } else {
                if (m_size > 0)
                    std::memcpy(fresh, m_data, size_t(std::min(m_size, capacity)));
                std::free(m_data);
                p = fresh;
            }
        }
        m_data = static_cast<char *>(p);
        m_capacity = capacity;
        m_mapped = true;
        return;
    }
    if (m_mapped) { // shrinking a mapping below kGrowMapped: back to the heap
        char *heap = static_cast<char *>(std::malloc(size_t(capacity)));
        if (!heap)
            throw std::bad_alloc();
        std::memcpy(heap, m_data, size_t(std::min(m_size, capacity)));
        munmap(m_data, size_t(m_capacity));
        m_data = heap;
        m_capacity = capacity;
        m_mapped = false;
        return;
    }
#endif
    void *p = std::realloc(m_data, size_t(capacity));
    if (!p)
        throw std::bad_alloc();
    m_data = static_cast<char *>(p);
    m_capacity = capacity;
}

void ByteBuffer::release()
{
#ifdef Q_OS_LINUX
    if (m_mapped)
        munmap(m_data, size_t(m_capacity));
    else
        std::free(m_data);
#else
    std::free(m_data);
#endif
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_mapped = false;
}

} // namespace sockscope
