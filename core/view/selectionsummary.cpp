#include "view/selectionsummary.h"

#include "analysis/runattribution.h"
#include "analysis/segmentlinks.h"
#include "model/fateword.h"
#include "view/eventtext.h"
#include "view/timeaxis.h"

#include <algorithm>

namespace sockscope {

QString SelectionSummary::describe(const Trace &trace, const TimelineSelection &selection,
                                   PreviewText::Encoding encoding)
{
    if (!selection.isValid() || selection.run >= trace.runs.size())
        return tr("No message selected. Ctrl+Left and Ctrl+Right select a message.");
    const Run &run = trace.runs[selection.run];
    // By number, not by place: during replay only the fates known so far are in the list.
    const MessageFate *fate = RunAttribution::fate(run, selection.message);
    if (!fate && isOneSided(run)) {
        QString observed = run.protocol == Protocol::Udp
            ? describeRead(run, selection.message, encoding)
            : describeFrame(run, selection.message, encoding);
        if (!observed.isEmpty())
            return observed;
    }
    if (!fate)
        return tr("No message selected. Ctrl+Left and Ctrl+Right select a message.");
    const MessageFate &m = *fate;
    // Numbered from 0 like everything else the user reads (tooltips, box labels, the table, the
    // CSV and the trace JSON's ids): message #0 is the one whose payload says "msg-0".
    QString text = tr("%1, message #%2 of %3: \"%4\", %5")
                       .arg(EventText::runTitle(run))
                       .arg(m.message)
                       .arg(run.fates.size())
                       .arg(PreviewText::display(m.preview, encoding), EventText::bytes(m.length));
    if (m.firstSend >= 0 && m.firstSend < run.sends.size())
        text
            += tr(", sent at %1").arg(TimeAxis::formatDuration(double(run.sends[m.firstSend].tNs)));
    text += QStringLiteral("; ") + FateWord::of(m.fate);
    if (!m.recvs.isEmpty()) {
        QStringList recvs;
        for (int r : m.recvs) {
            if (r >= 0 && r < run.recvs.size())
                recvs << tr("recv() #%1 at %2")
                             .arg(r)
                             .arg(TimeAxis::formatDuration(double(run.recvs[r].tNs)));
        }
        text += QStringLiteral("; ") + tr("held by %1").arg(recvs.join(QStringLiteral(", ")));
    }
    return text + QLatin1Char('.');
}

QString SelectionSummary::describeRead(const Run &run, int recv, PreviewText::Encoding encoding)
{
    if (recv < 0 || recv >= run.recvs.size() || RunAttribution::messageOfRecv(run, recv) != recv)
        return {};
    const RecvEvent r = run.recvs.at(recv);
    QString text = tr("%1, the datagram recv() #%2 read at %3: \"%4\", %5")
                       .arg(EventText::runTitle(run))
                       .arg(recv)
                       .arg(TimeAxis::formatDuration(double(r.tNs + r.durNs)))
                       .arg(PreviewText::display(r.preview, encoding), EventText::bytes(r.bytes));
    if (r.truncated && r.datagramSize)
        text += QStringLiteral("; ")
            + tr("truncated: %1 of %2 kept")
                  .arg(EventText::bytes(r.bytes), EventText::bytes(*r.datagramSize));
    // The captured datagram it was (DatagramMatcher), where the evidence says which.
    const QList<int> segments = SegmentLinks::segmentsOfRecv(run, recv);
    if (!segments.isEmpty()) {
        const Segment &g = run.segments.at(segments.first());
        text += QStringLiteral("; ")
            + tr("arrived as datagram #%1 at %2")
                  .arg(SegmentLinks::dataNumber(run, segments.first()))
                  .arg(TimeAxis::formatDuration(double(g.arriveNs >= 0 ? g.arriveNs : g.tNs)));
    }
    return text + QLatin1Char('.');
}

QString SelectionSummary::describeFrame(const Run &run, int frame, PreviewText::Encoding encoding)
{
    const auto it = std::find_if(run.frames.cbegin(), run.frames.cend(),
                                 [frame](const Frame &f) { return f.id == frame; });
    if (frame < 0 || it == run.frames.cend() || !it->complete || !it->error.isEmpty())
        return {};
    const Frame &f = *it;
    QString text = tr("%1, decoded message #%2: \"%3\", %4")
                       .arg(EventText::runTitle(run))
                       .arg(f.id)
                       .arg(PreviewText::display(f.preview, encoding),
                            EventText::bytes(f.payloadBytes >= 0 ? f.payloadBytes : f.length));
    QStringList recvs;
    for (int r : f.recvs) {
        if (r >= 0 && r < run.recvs.size())
            recvs << tr("recv() #%1 at %2")
                         .arg(r)
                         .arg(TimeAxis::formatDuration(double(run.recvs.at(r).tNs)));
    }
    if (!recvs.isEmpty())
        text += QStringLiteral("; ") + tr("held by %1").arg(recvs.join(QStringLiteral(", ")));
    return text + QLatin1Char('.');
}

TimelineSelection SelectionSummary::step(const Trace &trace, const TimelineSelection &from,
                                         int step)
{
    // Flatten (run, message) pairs; traces are lesson-sized when navigated by keyboard.
    QList<TimelineSelection> all;
    for (int r = 0; r < trace.runs.size(); ++r) {
        const Run &run = trace.runs[r];
        for (const MessageFate &f : run.fates)
            all.append({ r, f.message }); // replay: some are known
        // An observed TCP run's messages are its decoded frames.
        if (isOneSided(run) && run.protocol == Protocol::Tcp) {
            for (const Frame &f : run.frames) {
                if (f.complete && f.error.isEmpty())
                    all.append({ r, f.id });
            }
        }
        // An observed UDP run's messages are the datagrams its recv()s read.
        if (isOneSided(run) && run.protocol == Protocol::Udp) {
            for (int i = 0; i < run.recvs.size(); ++i) {
                if (run.recvs.get<&RecvEvent::error>(i) == 0
                    && run.recvs.get<&RecvEvent::bytes>(i) >= 0)
                    all.append({ r, i });
            }
        }
    }
    if (all.isEmpty())
        return from;
    const qsizetype at = all.indexOf(from);
    if (at < 0)
        return step > 0 ? all.first() : all.last();
    return all.value(std::clamp<qsizetype>(at + step, 0, all.size() - 1));
}

} // namespace sockscope
