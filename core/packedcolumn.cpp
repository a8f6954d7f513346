#include "packedcolumn.h"

#include <algorithm>

namespace sockscope {

void PackedColumn::widen(int width, qsizetype count)
{
    QByteArray wider(std::max<qsizetype>(count + 1, 16) * width, Qt::Uninitialized);
    PackedColumn out;
    out.m_width = quint8(width);
    out.m_data = wider;
    for (qsizetype i = 0; i < count; ++i)
        out.store(out.m_data.data() + i * width, at(i));
    *this = std::move(out);
}

void PackedColumn::grow(qsizetype bytes)
{
    // 1.5× rather than 2×: a million-event run keeps less unused room (bytes_per_event).
    m_data.resize(std::max({bytes, m_data.size() + m_data.size() / 2, qsizetype(64)}));
}

void PackedColumn::reserve(qsizetype count)
{
    if (m_width != 0 && count * m_width > m_data.size())
        m_data.resize(count * m_width);
}

void PackedColumn::truncate(qsizetype count)
{
    if (m_width == 0)
        return;
    m_data.resize(std::min(m_data.size(), count * m_width));
    m_data.squeeze();
}

PackedColumn PackedColumn::slice(qsizetype from, qsizetype to) const
{
    PackedColumn out;
    if (m_width == 0 || to <= from)
        return out;
    out.m_width = m_width;
    out.m_data = QByteArray(m_data.constData() + from * m_width, (to - from) * m_width);
    return out;
}

void PackedColumn::appendColumn(qsizetype count, const PackedColumn &other, qsizetype otherCount)
{
    if (other.m_width == 0 || otherCount == 0)
        return;
    if (other.m_width > m_width)
        widen(other.m_width, count);
    if (other.m_width == m_width) {
        const qsizetype end = (count + otherCount) * m_width;
        if (end > m_data.size())
            grow(end);
        std::memcpy(m_data.data() + count * m_width, other.m_data.constData(),
                    size_t(otherCount * m_width));
        return;
    }
    for (qsizetype i = 0; i < otherCount; ++i)
        append(count + i, other.at(i));
}

} // namespace sockscope
