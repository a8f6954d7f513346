#include "view/selectionsummary.h"

#include "analysis/runattribution.h"
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
    text += QStringLiteral("; ") + EventText::fate(m.fate);
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

TimelineSelection SelectionSummary::step(const Trace &trace, const TimelineSelection &from,
                                         int step)
{
    // Flatten (run, message) pairs; traces are lesson-sized when navigated by keyboard.
    QList<TimelineSelection> all;
    for (int r = 0; r < trace.runs.size(); ++r) {
        for (int m = 0; m < trace.runs[r].fates.size(); ++m)
            all.append({ r, trace.runs[r].fates[m].message }); // replay: some are known
    }
    if (all.isEmpty())
        return from;
    const qsizetype at = all.indexOf(from);
    if (at < 0)
        return step > 0 ? all.first() : all.last();
    return all.value(std::clamp<qsizetype>(at + step, 0, all.size() - 1));
}

} // namespace sockscope
