#include "textreport.h"

#include "lessoncatalogue.h"
#include "wireformat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cerrno>

namespace sockscope {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sockscope::TextReport", text, nullptr, n);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 3);
}

QString optional(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QStringLiteral("n/a");
}

QString clip(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QStringLiteral("…");
}

QString recvList(const QList<int> &recvs)
{
    QStringList ids;
    for (int r : recvs)
        ids << QStringLiteral("r%1").arg(r);
    return ids.isEmpty() ? QStringLiteral("—") : ids.join(QLatin1Char(' '));
}

QString translatedFate(Fate f)
{
    switch (f) {
    case Fate::Intact: return QCoreApplication::translate("sockscope::TextReport", "intact");
    case Fate::Merged: return QCoreApplication::translate("sockscope::TextReport", "merged");
    case Fate::Split: return QCoreApplication::translate("sockscope::TextReport", "split");
    case Fate::Truncated: return QCoreApplication::translate("sockscope::TextReport", "truncated");
    case Fate::Lost: return QCoreApplication::translate("sockscope::TextReport", "lost");
    case Fate::Empty: return QCoreApplication::translate("sockscope::TextReport", "empty");
    }
    return {};
}

// Round trip per request: first send of request n → last recv holding reply n.
QString roundTrips(const Run &requests, const Run &replies)
{
    QList<qint64> trips;
    for (int n = 0; n < replies.fates.size() && n < requests.fates.size(); ++n) {
        const MessageFate &req = requests.fates[n];
        const MessageFate &rep = replies.fates[n];
        if (req.firstSend < 0 || rep.recvs.isEmpty() || rep.fate == Fate::Lost)
            continue;
        const RecvEvent &last = replies.recvs[rep.recvs.last()];
        trips << last.tNs + last.durNs - requests.sends[req.firstSend].tNs;
    }
    if (trips.isEmpty())
        return {};
    std::sort(trips.begin(), trips.end());
    return QCoreApplication::translate("sockscope::TextReport", "Request → reply round trip: min %1 ms, median %2 ms, max %3 ms")
        .arg(ms(trips.first()), ms(trips[trips.size() / 2]), ms(trips.last()));
}

} // namespace

QString TextReport::render(const Trace &trace)
{
    QString out;
    QTextStream s(&out);
    if (const Lesson *lesson = LessonCatalogue::find(trace.lesson))
        s << tr("Lesson %1 — %2").arg(trace.lesson, lesson->translatedTitle()) << '\n';
    s << trace.scenario.describe() << '\n';
    for (qsizetype i = 0; i < trace.runs.size(); ++i) {
        const Run &run = trace.runs[i];
        const bool replies = run.requestsRun >= 0 && run.requestsRun < trace.runs.size();
        s << '\n' << renderRun(run, replies ? &trace.runs[run.requestsRun] : nullptr);
    }
    s.flush();
    return out;
}

QString TextReport::renderRun(const Run &run, const Run *requests)
{
    QString out;
    QTextStream s(&out);
    const bool udp = run.protocol == Protocol::Udp;
    s << QStringLiteral("=== %1 ===").arg(run.label) << '\n';
    s << tr("Socket options: SO_SNDBUF %1 → %2 effective, SO_RCVBUF %3 → %4 effective")
             .arg(run.requested.sndbuf ? QString::number(*run.requested.sndbuf) : tr("default"),
                  optional(run.effective.sndbuf),
                  run.requested.rcvbuf ? QString::number(*run.requested.rcvbuf) : tr("default"),
                  optional(run.effective.rcvbuf));
    if (!udp)
        s << QStringLiteral(", TCP_NODELAY %1")
                 .arg(run.effective.nodelay ? (*run.effective.nodelay ? QStringLiteral("on")
                                                                     : QStringLiteral("off"))
                                            : QStringLiteral("n/a"));
    s << '\n';
    if (!run.error.isEmpty())
        s << tr("FAILED: %1").arg(run.error) << '\n';
    if (run.aborted)
        s << tr("Stopped before the end: the trace holds what happened until then.") << '\n';

    // Messages: what was sent, how, and where its bytes ended up.
    s << '\n' << tr("Messages") << '\n';
    s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
             .arg(tr("msg"), -5)
             .arg(tr("contents"), -26)
             .arg(tr("bytes"), 6)
             .arg(tr("sent at ms / unsent after"), -28)
             .arg(tr("fate"), -10)
             .arg(tr("recvs"));
    const int rows = int(std::min<qsizetype>(run.fates.size(), kMaxRows));
    for (int n = 0; n < rows; ++n) {
        const MessageFate &f = run.fates[n];
        QString sent = QStringLiteral("—");
        if (f.firstSend >= 0) {
            int calls = 0;
            for (int id = f.firstSend; id < run.sends.size() && run.sends[id].message == n; ++id)
                ++calls;
            // Unsent after the message's last send(): what the kernel still holds of it.
            const SendEvent &last = run.sends[f.firstSend + calls - 1];
            sent = ms(run.sends[f.firstSend].tNs);
            if (last.unsentAfter)
                sent += QStringLiteral(" / %1 B").arg(*last.unsentAfter);
            if (calls > 1)
                sent += tr(" (%n send() calls)", calls);
        }
        s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("m%1").arg(n), -5)
                 .arg(clip(WireFormat::previewText(f.preview), 26), -26)
                 .arg(f.length, 6)
                 .arg(sent, -28)
                 .arg(translatedFate(f.fate), -10)
                 .arg(recvList(f.recvs));
    }
    if (run.fates.size() > rows)
        s << tr("  … %n more message(s) in the JSON/CSV export", int(run.fates.size() - rows)) << '\n';

    // Recvs: what each recv() call actually returned.
    s << '\n' << tr("Recvs (one row per recv() call)") << '\n';
    s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
             .arg(tr("recv"), -5)
             .arg(tr("t ms"), 9)
             .arg(tr("asked"), 6)
             .arg(tr("got"), 6)
             .arg(udp ? tr("datagram") : tr("queued"), 9)
             .arg(tr("contents"));
    const int recvRows = int(std::min<qsizetype>(run.recvs.size(), kMaxRows));
    for (int i = 0; i < recvRows; ++i) {
        const RecvEvent &r = run.recvs[i];
        QString contents = WireFormat::previewText(r.preview);
        if (!udp && r.bytes == 0 && r.error == 0)
            contents = tr("(0 bytes: the peer closed the connection)");
        else if (udp && r.truncated)
            contents += tr("  [truncated: %1 of %2 bytes kept]").arg(r.bytes).arg(r.datagramSize.value_or(0));
        else if (udp && r.bytes == 0)
            contents = tr("(an empty datagram)");
        s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("r%1").arg(i), -5)
                 .arg(ms(r.tNs), 9)
                 .arg(r.requested, 6)
                 .arg(r.bytes, 6)
                 .arg(optional(udp ? r.datagramSize : r.queuedBefore), 9)
                 .arg(clip(contents, 70));
    }
    if (run.recvs.size() > recvRows)
        s << tr("  … %n more recv(s) in the JSON/CSV export", int(run.recvs.size() - recvRows)) << '\n';

    if (!run.frames.isEmpty()) {
        s << '\n' << tr("Decoded frames (%1)").arg(run.scenario.framing) << '\n';
        const int frameRows = int(std::min<qsizetype>(run.frames.size(), kMaxRows));
        for (int i = 0; i < frameRows; ++i) {
            const Frame &f = run.frames[i];
            s << QStringLiteral("  f%1  %2  ").arg(i).arg(clip(WireFormat::previewText(f.preview), 30), -30)
              << tr("%1 B from %2").arg(f.length).arg(recvList(f.recvs));
            if (!f.error.isEmpty())
                s << QStringLiteral("  ") << tr("error: %1").arg(f.error);
            s << '\n';
        }
    }

    const Summary &sum = run.summary;
    s << '\n' << tr("Summary: %n message(s)", sum.messages) << QStringLiteral(" — ")
      << tr("%1 intact, %2 merged, %3 split, %4 truncated, %5 lost, %6 empty")
             .arg(sum.intact).arg(sum.merged).arg(sum.split).arg(sum.truncated).arg(sum.lost).arg(sum.empty)
      << '\n';
    s << tr("Bytes: %1 sent, %2 received").arg(sum.sentBytes).arg(sum.receivedBytes);
    if (udp)
        s << tr(", %1 cut off by truncation, %2 in lost datagrams").arg(sum.truncatedBytes).arg(sum.lostBytes);
    s << QStringLiteral(" — ") << (sum.conserved ? tr("conserved ✓") : tr("NOT conserved ✗")) << '\n';
    s << tr("%n send() call(s)", int(run.sends.size())) << QStringLiteral(", ")
      << tr("%n recv() call(s)", sum.recvCalls);
    if (sum.partialSends > 0)
        s << QStringLiteral(", ") << tr("%n partial send(s) (accepted fewer bytes than asked)", sum.partialSends);
    s << '\n';

    // Kernel evidence, summarised.
    qint64 maxUnsent = -1;
    int held = 0;
    int eagain = 0;
    for (const SendEvent &e : run.sends) {
        if (e.unsentAfter) {
            maxUnsent = std::max(maxUnsent, *e.unsentAfter);
            held += *e.unsentAfter > 0;
        }
        eagain += e.error == EAGAIN;
    }
    qint64 maxQueued = -1;
    for (const RecvEvent &r : run.recvs) {
        if (r.queuedBefore)
            maxQueued = std::max(maxQueued, *r.queuedBefore);
    }
    QStringList evidence;
    if (!udp && maxUnsent >= 0)
        evidence << tr("after %1 of %2 sends bytes were still unsent (max %3 B)")
                        .arg(held).arg(run.sends.size()).arg(maxUnsent);
    if (eagain > 0)
        evidence << tr("%n send() call(s) failed with EAGAIN (buffer full)", eagain);
    if (maxQueued >= 0)
        evidence << (udp ? tr("largest datagram waiting before a recv %1 B").arg(maxQueued)
                         : tr("max bytes queued before a recv %1 B").arg(maxQueued));
    if (!evidence.isEmpty())
        s << tr("Kernel evidence: ") << evidence.join(QStringLiteral("; ")) << '\n';
    if (requests) {
        if (const QString trips = roundTrips(*requests, run); !trips.isEmpty())
            s << trips << '\n';
    }
    s.flush();
    return out;
}

} // namespace sockscope
