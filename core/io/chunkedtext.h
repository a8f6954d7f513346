#pragma once

#include "util/outputfile.h"
#include "util/progressmeter.h"

#include <QByteArray>

namespace sockscope {

// Text made item by item (a CSV row, a Chrome trace event) into one array, or, with a sink, to a
// file piece by piece, so that millions of events are never whole in memory; one per item on the
// meter. The CSV and Chrome trace writers share it.
class ChunkedText
{
public:
    static constexpr qsizetype kFlushBytes = qsizetype(1) << 20;

    explicit ChunkedText(QByteArray &out, const OutputFile::Chunk *sink = nullptr,
                         ProgressMeter *meter = nullptr)
        : m_out(out), m_sink(sink), m_meter(meter)
    { }

    // After each item: false once the writing cannot go on (a piece could not be written, or
    // the meter stopped).
    bool mark()
    {
        if (m_meter && !m_meter->add())
            m_ok = false;
        if (m_sink && m_out.size() >= kFlushBytes)
            flush();
        return m_ok;
    }
    // What is made so far goes to the sink (nothing without one).
    bool flush()
    {
        m_ok = m_ok && (!m_sink || (*m_sink)(m_out));
        if (m_sink)
            m_out.resize(0); // keeps its capacity
        return m_ok;
    }

private:
    QByteArray &m_out;
    const OutputFile::Chunk *m_sink;
    ProgressMeter *m_meter;
    bool m_ok = true;
};

} // namespace sockscope
