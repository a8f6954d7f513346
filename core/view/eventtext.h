#pragma once

#include "analysis/runattribution.h"
#include "model/previewtext.h"
#include "model/trace.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

// The words and numbers shown for events: box labels, tooltips, legend and captions share them
// so that the picture, the tooltip and the summary never disagree.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::EventText)

public:
    // The payload as text in encoding (PreviewText), what cannot be shown as \xNN.
    using Encoding = PreviewText::Encoding;
    static QString preview(const SendEvent &send, Encoding encoding = Encoding::Utf8);
    static QString preview(const RecvEvent &recv, Encoding encoding = Encoding::Utf8);
    // The message's body, without its header.
    static QString preview(const Frame &frame, Encoding encoding = Encoding::Utf8);

    static QString bytes(qint64 n); // "20 B", "5.0 KiB", "1.2 MiB"
    // n written in a picture whose largest number is `largest` (one unit per run, both lanes):
    // exact bytes while the largest is under 100 KiB ("13312 B", "1024 B"), else every number of
    // at least 1 KiB in KiB ("9.0 KiB" beside "130 KiB", not "9216 B").
    static QString bytesBeside(qint64 n, qint64 largest);
    // The run's label, or its protocol; a simulated run says so unless !withMode.
    static QString runTitle(const Run &run, bool withMode = true);
    // "simulated", or "simulated, Windows" when the model was another system's than Linux.
    static QString simulated(const Run &run);
    // Effective (and requested) socket options, " · " between them, in the order a header that
    // keeps them from the front should drop them: what the run set itself first (a buffer size
    // it asked for, TCP_NODELAY when on or when its plan compares it), the kernel's defaults
    // last.
    static QString options(const Run &run);
    // "10 sends → 3 recv() calls · 7 merged · 3 intact", or progress while recording.
    static QString outcome(const Run &run);

    // Every field of an event, one per line, for hover tooltips.
    // i: the send's index
    static QString sendDetails(const Run &run, int i, Encoding encoding = Encoding::Utf8);
    // i: the recv's index
    static QString recvDetails(const Run &run, int i, Encoding encoding = Encoding::Utf8);
    // i: the frame's index
    static QString frameDetails(const Run &run, int i, Encoding encoding = Encoding::Utf8);

    // A decoded frame's header fields (json-header), "name=a.bin · size=3000".
    static QString frameFields(const Frame &frame);
    // "12 messages decoded · 1 decoder error", empty for a run without frames.
    static QString frameOutcome(const Run &run);

    // The packets that carried send i's bytes: "left in segment 3 at 44.1 ms, together with
    // message 4", one line per segment; empty for a run without a wire lane.
    static QString wireDetails(const Run &run, int send);
    // The packets recv i's bytes arrived in: "arrived in segment 3 at 44.1 ms", one line per
    // segment; empty for a run without a wire lane.
    static QString recvWireDetails(const Run &run, int recv);
    // A packet of the wire lane, for its hover tooltip: what it carried (which sends' bytes,
    // which recvs read them), or "pure ACK, window N"; its flags and time.
    static QString segmentDetails(const Run &run, int segment);

    // Stream bytes [offset, offset + bytes) as the product writes a range: first and last byte,
    // "6–11"; one byte is "6".
    static QString byteRange(qint64 offset, qint64 bytes);
    // What a recv() holds, message by message, with a run of neighbours of one size as one item
    // ("messages #0–#5, 6 B each"), in the language's list.
    static QString heldMessages(const QList<ByteSpan> &spans);

private:
    static QString optional(const std::optional<qint64> &value);
};

} // namespace sockscope
