#pragma once

#include "eventqueue.h"
#include "framedecoder.h"
#include "simlink.h"
#include "simrandom.h"
#include "trace.h"

#include <array>
#include <utility>
#include <vector>

namespace sockscope {

// One TCP connection on the imagined network, as a discrete-event model of both kernels and
// both programs of TcpRunner: the client sends the scenario's messages (and reads replies in
// request/response runs), the server reads with the scenario's recv size and cadence. The
// model mirrors Linux where it matters for the lessons: a send buffer, Nagle with Minshall's
// rule, MSS segmentation, delayed and quick ACKs, the receive window with flow control,
// retransmission after a timeout, zero-window probes. Not modelled: congestion control
// (the sender may fill the whole window at once), SACK and fast retransmit, autocorking, the
// kernel's buffer autotuning. System calls take no time; a blocked program runs as soon as the
// kernel wakes it, before any packet due at the same instant.
class TcpModel
{
public:
    TcpModel(const Scenario &scenario, const QString &label, int firstIndex);

    static int runCount(const Scenario &scenario) { return scenario.replySize > 0 ? 2 : 1; }
    QList<Run> run();

private:
    // The sending half of one direction (client → server is 0, server → client is 1).
    struct Sender
    {
        QByteArray stream;       // every byte the program will write, in order
        qint64 capacity = 0;     // payload bytes the send buffer holds
        qint64 written = 0;      // accepted by send() calls so far
        qint64 sndNxt = 0;       // next new byte to put on the wire
        qint64 sndUna = 0;       // oldest byte not yet acknowledged
        qint64 sndMax = 0;       // end of the highest byte sent
        qint64 sndSml = 0;       // end of the last segment shorter than the MSS (Minshall)
        qint64 windowEdge = 0;   // the receiver allows bytes below this offset
        qint64 recoverPoint = -1; // after a timeout: retransmit each hole until sndUna gets here
        bool closed = false;     // shutdown(SHUT_WR): a FIN follows the data
        bool finSent = false;
        bool finAcked = false;
        int backoff = 0;         // consecutive timeouts: the RTO doubles each time
        quint32 rtoGeneration = 0;
        bool rtoArmed = false;
        quint32 persistGeneration = 0;
        bool persistArmed = false;
    };

    // The receiving half of one direction.
    struct Receiver
    {
        qint64 capacity = 0;     // receive window when the application has read everything
        qint64 rcvNxt = 0;       // next in-order byte expected
        qint64 readOffset = 0;   // the application has read the bytes below this
        qint64 finOffset = -1;   // where the stream ends, once a FIN was seen
        bool finReceived = false; // the FIN and every byte before it arrived
        std::vector<std::pair<qint64, qint64>> outOfOrder; // [begin, end) ranges beyond a hole
        qint64 advertisedEdge = 0; // rcvNxt + window of the last ACK sent
        qint64 unacked = 0;      // bytes received since the last ACK
        int quickAcks = 16;      // Linux TCP_MAX_QUICKACKS: a new connection ACKs at once
        bool pingpong = false;   // interactive: the host answers data with data, ACKs wait
        bool delackArmed = false;
        quint32 delackGeneration = 0;
        qint64 lastAckNo = -1;   // of the last ACK sent, to tell new piggybacked ACKs
        qint64 lastWindow = -1;
    };

    struct Direction
    {
        Sender tx;
        Receiver rx;
        Run *run = nullptr;
    };

    enum class Wait { None, Time, Readable, Writable };
    enum class Step { Start, NextMessage, NextPart, SendPart, ReadReply, Close, Drain, Tick, Receive,
                      Reply, Finish, Done };

    // One send()/sendall of a piece of a message, possibly over several calls or a blocking wait.
    struct SendJob
    {
        int dir = 0;
        int message = 0;
        qint64 length = 0;
        qint64 done = 0;
        bool inCall = false;     // a blocking call is waiting for buffer space
        qint64 callStart = 0;
        qint64 callOffset = 0;
        qint64 callRequested = 0;
    };

    struct App
    {
        Step step = Step::Start;
        Wait wait = Wait::None;
        int waitDir = 0;
        quint32 wakeGeneration = 0;
        SendJob job;
        int message = 0;         // client: current message; server: replies answered
        int part = 0;
        qint64 partFrom = 0;
        qint64 wanted = 0;       // client: reply bytes to have read before the next request
        qint64 tick = 0;         // server: next periodic read
    };

    enum Kind { AppWake, Packet, DelayedAck, Retransmit, Persist };

    void dispatch(const SimEvent &e);
    void runApp(int app);
    bool stepClient(App &app);
    bool stepServer(App &app);
    bool advanceSend(App &app);
    void recordSend(const SendJob &job, qint64 tNs, qint64 requested, qint64 accepted,
                    qint64 offset, int error);
    qint64 receive(int dir);
    void waitFor(App &app, Wait wait, int dir);
    void wakeAt(int app, qint64 tNs);
    void notifyReadable(int dir);
    void notifyWritable(int dir);

    void trySend(int dir);
    void sendData(int dir, qint64 offset, qint64 bytes, bool fin, bool retransmit);
    void sendAck(int dir);
    void onPacket(const SimEvent &e);
    void onData(int dir, qint64 offset, qint64 bytes, bool fin);
    void onAck(int dir, qint64 ackNo, qint64 window);
    void onRetransmitTimer(int dir);
    void onPersistTimer(int dir);
    void retransmitFirst(int dir);
    void armRetransmit(int dir);
    void armDelayedAck(int dir);
    void fail(const QString &error);

    qint64 rtoNs(int backoff) const;
    qint64 ackNumber(const Receiver &rx) const;
    qint64 window(const Receiver &rx) const;
    bool inFlight(const Sender &tx) const;
    bool writable(const Sender &tx) const;
    bool readable(const Receiver &rx) const;
    int readerOf(int dir) const { return dir == 0 ? 1 : 0; }
    int writerOf(int dir) const { return dir; }
    bool exchange() const { return m_scenario.replySize > 0; }

    Scenario m_scenario;
    std::array<Run, 2> m_runs;
    std::array<Direction, 2> m_dirs;
    std::array<App, 2> m_apps;   // 0 = client, 1 = server
    SimRandom m_random;
    std::array<SimLink, 2> m_links; // from the client, from the server
    EventQueue m_queue;
    FrameDecoder m_decoder;
    bool m_framed = false;
    std::vector<qint64> m_requestEnds;
    qint64 m_nowNs = 0;
    qint64 m_endNs = 0;
    QString m_error;
};

} // namespace sockscope
