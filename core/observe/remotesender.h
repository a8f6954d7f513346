#pragma once

#include "model/lesson.h"
#include "model/trace.h"
#include "observe/endpoint.h"
#include "record/eventrecorder.h"
#include "record/monotonicclock.h"
#include "record/nativesocket.h"

namespace sockscope {

class LiveFeed;
class LoopbackCapture;
class StopSignal;

// Send-to mode: SockScope's sender, with a scenario's cadence, socket options and framing,
// pointed at an external server (a student's own). Each send() is one system call with its
// SIOCOUTQNSD evidence, as in the lessons; there are no recvs of ours, since what the server's
// recv()s see is for that server to show. TCP messages are framed as the scenario says; UDP
// datagrams carry the bare message (no SockScope sequence header: the server is not ours).
class RemoteSender
{
public:
    static constexpr int kConnectTimeoutMs = 5000;
    static constexpr int kDrainMs = 1000; // how long a closing TCP sender waits for the server

    // Why a scenario cannot be sent to one external port (protocol both, request/response),
    // or an empty string.
    static QString unsupported(const Scenario &scenario);
    // Each PlannedRun in turn, each on a fresh connection and clock; the analysed trace. With
    // capture, the packets of each run's own socket are captured on loopback (a loopback target
    // only) and become its wire lane and Trace::captures; without permission a note says so.
    static Trace run(const QList<PlannedRun> &plan, const QString &lesson, const Endpoint &target,
                     StopSignal &stop, LiveFeed *feed = nullptr, bool capture = true);

private:
    RemoteSender(const PlannedRun &planned, const Endpoint &target, StopSignal &stop,
                 LiveFeed *feed, int index, LoopbackCapture *capture);
    Run run();
    QString open();
    void sendTcp(EventRecorder<SendEvent> &rec);
    void sendUdp(EventRecorder<SendEvent> &rec);
    void drain();

    Scenario m_scenario;
    Endpoint m_target;
    StopSignal &m_stop;
    LiveFeed *m_feed;
    int m_index;
    LoopbackCapture *m_capture;
    MonotonicClock m_clock;
    NativeSocket m_socket;
    Run m_run;
};

} // namespace sockscope
