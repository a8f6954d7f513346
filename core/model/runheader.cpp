#include "model/runheader.h"

#include "model/wireformat.h"

namespace sockscope {

namespace {

// "Nagle on · TCP": the PlannedRun's label first, when it has one.
QString labelled(const QString &planned, const QString &name)
{
    return planned.isEmpty() ? name : planned + QStringLiteral(" · ") + name;
}

Run header(const Scenario &scenario, Protocol protocol, Mode mode, const QString &label)
{
    Run run;
    run.label = label;
    run.protocol = protocol;
    run.mode = mode;
    run.wire = mode == Mode::Sim ? Wire::Simulated : Wire::None; // a capture fills a real one
    run.scenario = scenario;
    return run;
}

} // namespace

int RunHeader::count(const Scenario &scenario)
{
    return (scenario.hasTcp() ? tcpCount(scenario) : 0) + (scenario.hasUdp() ? 1 : 0);
}

QList<Run> RunHeader::tcp(const Scenario &scenario, const QString &label, Mode mode, int firstIndex)
{
    const bool exchange = tcpCount(scenario) == 2;
    Run requests = header(
        scenario, Protocol::Tcp, mode,
        labelled(label, exchange ? tr("TCP requests (client → server)") : QStringLiteral("TCP")));
    requests.messages = WireFormat::messages(scenario, Protocol::Tcp);
    if (!exchange)
        return { requests };

    Run replies = header(scenario, Protocol::Tcp, mode,
                         labelled(label, tr("TCP replies (server → client)")));
    replies.scenario.framing = QStringLiteral("none");
    replies.requestsRun = firstIndex;
    for (int n = 0; n < scenario.count; ++n)
        replies.messages.append(WireFormat::reply(n, scenario.replySize));
    return { requests, replies };
}

Run RunHeader::udp(const Scenario &scenario, const QString &label, Mode mode)
{
    Run run = header(scenario, Protocol::Udp, mode, labelled(label, QStringLiteral("UDP")));
    run.messages = WireFormat::messages(scenario, Protocol::Udp);
    return run;
}

EffectiveOptions RunHeader::requested(const Scenario &scenario, Protocol protocol)
{
    EffectiveOptions options;
    if (scenario.sndbuf > 0)
        options.sndbuf = scenario.sndbuf;
    if (scenario.rcvbuf > 0)
        options.rcvbuf = scenario.rcvbuf;
    if (protocol == Protocol::Tcp)
        options.nodelay = scenario.nodelay;
    return options;
}

} // namespace sockscope
