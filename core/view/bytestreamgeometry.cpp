#include "view/bytestreamgeometry.h"

#include "analysis/frameattribution.h"
#include "analysis/runattribution.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sockscope {

namespace {

// Heights in lines of the style's font.
constexpr double kHeader = 1.3;
constexpr double kBox = 2.2; // two lines: the message, the bytes
constexpr double kBar = 1.0;
constexpr double kRuler = 1.2;
constexpr double kGap = 0.35;
constexpr double kRunGap = 1.0;

bool isUdp(const Run &run)
{
    return run.protocol == Protocol::Udp;
}

bool hasSends(const Run &run)
{
    return run.role == Role::Loopback || run.role == Role::Sender;
}

bool hasRecvs(const Run &run)
{
    return run.role != Role::Sender;
}

// Merges the pieces narrower than kMinPieceWidth into one piece per pixel column; wide ones stay
// as they are. Order-free: a column only counts and remembers its first and last call.
class Collector
{
public:
    explicit Collector(const ByteStreamAxis &axis)
        : m_axis(axis), m_columns(size_t(std::ceil(axis.width())) + 1)
    { }

    void add(const BytePiece &piece)
    {
        const double x0 = m_axis.x(piece.from);
        const double x1 = m_axis.x(std::max(piece.to, piece.cutTo));
        if (x1 < m_axis.left() - 1 || x0 > m_axis.right() + 1)
            return;
        if (x1 - x0 >= ByteStreamGeometry::kMinPieceWidth) {
            m_out.append(piece);
            return;
        }
        const auto c
            = size_t(std::clamp(std::floor(x0 - m_axis.left()), 0.0, double(m_columns.size() - 1)));
        Column &col = m_columns[c];
        if (col.count == 0) {
            col.piece = piece;
            col.piece.count = 0;
        } else {
            col.piece.index = std::min(col.piece.index, piece.index);
            col.piece.last = std::max(col.piece.last, piece.last);
            if (col.piece.message != piece.message)
                col.piece.mixed = true;
            col.piece.lost = col.piece.lost || piece.lost;
            col.piece.bad = col.piece.bad || piece.bad;
            if (piece.cutTo > piece.to)
                col.piece.cutTo = 1; // a flag here: the column is redrawn below
        }
        col.piece.count += piece.count;
        ++col.count;
    }

    QList<BytePiece> finish()
    {
        for (size_t c = 0; c < m_columns.size(); ++c) {
            Column &col = m_columns[c];
            if (col.count == 0)
                continue;
            BytePiece p = col.piece;
            const bool cut = col.count > 1 ? p.cutTo > 0 : p.cutTo > p.to;
            p.empty = col.count == 1 && p.to <= p.from && p.cutTo <= p.to;
            if (p.empty) {
                m_out.append(p); // stays at its offset, 0 bytes wide
                continue;
            }
            if (col.count > 1) {
                // The column, not the calls: one pixel of them.
                const double a = m_axis.offset(m_axis.left() + double(c));
                const double b = m_axis.offset(m_axis.left() + double(c) + 1);
                p.from = a;
                p.to = cut ? a + (b - a) / 2 : b;
                p.cutTo = cut ? b : -1;
            }
            if (p.mixed)
                p.message = -1;
            m_out.append(p);
        }
        std::stable_sort(m_out.begin(), m_out.end(),
                         [](const BytePiece &a, const BytePiece &b) { return a.from < b.from; });
        return m_out;
    }

private:
    struct Column
    {
        BytePiece piece;
        int count = 0;
    };
    const ByteStreamAxis &m_axis;
    std::vector<Column> m_columns;
    QList<BytePiece> m_out;
};

BytePiece piece(double from, double to, int index, int message)
{
    BytePiece p;
    p.from = from;
    p.to = to;
    p.index = index;
    p.last = index;
    p.message = message;
    return p;
}

} // namespace

QString ByteStreamGeometry::rowName(Row row)
{
    switch (row) {
    case Row::Sends:
        return tr("send()");
    case Row::Bytes:
        return tr("bytes");
    case Row::Recvs:
        return tr("recv()");
    case Row::Frames:
        return tr("decoded");
    }
    return {};
}

double ByteStreamGeometry::labelWidth(const TimelineStyle &style)
{
    const QFontMetricsF fm(style.font);
    double w = 0;
    for (Row row : { Row::Sends, Row::Bytes, Row::Recvs, Row::Frames })
        w = std::max(w, fm.horizontalAdvance(rowName(row)));
    return w + 1.5 * style.lineHeight();
}

ByteStreamGeometry::RunRows ByteStreamGeometry::layoutRun(const Run &run, double top, double left,
                                                          double right, const TimelineStyle &style)
{
    const double line = style.lineHeight();
    RunRows r;
    double y = top;
    r.header = QRectF(left, y, right - left, kHeader * line);
    y = r.header.bottom();
    if (hasSends(run)) {
        r.sends = QRectF(left, y, right - left, kBox * line);
        y = r.sends.bottom() + kGap * line;
    }
    r.bytes = QRectF(left, y, right - left, kBar * line);
    r.ruler = QRectF(left, r.bytes.bottom(), right - left, kRuler * line);
    y = r.ruler.bottom() + kGap * line;
    if (hasRecvs(run)) {
        r.recvs = QRectF(left, y, right - left, kBox * line);
        y = r.recvs.bottom();
    }
    if (!run.frames.isEmpty()) {
        y += kGap * line;
        r.frames = QRectF(left, y, right - left, kBox * line);
        y = r.frames.bottom();
    }
    r.all = QRectF(left, top, right - left, y - top);
    return r;
}

double ByteStreamGeometry::naturalHeight(const Trace &trace, const TimelineStyle &style)
{
    double y = 0.5 * style.lineHeight();
    for (const Run &run : trace.runs)
        y = layoutRun(run, y, 0, 100, style).all.bottom() + kRunGap * style.lineHeight();
    return std::ceil(y);
}

ByteStreamGeometry::ByteStreamGeometry(const Trace &trace, const QRectF &rect,
                                       const TimelineStyle &style, double viewFrom, double viewTo,
                                       const Trace *lengths)
    : m_trace(trace)
{
    const double line = style.lineHeight();
    const double gutter = labelWidth(style);
    const double right = rect.right() - line;
    m_plot = QRectF(rect.left() + gutter, rect.top(), std::max(10.0, right - rect.left() - gutter),
                    rect.height());
    viewFrom = std::clamp(viewFrom, 0.0, 1.0);
    viewTo = std::clamp(viewTo, 0.0, 1.0);
    if (viewTo <= viewFrom) {
        viewFrom = 0;
        viewTo = 1;
    }
    double y = rect.top() + 0.5 * line;
    for (qsizetype i = 0; i < trace.runs.size(); ++i) {
        const Run &run = trace.runs.at(i);
        const Run &whole = lengths && i < lengths->runs.size() ? lengths->runs.at(i) : run;
        const double total = double(std::max<qint64>(1, totalBytes(whole)));
        m_axes.append(
            ByteStreamAxis(m_plot.left(), m_plot.width(), viewFrom * total, viewTo * total));
        RunRows r = layoutRun(run, y, rect.left(), m_plot.right(), style);
        m_rows.append(r);
        m_starts.append(messageStarts(whole));
        y = r.all.bottom() + kRunGap * line;
    }
}

QRectF ByteStreamGeometry::rowRect(int run, Row row) const
{
    if (run < 0 || run >= m_rows.size())
        return {};
    const RunRows &r = m_rows.at(run);
    switch (row) {
    case Row::Sends:
        return r.sends;
    case Row::Bytes:
        return r.bytes;
    case Row::Recvs:
        return r.recvs;
    case Row::Frames:
        return r.frames;
    }
    return {};
}

QList<qint64> ByteStreamGeometry::recvStarts(const Run &run)
{
    QList<qint64> starts{ 0 };
    starts.reserve(run.recvs.size() + 1);
    for (qsizetype i = 0; i < run.recvs.size(); ++i) {
        const qint64 size = run.recvs.get<&RecvEvent::datagramSize>(i).value_or(
            run.recvs.get<&RecvEvent::bytes>(i));
        starts.append(starts.last() + std::max<qint64>(0, size));
    }
    return starts;
}

QList<qint64> ByteStreamGeometry::messageStarts(const Run &run)
{
    // The messages as they go on the wire; a trace without their bytes has their fates' lengths.
    const qsizetype n = run.messages.isEmpty() ? run.fates.size() : run.messages.size();
    if (n == 0)
        return {};
    QList<qint64> starts;
    starts.reserve(n + 1);
    qint64 at = 0;
    for (qsizetype m = 0; m < n; ++m) {
        starts.append(at);
        at += run.messages.isEmpty() ? run.fates.at(m).length : run.messages.at(m).size();
    }
    starts.append(at);
    return starts;
}

int ByteStreamGeometry::messageAt(const QList<qint64> &starts, double offset)
{
    if (starts.size() < 2 || offset < 0 || offset >= double(starts.last()))
        return -1;
    // The last start at or before offset; empty messages share their start with the next.
    const auto it = std::upper_bound(starts.begin(), starts.end() - 1, qint64(std::floor(offset)));
    return int(it - starts.begin()) - 1;
}

qint64 ByteStreamGeometry::totalBytes(const Run &run)
{
    if (isUdp(run))
        return messageStarts(run).isEmpty() ? recvStarts(run).last() : messageStarts(run).last();
    const QList<qint64> starts = messageStarts(run);
    qint64 total = starts.isEmpty() ? 0 : starts.last();
    if (!run.sends.isEmpty()) {
        const qsizetype i = run.sends.size() - 1;
        total = std::max(total,
                         run.sends.get<&SendEvent::offset>(i)
                             + std::max<qint64>(0, run.sends.get<&SendEvent::accepted>(i)));
    }
    for (qsizetype i = run.recvs.size() - 1; i >= 0 && i >= run.recvs.size() - 2; --i)
        total = std::max(total,
                         run.recvs.get<&RecvEvent::offset>(i)
                             + std::max<qint64>(0, run.recvs.get<&RecvEvent::bytes>(i)));
    if (!run.frames.isEmpty())
        total = std::max(total, run.frames.last().offset + run.frames.last().length);
    return total;
}

qint64 ByteStreamGeometry::totalBytes(const Trace &trace)
{
    qint64 total = 0;
    for (const Run &run : trace.runs)
        total = std::max(total, totalBytes(run));
    return total;
}

QList<BytePiece> ByteStreamGeometry::pieces(int runIndex, Row row) const
{
    if (runIndex < 0 || runIndex >= m_trace.runs.size() || rowRect(runIndex, row).isEmpty())
        return {};
    const Run &run = m_trace.runs.at(runIndex);
    const QList<qint64> &starts = m_starts.at(runIndex);
    const bool udp = isUdp(run);
    Collector out(m_axes.at(runIndex));
    switch (row) {
    case Row::Sends:
        for (qsizetype i = 0; i < run.sends.size(); ++i) {
            if (run.sends.get<&SendEvent::error>(i) != 0)
                continue;
            const qint64 accepted = run.sends.get<&SendEvent::accepted>(i);
            const int message = run.sends.get<&SendEvent::message>(i);
            if (udp) {
                if (message < 0 || message + 1 >= starts.size())
                    continue;
                out.add(piece(double(starts.at(message)), double(starts.at(message) + accepted),
                              int(i), message));
            } else if (accepted > 0 || run.sends.get<&SendEvent::requested>(i) == 0) {
                // An empty send() is a call that put nothing on the stream: a mark.
                const auto from = double(run.sends.get<&SendEvent::offset>(i));
                out.add(piece(from, from + double(accepted), int(i), message));
            }
        }
        break;
    case Row::Bytes:
        if (starts.size() >= 2) {
            for (qsizetype m = 0; m + 1 < starts.size(); ++m) {
                BytePiece p = piece(double(starts.at(m)), double(starts.at(m + 1)), int(m), int(m));
                const MessageFate *fate = RunAttribution::fate(run, int(m));
                p.lost = udp && fate && fate->fate == Fate::Lost;
                out.add(p);
            }
        } else if (udp) { // observed datagrams: one block each, no message known
            const QList<qint64> blocks = recvStarts(run);
            for (qsizetype i = 0; i + 1 < blocks.size(); ++i)
                out.add(piece(double(blocks.at(i)), double(blocks.at(i + 1)), int(i), -1));
        } else if (!run.frames
                        .isEmpty()) { // observed TCP with framing: the frames are the messages
            for (qsizetype f = 0; f < run.frames.size(); ++f) {
                const Frame &frame = run.frames.at(f);
                out.add(piece(double(frame.offset), double(frame.offset + frame.length), int(f),
                              FrameAttribution::messageOf(run, int(f))));
            }
        } else {
            out.add(piece(0, double(totalBytes(run)), -1, -1));
        }
        break;
    case Row::Recvs: {
        const QList<qint64> blocks = udp && starts.isEmpty() ? recvStarts(run) : QList<qint64>();
        for (qsizetype i = 0; i < run.recvs.size(); ++i) {
            if (run.recvs.get<&RecvEvent::error>(i) != 0)
                continue;
            const qint64 bytes = run.recvs.get<&RecvEvent::bytes>(i);
            if (!udp) {
                if (bytes <= 0)
                    continue;
                const auto from = double(run.recvs.get<&RecvEvent::offset>(i));
                out.add(piece(from, from + double(bytes), int(i), messageAt(starts, from)));
                continue;
            }
            double from = 0;
            int message = -1;
            if (!blocks.isEmpty()) {
                from = double(blocks.at(i));
            } else {
                message = RunAttribution::messageOfRecv(run, int(i));
                if (message < 0 || message + 1 >= starts.size())
                    continue; // a datagram from another sender: not in this stream
                from = double(starts.at(message));
            }
            BytePiece p = piece(from, from + double(bytes), int(i), message);
            if (run.recvs.get<&RecvEvent::truncated>(i)) {
                const qint64 size = run.recvs.get<&RecvEvent::datagramSize>(i).value_or(
                    message >= 0 ? starts.at(message + 1) - starts.at(message) : bytes);
                p.cutTo = from + double(std::max(size, bytes));
            }
            out.add(p);
        }
        if (udp) {
            for (const MessageFate &fate : run.fates) {
                if (fate.fate != Fate::Lost || fate.message + 1 >= starts.size())
                    continue;
                BytePiece p = piece(double(starts.at(fate.message)),
                                    double(starts.at(fate.message + 1)), -1, fate.message);
                p.lost = true;
                out.add(p);
            }
        }
        break;
    }
    case Row::Frames:
        for (qsizetype f = 0; f < run.frames.size(); ++f) {
            const Frame &frame = run.frames.at(f);
            BytePiece p = piece(double(frame.offset), double(frame.offset + frame.length), int(f),
                                FrameAttribution::messageOf(run, int(f)));
            p.bad = FrameAttribution::isBad(frame);
            out.add(p);
        }
        break;
    }
    return out.finish();
}

} // namespace sockscope
