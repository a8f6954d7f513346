#include "sim/tcpmodel.h"

#include "model/platformprofile.h"
#include "model/runheader.h"

#include <QCoreApplication>

#include <algorithm>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::TcpModel", text);
}

constexpr qint64 kMs = TcpSimContext::kMs;
// The send and receive buffers' defaults when the scenario leaves them to the kernel are the
// platform's (on Linux the initial tcp_wmem and tcp_rmem). The real kernel then grows them
// (autotuning); the model does not.
constexpr qint64 kMinSndbuf = 4608;
constexpr qint64 kMinRcvbuf = 2304;
// A simulation that has not finished after this much simulated time is stuck (a bug, or a
// hopeless loss rate); it stops with an error instead of running on.
constexpr qint64 kMaxSimulatedNs = 3'600'000 * kMs;

qint64 effectiveBuffer(const PlatformProfile &platform, int requested, qint64 fallback,
                       qint64 floor)
{
    // Linux doubles SO_SNDBUF/SO_RCVBUF for its bookkeeping (socket(7)); the others use the
    // size asked.
    if (requested <= 0)
        return fallback;
    return platform.doublesBufferRequests ? std::max<qint64>(2 * qint64(requested), floor)
                                          : qint64(requested);
}

// How much of an effective buffer holds payload: Linux's doubled size keeps half for its
// bookkeeping, so the model uses effective / 2; a size used as asked holds that much.
qint64 payloadCapacity(const PlatformProfile &platform, qint64 effective)
{
    return platform.doublesBufferRequests ? effective / 2 : effective;
}

QByteArray concatenated(const QList<QByteArray> &messages)
{
    QByteArray out;
    qsizetype total = 0;
    for (const QByteArray &m : messages)
        total += m.size();
    out.reserve(total);
    for (const QByteArray &m : messages)
        out.append(m);
    return out;
}

} // namespace

TcpModel::TcpModel(const Scenario &scenario, const QString &label, int firstIndex, int client)
    : m_c(scenario), m_receivers(m_c), m_senders(m_c, m_receivers),
      m_programs(m_c, m_senders, m_receivers)
{
    const PlatformProfile &platform = PlatformProfile::of(scenario.platform);
    const qint64 clientSndbuf
        = effectiveBuffer(platform, scenario.sndbuf, platform.tcpDefaultSndbuf, kMinSndbuf);
    const qint64 serverRcvbuf
        = effectiveBuffer(platform, scenario.rcvbuf, platform.tcpDefaultRcvbuf, kMinRcvbuf);

    // Without replies there is no replies run to return, but the server → client direction
    // still has its buffers (below).
    const QList<Run> headers = RunHeader::tcp(scenario, label, Mode::Sim, firstIndex);
    const int first = client * RunHeader::perConnection(scenario);
    Run &req = m_c.runs[0];
    Run &rep = m_c.runs[1];
    req = headers.at(first);
    if (RunHeader::perConnection(scenario) > 1)
        rep = headers.at(first + 1);

    // Like TcpRunner: SO_SNDBUF is set on the client, SO_RCVBUF on the server (via the
    // listener); the reply direction uses the defaults.
    for (Run *r : { &req, &rep }) {
        r->requested = RunHeader::requested(scenario, Protocol::Tcp);
        r->effective.nodelay = scenario.nodelay;
    }
    // The requests' options as the model applies them; the replies' direction has none.
    rep.requested.quickack = rep.requested.nonblocking = std::nullopt;
    rep.requested.rcvlowat = std::nullopt;
    if (scenario.quickack)
        req.effective.quickack = true;
    if (scenario.rcvlowat > 0)
        req.effective.rcvlowat = scenario.rcvlowat;
    req.effective.nonblocking = scenario.nonblocking;
    req.effective.cork = false; // a corked scenario is refused (Simulator::unsupported)
    req.effective.sndbuf = clientSndbuf;
    req.effective.rcvbuf = serverRcvbuf;
    rep.effective.sndbuf = platform.tcpDefaultSndbuf;
    rep.effective.rcvbuf = platform.tcpDefaultRcvbuf;

    for (int d = 0; d < 2; ++d) {
        TcpSenderSide::Sender &tx = m_senders[d];
        TcpReceiverSide::Receiver &rx = m_receivers[d];
        const Run &run = m_c.runs[size_t(d)];
        tx.stream = concatenated(run.messages);
        tx.capacity = payloadCapacity(platform, *run.effective.sndbuf);
        rx.capacity = payloadCapacity(platform, *run.effective.rcvbuf);
        tx.windowEdge = rx.capacity; // the window of the handshake
        rx.advertisedEdge = rx.capacity;
    }
    m_senders.setPrograms(&m_programs);
    m_receivers.setPrograms(&m_programs);
}

QList<Run> TcpModel::run()
{
    m_c.queue.reserve(1024);
    m_programs.start();
    while (!m_c.queue.isEmpty() && m_c.error.isEmpty()) {
        const SimEvent e = m_c.queue.pop();
        if (e.tNs > kMaxSimulatedNs) {
            m_c.fail(tr("the simulation did not finish within an hour of simulated time"));
            break;
        }
        m_c.nowNs = e.tNs;
        dispatch(e);
    }
    if (m_c.error.isEmpty() && !m_programs.finished())
        m_c.fail(tr("the simulated programs stopped before the end (a model error)"));
    m_c.runs[0].frames = m_programs.takeFrames();
    QList<Run> runs{ m_c.runs[0] };
    if (m_c.exchange())
        runs.append(m_c.runs[1]);
    for (Run &r : runs) {
        r.error = m_c.error;
        r.durationNs = m_endNs;
    }
    return runs;
}

void TcpModel::dispatch(const SimEvent &e)
{
    // A stale timer or wake-up (its owner moved on) is no event at all: it does not extend
    // the run's duration.
    bool current = true;
    switch (e.kind) {
    case TcpSimContext::AppWake:
        current = m_programs.onWake(e.target, e.generation);
        break;
    case TcpSimContext::Packet:
        // Host 1 - target receives: first the ACK for what it sent, then the data for it to read.
        if (e.ackNo >= 0)
            m_senders.onAck(1 - e.target, e.ackNo, e.window);
        if (e.bytes >= 0)
            m_receivers.onData(e.target, e.offset, e.bytes, e.fin);
        break;
    case TcpSimContext::DelayedAck:
        current = m_receivers.onDelayedAckTimer(e.target, e.generation);
        break;
    case TcpSimContext::Retransmit:
        current = m_senders.onRetransmitTimer(e.target, e.generation);
        break;
    case TcpSimContext::Persist:
        current = m_senders.onPersistTimer(e.target, e.generation);
        break;
    }
    if (current)
        m_endNs = std::max(m_endNs, m_c.nowNs);
}

} // namespace sockscope
