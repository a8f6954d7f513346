#pragma once

#include "sim/tcpsimcontext.h"

#include <utility>
#include <vector>

namespace sockscope {

class TcpPrograms;

// The receiving kernel of each direction: in-order reassembly with out-of-order ranges, the
// receive window, and when to ACK (Linux: quick ACKs, delayed ACK, an ACK riding on data).
class TcpReceiverSide
{
public:
    struct Receiver
    {
        qint64 capacity = 0; // receive window when the application has read everything
        qint64 rcvNxt = 0; // next in-order byte expected
        qint64 readOffset = 0; // the application has read the bytes below this
        qint64 finOffset = -1; // where the stream ends, once a FIN was seen
        bool finReceived = false; // the FIN and every byte before it arrived
        std::vector<std::pair<qint64, qint64>> outOfOrder; // [begin, end) ranges beyond a hole
        qint64 advertisedEdge = 0; // rcvNxt + window of the last ACK sent
        qint64 unacked = 0; // bytes received since the last ACK
        int quickAcks = 16; // Linux TCP_MAX_QUICKACKS: a new connection ACKs at once
        bool pingpong = false; // interactive: the host answers data with data, ACKs wait
        bool delackArmed = false;
        quint32 delackGeneration = 0;
        qint64 lastAckNo = -1; // of the last ACK sent, to tell new piggybacked ACKs
        qint64 lastWindow = -1;
    };

    explicit TcpReceiverSide(TcpSimContext &context) : m_c(context) { }
    void setPrograms(TcpPrograms *programs) { m_programs = programs; }

    Receiver &operator[](int dir) { return m_rx[size_t(dir)]; }
    const Receiver &operator[](int dir) const { return m_rx[size_t(dir)]; }

    static qint64 ackNumber(const Receiver &rx);
    static qint64 window(const Receiver &rx);
    static bool readable(const Receiver &rx);

    void onData(int dir, qint64 offset, qint64 bytes, bool fin);
    bool onDelayedAckTimer(int dir, quint32 generation); // false: stale
    void sendAck(int dir);
    // A data segment of direction 1 - dir leaves: it carries dir's ACK (filled into e) and a
    // piggybacked ACK segment goes on dir's wire lane when it says something new.
    void piggyback(int dir, qint64 departNs, qint64 arriveNs, bool lost, SimEvent &e);
    // The application of dir read got bytes: maybe announce the reopened window at once.
    void afterRead(int dir, qint64 got);

private:
    void armDelayedAck(int dir);
    static void acked(Receiver &rx, const SimEvent &e);

    TcpSimContext &m_c;
    TcpPrograms *m_programs = nullptr;
    std::array<Receiver, 2> m_rx;
};

} // namespace sockscope
