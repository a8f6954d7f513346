#pragma once

#include "model/trace.h"
#include "view/bytestreamaxis.h"
#include "view/timelinestyle.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

namespace sockscope {

// One box of a row of the byte-stream view, in stream offsets: a send()'s accepted bytes, a
// recv()'s bytes, a message, a decoded frame. Calls narrower than a few pixels are not drawn one
// by one: all that start in one pixel column become one piece of that column (count > 1), so a
// million-message run paints as many pieces as the plot has columns.
struct BytePiece
{
    double from = 0; // stream offset of the first byte (UDP: of the datagram's block)
    double to = 0; // one past the last byte received, sent or decoded
    int index = -1; // the send, recv, message or frame; the first one of a column
    int last = -1; // the last one of a column (== index for a single call)
    int count = 1; // calls whose boundaries fall in this piece
    int message = -1; // its colour: the message it carries, -1 none or several
    bool mixed = false; // a column holding several messages
    double cutTo = -1; // UDP recv: the datagram's bytes cut off (truncated), from `to` to here
    bool lost = false; // UDP: a datagram that never reached a recv()
    bool bad = false; // a frame the decoder could not finish or rejected
    bool empty = false; // a call or message of 0 bytes (an empty datagram): a mark at `from`
    bool aggregated() const { return count > 1; }
};

// Where everything of the byte-stream view lies: per run, above a ruler of the stream's bytes
// the send() calls, under it the recv() calls, and with framing the decoded frames. The axis is
// the stream offset, not time; for UDP every datagram is its own block, laid end to end in the
// order the messages were sent (a lost one keeps its place). One-sided runs have the rows of the
// side that was recorded. Computed from the events alone, so that it works while a run records.
class ByteStreamGeometry
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ByteStreamGeometry)

public:
    enum class Row { Sends, Bytes, Recvs, Frames };

    struct RunRows
    {
        QRectF header; // the run's title and outcome
        QRectF sends; // empty when the run has no send() calls recorded (observer, relay)
        QRectF bytes; // the bar of bytes coloured by message, with boundary marks
        QRectF ruler; // byte offsets under the bar
        QRectF recvs; // empty for a run that recorded no recv() calls (send-to)
        QRectF frames; // empty without framing
        QRectF all;
    };

    // rect: where the picture goes. Each run has a ruler of its own stream, from its first byte
    // to its last (a request run of 60 bytes and its 15 KiB replies both fill the width);
    // viewFrom/viewTo zoom into every ruler alike, as fractions of each stream (0..1). lengths:
    // the trace whose streams set the rulers' ends, when it is not trace (replay draws what is
    // known on the rulers of the whole recording).
    ByteStreamGeometry(const Trace &trace, const QRectF &rect, const TimelineStyle &style,
                       double viewFrom = 0, double viewTo = 1, const Trace *lengths = nullptr);

    const ByteStreamAxis &axis(int run) const { return m_axes.at(run); }
    const QList<RunRows> &runs() const { return m_rows; }
    QRectF plot() const { return m_plot; }
    double labelRight() const { return m_plot.left(); }
    QRectF rowRect(int run, Row row) const;
    static QString rowName(Row row);

    // The row's pieces in view, in offset order (columns of many calls merged).
    QList<BytePiece> pieces(int run, Row row) const;
    // messageStarts() of a run as drawn (of the lengths trace during replay, whose messages are all
    // known).
    const QList<qint64> &starts(int run) const { return m_starts.at(run); }
    // Message spans: start of each message and one past the end of the last (UDP: of each
    // datagram's block). One-sided observer runs have none.
    static QList<qint64> messageStarts(const Run &run);
    // The message whose bytes hold offset, -1 when none does.
    static int messageAt(const QList<qint64> &starts, double offset);
    // The stream's length on the axis: the last byte sent, received or decoded.
    static qint64 totalBytes(const Run &run);
    static qint64 totalBytes(const Trace &trace);

    static double naturalHeight(const Trace &trace, const TimelineStyle &style);
    // Pieces narrower than this many pixels merge into their pixel column.
    static constexpr double kMinPieceWidth = 3.0;

private:
    static RunRows layoutRun(const Run &run, double top, double left, double right,
                             const TimelineStyle &style);
    static double labelWidth(const TimelineStyle &style);
    // UDP observer: no messages; each recv is a datagram, laid in the order read.
    static QList<qint64> recvStarts(const Run &run);

    const Trace &m_trace;
    QRectF m_plot;
    QList<ByteStreamAxis> m_axes; // one per run
    QList<RunRows> m_rows;
    QList<QList<qint64>> m_starts; // messageStarts() of each run
};

} // namespace sockscope
