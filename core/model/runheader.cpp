#include "model/runheader.h"

#include "model/wireformat.h"

#include <algorithm>

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

// A replies run is the server's plain answers: no framing of its own.
Scenario repliesScenario(const Scenario &scenario)
{
    Scenario replies = scenario;
    replies.framing = QStringLiteral("none");
    return replies;
}

} // namespace

QStringList RunHeader::tcpLabels(const Scenario &scenario, const QString &label)
{
    QStringList labels;
    const int clients = std::max(scenario.clients, 1);
    for (int k = 0; k < clients; ++k) {
        const QString planned = clients == 1 ? label : labelled(label, tr("client %1").arg(k));
        if (perConnection(scenario) == 1) {
            labels << labelled(planned, QStringLiteral("TCP"));
        } else {
            labels << labelled(planned, tr("TCP requests (client → server)"))
                   << labelled(planned, tr("TCP replies (server → client)"));
        }
    }
    return labels;
}

QString RunHeader::withoutDirection(const QString &label)
{
    const std::pair<QString, QString> names[]
        = { { tr("TCP requests (client → server)"), tr("TCP requests") },
            { tr("TCP replies (server → client)"), tr("TCP replies") } };
    for (const auto &[whole, shortName] : names) {
        if (label.endsWith(whole))
            return label.chopped(whole.size()) + shortName;
    }
    return label;
}

QString RunHeader::udpLabel(const QString &label)
{
    return labelled(label, QStringLiteral("UDP"));
}

int RunHeader::count(const Scenario &scenario)
{
    return (scenario.hasTcp() ? tcpCount(scenario) : 0) + (scenario.hasUdp() ? 1 : 0);
}

QList<Run> RunHeader::tcp(const Scenario &scenario, const QString &label, Mode mode, int firstIndex)
{
    const QStringList labels = tcpLabels(scenario, label);
    const qsizetype per = perConnection(scenario);
    QList<Run> runs;
    for (qsizetype first = 0; first < labels.size(); first += per) {
        Run requests = header(scenario, Protocol::Tcp, mode, labels.at(first));
        requests.messages = WireFormat::messages(scenario, Protocol::Tcp, int(first / per));
        runs << requests;
        if (per == 1)
            continue;
        Run replies = header(repliesScenario(scenario), Protocol::Tcp, mode, labels.at(first + 1));
        replies.requestsRun = firstIndex + int(first);
        for (int n = 0; n < scenario.count; ++n)
            replies.messages.append(WireFormat::reply(n, scenario.replySize));
        runs << replies;
    }
    return runs;
}

Run RunHeader::udp(const Scenario &scenario, const QString &label, Mode mode)
{
    Run run = header(scenario, Protocol::Udp, mode, udpLabel(label));
    run.messages = WireFormat::messages(scenario, Protocol::Udp);
    return run;
}

bool RunHeader::relabel(QList<Run> &runs, const QList<PlannedRun> &plan)
{
    if (runs.isEmpty())
        return false;
    const bool real = std::any_of(runs.cbegin(), runs.cend(),
                                  [](const Run &r) { return r.mode == Mode::Real; });
    const bool simulated
        = std::any_of(runs.cbegin(), runs.cend(), [](const Run &r) { return r.mode == Mode::Sim; });
    // What each run of the plan is, in trace order: protocol, mode, scenario and label.
    struct Expected
    {
        Protocol protocol;
        Mode mode;
        Scenario scenario;
        QString label;
    };
    QList<Expected> expected;
    for (const PlannedRun &planned : plan) {
        QList<Mode> modes;
        if (real)
            modes << Mode::Real;
        if (simulated)
            modes << Mode::Sim;
        for (const Mode mode : std::as_const(modes)) {
            if (planned.scenario.hasTcp()) {
                const QStringList labels = tcpLabels(planned.scenario, planned.label);
                const int per = perConnection(planned.scenario);
                for (qsizetype l = 0; l < labels.size(); ++l) {
                    const bool replies = per == 2 && l % 2 == 1;
                    expected.append(
                        { Protocol::Tcp, mode,
                          replies ? repliesScenario(planned.scenario) : planned.scenario,
                          labels.at(l) });
                }
            }
            if (planned.scenario.hasUdp())
                expected.append({ Protocol::Udp, mode, planned.scenario, udpLabel(planned.label) });
        }
    }
    if (expected.size() != runs.size())
        return false;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run &run = runs.at(i);
        const Expected &e = expected.at(i);
        if (run.role != Role::Loopback || run.protocol != e.protocol || run.mode != e.mode
            || !(run.scenario == e.scenario))
            return false;
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (runs.at(i).label != expected.at(i).label)
            runs[i].label = expected.at(i).label;
    }
    return true;
}

EffectiveOptions RunHeader::requested(const Scenario &scenario, Protocol protocol)
{
    EffectiveOptions options;
    if (scenario.sndbuf > 0)
        options.sndbuf = scenario.sndbuf;
    if (scenario.rcvbuf > 0)
        options.rcvbuf = scenario.rcvbuf;
    if (protocol == Protocol::Tcp) {
        options.nodelay = scenario.nodelay;
        // The options of the lessons that need them, only when set: a run without them reads
        // (and is written) as before.
        if (scenario.cork)
            options.cork = true;
        if (scenario.quickack)
            options.quickack = true;
        if (scenario.rcvlowat > 0)
            options.rcvlowat = scenario.rcvlowat;
        if (scenario.nonblocking)
            options.nonblocking = true;
    }
    return options;
}

} // namespace sockscope
