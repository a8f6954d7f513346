#pragma once

#include "model/framedecoder.h"
#include "sim/tcpsimcontext.h"

#include <array>
#include <optional>
#include <vector>

namespace sockscope {

class TcpReceiverSide;
class TcpSenderSide;

// The two programs of TcpRunner on the simulated connection: the client sends the scenario's
// messages at their cadence (each in `parts` send() calls, blocking or not) and, with replies,
// reads them; the server reads with the scenario's recv size and cadence and answers. They
// record the send()/recv() calls; system calls take no time, and a blocked program runs as
// soon as its kernel wakes it.
class TcpPrograms
{
public:
    TcpPrograms(TcpSimContext &context, TcpSenderSide &senders, TcpReceiverSide &receivers);

    void start(); // both programs start at t = 0, the runs' messages set up
    bool onWake(int app, quint32 generation); // false: a stale wake-up
    bool finished() const;
    // Frames the server's decoder recovered (framed scenarios), once the run is over.
    QList<Frame> takeFrames();

    // The kernels tell a program waiting for data or buffer space of direction dir.
    void notifyReadable(int dir);
    void notifyWritable(int dir);

private:
    enum class Wait { None, Time, Readable, Writable };
    enum class Step {
        Start,
        NextMessage,
        NextPart,
        SendPart,
        ReadReply,
        Close,
        Drain,
        Tick,
        Receive,
        Reply,
        Finish,
        Done
    };

    // One send()/sendall of a piece of a message, possibly over several calls or a blocking wait.
    struct SendJob
    {
        int dir = 0;
        int message = 0;
        qint64 length = 0;
        qint64 done = 0;
        bool inCall = false; // a blocking call is waiting for buffer space
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
        int message = 0; // client: current message; server: replies answered
        int part = 0;
        qint64 partFrom = 0;
        qint64 wanted = 0; // client: reply bytes to have read before the next request
        qint64 tick = 0; // server: next periodic read
        // A blocking recv() waiting in the kernel since then (nothing was queued when it began).
        std::optional<qint64> recvSince;
        qint64 queuedAtCall = 0; // what FIONREAD said when a waiting recv() began
    };

    void runApp(int app);
    bool stepClient(App &app);
    bool stepServer(App &app);
    bool advanceSend(App &app);
    void recordSend(const SendJob &job, qint64 tNs, qint64 requested, qint64 accepted,
                    qint64 offset, int error);
    bool dataReady(App &app, int dir);
    qint64 receive(App &app, int dir);
    static void waitFor(App &app, Wait wait, int dir);
    void wakeAt(int app, qint64 tNs);
    static int readerOf(int dir) { return dir == 0 ? 1 : 0; }
    static int writerOf(int dir) { return dir; }

    TcpSimContext &m_c;
    TcpSenderSide &m_senders;
    TcpReceiverSide &m_receivers;
    std::array<App, 2> m_apps; // 0 = client, 1 = server
    FrameDecoder m_decoder;
    bool m_framed = false;
    std::vector<qint64> m_requestEnds;
};

} // namespace sockscope
