#include "view/runnarrative.h"

#include "model/errnoname.h"

#include "analysis/analysis.h"
#include "model/callcount.h"
#include "model/eventcap.h"
#include "model/platformprofile.h"
#include "model/textjoin.h"
#include "view/eventtext.h"

#include <algorithm>
#include <cerrno>
#include <climits>

namespace sockscope {

QString RunNarrative::sentence(const Run &run)
{
    QString text = body(run);
    if (run.error.isEmpty())
        TextJoin::append(text, kernelCounters(run));
    if (run.unrecorded)
        TextJoin::append(text, run.unrecorded->sentence(run.protocol == Protocol::Udp));
    // A model of another system than Linux says what it did differently.
    if (run.mode == Mode::Sim) {
        const PlatformProfile &platform = PlatformProfile::of(run.scenario.platform);
        if (const QStringList d = platform.differences(run.scenario); !d.isEmpty())
            TextJoin::append(
                text,
                tr("Modelled on %1: %2.").arg(QLatin1String(platform.name), d.join(tr("; "))));
    }
    return text;
}

QString RunNarrative::body(const Run &run)
{
    // The event cap is no socket's failure: what the run did until it stopped is told as usual.
    const std::optional<qint64> cap = EventCap::fromNotice(run.error);
    if (!run.error.isEmpty() && !cap)
        return tr("The run failed at the socket level: %1").arg(run.error);
    if (isOneSided(run) && run.durationNs > 0)
        return oneSided(run);
    if (run.fates.isEmpty() && run.summary.messages == 0)
        return run.sends.isEmpty() && run.recvs.isEmpty() ? tr("Nothing recorded yet.")
                                                          : tr("Recording…");
    QString text = cap ? tr("Recording stopped at the event cap of %1 calls (--max-events); "
                            "the trace holds the run until then.")
                             .arg(*cap)
                       : QString();
    TextJoin::append(text, run.protocol == Protocol::Tcp ? tcp(run) : udp(run));
    if (run.summary.partialSends > 0)
        TextJoin::append(
            text,
            tr("%n send() call(s) accepted fewer bytes than asked; the sender had to call again.",
               nullptr, run.summary.partialSends));
    // What the reader had not read when the run ended: not lost (Fate::Unread).
    if (const int unread = run.summary.unread; unread > 0)
        TextJoin::append(
            text,
            run.protocol == Protocol::Tcp
                ? tr("The run ended before the reader had read %1 whole: they are unread, not "
                     "lost (a stream loses nothing while its connection lives).")
                      .arg(tr("%n message(s)", nullptr, unread))
                : tr("The run ended before a recv() returned %1 sent after the last that "
                     "arrived: unread, still on their way or dropped, which the run did not wait "
                     "to see.")
                      .arg(tr("%n datagram(s)", nullptr, unread)));
    switch (Analysis::conservation(run)) {
    case Analysis::Conservation::Stopped:
        TextJoin::append(text, tr("The run was stopped early, so not every byte was read."));
        break;
    case Analysis::Conservation::Broken:
        TextJoin::append(text,
                         tr("Bytes do not add up: %1 sent, %2 received.")
                             .arg(EventText::bytes(run.summary.sentBytes),
                                  EventText::bytes(run.summary.receivedBytes)));
        break;
    case Analysis::Conservation::Holds:
    case Analysis::Conservation::EndedEarly: // the run's error is the sentence
    case Analysis::Conservation::OneSided:
        break;
    }
    return text;
}

QString RunNarrative::oneSided(const Run &run)
{
    // One end only (observe, relay, send-to): no messages, no fates; what that end's calls did.
    const Summary &s = run.summary;
    if (run.role == Role::Sender)
        return tr("SockScope sent %1 in %2.")
            .arg(EventText::bytes(s.sentBytes),
                 tr("%n send() call(s)", nullptr, int(run.sends.size())));
    return tr("SockScope received %1 in %2.")
        .arg(EventText::bytes(s.receivedBytes),
             tr("%n recv() call(s)", nullptr,
                s.recvCalls > 0 ? s.recvCalls : int(run.recvs.size())));
}

QString RunNarrative::tcp(const Run &run)
{
    const Summary &s = run.summary;
    const QString calls = tr("%n send() call(s)", nullptr, int(run.sends.size()));
    const QString recvs = CallCount::recvCalls(run);
    // A message the program wrote in several send() calls, each read by a recv() of its own, was
    // split by the program, not by TCP: only the rest count as split by TCP.
    const Analysis::SplitAtSends atSends = Analysis::splitAtSends(run);
    const int splitByTcp = s.split - atSends.messages;
    const QString senderSplit = atSends.messages == 0 ? QString() : bySender(atSends);
    QString text;
    if (s.merged > 0 && splitByTcp > 0)
        text = tr("TCP delivered %1 in %2: %3 merged with others and %4 split apart. A byte stream "
                  "keeps no message boundaries.")
                   .arg(calls, recvs, tr("%n message(s)", nullptr, s.merged),
                        tr("%n message(s)", nullptr, splitByTcp));
    else if (s.merged > 0)
        text = tr("TCP merged %1 into shared reads (%2 → %3): a byte stream keeps no message "
                  "boundaries.")
                   .arg(tr("%n message(s)", nullptr, s.merged), calls, recvs);
    else if (splitByTcp > 0)
        text = tr("TCP split %1 over several recv() calls: one send() is not one recv().")
                   .arg(tr("%n message(s)", nullptr, splitByTcp));
    else if (!senderSplit.isEmpty() && atSends.joiningRecvs == 0)
        return TextJoin::sentences(
            { senderSplit,
              tr("TCP neither joined nor cut a send() this time, but it does not promise it: "
                 "change the reader and watch.") });
    else if (!senderSplit.isEmpty())
        // The other messages arrived whole, but not always as their send() calls were made.
        return TextJoin::sentences(
            { senderSplit,
              tr("Elsewhere TCP joined send() calls: %1 returned the bytes of several.")
                  .arg(tr("%n recv() call(s)", nullptr, atSends.joiningRecvs)) });
    else if (s.empty > 0 && s.intact == 0)
        return tr(
            "TCP sent nothing for the empty message: a 0-byte send() puts no bytes on the wire.");
    else if (s.unread > 0 || s.unsent > 0)
        return tr("Every TCP message that was read arrived in a recv() of its own this time, but "
                  "TCP does not promise it: change the reader and watch.");
    else
        return tr("Every TCP message arrived in a recv() of its own this time, but TCP does not "
                  "promise it: change the reader and watch.");
    return senderSplit.isEmpty() ? text : TextJoin::sentences({ text, senderSplit });
}

QString RunNarrative::bySender(const Analysis::SplitAtSends &atSends)
{
    const QString messages = tr("%n message(s)", nullptr, atSends.messages);
    return (atSends.callsPerMessage > 0
                ? tr("The program wrote each of %1 in %2, and each of their recv() calls returned "
                     "exactly one send()'s bytes: the sender split them, not TCP.")
                      .arg(messages, tr("%n send() call(s)", nullptr, atSends.callsPerMessage))
                : tr("The program wrote each of %1 in several send() calls, and each of their "
                     "recv() calls returned exactly one send()'s bytes: the sender split them, "
                     "not TCP.")
                      .arg(messages));
}

QString RunNarrative::udp(const Run &run)
{
    const Summary &s = run.summary;
    QStringList parts;
    // A send() that failed (EMSGSIZE, ECONNREFUSED; not EAGAIN, which is tried again) put
    // nothing on the wire: its message was never sent (Fate::Unsent), and not silently.
    int refused = 0;
    QStringList errors;
    for (const SendEvent &e : run.sends) {
        if (e.error == 0 || e.error == EAGAIN || e.error == EWOULDBLOCK)
            continue;
        ++refused;
        if (const QString name = ErrnoName::name(e.error); !errors.contains(name))
            errors << name;
    }
    if (refused > 0)
        parts << tr("%1 failed (%2): nothing of them was sent.")
                     .arg(tr("%n send() call(s)", nullptr, refused),
                          errors.join(QStringLiteral(", ")));
    const int lost = s.lost;
    // Messages not sent for another reason than a refused send(): the run ended first.
    if (const int notSent = s.unsent - refused; notSent > 0)
        parts << tr("%1 never left: the run ended before they were sent.")
                     .arg(tr("%n datagram(s)", nullptr, notSent));
    if (lost > 0 && run.scenario.receiver == Scenario::Receiver::None)
        parts << tr("Nothing listened on the port: the %1 that left were dropped there.")
                     .arg(tr("%n datagram(s)", nullptr, lost));
    else if (lost > 0)
        parts << tr("UDP lost %1 of %2 without any error on either side.")
                     .arg(tr("%n datagram(s)", nullptr, lost))
                     .arg(s.messages);
    if (s.truncated > 0)
        parts << tr("UDP cut %1 to the recv() size; the rest of each was discarded.")
                     .arg(tr("%n datagram(s)", nullptr, s.truncated));
    if (s.empty > 0)
        parts << tr("The empty datagram arrived as a recv() of 0 bytes.");
    if ((parts.isEmpty() || (s.lost == 0 && s.truncated == 0)) && s.unsent == 0 && s.unread == 0)
        parts.prepend(tr("Every UDP datagram arrived whole in a recv() of its own: datagrams keep "
                         "their boundaries."));
    else if (s.lost == 0 && s.truncated == 0 && s.unread == 0)
        parts.prepend(tr("Every UDP datagram that was sent arrived whole in a recv() of its own: "
                         "datagrams keep their boundaries."));
    else if (s.lost == 0 && s.truncated == 0)
        parts.prepend(tr("Every UDP datagram that was read arrived whole in a recv() of its own: "
                         "datagrams keep their boundaries."));
    return TextJoin::sentences(parts);
}

QString RunNarrative::kernelCounters(const Run &run)
{
    QStringList parts;
    if (run.kernelDrops) {
        const int drops = int(std::min<qint64>(*run.kernelDrops, INT_MAX));
        parts << (isOneSided(run)
                      ? tr("The kernel dropped %1 on this socket (its drop counter, SO_RXQ_OVFL): "
                           "it counts this socket's full receive buffer only, not losses in the "
                           "network or at the sender.")
                            .arg(tr("%n datagram(s)", nullptr, drops))
                      : tr("The kernel's drop counter (SO_RXQ_OVFL) counted %1 dropped on the "
                           "receiving socket.")
                            .arg(tr("%n datagram(s)", nullptr, drops)));
    }
    if (const auto &out = run.tcpInfoSender; out && !isOneSided(run)) {
        // Only a send() that carried bytes can be in a segment with data: an empty message or an
        // EAGAIN puts nothing on the wire.
        const int withBytes = Analysis::sendsWithBytes(run);
        const int empty = int(run.sends.size()) - withBytes;
        const int segments = int(std::min<qint64>(out->dataSegsOut, INT_MAX));
        const QString sends = tr("%n send() call(s)", nullptr, withBytes);
        const QString segs = tr("%n segment(s)", nullptr, segments);
        // Fewer segments than sends with bytes is the kernel's coalescing, measured: Nagle
        // holding bytes for an ACK, the congestion window or autocorking put several sends in
        // one segment.
        if (empty > 0)
            parts << (segments < withBytes
                          ? tr("The sender's kernel carried the bytes of %1 in %2 with data "
                               "(TCP_INFO; %3 carried no bytes): it joined small sends into "
                               "shared segments.")
                          : tr("The sender's kernel carried the bytes of %1 in %2 with data "
                               "(TCP_INFO; %3 carried no bytes)."))
                         .arg(sends, segs, tr("%n send() call(s)", nullptr, empty));
        else
            parts << (segments < withBytes
                          ? tr("The sender's kernel carried the bytes of %1 in %2 with data "
                               "(TCP_INFO): it joined small sends into shared segments.")
                          : tr("The sender's kernel carried the bytes of %1 in %2 with data "
                               "(TCP_INFO)."))
                         .arg(sends, segs);
        if (out->totalRetrans > 0)
            parts << tr("It sent %1 again.")
                         .arg(tr("%n segment(s)", nullptr,
                                 int(std::min<qint64>(out->totalRetrans, INT_MAX))));
    }
    if (const TcpInfo *info = run.tcpInfoSender ? &*run.tcpInfoSender
            : run.tcpInfoReceiver               ? &*run.tcpInfoReceiver
                                                : nullptr;
        info && info->rttUs > 0)
        parts << tr("The kernel's smoothed round-trip time for the connection was %1 ms "
                    "(TCP_INFO).")
                     .arg(QString::number(double(info->rttUs) / 1000.0, 'f', 3));
    return TextJoin::sentences(parts);
}

} // namespace sockscope
