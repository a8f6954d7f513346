#pragma once

#include "model/trace.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

// What crossed a run's wire, counted from its recorded segments, in one line that says whose
// wire it is: "Wire (captured on loopback): 9 data segments (2000 B), 12 pure ACKs, 2 SYN,
// 2 FIN, 0 retransmissions"; a UDP run's datagrams, how many a recv() read and how many the full
// receive buffer dropped. The table (TextReport) and the window's summary say the same.
class WireSummary
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::WireSummary)

public:
    struct Counts
    {
        qint64 data = 0; // TCP data segments carrying bytes; UDP datagrams
        qint64 dataBytes = 0; // their payload bytes, retransmitted copies included
        qint64 pureAcks = 0; // ACKs not riding on data
        qint64 piggybacked = 0; // ACKs riding on data of the other direction
        qint64 syn = 0;
        qint64 fin = 0;
        qint64 rst = 0;
        qint64 retransmits = 0;
        qint64 retransmittedBytes = 0; // TCP: payload bytes of the retransmissions, in dataBytes
        // TCP with the sender's TCP_INFO: the data segments cut at its MSS (tcpi_snd_mss), as
        // tcpi_data_segs_out counts them. A captured loopback packet is the kernel's whole
        // buffer (GSO, up to 64 KiB), which TCP_INFO counts as that many MSS-sized segments.
        qint64 mssSegments = 0;
        qint64 lost = 0; // simulated: lost in the network
        qint64 read = 0; // UDP: datagrams a recv() read (by message, or Segment::recv)
        qint64 dropped = 0; // UDP: dropped at the full receive buffer
    };
    static Counts count(const Run &run);
    // Empty for a run without a wire.
    static QString line(const Run &run);
};

} // namespace sockscope
