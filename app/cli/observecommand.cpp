#include "cli/observecommand.h"

#include "cli/commandline.h"
#include "cli/signalstopper.h"
#include "cli/stderrnotes.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "io/textreport.h"
#include "observe/endpoint.h"
#include "observe/observeoptions.h"
#include "observe/observesession.h"
#include "record/stopsignal.h"

#include <QTextStream>

#include <cstdio>

namespace sockscope {

ObserveCommand::Options ObserveCommand::declare(VerbParser &parser)
{
    parser.setApplicationDescription(
        tr("Listen on a port and record every recv() of whatever program connects."));
    const QCommandLineOption tcpOpt(QStringLiteral("tcp"), tr("Observe TCP clients."));
    const QCommandLineOption udpOpt(QStringLiteral("udp"), tr("Observe UDP datagrams."));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     tr("Port to listen on; 0 picks a free one."), tr("N"));
    const QCommandLineOption bindOpt(QStringLiteral("bind"),
                                     tr("Address to listen on (default 127.0.0.1)."), tr("ADDR"),
                                     QStringLiteral("127.0.0.1"));
    const QCommandLineOption framingOpt(QStringLiteral("framing"),
                                        tr("Decode TCP frames: none, length:N:be|le, "
                                           "delimiter:SEQ, fixed:N, json-header:N:be|le:FIELD."),
                                        tr("SPEC"), QStringLiteral("none"));
    const QCommandLineOption recvSizeOpt(
        QStringLiteral("recv-size"),
        tr("Bytes asked of every recv() (default 1024 TCP, 65536 UDP)."), tr("N"));
    const QCommandLineOption intervalOpt(
        QStringLiteral("read-interval-ms"),
        tr("One recv() every MS milliseconds (default: when data is ready)."), tr("MS"),
        QStringLiteral("0"));
    const QCommandLineOption durationOpt(QStringLiteral("duration"),
                                         tr("Stop after S seconds (default: at Ctrl+C)."), tr("S"));
    const QCommandLineOption maxFrameOpt(QStringLiteral("max-frame"),
                                         tr("Largest frame the decoder accepts (default 16 MiB)."),
                                         tr("BYTES"));
    const QCommandLineOption maxClientsOpt(
        QStringLiteral("max-clients"),
        tr("TCP clients recorded at once; more are closed (default 16)."), tr("N"));
    const QCommandLineOption budgetOpt(
        QStringLiteral("memory-budget"),
        tr("Memory all recordings may hold together; then recording stops, clients are still "
           "read (default 1024 MiB)."),
        tr("MIB"));
    const QCommandLineOption idleOpt(
        QStringLiteral("idle-timeout"),
        tr("Close a TCP client that sends nothing for S seconds; 0: never (default 60)."), tr("S"));
    const QCommandLineOption relayOpt(
        QStringLiteral("relay"),
        tr("Forward every TCP client to this server, recording both directions."), tr("HOST:PORT"));
    const QCommandLineOption allowRemoteOpt(QStringLiteral("allow-remote"),
                                            tr("Allow a --relay address other than loopback."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    parser.addOptions({ tcpOpt, udpOpt, portOpt, bindOpt, framingOpt, recvSizeOpt, intervalOpt,
                        durationOpt, maxFrameOpt, maxClientsOpt, budgetOpt, idleOpt, relayOpt,
                        allowRemoteOpt, quietOpt });
    const TraceOutputs outputs(parser);
    return { tcpOpt,      udpOpt,         portOpt,     bindOpt,       framingOpt, recvSizeOpt,
             intervalOpt, durationOpt,    maxFrameOpt, maxClientsOpt, budgetOpt,  idleOpt,
             relayOpt,    allowRemoteOpt, quietOpt,    outputs };
}

int ObserveCommand::exec(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    VerbParser parser(QStringLiteral("observe"));
    const Options declared = declare(parser);
    const QCommandLineOption &tcpOpt = declared.tcp;
    const QCommandLineOption &udpOpt = declared.udp;
    const QCommandLineOption &portOpt = declared.port;
    const QCommandLineOption &bindOpt = declared.bind;
    const QCommandLineOption &framingOpt = declared.framing;
    const QCommandLineOption &recvSizeOpt = declared.recvSize;
    const QCommandLineOption &intervalOpt = declared.interval;
    const QCommandLineOption &durationOpt = declared.duration;
    const QCommandLineOption &maxFrameOpt = declared.maxFrame;
    const QCommandLineOption &maxClientsOpt = declared.maxClients;
    const QCommandLineOption &budgetOpt = declared.memoryBudget;
    const QCommandLineOption &idleOpt = declared.idleTimeout;
    const QCommandLineOption &relayOpt = declared.relay;
    const QCommandLineOption &allowRemoteOpt = declared.allowRemote;
    const QCommandLineOption &quietOpt = declared.quiet;
    const TraceOutputs &outputs = declared.outputs;

    if (const auto done = CommandLine::parse(parser, arguments, outputs))
        return *done;
    if (parser.isSet(tcpOpt) == parser.isSet(udpOpt))
        return CommandLine::badInput(tr("observe: give exactly one of --tcp and --udp"));
    if (!parser.isSet(portOpt))
        return CommandLine::badInput(tr("--port: required (0 picks a free port)"));

    ObserveOptions options;
    options.protocol = parser.isSet(udpOpt) ? Protocol::Udp : Protocol::Tcp;
    options.recvSize = options.protocol == Protocol::Udp ? ObserveOptions::kDefaultUdpRecvSize
                                                         : ObserveOptions::kDefaultTcpRecvSize;
    options.bindAddress = parser.value(bindOpt);
    options.framing = parser.value(framingOpt);
    // Whole numbers within [min, max]; the error names the flag.
    QString numberError;
    const auto number
        = [&](const QCommandLineOption &opt, qint64 min, qint64 max, qint64 fallback) {
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
    const qint64 budgetMiB
        = number(budgetOpt, 1, ObserveOptions::kMaxMemoryBudget / ObserveOptions::kMiB,
                 options.memoryBudget / ObserveOptions::kMiB);
    if (numberError.isEmpty()) // an out-of-range value must not be multiplied (overflow)
        options.memoryBudget = budgetMiB * ObserveOptions::kMiB;
    if (!numberError.isEmpty())
        return CommandLine::badInput(numberError);
    if (parser.isSet(durationOpt)) {
        bool ok = false;
        const double seconds = parser.value(durationOpt).toDouble(&ok);
        constexpr int kWeek = 7 * 24 * 3600;
        if (!ok || !(seconds > 0) || seconds > kWeek)
            return CommandLine::badInput(
                tr("--duration: expected a number of seconds greater than 0 and at most %1 "
                   "(7 days), got \"%2\"")
                    .arg(kWeek)
                    .arg(parser.value(durationOpt)));
        options.durationMs = qMax<qint64>(1, qint64(seconds * 1000));
    }
    if (parser.isSet(idleOpt)) {
        bool ok = false;
        const double seconds = parser.value(idleOpt).toDouble(&ok);
        const double most = double(ObserveOptions::kMaxIdleTimeoutMs) / 1000;
        if (!ok || !(seconds >= 0) || seconds > most)
            return CommandLine::badInput(
                tr("--idle-timeout: expected seconds from 0 (never) to %1, got \"%2\"")
                    .arg(most)
                    .arg(parser.value(idleOpt)));
        // A positive timeout below a millisecond would read as "never".
        options.idleTimeoutMs = seconds > 0 ? qMax<qint64>(1, qint64(seconds * 1000)) : 0;
    }
    if (parser.isSet(relayOpt)) {
        QString error;
        options.relay = Endpoint::parse(parser.value(relayOpt), &error);
        if (!options.relay)
            return CommandLine::badInput(tr("--relay: %1").arg(error));
        if (!options.relay->isLoopback() && !parser.isSet(allowRemoteOpt))
            return CommandLine::badInput(tr("--relay: %1 is not a loopback address; add "
                                            "--allow-remote to relay to another machine")
                                             .arg(options.relay->address));
    }
    if (const QString error = options.validate(); !error.isEmpty())
        return CommandLine::badInput(error);
    // Before the session listens: a refused --pcap must not cost the recording and the other
    // files.
    if (const QString error = outputs.checkWire(
            options.onLoopback() ? TraceOutputs::Wire::Captured : TraceOutputs::Wire::OffLoopback);
        !error.isEmpty())
        return CommandLine::badInput(error);
    options.keepPackets = outputs.wantsPackets();

    StopSignal stop;
    SignalStopper ctrlC(stop); // before any socket thread: they inherit the blocked signals
    StderrNotes notes;
    ObserveSession session(options, stop, &notes);
    if (const QString error = session.open(); !error.isEmpty()) {
        err << QStringLiteral("sockscope: ")
            << tr("observe: cannot listen on %1:%2: %3")
                   .arg(options.bindAddress)
                   .arg(options.port)
                   .arg(error)
            << Qt::endl;
        return CommandLine::SocketFailure;
    }
    if (!options.bindsLoopback())
        err << QStringLiteral("sockscope: ")
            << tr("warning: listening on %1, not loopback: other machines can connect; "
                  "what they send is only displayed, never executed")
                   .arg(options.bindAddress)
            << '\n';
    if (options.relay && !options.relay->isLoopback())
        err << QStringLiteral("sockscope: ")
            << tr("warning: relaying to %1, another machine").arg(options.relay->toString())
            << '\n';
    // Untranslated and flushed at once: scripts and tests read the port from this line.
    err << QStringLiteral("listening on %1:%2").arg(session.address()).arg(session.port());
    if (options.relay)
        err << QStringLiteral(", relaying to %1").arg(options.relay->toString());
    err << Qt::endl;
    err << tr("Press Ctrl+C to stop.") << Qt::endl;

    const Trace trace = session.run();
    if (!parser.isSet(quietOpt)) {
        if (trace.runs.isEmpty()) {
            out << tr("No client connected.") << '\n';
            for (const QString &note : trace.notes)
                out << QStringLiteral("  ") << TerminalText::clean(note) << '\n';
        } else {
            out << TerminalText::clean(TextReport::render(trace, outputs.encoding()));
        }
        out.flush();
    }
    // A connection that failed (a client or server that reset, a server that refused, a client
    // gone while the relay forwarded) is that connection's run and note; the session ran, and it
    // exits 0. Only the session failing itself (its listening or UDP socket) is 1; an output
    // that could not be written is 2, as for every verb.
    if (const QString error = outputs.write(trace); !error.isEmpty())
        return CommandLine::badInput(error);
    if (const QString error = session.error(); !error.isEmpty()) {
        CommandLine::warn(tr("observe: %1").arg(error));
        return CommandLine::SocketFailure;
    }
    return CommandLine::Ok;
}

} // namespace sockscope
