#include "view/bytestreamaxis.h"

#include <algorithm>
#include <array>

namespace sockscope {

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = kKiB * kKiB;

} // namespace

ByteStreamAxis::ByteStreamAxis(double left, double width, double from, double to)
    : m_left(left), m_width(std::max(1.0, width)), m_from(from), m_to(std::max(to, from + 1))
{
    m_scale = m_width / (m_to - m_from);
}

qint64 ByteStreamAxis::tickStep(double labelWidth) const
{
    const double minBytes = (labelWidth * 1.5 + 8) / m_scale;
    static constexpr std::array<qint64, 9> small = { 1, 2, 5, 10, 20, 50, 100, 200, 500 };
    for (qint64 s : small)
        if (double(s) >= minBytes)
            return s;
    for (qint64 s = kKiB; s < (qint64(1) << 52); s *= 2)
        if (double(s) >= minBytes)
            return s;
    return qint64(1) << 52;
}

QList<qint64> ByteStreamAxis::ticks(double labelWidth) const
{
    const qint64 step = tickStep(labelWidth);
    QList<qint64> out;
    qint64 first = qint64(std::max(0.0, m_from)) / step * step;
    if (double(first) < m_from)
        first += step;
    for (qint64 t = first; double(t) <= m_to && out.size() < 10000; t += step)
        out.append(t);
    return out;
}

QString ByteStreamAxis::label(qint64 offset, qint64 step)
{
    if (step % kMiB == 0)
        return tr("%1 MiB").arg(offset / kMiB);
    if (step % kKiB == 0)
        return tr("%1 KiB").arg(offset / kKiB);
    return tr("%1 B").arg(offset);
}

} // namespace sockscope
