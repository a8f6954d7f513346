#include "gui/summarypanel.h"

#include "analysis/analysis.h"
#include "analysis/lessonexpectations.h"
#include "analysis/tracecomparison.h"
#include "analysis/wiresummary.h"
#include "model/callcount.h"
#include "model/fateword.h"
#include "model/platformprofile.h"
#include "view/eventtext.h"
#include "view/runnarrative.h"
#include "view/timeaxis.h"
#include "view/timelinestyle.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sockscope {

SummaryPanel::SummaryPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_label = new QLabel(scroll);
    m_label->setObjectName(QStringLiteral("summary"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMargin(6);
    scroll->setWidget(m_label);
    layout->addWidget(scroll);
    setTrace(Trace{});
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool recording = m_recording;
        setTrace(Trace(m_trace));
        setRecording(recording);
    }
    QWidget::changeEvent(event);
}

void SummaryPanel::setRecording(bool recording)
{
    if (recording == m_recording)
        return;
    m_recording = recording;
    if (recording)
        m_label->setText(tr("<p><b>Recording…</b></p><p>The counts and the conservation check "
                            "follow when the run ends.</p>"));
    else
        setTrace(Trace(m_trace));
}

void SummaryPanel::setRunHidden(bool hidden)
{
    m_runHidden = hidden;
    if (!m_recording)
        setTrace(Trace(m_trace));
}

void SummaryPanel::setTrace(const Trace &trace)
{
    m_trace = trace;
    m_recording = false;
    if (trace.runs.isEmpty()) {
        m_label->setText(
            m_runHidden
                ? tr("<p><b>Hidden until Reveal.</b></p><p>What happened appears with the run, "
                     "so that it does not give the answers away.</p>")
                : tr("<p>Press <b>Run</b> (F5) to send the messages over real sockets.</p>"));
        return;
    }
    QString html = expectationsHtml(trace);
    if (!html.isEmpty())
        html += QStringLiteral("<hr>");
    // What happened outside the runs, e.g. that real runs could not capture their packets and
    // how to allow it: once, above the runs.
    for (const QString &note : trace.notes)
        html += QStringLiteral("<p>ⓘ %1</p>").arg(note.toHtmlEscaped());
    if (TraceComparison::hasBothModes(trace))
        html += comparisonHtml(trace);
    for (const Run &run : trace.runs)
        html += runHtml(run);
    m_label->setText(html);
}

QString SummaryPanel::expectationsHtml(const Trace &trace, bool brief)
{
    if (trace.headline.isEmpty() && trace.expectations.isEmpty())
        return {};
    QString html;
    if (!trace.headline.isEmpty())
        html += QStringLiteral("<p style='font-size:large'><b>%1</b></p>")
                    .arg(LessonExpectations::headline(trace).toHtmlEscaped());
    if (!trace.expectations.isEmpty()) {
        QList<LessonExpectations::Line> lines;
        if (brief) {
            lines = LessonExpectations::brief(trace);
        } else {
            for (const Expectation &e : trace.expectations)
                lines.append({ LessonExpectations::mark(e), LessonExpectations::describe(trace, e),
                               e.holds });
        }
        html += QStringLiteral("<table cellspacing='2'>");
        for (const LessonExpectations::Line &line : std::as_const(lines)) {
            // ⚠ in the colour the timeline marks lost and truncated bytes with.
            const QString mark = line.holds == std::optional<bool>(false)
                ? QStringLiteral("<span style='color:%1'>%2</span>")
                      .arg(TimelineStyle::light().lost.name(), line.mark)
                : line.mark;
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                        .arg(mark, line.text.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString SummaryPanel::comparisonHtml(const Trace &trace)
{
    const QList<RunComparison> comparisons = TraceComparison::compare(trace);
    const auto [real, simulated] = TraceComparison::split(trace);
    Q_UNUSED(real);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg((simulated.scenario.platform == Scenario::Platform::Linux
                                 ? tr("Predicted vs observed")
                                 : tr("Predicted for %1 vs observed on Linux")
                                       .arg(QLatin1String(
                                           PlatformProfile::of(simulated.scenario.platform).name)))
                                .toHtmlEscaped(),
                            // An MSS is TCP's: a UDP lesson's loopback has none to name.
                            (simulated.scenario.hasTcp()
                                 ? tr("Each real run (loopback: a round trip of microseconds, a "
                                      "64 KiB MSS, no loss) has "
                                      "its simulated twin below it (%1).")
                                 : tr("Each real run (loopback: a round trip of microseconds, no "
                                      "loss) has its simulated twin below it (%1)."))
                                .arg(simulated.scenario.describeNetwork())
                                .toHtmlEscaped());
    for (const RunComparison &c : comparisons) {
        html
            += QStringLiteral(
                   "<h4>%1</h4><table cellspacing='2'><tr><td></td><td align='right'><i>%2</i></td>"
                   "<td align='right'><i>%3</i></td><td></td></tr>")
                   .arg(c.label.toHtmlEscaped(), tr("observed").toHtmlEscaped(),
                        tr("predicted").toHtmlEscaped());
        auto row = [&html](const QString &what, const QString &observed, const QString &predicted) {
            const bool same = observed == predicted;
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td "
                                   "align='right'>%3</td><td><b>%4</b></td></tr>")
                        .arg(what.toHtmlEscaped(), observed.toHtmlEscaped(),
                             predicted.toHtmlEscaped(),
                             same ? QStringLiteral("=") : QStringLiteral("≠"));
        };
        row(tr("recv() calls, EOF included"), QString::number(c.real.recvCalls),
            QString::number(c.sim.recvCalls));
        for (const Fate fate : { Fate::Merged, Fate::Split, Fate::Truncated, Fate::Lost,
                                 Fate::Unsent, Fate::Unread }) {
            const int real = c.real.messagesOf(fate);
            const int sim = c.sim.messagesOf(fate);
            if (real > 0 || sim > 0)
                row(FateWord::of(fate), QString::number(real), QString::number(sim));
        }
        if (c.real.partialSends > 0 || c.sim.partialSends > 0)
            row(tr("partial sends"), QString::number(c.real.partialSends),
                QString::number(c.sim.partialSends));
        if (c.realRoundTripNs || c.simRoundTripNs) {
            auto trip = [](const std::optional<qint64> &ns) {
                return ns ? TimeAxis::formatDuration(double(*ns)) : tr("n/a");
            };
            row(tr("round trip"), trip(c.realRoundTripNs), trip(c.simRoundTripNs));
        }
        row(tr("duration"), TimeAxis::formatDuration(double(c.realDurationNs)),
            TimeAxis::formatDuration(double(c.simDurationNs)));
        // UDP puts datagrams on the wire and acknowledges nothing: no segments, no ACK rows.
        if (c.realWire && c.simWire && c.protocol == Protocol::Udp) {
            row(tr("datagrams on the wire"), QString::number(c.realWire->dataSegments),
                QString::number(c.simWire->dataSegments));
            row(tr("largest datagram"), EventText::bytes(c.realWire->largestSegment),
                EventText::bytes(c.simWire->largestSegment));
        } else if (c.realWire && c.simWire) {
            row(tr("data segments on the wire"), QString::number(c.realWire->dataSegments),
                QString::number(c.simWire->dataSegments));
            row(tr("largest segment"), EventText::bytes(c.realWire->largestSegment),
                EventText::bytes(c.simWire->largestSegment));
            auto ack = [](const std::optional<qint64> &ns) {
                return ns ? TimeAxis::formatDuration(double(*ns)) : tr("n/a");
            };
            row(tr("longest ACK delay"), ack(c.realWire->slowestAckNs),
                ack(c.simWire->slowestAckNs));
        }
        html += QStringLiteral("</table><p>%1</p>")
                    .arg(tr("%1 of %n message(s) have the same fate in both.", nullptr,
                            int(c.realFates.size()))
                             .arg(c.sameFates)
                             .toHtmlEscaped());
        html += c.why.isEmpty()
            ? QStringLiteral("<p>✓ %1</p>")
                  .arg(tr("They agree: the model predicts what the kernel did.").toHtmlEscaped())
            : QStringLiteral("<p>≠ <b>%1</b> %2</p>")
                  .arg(tr("Why they differ:").toHtmlEscaped(), c.why.toHtmlEscaped());
        if (!c.wireWhy.isEmpty())
            html += QStringLiteral("<p>≠ <b>%1</b> %2</p>")
                        .arg(tr("Why the packets differ:").toHtmlEscaped(),
                             c.wireWhy.toHtmlEscaped());
    }
    return html + QStringLiteral("<hr>");
}

QString SummaryPanel::runHtml(const Run &run)
{
    const Summary &s = run.summary;
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b></p>")
                       .arg(EventText::runTitle(run).toHtmlEscaped(),
                            RunNarrative::sentence(run).toHtmlEscaped());
    // What crossed the wire, in the words of the table (captured or simulated).
    const QString wire = WireSummary::line(run);
    const QString wireHtml = wire.isEmpty()
        ? QString()
        : QStringLiteral("<p><small>%1</small></p>").arg(wire.toHtmlEscaped());
    const bool analysed = !run.fates.isEmpty() || s.messages > 0;
    if (!analysed)
        return html + wireHtml;
    html += QStringLiteral("<table cellspacing='2'>");
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    for (const Fate fate : { Fate::Intact, Fate::Merged, Fate::Split, Fate::Truncated, Fate::Lost,
                             Fate::Empty, Fate::Unsent, Fate::Unread }) {
        if (const int n = s.messagesOf(fate); n > 0 || fate == Fate::Intact)
            row(FateWord::of(fate), QString::number(n));
    }
    row(tr("messages"), QString::number(s.messages));
    row(tr("send() calls"), QString::number(run.sends.size()));
    // Counted as the run header and the headline count them: the end of file apart.
    if (const qsizetype eofs = CallCount::endsOfFile(run); eofs > 0)
        row(tr("recv() calls"), tr("%1 + EOF").arg(QString::number(run.recvs.size() - eofs)));
    else
        row(tr("recv() calls"), QString::number(run.recvs.size()));
    if (s.partialSends > 0)
        row(tr("partial sends"), QString::number(s.partialSends));
    row(tr("bytes sent"), EventText::bytes(s.sentBytes));
    row(tr("bytes received"), EventText::bytes(s.receivedBytes));
    if (s.truncatedBytes > 0)
        row(tr("bytes cut off"), EventText::bytes(s.truncatedBytes));
    if (s.lostBytes > 0)
        row(tr("bytes lost"), EventText::bytes(s.lostBytes));
    if (s.unreadBytes > 0)
        row(tr("bytes unread"), EventText::bytes(s.unreadBytes));
    // The kernel's own count, beside the lost datagrams the sequence numbers found.
    if (run.kernelDrops)
        row(tr("dropped by the kernel"), QString::number(*run.kernelDrops));
    if (const auto &t = run.tcpInfoSender) {
        row(tr("segments with data (TCP_INFO)"), QString::number(t->dataSegsOut));
        if (t->totalRetrans > 0)
            row(tr("retransmitted segments"), QString::number(t->totalRetrans));
    }
    // As the CLI table says it (Analysis::conservation): bytes that add up are conserved
    // however the run ended; ones that do not, on a run that ended early, prove nothing.
    const auto conservation = [&run] {
        switch (Analysis::conservation(run)) {
        case Analysis::Conservation::Holds:
            return tr("yes ✓");
        case Analysis::Conservation::Stopped:
            return tr("not checked (stopped)");
        case Analysis::Conservation::EndedEarly:
            return tr("not checked (ended early)");
        case Analysis::Conservation::Broken:
        case Analysis::Conservation::OneSided:
            break;
        }
        return tr("no ✗");
    };
    row(tr("conserved"), conservation());
    html += QStringLiteral("</table>");
    html += wireHtml;
    // Each option stays on one line with its value and unit ("SO_RCVBUF 128 KiB"): the line
    // wraps only between options.
    QStringList parts = EventText::options(run).split(QStringLiteral(" · "), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part.replace(QLatin1Char(' '), QChar(0x00A0));
    const QString options = parts.join(QStringLiteral(" · "));
    if (!options.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(tr("Effective: %1").arg(options).toHtmlEscaped());
    return html;
}

} // namespace sockscope
