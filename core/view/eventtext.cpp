#include "view/eventtext.h"

#include "analysis/frameattribution.h"
#include "analysis/runattribution.h"
#include "analysis/segmentlinks.h"
#include "model/eventcap.h"
#include "model/fateword.h"
#include "model/platformprofile.h"
#include "model/textjoin.h"
#include "view/lanecolumns.h"
#include "view/timeaxis.h"

#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

#include <cerrno>
#include <cstring>

namespace sockscope {

namespace {

bool isAnalysed(const Run &run)
{
    return !run.fates.isEmpty() || run.summary.messages > 0;
}

QString onOff(bool on)
{
    return on ? EventText::tr("on") : EventText::tr("off");
}

} // namespace

namespace {

// The preview of `bytes` bytes, with an ellipsis where they went on beyond it.
QString shownPreview(QByteArrayView preview, qint64 bytes, PreviewText::Encoding encoding)
{
    QString out = PreviewText::display(preview, encoding);
    if (bytes > preview.size())
        out += QChar(0x2026);
    return out;
}

} // namespace

QString EventText::preview(const SendEvent &send, Encoding encoding)
{
    return shownPreview(send.preview, send.requested, encoding);
}

QString EventText::preview(const RecvEvent &recv, Encoding encoding)
{
    return shownPreview(recv.preview, recv.bytes, encoding);
}

QString EventText::preview(const Frame &frame, Encoding encoding)
{
    return shownPreview(frame.preview, frame.payloadBytes, encoding);
}

QString EventText::bytes(qint64 n)
{
    // Exact below 10 KiB: the lessons' socket buffers (2304, 4608, 8192 B) must read exactly.
    constexpr qint64 kiB = 1024;
    if (n < 10 * kiB)
        return tr("%1 B").arg(n);
    if (n < kiB * kiB)
        return tr("%1 KiB").arg(double(n) / kiB, 0, 'f', n < 100 * kiB ? 1 : 0);
    return tr("%1 MiB").arg(double(n) / (kiB * kiB), 0, 'f', 1);
}

QString EventText::bytesBeside(qint64 n, qint64 largest)
{
    constexpr qint64 kiB = 1024;
    // A picture of small numbers writes them all exactly, as the lessons and headlines do
    // ("recv(1024)", "5120 B"), its 13312 B queue too; past 100 KiB exact bytes are too many
    // digits to read, and every number from 1 KiB up is in KiB.
    if (largest < 100 * kiB)
        return tr("%1 B").arg(n);
    if (n >= kiB && n < 10 * kiB)
        return tr("%1 KiB").arg(double(n) / kiB, 0, 'f', 1);
    return bytes(n);
}

QString EventText::runTitle(const Run &run, bool withMode)
{
    const QString protocol
        = run.protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    QString title = run.label.isEmpty() ? protocol
        : run.label.contains(protocol, Qt::CaseInsensitive)
        ? run.label
        : protocol + QStringLiteral(" · ") + run.label;
    if (withMode && run.mode == Mode::Sim)
        return TextJoin::withAside(title, simulated(run));
    return title;
}

QString EventText::simulated(const Run &run)
{
    return PlatformProfile::simulated(run.scenario.platform);
}

QString EventText::options(const Run &run)
{
    QStringList asked;
    QStringList defaults;
    auto buffer = [&](const char *name, const std::optional<qint64> &requested,
                      const std::optional<qint64> &effective) {
        if (!effective)
            return;
        QString text = QStringLiteral("%1 %2").arg(QLatin1String(name), bytes(*effective));
        const bool set = requested && *requested > 0;
        if (set && *requested != *effective)
            text += QLatin1Char(' ') + tr("(asked %1)").arg(bytes(*requested));
        (set ? asked : defaults) << text;
    };
    buffer("SO_SNDBUF", run.requested.sndbuf, run.effective.sndbuf);
    buffer("SO_RCVBUF", run.requested.rcvbuf, run.effective.rcvbuf);
    if (run.protocol == Protocol::Tcp && run.effective.nodelay) {
        const QString nodelay = QStringLiteral("TCP_NODELAY %1").arg(onOff(*run.effective.nodelay));
        // On is a setsockopt() of the program's; off is the kernel's default unless the run is
        // one of a plan's variants ("Nagle on · TCP"), which the lessons make by TCP_NODELAY.
        // Then it goes first: it is what the run's title names.
        const bool variant = run.label.contains(QStringLiteral(" · "));
        if (*run.effective.nodelay || variant)
            asked.prepend(nodelay);
        else
            defaults.prepend(nodelay);
    }
    // The lessons' own options, as read back, where a run set them (cork and nonblocking are
    // read on every TCP run; only on is worth a word, off is every socket's default). They go
    // first: a run sets them only for the lesson about them, whose titles name them.
    QStringList own;
    if (run.effective.cork.value_or(false))
        own << QStringLiteral("TCP_CORK %1").arg(onOff(true));
    if (run.effective.quickack)
        own << QStringLiteral("TCP_QUICKACK %1").arg(onOff(*run.effective.quickack));
    if (run.effective.rcvlowat)
        own << QStringLiteral("SO_RCVLOWAT %1").arg(bytes(*run.effective.rcvlowat));
    if (run.effective.nonblocking.value_or(false))
        own << QStringLiteral("O_NONBLOCK");
    return (own + asked + defaults).join(QStringLiteral(" · "));
}

QString EventText::outcome(const Run &run)
{
    // The event cap's notice says itself that recording stopped: no socket failed.
    if (!run.error.isEmpty())
        return EventCap::fromNotice(run.error) ? run.error : tr("failed: %1").arg(run.error);
    // One-sided runs count what SockScope saw: recvs (observe, relay) or sends (send-to).
    const QString sends = tr("%n send()", nullptr, int(run.sends.size()));
    // A TCP reader's last recv() returns 0 at end of file: counted apart, so that the header
    // says "2 recv()s + EOF" where the lesson says "in 2 recvs" (of data).
    const qsizetype eofs = LaneColumns::endsOfFile(run);
    const QString recvs = eofs == 0 ? tr("%n recv()", nullptr, int(run.recvs.size()))
                                    : tr("%n recv() + EOF", nullptr, int(run.recvs.size() - eofs));
    const QString calls = run.role == Role::Sender ? sends
        : isOneSided(run)                          ? recvs
                                                   : sends + QStringLiteral(" → ") + recvs;
    QStringList parts{ calls };
    if (const QString frames = frameOutcome(run); !frames.isEmpty())
        parts << frames;
    if (isOneSided(run)) {
        // Analysis counts a one-sided run's calls when it ends; until then it is still recording.
        const Summary &s = run.summary;
        const bool closed
            = run.protocol == Protocol::Tcp && !run.recvs.isEmpty() && run.recvs.last().bytes <= 0;
        if (s.recvCalls == 0 && s.receivedBytes == 0 && s.sentBytes == 0 && !run.aborted && !closed)
            return tr("recording… %1").arg(parts.join(QStringLiteral(" · ")));
        if (closed && s.receivedBytes == 0) {
            qint64 received = 0;
            for (const RecvEvent &r : run.recvs)
                received += std::max<qint64>(r.bytes, 0);
            parts << bytes(received);
        } else {
            parts << bytes(run.role == Role::Sender ? s.sentBytes : s.receivedBytes);
        }
        if (s.truncated > 0)
            parts << QStringLiteral("%1 %2").arg(s.truncated).arg(FateWord::of(Fate::Truncated));
        // A foreign sender's losses are known only from the kernel's drop counter.
        if (run.kernelDrops && *run.kernelDrops > 0)
            parts << tr("%1 dropped by the kernel").arg(*run.kernelDrops);
        return parts.join(QStringLiteral(" · "));
    }
    if (!isAnalysed(run))
        return tr("recording… %1").arg(parts.join(QStringLiteral(" · ")));
    const Summary &s = run.summary;
    for (const Fate f : { Fate::Merged, Fate::Split, Fate::Truncated, Fate::Lost, Fate::Empty,
                          Fate::Intact, Fate::Unsent, Fate::Unread }) {
        if (const int n = s.messagesOf(f); n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(FateWord::of(f));
    }
    if (run.aborted)
        parts << tr("stopped early");
    return parts.join(QStringLiteral(" · "));
}

QString EventText::optional(const std::optional<qint64> &value)
{
    return value ? bytes(*value) : tr("n/a");
}

QString EventText::sendDetails(const Run &run, int i, Encoding encoding)
{
    const SendEvent &s = run.sends.at(i);
    QStringList lines;
    lines << tr("%1 send() #%2 — message #%3").arg(runTitle(run)).arg(s.id).arg(s.message);
    lines << tr("at %1, took %2")
                 .arg(TimeAxis::formatDuration(double(s.tNs)),
                      TimeAxis::formatDuration(double(s.durNs)));
    lines << tr("asked %1, accepted %2").arg(bytes(s.requested), bytes(s.accepted));
    if (run.protocol == Protocol::Tcp)
        lines << tr("stream offset %1").arg(s.offset);
    // SIOCOUTQNSD is a stream's count; a simulated run's number is the model's, not an ioctl's.
    if (run.protocol == Protocol::Tcp)
        lines << (run.mode == Mode::Sim ? tr("unsent after the call (model): %1")
                                        : tr("unsent after the call (SIOCOUTQNSD): %1"))
                     .arg(optional(s.unsentAfter));
    if (s.error != 0)
        lines << tr("error: %1").arg(QString::fromLocal8Bit(strerror(s.error)));
    lines << tr("payload: %1").arg(preview(s, encoding));
    lines << wireDetails(run, i);
    lines.removeAll(QString());
    if (const MessageFate *f = RunAttribution::fate(run, s.message)) {
        QStringList recvs;
        for (int r : f->recvs)
            recvs << QStringLiteral("#%1").arg(r);
        lines << tr("fate: %1 (recv() %2)")
                     .arg(FateWord::of(f->fate),
                          recvs.isEmpty() ? tr("none") : TextJoin::list(recvs));
    }
    return lines.join(QLatin1Char('\n'));
}

QString EventText::wireDetails(const Run &run, int send)
{
    if (run.wire == Wire::None)
        return {};
    const int message = run.sends.at(send).message;
    QStringList lines;
    const QList<int> segments = SegmentLinks::segmentsOfSend(run, send);
    for (int g : segments) {
        QStringList others;
        for (int other : SegmentLinks::sendsOfSegment(run, g)) {
            const QString number = QStringLiteral("#%1").arg(run.sends.at(other).message);
            if (run.sends.at(other).message != message && !others.contains(number))
                others << number;
        }
        const QString where = TimeAxis::formatDuration(double(run.segments.at(g).tNs));
        const int number = SegmentLinks::dataNumber(run, g);
        // A UDP send leaves as one datagram of its own; a TCP send's bytes ride in segments.
        if (run.protocol == Protocol::Udp)
            lines << tr("left as datagram #%1 at %2").arg(number).arg(where);
        else
            lines << (others.isEmpty() ? tr("left in segment #%1 at %2").arg(number).arg(where)
                                       : tr("left in segment #%1 at %2, together with message %3")
                                             .arg(number)
                                             .arg(where, TextJoin::list(others)));
    }
    if (segments.isEmpty() && run.sends.at(send).accepted > 0)
        lines << tr("not seen on the wire");
    return lines.join(QLatin1Char('\n'));
}

QString EventText::recvDetails(const Run &run, int i, Encoding encoding)
{
    const RecvEvent &r = run.recvs.at(i);
    QStringList lines;
    lines << tr("%1 recv() #%2").arg(runTitle(run)).arg(r.id);
    lines << tr("returned at %1 after waiting %2")
                 .arg(TimeAxis::formatDuration(double(r.tNs + r.durNs)),
                      TimeAxis::formatDuration(double(r.durNs)));
    lines << tr("asked %1, got %2").arg(bytes(r.requested), bytes(r.bytes));
    // A simulated run's evidence is what the model computed, not an answer of the kernel's.
    const bool simulated = run.mode == Mode::Sim;
    if (run.protocol == Protocol::Tcp) {
        lines << tr("stream offset %1").arg(r.offset);
        if (r.bytes == 0 && r.error == 0)
            lines << tr("0 bytes: the peer closed the connection (EOF)");
    } else {
        lines << (simulated ? tr("datagram size (model): %1") : tr("datagram size (MSG_TRUNC): %1"))
                     .arg(optional(r.datagramSize));
        if (r.truncated)
            lines << tr("truncated: the rest of the datagram was discarded by the kernel");
        if (r.peek) {
            lines << tr("peek (MSG_PEEK | MSG_TRUNC): the datagram stays queued; the call "
                        "returned its full size");
            const int message = RunAttribution::peekedMessage(run, i);
            lines << tr("looked at: %1")
                         .arg(message >= 0 ? QStringLiteral("m%1").arg(message) : tr("unknown"));
        } else {
            lines
                << tr("sequence number: %1").arg(r.seq >= 0 ? QString::number(r.seq) : tr("none"));
        }
    }
    lines << (simulated ? tr("queued before the call (model): %1")
                        : tr("queued before the call (FIONREAD): %1"))
                 .arg(optional(r.queuedBefore));
    // FIONREAD is read just before recv(): a stream's bytes arriving in between are returned too.
    // The model reads its queue and copies it in one step, so only a real run has this gap.
    if (!simulated && run.protocol == Protocol::Tcp && r.queuedBefore && r.bytes > *r.queuedBefore)
        lines << tr("%1 more arrived after FIONREAD was read, before recv() copied the queue")
                     .arg(bytes(r.bytes - *r.queuedBefore));
    if (r.error != 0)
        lines << tr("error: %1").arg(QString::fromLocal8Bit(strerror(r.error)));
    if (const QList<ByteSpan> spans = RunAttribution::ofRecv(run, i); !spans.isEmpty())
        lines << tr("holds: %1").arg(heldMessages(spans));
    lines << tr("payload: %1").arg(preview(r, encoding));
    lines << recvWireDetails(run, i);
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString EventText::recvWireDetails(const Run &run, int recv)
{
    if (run.wire == Wire::None)
        return {};
    QStringList lines;
    const bool udp = run.protocol == Protocol::Udp;
    const QList<int> segments = SegmentLinks::segmentsOfRecv(run, recv);
    for (int g : segments) {
        const Segment &s = run.segments.at(g);
        lines << (udp ? tr("arrived as datagram #%1 at %2") : tr("arrived in segment #%1 at %2"))
                     .arg(SegmentLinks::dataNumber(run, g))
                     .arg(TimeAxis::formatDuration(double(s.arriveNs >= 0 ? s.arriveNs : s.tNs)));
    }
    // An observed datagram is linked only where the evidence agrees (DatagramMatcher).
    const RecvEvent r = run.recvs.at(recv);
    if (segments.isEmpty() && udp && run.wire == Wire::Captured && isOneSided(run) && r.bytes > 0)
        lines << tr("no captured datagram is known to be this one: the bytes, size or sender of "
                    "the one the drop counter points at differ, or the capture did not keep it");
    return lines.join(QLatin1Char('\n'));
}

QString EventText::segmentDetails(const Run &run, int segment)
{
    const Segment &g = run.segments.at(segment);
    const bool udp = run.protocol == Protocol::Udp;
    const QString when = TimeAxis::formatDuration(double(g.tNs));
    QStringList lines;
    const int number = SegmentLinks::dataNumber(run, segment);
    if (udp && number >= 0)
        lines << tr("%1 datagram #%2: %3 at %4")
                     .arg(runTitle(run))
                     .arg(number)
                     .arg(bytes(g.bytes), when);
    else if (udp)
        lines << tr("%1 datagram of %2 at %3").arg(runTitle(run), bytes(g.bytes), when);
    else if (number >= 0)
        lines << tr("%1 segment #%2: %3 at %4")
                     .arg(runTitle(run))
                     .arg(number)
                     .arg(bytes(g.bytes), when);
    else
        lines << tr("%1 packet at %2").arg(runTitle(run), when);
    if (g.arriveNs >= 0 && g.arriveNs != g.tNs)
        lines << tr("arrived at %1").arg(TimeAxis::formatDuration(double(g.arriveNs)));
    if (g.lost)
        lines << tr("lost in the network");
    if (g.dropped)
        lines << (run.wire == Wire::Captured
                      ? tr("dropped: the receive buffer was full (the kernel's drop counter, "
                           "SO_RXQ_OVFL, counted it)")
                      : tr("dropped: the receive buffer was full"));
    if (g.syn)
        lines << tr("SYN: opens the connection");
    if (g.fin)
        lines << tr("FIN: the sender's end of the stream");
    if (g.rst)
        lines << tr("RST: resets the connection");
    if (g.ack) {
        const QString window = g.window >= 0 ? bytes(g.window) : tr("n/a");
        lines << (g.piggybacked ? tr("ACK riding on data going the other way, window %1")
                                : tr("pure ACK, window %1"))
                     .arg(window);
        lines << tr("acknowledges the stream up to byte %1").arg(g.offset);
        return lines.join(QLatin1Char('\n'));
    }
    if (!udp && g.bytes > 0)
        lines << tr("stream bytes %1").arg(byteRange(g.offset, g.bytes));
    if (g.retransmit)
        lines << tr("sent again (a retransmission)");
    QStringList sends;
    for (int s : SegmentLinks::sendsOfSegment(run, segment))
        sends << tr("send() #%1 (message #%2)").arg(s).arg(run.sends.at(s).message);
    if (!sends.isEmpty())
        lines << tr("carried bytes of %1").arg(TextJoin::list(sends));
    QStringList recvs;
    for (int r : SegmentLinks::recvsOfSegment(run, segment))
        recvs << QStringLiteral("#%1").arg(r);
    if (!recvs.isEmpty())
        lines << tr("read by recv() %1").arg(TextJoin::list(recvs));
    else if (udp && run.wire == Wire::Captured && !g.dropped && g.bytes > 0)
        lines << tr("not matched to a recv(): still queued when the run ended, or the evidence "
                    "does not say which recv() read it");
    return lines.join(QLatin1Char('\n'));
}

QString EventText::byteRange(qint64 offset, qint64 bytes)
{
    if (bytes <= 1)
        return QString::number(offset);
    return QStringLiteral("%1–%2").arg(offset).arg(offset + bytes - 1);
}

QString EventText::heldMessages(const QList<ByteSpan> &spans)
{
    // Neighbouring messages with the same number of bytes in this recv: one item, so that a recv
    // of a hundred small messages still reads in one line.
    QStringList items;
    for (qsizetype i = 0; i < spans.size();) {
        qsizetype j = i + 1;
        while (j < spans.size() && spans[j].bytes == spans[i].bytes
               && spans[j].message == spans[j - 1].message + 1 && spans[i].message >= 0)
            ++j;
        if (j - i >= 3)
            items << tr("messages #%1–#%2, %3 each")
                         .arg(spans[i].message)
                         .arg(spans[j - 1].message)
                         .arg(bytes(spans[i].bytes));
        else
            for (qsizetype k = i; k < j; ++k)
                items << tr("%1 of message #%2").arg(bytes(spans[k].bytes)).arg(spans[k].message);
        i = j;
    }
    return TextJoin::list(items);
}

QString EventText::frameFields(const Frame &frame)
{
    QStringList parts;
    for (auto it = frame.fields.cbegin(); it != frame.fields.cend(); ++it) {
        const QVariant &v = it.value();
        // Values come from the peer: shown as text, never interpreted.
        const QString text = v.canConvert<QString>()
            ? v.toString()
            : QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
        parts << QStringLiteral("%1=%2").arg(it.key(), text);
    }
    return parts.join(QStringLiteral(" · "));
}

QString EventText::frameOutcome(const Run &run)
{
    if (run.frames.isEmpty())
        return {};
    const auto bad
        = std::count_if(run.frames.cbegin(), run.frames.cend(), &FrameAttribution::isBad);
    QString text = tr("%n message(s) decoded", nullptr, int(run.frames.size() - bad));
    if (bad > 0)
        text += QStringLiteral(" · ") + tr("%n bad frame(s)", nullptr, int(bad));
    return text;
}

QString EventText::frameDetails(const Run &run, int i, Encoding encoding)
{
    const Frame &f = run.frames.at(i);
    QStringList lines;
    lines << tr("%1 decoded message #%2").arg(runTitle(run)).arg(f.id);
    if (!f.error.isEmpty())
        lines << tr("decoder error: %1").arg(f.error);
    else if (!f.complete)
        lines << tr("incomplete: the stream ended inside this message");
    lines << tr("stream bytes %1 (%2)").arg(byteRange(f.offset, f.length), bytes(f.length));
    QStringList recvs;
    for (const FrameSpan &span : FrameAttribution::spans(run, i))
        recvs << tr("%1 of recv() #%2").arg(bytes(span.bytes)).arg(span.recv);
    if (!recvs.isEmpty())
        lines << tr("assembled from: %1").arg(TextJoin::list(recvs));
    if (!isOneSided(run)) {
        const int message = FrameAttribution::messageOf(run, i);
        if (message >= 0)
            lines << tr("the sender's message #%1").arg(message);
    }
    if (!f.fields.isEmpty())
        lines << tr("header: %1").arg(frameFields(f));
    lines << tr("payload: %1").arg(preview(f, encoding));
    return lines.join(QLatin1Char('\n'));
}

} // namespace sockscope
