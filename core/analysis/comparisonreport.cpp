#include "analysis/comparisonreport.h"

#include "analysis/tracecomparison.h"
#include "model/fateword.h"
#include "model/lessoncatalogue.h"

#include <QCoreApplication>
#include <QTextStream>

namespace sockscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sockscope::ComparisonReport", text, disambiguation, n);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 3) + QStringLiteral(" ms");
}

void row(QTextStream &s, const QString &what, const QString &real, const QString &sim)
{
    const QString mark = real == sim ? QStringLiteral("  =") : QStringLiteral("  ≠");
    s << QStringLiteral("  %1 %2 %3").arg(what, -36).arg(real, 14).arg(sim, 14) << mark << '\n';
}

QString fateCounts(const Summary &s)
{
    return QStringLiteral("%1/%2/%3/%4/%5/%6")
        .arg(s.intact)
        .arg(s.merged)
        .arg(s.split)
        .arg(s.truncated)
        .arg(s.lost)
        .arg(s.empty);
}

} // namespace

QString ComparisonReport::render(const Trace &real, const Trace &simulated)
{
    QString out;
    QTextStream s(&out);
    if (const Lesson *lesson = LessonCatalogue::of(real))
        s << tr("Lesson %1 — %2").arg(real.lesson, lesson->translatedTitle()) << '\n';
    s << real.scenario.describe() << '\n';
    s << tr("Observed on loopback vs predicted by the model (%1)")
             .arg(simulated.scenario.describeNetwork())
      << '\n';

    for (const RunComparison &c : TraceComparison::compare(real, simulated)) {
        s << '\n' << QStringLiteral("=== %1 ===").arg(c.label) << '\n';
        s << QStringLiteral("  %1 %2 %3\n")
                 .arg(QString(), -36)
                 .arg(tr("observed"), 14)
                 .arg(tr("predicted"), 14);
        row(s, tr("recv() calls, EOF included"), QString::number(c.real.recvCalls),
            QString::number(c.sim.recvCalls));
        row(s, tr("intact/merged/split/trunc/lost/empty"), fateCounts(c.real), fateCounts(c.sim));
        // Runs that ended early: their messages not sent, or not read, beside the fates above.
        for (const Fate fate : { Fate::Unsent, Fate::Unread }) {
            const int real = c.real.messagesOf(fate);
            const int sim = c.sim.messagesOf(fate);
            if (real > 0 || sim > 0)
                row(s, FateWord::of(fate), QString::number(real), QString::number(sim));
        }
        row(s, tr("partial sends"), QString::number(c.real.partialSends),
            QString::number(c.sim.partialSends));
        row(s, tr("bytes received"), QString::number(c.real.receivedBytes),
            QString::number(c.sim.receivedBytes));
        row(s, tr("conserved"), c.real.conserved ? tr("yes") : tr("NO"),
            c.sim.conserved ? tr("yes") : tr("NO"));
        if (c.realRoundTripNs || c.simRoundTripNs)
            row(s, tr("round trip (median)"),
                c.realRoundTripNs ? ms(*c.realRoundTripNs) : tr("n/a"),
                c.simRoundTripNs ? ms(*c.simRoundTripNs) : tr("n/a"));
        row(s, tr("duration"), ms(c.realDurationNs), ms(c.simDurationNs));
        // UDP puts datagrams on the wire and acknowledges nothing: no segments, no ACK rows.
        if (c.realWire && c.simWire && c.protocol == Protocol::Udp) {
            row(s, tr("datagrams on the wire"), QString::number(c.realWire->dataSegments),
                QString::number(c.simWire->dataSegments));
            row(s, tr("largest datagram (bytes)"), QString::number(c.realWire->largestSegment),
                QString::number(c.simWire->largestSegment));
        } else if (c.realWire && c.simWire) {
            row(s, tr("data segments on the wire"), QString::number(c.realWire->dataSegments),
                QString::number(c.simWire->dataSegments));
            row(s, tr("largest segment (bytes)"), QString::number(c.realWire->largestSegment),
                QString::number(c.simWire->largestSegment));
            row(s, tr("longest ACK delay"),
                c.realWire->slowestAckNs ? ms(*c.realWire->slowestAckNs) : tr("n/a"),
                c.simWire->slowestAckNs ? ms(*c.simWire->slowestAckNs) : tr("n/a"));
        }

        s << '\n'
          << tr("  Messages: %1 of %2 have the same fate").arg(c.sameFates).arg(c.realFates.size())
          << '\n';
        const int rows
            = int(std::min<qsizetype>(std::max(c.realFates.size(), c.simFates.size()), kMaxRows));
        for (int m = 0; m < rows; ++m) {
            const QString r
                = m < c.realFates.size() ? FateWord::of(c.realFates[m]) : QStringLiteral("—");
            const QString p
                = m < c.simFates.size() ? FateWord::of(c.simFates[m]) : QStringLiteral("—");
            s << QStringLiteral("  %1 %2 %3%4\n")
                     .arg(QStringLiteral("m%1").arg(m), -5)
                     .arg(r, -12)
                     .arg(p, -12)
                     .arg(r == p ? QString() : QStringLiteral("≠"));
        }
        if (c.realFates.size() > rows)
            s << tr("  … %n more message(s)", nullptr, int(c.realFates.size() - rows)) << '\n';
        s << (c.why.isEmpty() ? tr("  Agree: the model predicts what the kernel did.")
                              : tr("  Why they differ: %1").arg(c.why))
          << '\n';
        if (!c.wireWhy.isEmpty())
            s << tr("  Why the packets differ: %1").arg(c.wireWhy) << '\n';
    }
    s.flush();
    return out;
}

} // namespace sockscope
