#pragma once

#include "util/bytebuffer.h"

#include <QtGlobal>

#include <cstring>
#include <vector>

namespace sockscope {

// One field of an EventList: a whole number per event, stored in the narrowest width that holds
// every value so far (0, 1, 2, 4 or 8 bytes). Fields are encoded so that their usual value is 0
// (EventFields), and a column that has only held 0 takes no memory at all: a TCP run's recvs
// have no datagram sizes, a run without kernel evidence no FIONREAD values. A wider value widens
// the column once, copying it; widths only grow, so that costs at most four copies per column.
//
// A *blocked* column (setBlocked(), for times, stream offsets and sizes) stores each block of
// kBlock elements as differences from the block's first value, kept apart (8 bytes per block):
// times that grow to 10^10 ns take 4 bytes instead of 8 as long as a block spans less than 2 s,
// offsets that grow by equal messages take 2, and sizes that never change take none. Reading an
// element stays one load and an add. The differences wrap around 2^64, so that any value comes
// back exactly.
//
// A plain value (copying copies the bytes): EventList shares whole sets of columns between
// copies of a trace. The caller keeps the count (every column of a list has the same).
class PackedColumn
{
public:
    static constexpr int kBlockShift = 8;
    static constexpr qsizetype kBlock = qsizetype(1) << kBlockShift;

    // Bytes held, including room reserved for growth.
    qsizetype capacityBytes() const
    {
        return m_data.capacity() + qsizetype(m_bases.capacity() * sizeof(qint64));
    }
    // Bytes the elements take.
    qsizetype sizeBytes() const
    {
        return m_data.size() + qsizetype(m_bases.size() * sizeof(qint64));
    }

    // Only while the column is empty.
    void setBlocked(bool blocked) { m_blocked = blocked; }
    bool blocked() const { return m_blocked; }

    qint64 at(qsizetype i) const
    {
        const qint64 stored = raw(i);
        return m_blocked ? wrapped(stored, base(i)) : stored;
    }

    // Appends value as element `count` (the number of elements before it).
    void append(qsizetype count, qint64 value)
    {
        if (m_blocked)
            value = difference(count, value);
        appendRaw(count, value);
    }

    // Replaces element i of `count`.
    void set(qsizetype i, qsizetype count, qint64 value)
    {
        if (m_blocked)
            value = wrappedMinus(value, base(i));
        if (!fits(value))
            widen(widthFor(value), count);
        if (m_width != 0)
            store(m_data.data() + i * m_width, value);
    }

    // Keeps the first count elements and gives back the room beyond them.
    void truncate(qsizetype count);
    void reserve(qsizetype count);
    // Elements [from, to) as a column of their own.
    PackedColumn slice(qsizetype from, qsizetype to) const;
    // Appends other's first `otherCount` elements after this column's `count`, each plus shift
    // (values stored relative to their index move when their index does).
    void appendColumn(qsizetype count, const PackedColumn &other, qsizetype otherCount,
                      qint64 shift = 0);

    static int widthFor(qint64 value)
    {
        if (value == 0)
            return 0;
        if (value >= -0x80 && value < 0x80)
            return 1;
        if (value >= -0x8000 && value < 0x8000)
            return 2;
        if (value >= -0x80000000LL && value < 0x80000000LL)
            return 4;
        return 8;
    }

private:
    // a + b modulo 2^64.
    static qint64 wrapped(qint64 a, qint64 b) { return qint64(quint64(a) + quint64(b)); }
    // a - b modulo 2^64 (negating b itself would overflow for the smallest qint64).
    static qint64 wrappedMinus(qint64 a, qint64 b) { return qint64(quint64(a) - quint64(b)); }
    // The base of element i's block: bases past the end of m_bases are 0 (a column of zeros
    // keeps none).
    qint64 base(qsizetype i) const
    {
        const auto block = std::size_t(i >> kBlockShift);
        return block < m_bases.size() ? m_bases[block] : 0;
    }
    // value as element `count` of a blocked column stores it: the first of a block is its base.
    qint64 difference(qsizetype count, qint64 value)
    {
        if ((count & (kBlock - 1)) == 0) [[unlikely]]
            return startBlock(count, value);
        return wrappedMinus(value, base(count));
    }
    // value begins a block: it is the block's base (kept unless it and every base before it
    // are 0), stored as 0. Out of line: append() stays small enough to be inlined per column.
    qint64 startBlock(qsizetype count, qint64 value);
    void appendRaw(qsizetype count, qint64 value)
    {
        if (!fits(value)) [[unlikely]]
            widen(widthFor(value), count);
        if (m_width == 0)
            return;
        const qsizetype end = (count + 1) * m_width;
        if (end > m_data.size())
            m_data.resize(end);
        store(m_data.data() + count * m_width, value);
    }
    qint64 raw(qsizetype i) const
    {
        const char *p = m_data.data();
        switch (m_width) {
        case 0:
            return 0;
        case 1:
            return qint8(p[i]);
        case 2:
            return load<qint16>(p + 2 * i);
        case 4:
            return load<qint32>(p + 4 * i);
        default:
            return load<qint64>(p + 8 * i);
        }
    }

    // value + 2^(8w-1) lies in [0, 2^(8w)) exactly when value fits w bytes: one add and one
    // compare on the append path instead of widthFor()'s ladder.
    bool fits(qint64 value) const { return quint64(value) + m_bias <= m_mask; }
    template<typename T> static qint64 load(const char *p)
    {
        T v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    void store(char *p, qint64 value) const
    {
        switch (m_width) {
        case 1:
            *p = char(value);
            break;
        case 2: {
            const auto v = qint16(value);
            std::memcpy(p, &v, 2);
            break;
        }
        case 4: {
            const auto v = qint32(value);
            std::memcpy(p, &v, 4);
            break;
        }
        default:
            std::memcpy(p, &value, 8);
            break;
        }
    }
    void setWidth(int width);
    void widen(int width, qsizetype count);

    ByteBuffer m_data; // size() is the room in use or reserved, in bytes
    std::vector<qint64> m_bases; // a blocked column's first value of each block
    quint64 m_bias = 0;
    quint64 m_mask = 0;
    quint8 m_width = 0;
    bool m_blocked = false;
};

} // namespace sockscope
