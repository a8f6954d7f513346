#include "util/packedcolumn.h"

#include <algorithm>

namespace sockscope {

void PackedColumn::setWidth(int width)
{
    m_width = quint8(width);
    m_bias = width == 0 ? 0 : quint64(1) << (8 * width - 1);
    m_mask = width == 8 ? ~quint64(0) : width == 0 ? 0 : (quint64(1) << (8 * width)) - 1;
}

void PackedColumn::widen(int width, qsizetype count)
{
    PackedColumn out;
    out.setWidth(width);
    out.m_data.resize(std::max<qsizetype>(count + 1, 16) * width);
    // The stored values (differences, in a blocked column) keep their meaning.
    for (qsizetype i = 0; i < count; ++i)
        out.store(out.m_data.data() + i * width, raw(i));
    out.m_bases = std::move(m_bases);
    out.m_blocked = m_blocked;
    *this = std::move(out);
}

qint64 PackedColumn::startBlock(qsizetype count, qint64 value)
{
    const auto block = std::size_t(count >> kBlockShift);
    if (value != 0 || m_bases.size() > block) {
        if (m_bases.size() <= block)
            m_bases.resize(block + 1);
        m_bases[block] = value;
    }
    return 0;
}

void PackedColumn::reserve(qsizetype count)
{
    if (m_width != 0 && count * m_width > m_data.size())
        m_data.resize(count * m_width);
}

void PackedColumn::truncate(qsizetype count)
{
    if (m_blocked && m_bases.size() > std::size_t((count + kBlock - 1) >> kBlockShift)) {
        m_bases.resize(std::size_t((count + kBlock - 1) >> kBlockShift));
        m_bases.shrink_to_fit();
    }
    if (m_width == 0)
        return;
    m_data.resize(std::min(m_data.size(), count * m_width));
    m_data.squeeze();
}

PackedColumn PackedColumn::slice(qsizetype from, qsizetype to) const
{
    PackedColumn out;
    out.m_blocked = m_blocked;
    if (m_blocked && (from & (kBlock - 1)) != 0) {
        // Blocks begin at other indexes in the slice: each value is stored again.
        for (qsizetype i = from; i < to; ++i)
            out.append(i - from, at(i));
        return out;
    }
    if (m_blocked && to > from) {
        // From a block's start: the same blocks, their bases and their stored differences.
        const auto first = std::size_t(from >> kBlockShift);
        const auto last = std::min(m_bases.size(), std::size_t((to + kBlock - 1) >> kBlockShift));
        if (first < last)
            out.m_bases.assign(m_bases.begin() + qsizetype(first),
                               m_bases.begin() + qsizetype(last));
    }
    if (m_width == 0 || to <= from)
        return out;
    out.setWidth(m_width);
    out.m_data.resize((to - from) * m_width);
    std::memcpy(out.m_data.data(), m_data.data() + from * m_width, size_t((to - from) * m_width));
    return out;
}

void PackedColumn::appendColumn(qsizetype count, const PackedColumn &other, qsizetype otherCount,
                                qint64 shift)
{
    // The stored values are taken as they are when they mean the same here: both columns plain,
    // or both blocked with this one ending at a block's end (other's blocks and bases follow).
    // Otherwise each value is stored again.
    const bool asStored
        = shift == 0 && m_blocked == other.m_blocked && (!m_blocked || (count & (kBlock - 1)) == 0);
    if (!asStored) {
        for (qsizetype i = 0; i < otherCount; ++i)
            append(count + i, wrapped(other.at(i), shift));
        return;
    }
    if (m_blocked && otherCount > 0 && !other.m_bases.empty()) {
        const auto block = std::size_t(count >> kBlockShift);
        const auto blocks
            = std::min(std::size_t((otherCount + kBlock - 1) >> kBlockShift), other.m_bases.size());
        m_bases.resize(block + blocks, 0);
        std::copy_n(other.m_bases.begin(), blocks, m_bases.begin() + qsizetype(block));
    }
    if (other.m_width == 0 || otherCount == 0) {
        for (qsizetype i = 0; m_width != 0 && i < otherCount; ++i)
            appendRaw(count + i, 0);
        return;
    }
    if (other.m_width > m_width)
        widen(other.m_width, count);
    if (other.m_width == m_width) {
        const qsizetype end = (count + otherCount) * m_width;
        if (end > m_data.size())
            m_data.resize(end);
        std::memcpy(m_data.data() + count * m_width, other.m_data.data(),
                    size_t(otherCount * m_width));
        return;
    }
    for (qsizetype i = 0; i < otherCount; ++i)
        appendRaw(count + i, other.raw(i));
}

} // namespace sockscope
