#pragma once

#include "model/trace.h"

namespace sockscope {

// The simulated wire lane (Run::segments) as the IPv4 packets a capture on 127.0.0.1 would hold,
// for the pcapng export. Each TCP connection (a run, with its replies run if any) and each UDP
// run is one capture interface with its own client port. TCP gets a handshake (the model
// starts connected), fixed initial sequence numbers, sequence and ACK numbers from the segment
// offsets, windows from the ACKs (scaled as announced in the SYNs), payload bytes from the
// scenario's messages. The capture point is each packet's sender: packets are stamped when
// they leave, lost ones are included (with a comment), copies made by the network are not.
class WireCapture
{
public:
    static constexpr quint16 kServerPort = 9000;
    static constexpr quint16 kFirstClientPort = 40001;
    static constexpr quint32 kClientIsn = 1000000;
    static constexpr quint32 kServerIsn = 5000000;

    struct Interface
    {
        QString name;
        QString description;
    };
    struct Packet
    {
        int interface = 0;
        qint64 tNs = 0; // the run's time (may be negative: the handshake precedes t = 0)
        QByteArray data; // IPv4 packet
        QString comment; // why this packet is special (lost, retransmitted, dropped)
    };

    explicit WireCapture(const Trace &trace);

    // False when the trace holds no simulated run: there is no wire to capture.
    static bool hasWire(const Trace &trace);

    const QList<Interface> &interfaces() const { return m_interfaces; }
    const QList<Packet> &packets() const { return m_packets; }

private:
    void addTcp(const Trace &trace, int requests, int replies);
    void addUdp(const Run &run);
    int addInterface(const Run &run, const QString &description);

    QList<Interface> m_interfaces;
    QList<Packet> m_packets;
};

} // namespace sockscope
