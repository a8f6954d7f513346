#pragma once

#include <QByteArray>

#include <cstring>

namespace sockscope {

// One field of an EventList: a whole number per event, stored in the narrowest width that holds
// every value so far (0, 1, 2, 4 or 8 bytes). Fields are encoded so that their usual value is 0
// (EventFields), and a column that has only held 0 takes no memory at all: a TCP run's recvs
// have no datagram sizes, a run without kernel evidence no FIONREAD values. A wider value widens
// the column once, copying it; widths only grow, so that costs at most four copies per column.
//
// The bytes are a QByteArray: a Trace copied to another thread or kept by the GUI shares them
// until either side writes. The caller keeps the count (every column of a list has one).
class PackedColumn
{
public:
    int width() const { return m_width; }
    // Bytes held, including room reserved for growth.
    qsizetype capacityBytes() const { return m_data.capacity(); }

    qint64 at(qsizetype i) const
    {
        const char *p = m_data.constData();
        switch (m_width) {
        case 0: return 0;
        case 1: return qint8(p[i]);
        case 2: return load<qint16>(p + 2 * i);
        case 4: return load<qint32>(p + 4 * i);
        default: return load<qint64>(p + 8 * i);
        }
    }

    // Appends value as element `count` (the number of elements before it).
    void append(qsizetype count, qint64 value)
    {
        if (value == 0 && m_width == 0)
            return;
        if (widthFor(value) > m_width) [[unlikely]]
            widen(widthFor(value), count);
        const qsizetype end = (count + 1) * m_width;
        if (end > m_data.size()) [[unlikely]]
            grow(end);
        store(m_data.data() + count * m_width, value);
    }

    // Replaces element i of `count`.
    void set(qsizetype i, qsizetype count, qint64 value)
    {
        if (widthFor(value) > m_width)
            widen(widthFor(value), count);
        if (m_width != 0)
            store(m_data.data() + i * m_width, value);
    }

    // Keeps the first count elements; drops the room beyond them when shrink is set.
    void truncate(qsizetype count);
    void reserve(qsizetype count);
    // Elements [from, to) as a column of their own (no storage shared with this one).
    PackedColumn slice(qsizetype from, qsizetype to) const;
    // Appends other's first `otherCount` elements after this column's `count`.
    void appendColumn(qsizetype count, const PackedColumn &other, qsizetype otherCount);
    // The same storage: a copy not written to since (LaneColumns' cache key).
    const void *identity() const { return m_data.constData(); }

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
    template<typename T>
    static qint64 load(const char *p)
    {
        T v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    void store(char *p, qint64 value) const
    {
        switch (m_width) {
        case 1: *p = char(value); break;
        case 2: { const auto v = qint16(value); std::memcpy(p, &v, 2); break; }
        case 4: { const auto v = qint32(value); std::memcpy(p, &v, 4); break; }
        default: std::memcpy(p, &value, 8); break;
        }
    }
    void widen(int width, qsizetype count);
    void grow(qsizetype bytes);

    QByteArray m_data; // size() is the room in use or reserved, in bytes
    quint8 m_width = 0;
};

} // namespace sockscope
