#pragma once

#include "model/lesson.h"
#include "model/trace.h"

#include <QCoreApplication>

#include <algorithm>

namespace sockscope {

// What the runs of one PlannedRun are before their first call, the same whether real sockets
// (TcpRunner, UdpRunner) or the simulator (TcpModel, UdpModel) record them: label, protocol,
// mode, the resolved scenario, the messages the application means to send and, for a replies
// run, the index of its requests run. A PlannedRun gives TCP requests (and TCP replies from the
// server when reply_size > 0), then UDP. What the sockets then report (effective options,
// events, errors) is the runner's.
class RunHeader
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::RunHeader)

public:
    // The runs of one TCP connection: requests, and replies when reply_size > 0.
    static int perConnection(const Scenario &scenario) { return scenario.replySize > 0 ? 2 : 1; }
    // The runs of the TCP connections, one connection per client, client by client.
    static int tcpCount(const Scenario &scenario)
    {
        return perConnection(scenario) * std::max(scenario.clients, 1);
    }
    // The runs of one PlannedRun: TCP's, then UDP's.
    static int count(const Scenario &scenario);

    // label: the PlannedRun's ("Nagle on"), empty when it is the only one. The replies run
    // points back to firstIndex, the index the requests run will have in the trace. With
    // clients > 1, the runs of client k's connection follow client k - 1's, each labelled with
    // its client ("client 1 · TCP") and sending the messages {c} = k makes.
    static QList<Run> tcp(const Scenario &scenario, const QString &label, Mode mode,
                          int firstIndex);
    static Run udp(const Scenario &scenario, const QString &label, Mode mode);

    // The labels of runs recorded from plan, made again in the language now installed (View →
    // Language while a lesson's runs are shown): the runs the plan gives, in trace order (in a
    // trace of real and simulated runs, each PlannedRun's real runs, then the same simulated).
    // False, with runs unchanged, when runs are not what plan records (another lesson, a
    // scenario edited since, a trace of observed programs).
    static bool relabel(QList<Run> &runs, const QList<PlannedRun> &plan);

    // The socket options the scenario asks for: SO_SNDBUF and SO_RCVBUF when set, TCP_NODELAY
    // for TCP. The real runners record them once the sockets are set up, the simulator always.
    static EffectiveOptions requested(const Scenario &scenario, Protocol protocol);

    // label with the direction of a requests or replies run left out ("… · TCP requests" for
    // "… · TCP requests (client → server)"), for a header too narrow for both: "requests" and
    // "replies" tell the two runs apart, the arrow only says it again. label itself when it
    // names neither (in the language now installed).
    static QString withoutDirection(const QString &label);

private:
    // The labels of the TCP runs (requests, and replies when reply_size > 0, per client) and of
    // the UDP run.
    static QStringList tcpLabels(const Scenario &scenario, const QString &label);
    static QString udpLabel(const QString &label);
};

} // namespace sockscope
