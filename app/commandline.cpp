#include "commandline.h"

#include "comparisonreport.h"
#include "endpoint.h"
#include "eventrecorder.h"
#include "lessoncatalogue.h"
#include "observeoptions.h"
#include "observesession.h"
#include "remotesender.h"
#include "session.h"
#include "showcommand.h"
#include "signalstopper.h"
#include "simulator.h"
#include "stderrnotes.h"
#include "stopsignal.h"
#include "textreport.h"
#include "tracecomparison.h"
#include "tracecsvwriter.h"
#include "tracejsonwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::CommandLine", text);
}

} // namespace

CommandLine::CommandLine(const QStringList &arguments)
    : m_arguments(arguments), m_out(stdout), m_err(stderr)
{
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // Anything but an option is a verb (a wrong one gets an error, not a window); options other
    // than our own are left to Qt's GUI (-platform, -style, ...).
    const QString &first = arguments.at(1);
    static const QStringList ours{QStringLiteral("--help"), QStringLiteral("-h"),
                                  QStringLiteral("--version"), QStringLiteral("-v")};
    return !first.startsWith(QLatin1Char('-')) || ours.contains(first);
}

bool CommandLine::wantsImages(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        for (const char *flag : {"--png", "--svg", "--pdf"}) {
            if (a == QLatin1String(flag) || a.startsWith(QLatin1String(flag) + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

QString CommandLine::usage() const
{
    return tr("Usage:\n"
              "  sockscope                      the window, on the default lesson\n"
              "  sockscope lessons              list the lessons\n"
              "  sockscope run --lesson NAME | --scenario FILE [--set key=value]...\n"
              "                [--mode real|sim|both] [--json FILE] [--csv FILE] [--quiet]\n"
              "                [--to HOST:PORT [--allow-remote]]\n"
              "  sockscope observe --tcp|--udp --port N [--bind ADDR] [--framing SPEC]\n"
              "                [--recv-size N] [--read-interval-ms MS] [--duration S]\n"
              "                [--json FILE] [--relay HOST:PORT]\n"
              "Run 'sockscope run --help' for the options of run.\n");
}

int CommandLine::badInput(const QString &message)
{
    m_err << QStringLiteral("sockscope: ") << message << Qt::endl;
    return BadInput;
}

int CommandLine::exec()
{
    const QString verb = m_arguments.value(1);
    if (verb == QLatin1String("lessons"))
        return lessons();
    if (verb == QLatin1String("run"))
        return run();
    if (verb == QLatin1String("observe"))
        return observe();
    if (verb == QLatin1String("show"))
        return ShowCommand::exec(m_arguments);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_out << usage();
        return Ok;
    }
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Ok;
    }
    m_err << usage();
    return badInput(tr("unknown command \"%1\" (lessons, run, observe, show)").arg(verb));
}

int CommandLine::lessons()
{
    if (m_arguments.size() > 2)
        return badInput(tr("lessons takes no arguments, got \"%1\"").arg(m_arguments.at(2)));
    int width = 0;
    for (const Lesson &lesson : LessonCatalogue::all())
        width = std::max(width, int(lesson.name.size()));
    for (const Lesson &lesson : LessonCatalogue::all()) {
        m_out << lesson.name.leftJustified(width + 2) << lesson.translatedSummary();
        if (lesson.name == LessonCatalogue::defaultLesson())
            m_out << ' ' << tr("(default)");
        m_out << '\n';
    }
    m_out.flush();
    return Ok;
}

int CommandLine::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a lesson or a scenario with real loopback sockets, on a simulated network, or both."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption lessonOpt(QStringLiteral("lesson"), tr("Lesson to run (see 'sockscope lessons')."), tr("NAME"));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), tr("Scenario file (JSON) to run."), tr("FILE"));
    const QCommandLineOption setOpt(QStringLiteral("set"), tr("Override a scenario key; repeatable."), tr("key=value"));
    const QCommandLineOption modeOpt(QStringLiteral("mode"), tr("real: loopback sockets; sim: the simulated network (rtt_ms, mss, loss, ... keys); both: run both and compare."), tr("MODE"), QStringLiteral("real"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write the trace JSON to FILE."), tr("FILE"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), tr("Write one CSV row per event to FILE."), tr("FILE"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({lessonOpt, scenarioOpt, setOpt, modeOpt, jsonOpt, csvOpt, quietOpt, helpOpt});
    // Send-to mode (issue 5): the same sender, pointed at an external server.
    const QCommandLineOption toOpt(QStringLiteral("to"), tr("Send to an external server instead of SockScope's own receiver."), tr("HOST:PORT"));
    const QCommandLineOption allowRemoteOpt(QStringLiteral("allow-remote"), tr("Allow --to/--relay addresses other than loopback."));
    parser.addOptions({toOpt, allowRemoteOpt});
    // Reliability (issue 8): the event cap keeps a huge run from eating memory.
    const QCommandLineOption maxEventsOpt(QStringLiteral("max-events"), tr("Sends and recvs recorded per run before it stops (default 10000000)."), tr("N"));
    parser.addOption(maxEventsOpt);

    QStringList args = m_arguments;
    args.removeAt(1); // the verb
    if (!parser.parse(args))
        return badInput(parser.errorText());
    if (parser.isSet(helpOpt)) {
        m_out << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return badInput(tr("run: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(maxEventsOpt)) {
        bool ok = false;
        const qint64 cap = parser.value(maxEventsOpt).toLongLong(&ok);
        if (!ok || cap < 1 || cap > 1'000'000'000)
            return badInput(tr("--max-events: expected a whole number from 1 to 1000000000, got \"%1\"")
                                .arg(parser.value(maxEventsOpt)));
        EventCap::setLimit(cap);
    }
    if (parser.isSet(lessonOpt) && parser.isSet(scenarioOpt))
        return badInput(tr("run: give either --lesson or --scenario, not both"));
    const QString mode = parser.value(modeOpt);
    if (mode != QLatin1String("real") && mode != QLatin1String("sim") && mode != QLatin1String("both"))
        return badInput(tr("--mode: expected real, sim or both, got \"%1\"").arg(mode));

    const QString lessonName = parser.isSet(scenarioOpt)
        ? QString()
        : parser.value(lessonOpt).isEmpty() ? LessonCatalogue::defaultLesson() : parser.value(lessonOpt);
    const Lesson *lesson = nullptr;
    Scenario scenario;
    if (!lessonName.isEmpty()) {
        lesson = LessonCatalogue::find(lessonName);
        if (!lesson)
            return badInput(tr("--lesson: no lesson named \"%1\" (see 'sockscope lessons')").arg(lessonName));
        scenario = lesson->scenario;
    } else {
        QString error;
        const auto loaded = Scenario::fromFile(parser.value(scenarioOpt), &error);
        if (!loaded)
            return badInput(tr("--scenario: %1").arg(error));
        scenario = *loaded;
    }
    QStringList userKeys;
    for (const QString &assignment : parser.values(setOpt)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return badInput(tr("--set: expected key=value, got \"%1\"").arg(assignment));
        const QString key = assignment.left(eq).trimmed();
        if (const QString error = scenario.set(key, assignment.mid(eq + 1)); !error.isEmpty())
            return badInput(tr("--set: %1").arg(error));
        userKeys << key;
    }
    const QList<PlannedRun> plan = lesson ? lesson->plan(scenario, userKeys)
                                          : QList<PlannedRun>{PlannedRun{QString(), scenario}};
    for (const PlannedRun &planned : plan) {
        if (const QString error = planned.scenario.validate(); !error.isEmpty())
            return badInput(tr("--set: %1").arg(error));
    }

    if (parser.isSet(toOpt)) {
        if (parser.value(modeOpt) != QLatin1String("real"))
            return badInput(tr("--to: sends with real sockets; leave out --mode"));
        return sendTo(plan, lessonName, parser.value(toOpt), parser.isSet(allowRemoteOpt),
                      parser.value(jsonOpt), parser.value(csvOpt), parser.isSet(quietOpt));
    }

    Trace trace;
    if (mode == QLatin1String("sim")) {
        trace = Simulator::run(plan, lessonName);
        if (!parser.isSet(quietOpt))
            m_out << TextReport::render(trace) << Qt::flush;
    } else {
        StopSignal stop;
        SignalStopper ctrlC(stop); // Ctrl+C stops the run and keeps the trace so far
        trace = Session::run(plan, lessonName, stop, nullptr);
        if (mode == QLatin1String("both")) {
            // Predicted vs observed: one table instead of two reports; the exports hold both,
            // each run marked with its mode.
            const Trace simulated = Simulator::run(plan, lessonName);
            if (!parser.isSet(quietOpt))
                m_out << ComparisonReport::render(trace, simulated) << Qt::flush;
            trace = TraceComparison::combined(trace, simulated);
        } else if (!parser.isSet(quietOpt)) {
            m_out << TextReport::render(trace) << Qt::flush;
        }
    }
    if (const int exit = writeOutputs(trace, parser.value(jsonOpt), parser.value(csvOpt), {}, {});
        exit != Ok)
        return exit;
    for (const Run &r : trace.runs) {
        if (!r.error.isEmpty()) {
            m_err << QStringLiteral("sockscope: ") << tr("%1: %2").arg(r.label, r.error) << Qt::endl;
            return SocketFailure;
        }
    }
    return Ok;
}

int CommandLine::writeOutputs(const Trace &trace, const QString &json, const QString &csv,
                              const QString &png, const QString &svg)
{
    Q_UNUSED(png);
    Q_UNUSED(svg);
    QString error;
    if (!json.isEmpty())
        error = TraceJsonWriter::write(trace, json);
    if (error.isEmpty() && !csv.isEmpty())
        error = TraceCsvWriter::write(trace, csv);
    if (!error.isEmpty()) {
        m_err << QStringLiteral("sockscope: ") << error << Qt::endl;
        return BadInput;
    }
    return Ok;
}

int CommandLine::observe()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Listen on a port and record every recv() of whatever program connects."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption tcpOpt(QStringLiteral("tcp"), tr("Observe TCP clients."));
    const QCommandLineOption udpOpt(QStringLiteral("udp"), tr("Observe UDP datagrams."));
    const QCommandLineOption portOpt(QStringLiteral("port"), tr("Port to listen on; 0 picks a free one."), tr("N"));
    const QCommandLineOption bindOpt(QStringLiteral("bind"), tr("Address to listen on (default 127.0.0.1)."), tr("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption framingOpt(QStringLiteral("framing"), tr("Decode TCP frames: none, length:N:be|le, delimiter:SEQ, fixed:N, json-header:N:be|le:FIELD."), tr("SPEC"), QStringLiteral("none"));
    const QCommandLineOption recvSizeOpt(QStringLiteral("recv-size"), tr("Bytes asked of every recv() (default 1024 TCP, 65536 UDP)."), tr("N"));
    const QCommandLineOption intervalOpt(QStringLiteral("read-interval-ms"), tr("One recv() every MS milliseconds (default: when data is ready)."), tr("MS"), QStringLiteral("0"));
    const QCommandLineOption durationOpt(QStringLiteral("duration"), tr("Stop after S seconds (default: at Ctrl+C)."), tr("S"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write the trace JSON to FILE at the end."), tr("FILE"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), tr("Write one CSV row per event to FILE."), tr("FILE"));
    const QCommandLineOption maxFrameOpt(QStringLiteral("max-frame"), tr("Largest frame the decoder accepts (default 16 MiB)."), tr("BYTES"));
    const QCommandLineOption maxClientsOpt(QStringLiteral("max-clients"), tr("TCP clients recorded at once; more are closed (default 16)."), tr("N"));
    const QCommandLineOption relayOpt(QStringLiteral("relay"), tr("Forward every TCP client to this server, recording both directions."), tr("HOST:PORT"));
    const QCommandLineOption allowRemoteOpt(QStringLiteral("allow-remote"), tr("Allow a --relay address other than loopback."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({tcpOpt, udpOpt, portOpt, bindOpt, framingOpt, recvSizeOpt, intervalOpt,
                       durationOpt, jsonOpt, csvOpt, maxFrameOpt, maxClientsOpt, relayOpt,
                       allowRemoteOpt, quietOpt, helpOpt});

    QStringList args = m_arguments;
    args.removeAt(1); // the verb
    if (!parser.parse(args))
        return badInput(parser.errorText());
    if (parser.isSet(helpOpt)) {
        m_out << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return badInput(tr("observe: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(tcpOpt) == parser.isSet(udpOpt))
        return badInput(tr("observe: give exactly one of --tcp and --udp"));
    if (!parser.isSet(portOpt))
        return badInput(tr("--port: required (0 picks a free port)"));

    ObserveOptions options;
    options.protocol = parser.isSet(udpOpt) ? Protocol::Udp : Protocol::Tcp;
    options.recvSize = options.protocol == Protocol::Udp ? ObserveOptions::kDefaultUdpRecvSize
                                                         : ObserveOptions::kDefaultTcpRecvSize;
    options.bindAddress = parser.value(bindOpt);
    options.framing = parser.value(framingOpt);
    // Whole numbers within [min, max]; the error names the flag.
    QString numberError;
    const auto number = [&](const QCommandLineOption &opt, qint64 min, qint64 max, qint64 fallback) {
        if (!parser.isSet(opt))
            return fallback;
        bool ok = false;
        const qint64 value = parser.value(opt).toLongLong(&ok);
        if ((!ok || value < min || value > max) && numberError.isEmpty())
            numberError = tr("--%1: expected a whole number from %2 to %3, got \"%4\"")
                              .arg(opt.names().constFirst())
                              .arg(min)
                              .arg(max)
                              .arg(parser.value(opt));
        return value;
    };
    options.port = quint16(number(portOpt, 0, 65535, 0));
    options.recvSize = int(number(recvSizeOpt, 1, ObserveOptions::kMaxRecvSize, options.recvSize));
    options.readIntervalMs = int(number(intervalOpt, 0, 60'000, 0));
    options.maxFrame = number(maxFrameOpt, 1, qint64(1) << 32, options.maxFrame);
    options.maxClients = int(number(maxClientsOpt, 1, 1024, options.maxClients));
    if (!numberError.isEmpty())
        return badInput(numberError);
    if (parser.isSet(durationOpt)) {
        bool ok = false;
        const double seconds = parser.value(durationOpt).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 7 * 24 * 3600)
            return badInput(tr("--duration: expected seconds greater than 0, got \"%1\"").arg(parser.value(durationOpt)));
        options.durationMs = qMax<qint64>(1, qint64(seconds * 1000));
    }
    if (parser.isSet(relayOpt)) {
        QString error;
        options.relay = Endpoint::parse(parser.value(relayOpt), &error);
        if (!options.relay)
            return badInput(tr("--relay: %1").arg(error));
        if (!options.relay->isLoopback() && !parser.isSet(allowRemoteOpt))
            return badInput(tr("--relay: %1 is not a loopback address; add --allow-remote to relay to another machine")
                                .arg(options.relay->address));
    }
    if (const QString error = options.validate(); !error.isEmpty())
        return badInput(error);

    StopSignal stop;
    SignalStopper ctrlC(stop); // before any socket thread: they inherit the blocked signals
    StderrNotes notes;
    ObserveSession session(options, stop, &notes);
    if (const QString error = session.open(); !error.isEmpty()) {
        m_err << QStringLiteral("sockscope: ")
              << tr("observe: cannot listen on %1:%2: %3").arg(options.bindAddress).arg(options.port).arg(error)
              << Qt::endl;
        return SocketFailure;
    }
    if (!options.bindsLoopback())
        m_err << QStringLiteral("sockscope: ")
              << tr("warning: listening on %1, not loopback: other machines can connect; "
                    "what they send is only displayed, never executed")
                     .arg(options.bindAddress)
              << '\n';
    if (options.relay && !options.relay->isLoopback())
        m_err << QStringLiteral("sockscope: ")
              << tr("warning: relaying to %1, another machine").arg(options.relay->toString()) << '\n';
    // Untranslated and flushed at once: scripts and tests read the port from this line.
    m_err << QStringLiteral("listening on %1:%2").arg(session.address()).arg(session.port());
    if (options.relay)
        m_err << QStringLiteral(", relaying to %1").arg(options.relay->toString());
    m_err << Qt::endl;
    m_err << tr("Press Ctrl+C to stop.") << Qt::endl;

    const Trace trace = session.run();
    if (!parser.isSet(quietOpt)) {
        if (trace.runs.isEmpty()) {
            m_out << tr("No client connected.") << '\n';
            for (const QString &note : trace.notes)
                m_out << QStringLiteral("  ") << note << '\n';
        } else {
            m_out << TextReport::render(trace);
        }
        m_out.flush();
    }
    if (const int exit = writeOutputs(trace, parser.value(jsonOpt), parser.value(csvOpt), {}, {});
        exit != Ok)
        return exit;
    for (const Run &r : trace.runs) {
        if (!r.error.isEmpty()) {
            m_err << QStringLiteral("sockscope: ") << tr("%1: %2").arg(r.label, r.error) << Qt::endl;
            return SocketFailure;
        }
    }
    return Ok;
}

int CommandLine::sendTo(const QList<PlannedRun> &plan, const QString &lesson, const QString &target,
                        bool allowRemote, const QString &json, const QString &csv, bool quiet)
{
    QString error;
    const auto endpoint = Endpoint::parse(target, &error);
    if (!endpoint)
        return badInput(tr("--to: %1").arg(error));
    for (const PlannedRun &planned : plan) {
        if (const QString why = RemoteSender::unsupported(planned.scenario); !why.isEmpty())
            return badInput(tr("--to: %1").arg(why));
    }
    if (!endpoint->isLoopback()) {
        if (!allowRemote)
            return badInput(tr("--to: %1 is not a loopback address; add --allow-remote to send to another machine")
                                .arg(endpoint->address));
        m_err << QStringLiteral("sockscope: ")
              << tr("warning: sending to %1, another machine").arg(endpoint->toString()) << Qt::endl;
    }

    StopSignal stop;
    SignalStopper ctrlC(stop); // Ctrl+C stops the run and keeps the trace so far
    StderrNotes notes;
    const Trace trace = RemoteSender::run(plan, lesson, *endpoint, stop, &notes);

    if (!quiet)
        m_out << TextReport::render(trace) << Qt::flush;
    if (const int exit = writeOutputs(trace, json, csv, {}, {}); exit != Ok)
        return exit;
    for (const Run &r : trace.runs) {
        if (!r.error.isEmpty()) {
            m_err << QStringLiteral("sockscope: ") << tr("%1: %2").arg(r.label, r.error) << Qt::endl;
            return SocketFailure;
        }
    }
    return Ok;
}

} // namespace sockscope
