#pragma once

#include <QtGlobal>

namespace sockscope {

// What the kernel's TCP_INFO said about one socket of a TCP run when the run ended: the
// kernel's own count of segments and retransmissions and its round-trip estimate. Every field
// is as the kernel reported it (getsockopt(TCP_INFO) on Linux), read once after the last call.
struct TcpInfo
{
    qint64 totalRetrans = 0; // tcpi_total_retrans: segments sent again over the connection
    qint64 rttUs = 0; // tcpi_rtt: smoothed round-trip time, microseconds
    qint64 rttVarUs = 0; // tcpi_rttvar: its mean deviation, microseconds
    qint64 segsOut = 0; // tcpi_segs_out: segments sent, pure ACKs and SYN/FIN included
    qint64 segsIn = 0; // tcpi_segs_in: segments received
    qint64 dataSegsOut = 0; // tcpi_data_segs_out: segments sent that carried data
    qint64 dataSegsIn = 0; // tcpi_data_segs_in: segments received that carried data
    qint64 sndMss = 0; // tcpi_snd_mss: the largest segment it sends
    qint64 rcvMss = 0; // tcpi_rcv_mss: its estimate of the peer's
    qint64 delivered = 0; // tcpi_delivered: segments the peer acknowledged (SYN included)

    bool operator==(const TcpInfo &) const = default;
};

} // namespace sockscope
