#include "summarypanel.h"

#include "eventtext.h"
#include "runnarrative.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace sockscope {

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent)
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

void SummaryPanel::setTrace(const Trace &trace)
{
    if (trace.runs.isEmpty()) {
        m_label->setText(tr("<p>Press <b>Run</b> (Space) to send the messages over real sockets.</p>"));
        return;
    }
    QString html;
    for (const Run &run : trace.runs)
        html += runHtml(run);
    m_label->setText(html);
}

QString SummaryPanel::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

QString SummaryPanel::runHtml(const Run &run)
{
    const Summary &s = run.summary;
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b></p>")
                       .arg(EventText::runTitle(run).toHtmlEscaped(), RunNarrative::sentence(run).toHtmlEscaped());
    const bool analysed = !run.fates.isEmpty() || s.messages > 0;
    if (!analysed)
        return html;
    html += QStringLiteral("<table cellspacing='2'>");
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const std::pair<Fate, int> counts[] = {{Fate::Intact, s.intact}, {Fate::Merged, s.merged}, {Fate::Split, s.split},
                                           {Fate::Truncated, s.truncated}, {Fate::Lost, s.lost}, {Fate::Empty, s.empty}};
    for (const auto &[fate, n] : counts) {
        if (n > 0 || fate == Fate::Intact)
            row(EventText::fate(fate), QString::number(n));
    }
    row(tr("messages"), QString::number(s.messages));
    row(tr("send() calls"), QString::number(run.sends.size()));
    row(tr("recv() calls"), QString::number(s.recvCalls > 0 ? s.recvCalls : run.recvs.size()));
    if (s.partialSends > 0)
        row(tr("partial sends"), QString::number(s.partialSends));
    row(tr("bytes sent"), EventText::bytes(s.sentBytes));
    row(tr("bytes received"), EventText::bytes(s.receivedBytes));
    if (s.truncatedBytes > 0)
        row(tr("bytes cut off"), EventText::bytes(s.truncatedBytes));
    if (s.lostBytes > 0)
        row(tr("bytes lost"), EventText::bytes(s.lostBytes));
    row(tr("conserved"), s.conserved ? tr("yes ✓") : tr("no ✗"));
    html += QStringLiteral("</table>");
    const QString options = EventText::options(run);
    if (!options.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(tr("Effective: %1").arg(options).toHtmlEscaped());
    return html;
}

} // namespace sockscope
