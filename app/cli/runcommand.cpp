#include "cli/runcommand.h"

#include "analysis/comparisonreport.h"
#include "analysis/tracecomparison.h"
#include "cli/commandline.h"
#include "cli/signalstopper.h"
#include "cli/stderrnotes.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "io/lessonfile.h"
#include "io/textreport.h"
#include "model/lessoncatalogue.h"
#include "observe/endpoint.h"
#include "observe/remotesender.h"
#include "record/eventrecorder.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "sim/simulator.h"

#include <QTextStream>

#include <cstdio>

namespace sockscope {

RunCommand::Options RunCommand::declare(VerbParser &parser)
{
    using Value = VerbParser::Value;
    parser.setApplicationDescription(tr(
        "Run a lesson or a scenario with real loopback sockets, on a simulated network, or both."));
    const QCommandLineOption lessonOpt(QStringLiteral("lesson"),
                                       tr("Lesson to run (see 'sockscope lessons')."), tr("NAME"));
    const QCommandLineOption lessonFileOpt(
        QStringLiteral("lesson-file"),
        tr("Lesson file (JSON, README \"Lesson files\") to run, with its own title, scenario and "
           "claims."),
        tr("FILE"));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"),
                                         tr("Scenario file (JSON) to run."), tr("FILE"));
    const QCommandLineOption setOpt(QStringLiteral("set"),
                                    tr("Override a scenario key; repeatable."), tr("key=value"));
    const QCommandLineOption modeOpt(
        QStringLiteral("mode"),
        tr("real: loopback sockets; sim: the simulated network (rtt_ms, mss, loss, ... keys); "
           "both: run both and compare."),
        tr("MODE"), QStringLiteral("real"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), tr("Print no table."));
    parser.addOption(lessonOpt, Value::Lesson);
    parser.addOption(lessonFileOpt, Value::File);
    parser.addOption(scenarioOpt, Value::File);
    parser.addOption(setOpt, Value::KeyValue);
    parser.addOption(modeOpt, Value::Word,
                     { modeName(Mode::Real), modeName(Mode::Sim), modeName(Mode::Both) });
    parser.addOption(quietOpt);
    TraceOutputs outputs(parser);
    outputs.addUntil();
    // Send-to mode: the same sender, pointed at an external server.
    const QCommandLineOption toOpt(
        QStringLiteral("to"), tr("Send to an external server instead of SockScope's own receiver."),
        tr("HOST:PORT"));
    const QCommandLineOption allowRemoteOpt(
        QStringLiteral("allow-remote"), tr("Allow --to/--relay addresses other than loopback."));
    parser.addOptions({ toOpt, allowRemoteOpt });
    // The event cap keeps a huge run from eating memory.
    const QCommandLineOption maxEventsOpt(
        QStringLiteral("max-events"),
        tr("Sends and recvs recorded per run before it stops (default 10000000)."), tr("N"));
    parser.addOption(maxEventsOpt);
    return { lessonOpt, scenarioOpt, setOpt,         modeOpt,      quietOpt,
             outputs,   toOpt,       allowRemoteOpt, maxEventsOpt, lessonFileOpt };
}

int RunCommand::exec(const QStringList &arguments)
{
    QTextStream out(stdout);
    VerbParser parser(QStringLiteral("run"));
    const Options options = declare(parser);
    const QCommandLineOption &lessonOpt = options.lesson;
    const QCommandLineOption &scenarioOpt = options.scenario;
    const QCommandLineOption &setOpt = options.set;
    const QCommandLineOption &modeOpt = options.mode;
    const QCommandLineOption &quietOpt = options.quiet;
    const TraceOutputs &outputs = options.outputs;
    const QCommandLineOption &toOpt = options.to;
    const QCommandLineOption &allowRemoteOpt = options.allowRemote;
    const QCommandLineOption &maxEventsOpt = options.maxEvents;
    const QCommandLineOption &lessonFileOpt = options.lessonFile;

    if (const auto done = CommandLine::parse(parser, arguments, outputs))
        return *done;
    if (parser.isSet(maxEventsOpt)) {
        bool ok = false;
        const qint64 cap = parser.value(maxEventsOpt).toLongLong(&ok);
        if (!ok || cap < 1 || cap > 1'000'000'000)
            return CommandLine::badInput(
                tr("--max-events: expected a whole number from 1 to 1000000000, got \"%1\"")
                    .arg(parser.value(maxEventsOpt)));
        EventCap::setLimit(cap);
    }
    if (int(parser.isSet(lessonOpt)) + int(parser.isSet(scenarioOpt))
            + int(parser.isSet(lessonFileOpt))
        > 1)
        return CommandLine::badInput(
            tr("run: give one of --lesson, --lesson-file and --scenario, not two"));
    const QString mode = parser.value(modeOpt);
    if (!parseMode(mode))
        return CommandLine::badInput(
            tr("--mode: expected real, sim or both, got \"%1\"").arg(mode));
    // Before anything runs: a refused --pcap must not cost the recording and the other files.
    // A send-to captures its packets when they pass loopback (a bad --to is refused below).
    QString unparsed;
    const auto target
        = parser.isSet(toOpt) ? Endpoint::parse(parser.value(toOpt), &unparsed) : std::nullopt;
    const TraceOutputs::Wire wire = target && !target->isLoopback()
        ? TraceOutputs::Wire::OffLoopback
        : parser.isSet(toOpt) || *parseMode(mode) == Mode::Real ? TraceOutputs::Wire::Captured
                                                                : TraceOutputs::Wire::Simulated;
    if (const QString error = outputs.checkWire(wire); !error.isEmpty())
        return CommandLine::badInput(error);

    // A lesson file joins the catalogue (the user's folder may hold one of the same name: the
    // file given here wins), so it is planned, run and judged as the built-in lessons are.
    QString fileLesson;
    if (parser.isSet(lessonFileOpt)) {
        QString error;
        const auto loaded = LessonFile::read(parser.value(lessonFileOpt), &error);
        if (!loaded)
            return CommandLine::badInput(tr("--lesson-file: %1").arg(error));
        if (!LessonCatalogue::addFromFile(*loaded))
            return CommandLine::badInput(
                tr("--lesson-file: %1: name: \"%2\" is a built-in lesson's name; choose another")
                    .arg(parser.value(lessonFileOpt), loaded->name));
        fileLesson = loaded->name;
    }
    const QString lessonName = parser.isSet(scenarioOpt) ? QString()
        : !fileLesson.isEmpty()                          ? fileLesson
        : parser.value(lessonOpt).isEmpty()              ? LessonCatalogue::defaultLesson()
                                                         : parser.value(lessonOpt);
    const Lesson *lesson = nullptr;
    Scenario scenario;
    if (!lessonName.isEmpty()) {
        lesson = LessonCatalogue::find(lessonName);
        if (!lesson)
            return CommandLine::badInput(
                tr("--lesson: no lesson named \"%1\" (see 'sockscope lessons')").arg(lessonName));
        scenario = lesson->scenario;
    } else {
        QString error;
        const auto loaded = Scenario::fromFile(parser.value(scenarioOpt), &error);
        if (!loaded)
            return CommandLine::badInput(tr("--scenario: %1").arg(error));
        scenario = *loaded;
    }
    QStringList userKeys;
    for (const QString &assignment : parser.values(setOpt)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return CommandLine::badInput(
                tr("--set: expected key=value, got \"%1\"").arg(assignment));
        const QString key = assignment.left(eq).trimmed();
        if (const QString error = scenario.set(key, assignment.mid(eq + 1)); !error.isEmpty())
            return CommandLine::badInput(tr("--set: %1").arg(error));
        userKeys << key;
    }
    const QList<PlannedRun> plan = lesson ? lesson->plan(scenario, userKeys)
                                          : QList<PlannedRun>{ PlannedRun{ QString(), scenario } };
    for (const PlannedRun &planned : plan) {
        if (const QString error = planned.scenario.validate(); !error.isEmpty())
            return CommandLine::badInput(tr("--set: %1").arg(error));
    }
    // A key the lesson compares, set by hand: say that only the matching variant runs.
    if (lesson && !parser.isSet(quietOpt)) {
        for (const QString &key : lesson->variedKeys()) {
            if (!userKeys.contains(key))
                continue;
            QStringList labels;
            for (const PlannedRun &planned : plan)
                labels << (planned.label.isEmpty() ? tr("the scenario as set") : planned.label);
            QTextStream(stderr) << QStringLiteral("sockscope: ")
                                << tr("%1 is set, so only this lesson's matching variant runs: %2")
                                       .arg(key, labels.join(QStringLiteral(", ")))
                                << Qt::endl;
            break;
        }
    }

    if (parser.isSet(toOpt)) {
        if (parser.value(modeOpt) != QLatin1String("real"))
            return CommandLine::badInput(tr("--to: sends with real sockets; leave out --mode"));
        return sendTo(plan, lessonName, parser.value(toOpt), parser.isSet(allowRemoteOpt), outputs,
                      parser.isSet(quietOpt));
    }

    StopSignal stop;
    SignalStopper ctrlC(stop); // Ctrl+C stops the run and keeps the trace so far
    const Mode runMode = *parseMode(mode);
    if (runMode != Mode::Real) {
        for (const PlannedRun &planned : plan) {
            if (const QString why = Simulator::unsupported(planned.scenario); !why.isEmpty())
                return CommandLine::badInput(tr("--mode %1: %2").arg(mode, why));
        }
    }
    const Trace trace = PlanRunner::run(plan, lessonName, runMode, stop);
    if (!parser.isSet(quietOpt)) {
        // Predicted vs observed: one table instead of two reports; the exports hold both,
        // each run marked with its mode.
        if (runMode == Mode::Both) {
            const auto [real, simulated] = TraceComparison::split(trace);
            out << TerminalText::clean(TextReport::renderExpectations(trace)
                                       + ComparisonReport::render(real, simulated))
                << Qt::flush;
        } else {
            out << TerminalText::clean(TextReport::render(trace, outputs.encoding())) << Qt::flush;
        }
    }
    return CommandLine::finish(trace, outputs);
}

int RunCommand::sendTo(const QList<PlannedRun> &plan, const QString &lesson, const QString &target,
                       bool allowRemote, const TraceOutputs &outputs, bool quiet)
{
    QString error;
    const auto endpoint = Endpoint::parse(target, &error);
    if (!endpoint)
        return CommandLine::badInput(tr("--to: %1").arg(error));
    for (const PlannedRun &planned : plan) {
        if (const QString why = RemoteSender::unsupported(planned.scenario); !why.isEmpty())
            return CommandLine::badInput(tr("--to: %1").arg(why));
    }
    if (!endpoint->isLoopback()) {
        if (!allowRemote)
            return CommandLine::badInput(tr("--to: %1 is not a loopback address; add "
                                            "--allow-remote to send to another machine")
                                             .arg(endpoint->address));
        CommandLine::warn(tr("warning: sending to %1, another machine").arg(endpoint->toString()));
    }

    StopSignal stop;
    SignalStopper ctrlC(stop); // Ctrl+C stops the run and keeps the trace so far
    StderrNotes notes;
    const Trace trace = RemoteSender::run(plan, lesson, *endpoint, stop, &notes);

    if (!quiet)
        QTextStream(stdout) << TerminalText::clean(TextReport::render(trace, outputs.encoding()))
                            << Qt::flush;
    return CommandLine::finish(trace, outputs);
}

} // namespace sockscope
