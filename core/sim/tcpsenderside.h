#pragma once

#include "sim/tcpsimcontext.h"

namespace sockscope {

class TcpPrograms;
class TcpReceiverSide;

// The sending kernel of each direction: the send buffer, Nagle (Minshall's variant), MSS
// segmentation within the peer's window, zero-window probes, and retransmission after a
// timeout (RTO with exponential backoff, NewReno-style partial ACKs). No congestion control.
class TcpSenderSide
{
public:
    struct Sender
    {
        QByteArray stream; // every byte the program will write, in order
        qint64 capacity = 0; // payload bytes the send buffer holds
        qint64 written = 0; // accepted by send() calls so far
        qint64 sndNxt = 0; // next new byte to put on the wire
        qint64 sndUna = 0; // oldest byte not yet acknowledged
        qint64 sndMax = 0; // end of the highest byte sent
        qint64 sndSml = 0; // end of the last segment shorter than the MSS (Minshall)
        qint64 windowEdge = 0; // the receiver allows bytes below this offset
        qint64 recoverPoint = -1; // after a timeout: retransmit each hole until sndUna gets here
        bool closed = false; // shutdown(SHUT_WR): a FIN follows the data
        bool finSent = false;
        bool finAcked = false;
        int backoff = 0; // consecutive timeouts: the RTO doubles each time
        quint32 rtoGeneration = 0;
        bool rtoArmed = false;
        quint32 persistGeneration = 0;
        bool persistArmed = false;
    };

    TcpSenderSide(TcpSimContext &context, TcpReceiverSide &receivers)
        : m_c(context), m_receivers(receivers)
    { }
    void setPrograms(TcpPrograms *programs) { m_programs = programs; }

    Sender &operator[](int dir) { return m_tx[size_t(dir)]; }
    const Sender &operator[](int dir) const { return m_tx[size_t(dir)]; }

    static bool inFlight(const Sender &tx);
    static bool writable(const Sender &tx);

    // Puts on the wire what Nagle and the window allow (and the FIN after the last byte).
    void trySend(int dir);
    void onAck(int dir, qint64 ackNo, qint64 window);
    // false: a stale timer (re-armed or cancelled since)
    bool onRetransmitTimer(int dir, quint32 generation);
    bool onPersistTimer(int dir, quint32 generation);

private:
    qint64 rtoNs(int backoff) const;
    void sendData(int dir, qint64 offset, qint64 bytes, bool fin, bool retransmit);
    void retransmitFirst(int dir);
    void armRetransmit(int dir);
    // A persist or retransmission timer one RTO (with backoff) from now; stale when its
    // generation no longer matches.
    void armTimer(int dir, int kind, quint32 generation);

    TcpSimContext &m_c;
    TcpReceiverSide &m_receivers;
    TcpPrograms *m_programs = nullptr;
    std::array<Sender, 2> m_tx;
};

} // namespace sockscope
