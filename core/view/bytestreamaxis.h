#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sockscope {

// Stream offset ↔ x for the byte-stream view: a linear ruler of bytes from `from` to `to` over
// the plot's pixels. Every run of a trace shares it, so equal offsets line up across runs.
class ByteStreamAxis
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ByteStreamAxis)

public:
    ByteStreamAxis() = default;
    ByteStreamAxis(double left, double width, double from, double to);

    double x(double offset) const { return m_left + (offset - m_from) * m_scale; }
    double offset(double x) const { return m_from + (x - m_left) / m_scale; }
    double left() const { return m_left; }
    double right() const { return m_left + m_width; }
    double width() const { return m_width; }
    double from() const { return m_from; }
    double to() const { return m_to; }
    double pixelsPerByte() const { return m_scale; }

    // Ruler marks: a round step (1, 2, 5 × 10^n bytes below 1 KiB, then powers of two times
    // 1 KiB or 1 MiB) whose labels, `labelWidth` pixels wide at most, never touch.
    qint64 tickStep(double labelWidth) const;
    QList<qint64> ticks(double labelWidth) const;
    // "0 B", "512 B", "12 KiB", "3 MiB": an offset in the unit of step, exact for its ticks.
    static QString label(qint64 offset, qint64 step);

private:
    double m_left = 0;
    double m_width = 1;
    double m_from = 0;
    double m_to = 1;
    double m_scale = 1;
};

} // namespace sockscope
