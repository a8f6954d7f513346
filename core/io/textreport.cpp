#include "io/textreport.h"

#include "model/fateword.h"
#include "model/textjoin.h"

#include "model/callcount.h"
#include "model/errnoname.h"

#include "analysis/analysis.h"
#include "analysis/frameattribution.h"
#include "analysis/lessonexpectations.h"
#include "analysis/wiresummary.h"
#include "model/lessoncatalogue.h"
#include "model/platformprofile.h"
#include "model/previewtext.h"
#include "model/tracedescription.h"
#include "util/displaywidth.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <climits>

namespace sockscope {

namespace {

// ", " between the parts of a line, "，" in Chinese: the one list separator of every view.
QString listSeparator()
{
    return TextJoin::listSeparator();
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sockscope::TextReport", text, disambiguation, n);
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
    return PreviewText::withoutCutEscape(DisplayWidth::clip(text, width));
}

// A table cell of width terminal columns (negative: left-aligned, as QString::arg): Chinese
// headers and fate words take two columns per character.
QString cell(const QString &text, int width)
{
    return DisplayWidth::pad(text, width);
}

QString recvList(const QList<int> &recvs)
{
    // A 100 KB body read 1 KiB at a time spans a hundred recvs: name the ends and the count.
    if (recvs.size() > 8)
        return QStringLiteral("r%1 … r%2 ").arg(recvs.first()).arg(recvs.last())
            + QCoreApplication::translate("sockscope::TextReport", "(%n recvs)", nullptr,
                                          int(recvs.size()));
    QStringList ids;
    for (int r : recvs)
        ids << QStringLiteral("r%1").arg(r);
    return ids.isEmpty() ? QStringLiteral("—") : ids.join(QLatin1Char(' '));
}

// Round trip per request: first send of request n → last recv holding reply n.
QString roundTrips(const Run &requests, const Run &replies)
{
    const QList<qint64> trips = Analysis::roundTripsNs(requests, replies);
    if (trips.isEmpty())
        return {};
    return QCoreApplication::translate(
               "sockscope::TextReport",
               "Request → reply round trip: min %1 ms, median %2 ms, max %3 ms")
        .arg(ms(trips.first()), ms(trips[trips.size() / 2]), ms(trips.last()));
}

// Recvs: what each recv() call actually returned.
QString recvTable(const Run &run, PreviewText::Encoding encoding)
{
    QString out;
    QTextStream s(&out);
    const bool udp = run.protocol == Protocol::Udp;
    s << '\n'
      << QCoreApplication::translate("sockscope::TextReport", "Recvs (one row per recv() call)")
      << '\n';
    s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "recv"), -5))
             // When the call returned, as the timeline places it: a blocking recv() may have
             // waited for the bytes it got (its call time is in the JSON/CSV export).
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "back at ms"), 10))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "asked"), 6))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "got"), 6))
             .arg(cell(udp ? QCoreApplication::translate("sockscope::TextReport", "datagram")
                           : QCoreApplication::translate("sockscope::TextReport", "queued"),
                       9))
             .arg(QCoreApplication::translate("sockscope::TextReport", "contents"));
    const int recvRows = int(std::min<qsizetype>(run.recvs.size(), TextReport::kMaxRows));
    for (int i = 0; i < recvRows; ++i) {
        const RecvEvent &r = run.recvs[i];
        QString contents = PreviewText::display(r.preview, encoding);
        // What the kernel did to the call stays readable however long the payload: the
        // payload is clipped, never the note.
        QString note;
        if (r.error != 0)
            contents = QCoreApplication::translate("sockscope::TextReport", "recv() failed: %1")
                           .arg(ErrnoName::name(r.error));
        else if (!udp && r.bytes == 0)
            contents = QCoreApplication::translate("sockscope::TextReport",
                                                   "(0 bytes: the peer closed the connection)");
        else if (udp && r.peek)
            note = QCoreApplication::translate("sockscope::TextReport",
                                               "  [peek: the %1-byte datagram stays queued]")
                       .arg(r.datagramSize.value_or(0));
        else if (udp && r.truncated)
            note = QCoreApplication::translate("sockscope::TextReport",
                                               "  [truncated: %1 of %2 bytes kept]")
                       .arg(r.bytes)
                       .arg(r.datagramSize.value_or(0));
        else if (udp && r.bytes == 0)
            contents = QCoreApplication::translate("sockscope::TextReport", "(an empty datagram)");
        if (r.peer >= 0 && r.peer < run.peers.size())
            contents = QStringLiteral("[%1] ").arg(run.peers[r.peer]) + contents;
        s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("r%1").arg(i), -5)
                 .arg(ms(r.tNs + r.durNs), 10)
                 .arg(r.requested, 6)
                 .arg(r.bytes, 6)
                 .arg(optional(udp ? r.datagramSize : r.queuedBefore), 9)
                 .arg(clip(contents, std::max(10, 70 - DisplayWidth::of(note))) + note);
    }
    if (run.recvs.size() > recvRows)
        s << QCoreApplication::translate("sockscope::TextReport",
                                         "  … %n more recv(s) in the JSON/CSV export", nullptr,
                                         int(run.recvs.size() - recvRows))
          << '\n';

    s.flush();
    return out;
}

QString sendTable(const Run &run, PreviewText::Encoding encoding)
{
    QString out;
    QTextStream s(&out);
    s << '\n'
      << QCoreApplication::translate("sockscope::TextReport", "Sends (one row per send() call)")
      << '\n';
    s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "send"), -5))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "t ms"), 9))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "asked"), 6))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "took"), 6))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "unsent"), 7))
             .arg(QCoreApplication::translate("sockscope::TextReport", "contents"));
    const int rows = int(std::min<qsizetype>(run.sends.size(), TextReport::kMaxRows));
    for (int i = 0; i < rows; ++i) {
        const SendEvent &e = run.sends[i];
        QString contents = PreviewText::display(e.preview, encoding);
        if (e.error != 0)
            contents = ErrnoName::name(e.error) + QStringLiteral("  ") + contents;
        s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("s%1").arg(i), -5)
                 .arg(ms(e.tNs), 9)
                 .arg(e.requested, 6)
                 .arg(e.accepted, 6)
                 .arg(optional(e.unsentAfter), 7)
                 .arg(clip(contents, 60));
    }
    if (run.sends.size() > rows)
        s << QCoreApplication::translate("sockscope::TextReport",
                                         "  … %n more send(s) in the JSON/CSV export", nullptr,
                                         int(run.sends.size() - rows))
          << '\n';
    s.flush();
    return out;
}

QString frameTable(const Run &run, PreviewText::Encoding encoding)
{
    QString out;
    QTextStream s(&out);
    if (!run.frames.isEmpty()) {
        s << '\n'
          << QCoreApplication::translate("sockscope::TextReport", "Decoded frames (%1)")
                 .arg(run.scenario.framing)
          << '\n';
        const int frameRows = int(std::min<qsizetype>(run.frames.size(), TextReport::kMaxRows));
        for (int i = 0; i < frameRows; ++i) {
            const Frame &f = run.frames[i];
            s << QStringLiteral("  f%1  %2  ")
                     .arg(i)
                     .arg(cell(clip(PreviewText::display(f.preview, encoding), 30), -30))
              << QCoreApplication::translate("sockscope::TextReport", "%1 B from %2")
                     .arg(f.length)
                     .arg(recvList(f.recvs));
            if (!f.error.isEmpty())
                s << QStringLiteral("  ")
                  << QCoreApplication::translate("sockscope::TextReport", "error: %1").arg(f.error);
            s << '\n';
        }
    }

    s.flush();
    return out;
}

QString segmentNote(const Segment &g, bool udp)
{
    QStringList notes;
    if (udp)
        notes << QStringLiteral("m%1").arg(g.message);
    if (g.window >= 0)
        notes << QCoreApplication::translate("sockscope::TextReport", "window %1").arg(g.window);
    if (g.fin)
        notes << QStringLiteral("FIN");
    if (g.piggybacked)
        notes << QCoreApplication::translate("sockscope::TextReport", "piggybacked on data");
    if (g.retransmit)
        notes << QCoreApplication::translate("sockscope::TextReport", "retransmission");
    if (!g.ack && !udp && g.bytes == 0 && !g.fin)
        notes << QCoreApplication::translate("sockscope::TextReport", "window probe");
    if (g.duplicate)
        notes << QCoreApplication::translate("sockscope::TextReport", "duplicate copy");
    if (g.lost)
        notes << QCoreApplication::translate("sockscope::TextReport", "LOST on the way");
    if (g.dropped)
        notes << QCoreApplication::translate("sockscope::TextReport",
                                             "DROPPED: receive buffer full");
    return notes.join(listSeparator());
}

// The simulated wire lane: what left when, and what became of it.
QString wireLane(const Run &run)
{
    QString out;
    QTextStream s(&out);
    const bool udp = run.protocol == Protocol::Udp;
    s << '\n'
      << QCoreApplication::translate("sockscope::TextReport", "Wire (%1)")
             .arg(run.scenario.describeNetwork())
      << '\n';
    s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "t ms"), 9))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "arrives"), 9))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "what"), -5))
             .arg(cell(udp ? QString()
                           : QCoreApplication::translate("sockscope::TextReport", "offset"),
                       7))
             .arg(cell(QCoreApplication::translate("sockscope::TextReport", "bytes"), 6))
             .arg(QCoreApplication::translate("sockscope::TextReport", "note"));
    const int rows = int(std::min<qsizetype>(run.segments.size(), TextReport::kMaxRows));
    for (int i = 0; i < rows; ++i) {
        const Segment &g = run.segments[i];
        s << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(ms(g.tNs), 9)
                 .arg(g.arriveNs < 0 ? QStringLiteral("—") : ms(g.arriveNs), 9)
                 .arg(cell(g.ack     ? QStringLiteral("ack")
                               : udp ? QStringLiteral("dgram")
                                     : QStringLiteral("data"),
                           -5))
                 .arg(udp ? QString() : QString::number(g.offset), 7)
                 .arg(g.ack ? QString() : QString::number(g.bytes), 6)
                 .arg(segmentNote(g, udp));
    }
    if (run.segments.size() > rows)
        s << QCoreApplication::translate("sockscope::TextReport",
                                         "  … %n more packet(s) in the JSON/CSV export", nullptr,
                                         int(run.segments.size() - rows))
          << '\n';
    s.flush();
    return out;
}

// What the summary line says of the bytes (Analysis::conservation). Spelled out: lupdate
// cannot tell this file's tr() helper from a class's.
QString conservation(const Run &run)
{
    switch (Analysis::conservation(run)) {
    case Analysis::Conservation::Holds:
        return QCoreApplication::translate("sockscope::TextReport", "conserved ✓");
    case Analysis::Conservation::Stopped:
        return QCoreApplication::translate("sockscope::TextReport",
                                           "not checked: the run was stopped");
    case Analysis::Conservation::EndedEarly:
        return QCoreApplication::translate("sockscope::TextReport",
                                           "not checked: the run ended early");
    case Analysis::Conservation::Broken:
    case Analysis::Conservation::OneSided:
        break;
    }
    return QCoreApplication::translate("sockscope::TextReport", "NOT conserved ✗");
}

} // namespace

QString TextReport::render(const Trace &trace, PreviewText::Encoding encoding)
{
    QString out;
    QTextStream s(&out);
    s << renderExpectations(trace);
    const TraceDescription::Kind kind = TraceDescription::kind(trace);
    // A send-to run plays only the lesson's sender: the lesson's title would name what its
    // receiver does, and that receiver did not run.
    if (kind == TraceDescription::Kind::SendTo && !trace.lesson.isEmpty())
        s << tr("The sender of lesson %1, sending to a server that is not SockScope's")
                 .arg(trace.lesson)
          << '\n';
    else if (const Lesson *lesson = LessonCatalogue::of(trace))
        s << tr("Lesson %1 — %2").arg(trace.lesson, lesson->translatedTitle()) << '\n';
    s << TraceDescription::settings(trace) << '\n';
    for (qsizetype i = 0; i < trace.runs.size(); ++i) {
        const Run &run = trace.runs[i];
        const bool replies = run.requestsRun >= 0 && run.requestsRun < trace.runs.size();
        if (isOneSided(run))
            s << '\n' << renderOneSided(run, encoding);
        else
            s << '\n' << renderRun(run, replies ? &trace.runs[run.requestsRun] : nullptr, encoding);
    }
    if (!trace.notes.isEmpty()) {
        s << '\n' << tr("Notes") << '\n';
        for (const QString &note : trace.notes)
            s << QStringLiteral("  ") << note << '\n';
    }
    s.flush();
    return out;
}

QString TextReport::renderExpectations(const Trace &trace)
{
    QString out;
    QTextStream s(&out);
    if (!trace.headline.isEmpty())
        s << LessonExpectations::headline(trace) << '\n';
    for (const Expectation &e : trace.expectations)
        s << QStringLiteral("  %1 %2\n")
                 .arg(LessonExpectations::mark(e), LessonExpectations::describe(trace, e));
    if (!trace.headline.isEmpty() || !trace.expectations.isEmpty())
        s << '\n';
    s.flush();
    return out;
}

QString TextReport::kernelCounters(const Run &run)
{
    QString out;
    QTextStream s(&out);
    if (run.kernelDrops) {
        // Observed: a foreign sender's datagrams have no sequence numbers, so this is the only
        // word of what was lost, and it is this socket's word only.
        if (isOneSided(run))
            s << tr("Lost: %n datagram(s) dropped by the kernel on this socket (its drop counter, "
                    "SO_RXQ_OVFL; it counts a full receive buffer on this socket only, not losses "
                    "in the network or at the sender)",
                    nullptr, int(std::min<qint64>(*run.kernelDrops, INT_MAX)))
              << '\n';
        else
            s << tr("Kernel drop counter (SO_RXQ_OVFL): %n datagram(s) dropped on the receiving "
                    "socket",
                    nullptr, int(std::min<qint64>(*run.kernelDrops, INT_MAX)))
              << '\n';
    }
    const auto line = [&s](const QString &who, const TcpInfo &t) {
        s << tr("TCP_INFO at the end, %1: %2 segments out (%3 with data), %4 in (%5 with data), "
                "%6 retransmitted, RTT %7 ms ± %8, MSS %9 out / %10 in")
                 .arg(who)
                 .arg(t.segsOut)
                 .arg(t.dataSegsOut)
                 .arg(t.segsIn)
                 .arg(t.dataSegsIn)
                 .arg(t.totalRetrans)
                 .arg(QString::number(double(t.rttUs) / 1000.0, 'f', 3),
                      QString::number(double(t.rttVarUs) / 1000.0, 'f', 3))
                 .arg(t.sndMss)
                 .arg(t.rcvMss)
          << '\n';
    };
    if (run.tcpInfoSender)
        line(tr("sender"), *run.tcpInfoSender);
    if (run.tcpInfoReceiver)
        line(isOneSided(run) ? tr("our socket") : tr("receiver"), *run.tcpInfoReceiver);
    s.flush();
    return out;
}

QString TextReport::renderOneSided(const Run &run, PreviewText::Encoding encoding)
{
    QString out;
    QTextStream s(&out);
    const bool udp = run.protocol == Protocol::Udp;
    const bool sender = run.role == Role::Sender;
    s << QStringLiteral("=== %1 ===").arg(run.label) << '\n';
    if (sender) {
        s << tr("Socket options: SO_SNDBUF %1 → %2 effective")
                 .arg(run.requested.sndbuf ? QString::number(*run.requested.sndbuf) : tr("default"),
                      optional(run.effective.sndbuf));
        if (!udp)
            s << QStringLiteral(", TCP_NODELAY %1")
                     .arg(run.effective.nodelay ? (*run.effective.nodelay ? QStringLiteral("on")
                                                                          : QStringLiteral("off"))
                                                : QStringLiteral("n/a"));
    } else {
        s << tr("Our socket: SO_RCVBUF %1 effective").arg(optional(run.effective.rcvbuf));
    }
    s << '\n';
    if (!run.error.isEmpty())
        s << tr("FAILED: %1").arg(run.error) << '\n';
    if (run.aborted)
        s << (sender ? tr("Stopped before the end: the trace holds what happened until then.")
                     : tr("The observation ended before the peer closed the connection."))
          << '\n';

    const Summary &sum = run.summary;
    if (sender) {
        s << sendTable(run, encoding);
        s << '\n'
          << tr("Bytes: %1 sent in %n send() call(s)", nullptr, int(run.sends.size()))
                 .arg(sum.sentBytes);
        if (sum.partialSends > 0)
            s << listSeparator()
              << tr("%n partial send(s) (accepted fewer bytes than asked)", nullptr,
                    sum.partialSends);
        s << '\n'
          << tr("What the server's recv() calls got is for the server to show: run it "
                "behind 'sockscope observe --relay' to see both.")
          << '\n';
    } else {
        s << recvTable(run, encoding) << frameTable(run, encoding);
        if (const auto undecoded = FrameAttribution::undecodedBytes(run))
            s << tr("  The decoder stopped at f%1: %2 B received after it were not decoded.")
                     .arg(run.frames.size() - 1)
                     .arg(*undecoded)
              << '\n';
        s << '\n'
          << tr("Bytes: %1 received in %2").arg(sum.receivedBytes).arg(CallCount::recvCalls(run));
        if (udp && sum.truncated > 0)
            s << listSeparator()
              << tr("%1 B cut off by truncation in %n datagram(s)", nullptr, sum.truncated)
                     .arg(sum.truncatedBytes);
        if (!run.frames.isEmpty()) {
            const auto bad = std::count_if(run.frames.cbegin(), run.frames.cend(),
                                           [](const Frame &f) { return !f.complete; });
            s << listSeparator()
              << tr("%n frame(s) decoded", nullptr, int(run.frames.size() - bad));
            if (bad > 0)
                s << listSeparator() << tr("%n incomplete or malformed", nullptr, int(bad));
        }
        s << '\n';
        // The counts above are of what was recorded: never let them pass for all there was.
        if (run.unrecorded)
            s << run.unrecorded->sentence(udp) << '\n';
        QStringList failures;
        int failed = 0;
        for (const RecvEvent &r : run.recvs) {
            if (r.error == 0)
                continue;
            ++failed;
            if (const QString name = ErrnoName::name(r.error); !failures.contains(name))
                failures << name;
        }
        if (failed > 0)
            s << tr("%n recv() call(s) failed: %1", nullptr, failed)
                     .arg(failures.join(listSeparator()))
              << '\n';
        qint64 maxQueued = -1;
        for (const RecvEvent &r : run.recvs)
            maxQueued = std::max(maxQueued, r.queuedBefore.value_or(-1));
        if (maxQueued >= 0)
            s << tr("Kernel evidence: ")
              << (udp ? tr("largest datagram waiting before a recv %1 B").arg(maxQueued)
                      : tr("max bytes queued before a recv %1 B").arg(maxQueued))
              << '\n';
    }
    // The packets of its own connection, captured on loopback (the JSON and --pcap hold each).
    if (const QString wire = WireSummary::line(run); !wire.isEmpty())
        s << wire << '\n';
    s << kernelCounters(run);
    s.flush();
    return out;
}

QString TextReport::renderRun(const Run &run, const Run *requests, PreviewText::Encoding encoding)
{
    QString out;
    QTextStream s(&out);
    const bool udp = run.protocol == Protocol::Udp;
    s << QStringLiteral("=== %1 ===")
             .arg(run.mode == Mode::Sim ? TextJoin::withAside(
                      run.label, PlatformProfile::simulated(run.scenario.platform))
                                        : run.label)
      << '\n';
    s << tr("Socket options: SO_SNDBUF %1 → %2 effective, SO_RCVBUF %3 → %4 effective")
             .arg(run.requested.sndbuf ? QString::number(*run.requested.sndbuf) : tr("default"),
                  optional(run.effective.sndbuf),
                  run.requested.rcvbuf ? QString::number(*run.requested.rcvbuf) : tr("default"),
                  optional(run.effective.rcvbuf));
    if (!udp)
        s << listSeparator()
          << QStringLiteral("TCP_NODELAY %1")
                 .arg(run.effective.nodelay ? (*run.effective.nodelay ? tr("on") : tr("off"))
                                            : tr("n/a"));
    // The lessons' own options, as read back, where the run set them.
    if (run.effective.cork.value_or(false))
        s << listSeparator() << QStringLiteral("TCP_CORK %1").arg(tr("on"));
    if (run.effective.quickack)
        s << listSeparator()
          << QStringLiteral("TCP_QUICKACK %1").arg(*run.effective.quickack ? tr("on") : tr("off"));
    if (run.effective.rcvlowat)
        s << listSeparator() << QStringLiteral("SO_RCVLOWAT %1").arg(*run.effective.rcvlowat);
    if (run.effective.nonblocking.value_or(false))
        s << listSeparator() << QStringLiteral("O_NONBLOCK");
    s << '\n';
    if (!run.error.isEmpty())
        s << tr("FAILED: %1").arg(run.error) << '\n';
    if (run.aborted)
        s << tr("Stopped before the end: the trace holds what happened until then.") << '\n';

    // Messages: what was sent, how, and where its bytes ended up. The "sent" cell is as wide
    // as its longest row, so that "(2 send() calls)" does not push the fate out of its column.
    const int rows = int(std::min<qsizetype>(run.fates.size(), kMaxRows));
    QStringList sentCells;
    const QString sentHeader = tr("sent at ms / unsent after");
    int sentWidth = DisplayWidth::of(sentHeader);
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
                sent += tr(" (%n send() calls)", nullptr, calls);
        }
        sentWidth = std::max(sentWidth, DisplayWidth::of(sent));
        sentCells << sent;
    }
    s << '\n' << tr("Messages") << '\n';
    s << QStringLiteral("  %1 %2 %3  %4 %5 %6\n")
             .arg(cell(tr("msg"), -5))
             .arg(cell(tr("contents"), -26))
             .arg(cell(tr("bytes"), 6))
             .arg(cell(sentHeader, -sentWidth))
             .arg(cell(tr("fate"), -10))
             .arg(tr("recvs"));
    for (int n = 0; n < rows; ++n) {
        const MessageFate &f = run.fates[n];
        s << QStringLiteral("  %1 %2 %3  %4 %5 %6\n")
                 .arg(QStringLiteral("m%1").arg(n), -5)
                 .arg(cell(clip(PreviewText::display(f.preview, encoding), 26), -26))
                 .arg(f.length, 6)
                 .arg(cell(sentCells[n], -sentWidth))
                 .arg(cell(FateWord::of(f.fate), -10))
                 .arg(recvList(f.recvs));
    }
    if (run.fates.size() > rows)
        s << tr("  … %n more message(s) in the JSON/CSV export", nullptr,
                int(run.fates.size() - rows))
          << '\n';

    s << recvTable(run, encoding);
    s << frameTable(run, encoding);

    const Summary &sum = run.summary;
    s << '\n'
      << tr("Summary: %n message(s)", nullptr, sum.messages) << QStringLiteral(" — ")
      << tr("%1 intact, %2 merged, %3 split, %4 truncated, %5 lost, %6 empty")
             .arg(sum.intact)
             .arg(sum.merged)
             .arg(sum.split)
             .arg(sum.truncated)
             .arg(sum.lost)
             .arg(sum.empty);
    if (sum.unsent > 0)
        s << tr(", %1 not sent").arg(sum.unsent);
    if (sum.unread > 0)
        s << tr(", %1 unread (the run ended before the reader read them)").arg(sum.unread);
    s << '\n';
    s << tr("Bytes: %1 sent, %2 received").arg(sum.sentBytes).arg(sum.receivedBytes);
    if (udp)
        s << tr(", %1 cut off by truncation, %2 in lost datagrams")
                 .arg(sum.truncatedBytes)
                 .arg(sum.lostBytes);
    if (udp && sum.unreadBytes > 0)
        s << tr(", %1 in unread datagrams").arg(sum.unreadBytes);
    // Bytes that do not add up on a run that ended early say only that it ended early.
    s << QStringLiteral(" — ") << conservation(run) << '\n';
    s << tr("%n send() call(s)", nullptr, int(run.sends.size())) << listSeparator()
      << CallCount::recvCalls(run);
    if (sum.partialSends > 0)
        s << listSeparator()
          << tr("%n partial send(s) (accepted fewer bytes than asked)", nullptr, sum.partialSends);
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
        evidence << TextJoin::fill(tr("after %1 of %2 bytes were still unsent (max %3 B)"),
                                   { QString::number(held),
                                     tr("%n send(s)", nullptr, int(run.sends.size())),
                                     QString::number(maxUnsent) });
    if (eagain > 0)
        evidence << tr("%n send() call(s) failed with EAGAIN (buffer full)", nullptr, eagain);
    // Any other failed send (EMSGSIZE: too long for a datagram; ECONNREFUSED: an ICMP error):
    // nothing of it was sent.
    QStringList failures;
    int failed = 0;
    for (const SendEvent &e : run.sends) {
        if (e.error == 0 || e.error == EAGAIN)
            continue;
        ++failed;
        if (const QString name = ErrnoName::name(e.error); !failures.contains(name))
            failures << name;
    }
    if (maxQueued >= 0)
        evidence << (udp ? tr("largest datagram waiting before a recv %1 B").arg(maxQueued)
                         : tr("max bytes queued before a recv %1 B").arg(maxQueued));
    // The simulator asks no kernel: its numbers are the model's.
    if (!evidence.isEmpty())
        s << (run.mode == Mode::Sim ? tr("Model's evidence: ") : tr("Kernel evidence: "))
          << evidence.join(QStringLiteral("; ")) << '\n';
    if (failed > 0)
        s << tr("%n send() call(s) failed: %1", nullptr, failed).arg(failures.join(listSeparator()))
          << '\n';
    if (requests) {
        if (const QString trips = roundTrips(*requests, run); !trips.isEmpty())
            s << trips << '\n';
    }
    s << kernelCounters(run);
    // What crossed the wire, captured or simulated; a simulated one also packet by packet.
    if (const QString wire = WireSummary::line(run); !wire.isEmpty())
        s << wire << '\n';
    if (run.mode == Mode::Sim)
        s << wireLane(run);
    s.flush();
    return out;
}

} // namespace sockscope
