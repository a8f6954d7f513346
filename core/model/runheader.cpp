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
    if (tcpCount(scenario) == 1)
        return { labelled(label, QStringLiteral("TCP")) };
    return { labelled(label, tr("TCP requests (client → server)")),
             labelled(label, tr("TCP replies (server → client)")) };
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
    Run requests = header(scenario, Protocol::Tcp, mode, labels.first());
    requests.messages = WireFormat::messages(scenario, Protocol::Tcp);
    if (labels.size() == 1)
        return { requests };

    Run replies = header(repliesScenario(scenario), Protocol::Tcp, mode, labels.last());
    replies.requestsRun = firstIndex;
    for (int n = 0; n < scenario.count; ++n)
        replies.messages.append(WireFormat::reply(n, scenario.replySize));
    return { requests, replies };
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
                expected.append({ Protocol::Tcp, mode, planned.scenario, labels.first() });
                if (labels.size() == 2)
                    expected.append(
                        { Protocol::Tcp, mode, repliesScenario(planned.scenario), labels.last() });
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
    if (protocol == Protocol::Tcp)
        options.nodelay = scenario.nodelay;
    return options;
}

} // namespace sockscope
