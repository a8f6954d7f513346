#include "io/tracecsvwriter.h"
#include "io/chunkedtext.h"

#include "model/errnoname.h"
#include "util/outputfile.h"
#include "util/progressmeter.h"

#include "io/tracejsonwriter.h"
#include "model/previewtext.h"

#include <QCoreApplication>

#include <charconv>
#include <optional>

namespace sockscope {

namespace {

// Columns, in order. Spreadsheets and pandas read them by name, so the names are a contract
// like the JSON field names: add at the end, never rename.
constexpr const char *kHeader
    = "run,label,protocol,mode,kind,id,t_ns,dur_ns,message,requested,accepted_or_bytes,offset,"
      "unsent_after,queued_before,datagram_size,truncated,seq,fate,error,preview\r\n";

// RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled.
void appendField(QByteArray &out, const QByteArray &text)
{
    const bool quote
        = text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r');
    if (!quote) {
        out.append(text);
        return;
    }
    out.append('"');
    for (char c : text) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void appendInt(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

// The columns every row of a run starts with, prepared once per run.
QByteArray runPrefix(int index, const Run &run)
{
    QByteArray out;
    appendInt(out, index);
    out.append(',');
    appendField(out, run.label.toUtf8());
    out.append(',');
    out.append(protocolName(run.protocol).toLatin1());
    out.append(',');
    out.append(modeName(run.mode).toLatin1());
    out.append(',');
    return out;
}

// A row under construction: a comma before every cell but the first.
class Row
{
public:
    Row(QByteArray &out, const QByteArray &prefix, const char *kind) : m_out(out)
    {
        m_out.append(prefix);
        m_out.append(kind);
    }
    ~Row() { m_out.append("\r\n"); }
    Row(const Row &) = delete;
    Row &operator=(const Row &) = delete;

    Row &number(qint64 value)
    {
        m_out.append(',');
        appendInt(m_out, value);
        return *this;
    }
    Row &number(const std::optional<qint64> &value)
    {
        m_out.append(',');
        if (value)
            appendInt(m_out, *value);
        return *this;
    }
    Row &text(const QByteArray &value)
    {
        m_out.append(',');
        appendField(m_out, value);
        return *this;
    }
    Row &blank(int cells = 1)
    {
        for (int i = 0; i < cells; ++i)
            m_out.append(',');
        return *this;
    }

private:
    QByteArray &m_out;
};

// Where the rows go: into one array (toCsv), or to a file piece by piece (write); one per row
// on the meter.
using Rows = ChunkedText;

QByteArray flag(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// Display text in the chosen encoding (README, CSV): a spreadsheet shows "消息0", not its
// escapes. Only the trace JSON keeps the escaped form, which reads back byte for byte.
QByteArray previewCell(QByteArrayView bytes, PreviewText::Encoding encoding)
{
    return PreviewText::display(bytes, encoding).toUtf8();
}

// The simulated wire lane: t_ns when it leaves, dur_ns its time on the wire (empty when lost),
// message the UDP datagram's message, accepted_or_bytes its payload, offset the stream offset
// (data) or the next byte expected (ACK), fate lost|dropped|delivered, preview says what it is.
bool appendSegments(QByteArray &out, Rows &rows, const QByteArray &prefix, const Run &run)
{
    for (qsizetype i = 0; i < run.segments.size(); ++i) {
        const Segment &g = run.segments[i];
        QByteArray what = g.ack ? QByteArrayLiteral("ack") : QByteArrayLiteral("data");
        if (g.window >= 0)
            what += " window=" + QByteArray::number(g.window);
        for (const auto &[flagged, name] :
             { std::pair{ g.fin, "fin" }, std::pair{ g.retransmit, "retransmit" },
               std::pair{ g.piggybacked, "piggybacked" }, std::pair{ g.duplicate, "duplicate" } }) {
            if (flagged)
                what += ' ' + QByteArray(name);
        }
        Row(out, prefix, "segment")
            .number(i)
            .number(g.tNs)
            .number(g.arriveNs < 0 ? std::nullopt : std::optional<qint64>(g.arriveNs - g.tNs))
            .number(g.message < 0 ? std::nullopt : std::optional<qint64>(g.message))
            .blank()
            .number(g.bytes)
            .number(g.offset)
            .blank(5)
            .text(g.lost          ? QByteArrayLiteral("lost")
                      : g.dropped ? QByteArrayLiteral("dropped")
                                  : QByteArrayLiteral("delivered"))
            .blank()
            .text(what);
        if (!rows.mark())
            return false;
    }
    return true;
}

// False when the rows stopped.
bool appendRun(QByteArray &out, Rows &rows, int index, const Run &run,
               PreviewText::Encoding encoding)
{
    const QByteArray prefix = runPrefix(index, run);
    // Fates are indexed by message; a send's row shows what became of the message it carried.
    const auto fateOf = [&run](int message) {
        return message >= 0 && message < run.fates.size()
            ? fateName(run.fates[message].fate).toLatin1()
            : QByteArray();
    };
    for (const SendEvent &s : run.sends) {
        Row(out, prefix, "send")
            .number(s.id)
            .number(s.tNs)
            .number(s.durNs)
            .number(s.message)
            .number(s.requested)
            .number(s.accepted)
            .number(s.offset)
            .number(s.unsentAfter)
            .blank(4)
            .text(fateOf(s.message))
            .text(ErrnoName::name(s.error).toLatin1())
            .text(previewCell(s.preview, encoding));
        if (!rows.mark())
            return false;
    }
    for (const RecvEvent &r : run.recvs) {
        Row(out, prefix, "recv")
            .number(r.id)
            .number(r.tNs)
            .number(r.durNs)
            .blank()
            .number(r.requested)
            .number(r.bytes)
            .number(r.offset)
            .blank()
            .number(r.queuedBefore)
            .number(r.datagramSize)
            .text(flag(r.truncated))
            .number(r.seq < 0 ? std::nullopt : std::optional<qint64>(r.seq))
            .blank()
            .text(ErrnoName::name(r.error).toLatin1())
            .text(previewCell(r.preview, encoding));
        if (!rows.mark())
            return false;
    }
    // A frame has no time of its own; an incomplete one is reported in the truncated column.
    for (const Frame &f : run.frames) {
        Row(out, prefix, "frame")
            .number(f.id)
            .blank(4)
            .number(f.length)
            .number(f.offset)
            .blank(3)
            .text(flag(!f.complete))
            .blank(2)
            .text(f.error.toUtf8())
            .text(previewCell(f.preview, encoding));
        if (!rows.mark())
            return false;
    }
    return run.mode != Mode::Sim || appendSegments(out, rows, prefix, run);
}

// The rows the CSV has: what the writing counts on its meter.
qint64 rowCount(const Trace &trace)
{
    qint64 count = 0;
    for (const Run &run : trace.runs)
        count += run.sends.size() + run.recvs.size() + run.frames.size()
            + (run.mode == Mode::Sim ? run.segments.size() : 0);
    return count;
}

} // namespace

QByteArray TraceCsvWriter::toCsv(const Trace &trace, PreviewText::Encoding encoding)
{
    QByteArray out(kHeader);
    Rows rows(out);
    for (int i = 0; i < trace.runs.size(); ++i)
        appendRun(out, rows, i, trace.runs[i], encoding);
    return out;
}

QString TraceCsvWriter::write(const Trace &trace, const QString &path,
                              PreviewText::Encoding encoding,
                              const ProgressMeter::Callback &progress)
{
    ProgressMeter meter(progress);
    const auto produce = [&](const OutputFile::Chunk &chunk) {
        if (!meter.start(rowCount(trace)))
            return;
        QByteArray out(kHeader);
        out.reserve(2 * Rows::kFlushBytes);
        Rows rows(out, &chunk, &meter);
        for (int i = 0; i < trace.runs.size(); ++i) {
            if (!appendRun(out, rows, i, trace.runs[i], encoding))
                return;
        }
        if (rows.flush())
            meter.finish();
    };
    if (const QString error = OutputFile::write(path, produce, &meter); !error.isEmpty()) {
        return QCoreApplication::translate("sockscope::TraceCsvWriter",
                                           "%1: cannot write the CSV file (%2)")
            .arg(path, error);
    }
    return {};
}

} // namespace sockscope
