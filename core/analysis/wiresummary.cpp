#include "analysis/wiresummary.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace sockscope {

WireSummary::Counts WireSummary::count(const Run &run)
{
    Counts c;
    const bool udp = run.protocol == Protocol::Udp;
    const qint64 mss = !udp && run.tcpInfoSender ? run.tcpInfoSender->sndMss : 0;
    // The messages some recv() read, to count a lesson's datagrams read in one pass.
    std::vector<bool> readMessages(size_t(std::max<qsizetype>(run.fates.size(), 0)), false);
    if (udp) {
        for (const RecvEvent &r : run.recvs) {
            if (r.seq >= 0 && r.seq < qsizetype(readMessages.size()))
                readMessages[size_t(r.seq)] = true;
        }
    }
    for (const Segment &g : run.segments) {
        if (g.ack) {
            c.pureAcks += !g.piggybacked;
            c.piggybacked += g.piggybacked;
        } else if (udp || g.bytes > 0) {
            ++c.data;
            c.dataBytes += g.bytes;
            if (mss > 0)
                c.mssSegments += (g.bytes + mss - 1) / mss;
        }
        c.syn += g.syn;
        c.fin += g.fin;
        c.rst += g.rst;
        c.retransmits += g.retransmit;
        if (g.retransmit && !g.ack)
            c.retransmittedBytes += std::max<qint64>(g.bytes, 0);
        c.lost += g.lost;
        if (udp && !g.ack) {
            c.dropped += g.dropped && !g.lost;
            c.read += !g.lost && !g.dropped
                && (g.recv >= 0
                    || (g.message >= 0 && g.message < qsizetype(readMessages.size())
                        && readMessages[size_t(g.message)]));
        }
    }
    return c;
}

QString WireSummary::line(const Run &run)
{
    if (run.wire == Wire::None)
        return {};
    const Counts c = count(run);
    const bool simulated = run.wire == Wire::Simulated;
    // A tally, "name: count", reads right for any count in both languages.
    QStringList parts;
    if (run.protocol == Protocol::Udp) {
        parts << tr("datagrams: %1 (%2 B)").arg(c.data).arg(c.dataBytes);
        parts << tr("read by a recv(): %1").arg(c.read);
        parts << tr("dropped at the full receive buffer: %1").arg(c.dropped);
        if (simulated)
            parts << tr("lost on the way: %1").arg(c.lost);
        // What neither a recv() nor the drop counter accounts for, said rather than guessed.
        if (const qint64 open = c.data - c.read - c.dropped - c.lost; open > 0)
            parts << (simulated ? tr("not read: %1").arg(open)
                                : tr("not matched to a recv() (still queued when the run ended, "
                                     "or the evidence does not say which recv() read it): %1")
                                      .arg(open));
    } else {
        // The bytes of every data segment seen, each copy of a retransmitted one: more than the
        // stream when the sender sent some again, which the count says rather than leaves to
        // the reader to work out against "bytes sent".
        parts << (c.retransmittedBytes > 0
                      ? tr("data segments: %1 (%2 B, of which %3 B retransmitted)")
                            .arg(c.data)
                            .arg(c.dataBytes)
                            .arg(c.retransmittedBytes)
                      : tr("data segments: %1 (%2 B)").arg(c.data).arg(c.dataBytes));
        // TCP_INFO's count of data segments is of MSS-sized ones; a loopback packet carries
        // several (GSO): said beside the packets when the two counts differ, so that the
        // summary's "segments with data (TCP_INFO)" is not a third unexplained number.
        if (run.tcpInfoSender && c.mssSegments > 0 && c.mssSegments != c.data)
            parts << tr("in segments of at most the MSS (%1 B), as TCP_INFO counts them: %2")
                         .arg(run.tcpInfoSender->sndMss)
                         .arg(c.mssSegments);
        parts << tr("pure ACKs: %1").arg(c.pureAcks);
        if (c.piggybacked > 0)
            parts << tr("ACKs riding on data: %1").arg(c.piggybacked);
        const std::pair<const char *, qint64> flags[]
            = { { "SYN", c.syn }, { "FIN", c.fin }, { "RST", c.rst } };
        for (const auto &[name, n] : flags) {
            if (n > 0)
                parts << tr("%1: %2").arg(QLatin1String(name)).arg(n);
        }
        if (simulated)
            parts << tr("lost on the way: %1").arg(c.lost);
        parts << tr("retransmissions: %1").arg(c.retransmits);
    }
    const QString whose
        = simulated ? tr("Wire (simulated): %1") : tr("Wire (captured on loopback): %1");
    return whose.arg(parts.join(tr(", ")));
}

} // namespace sockscope
