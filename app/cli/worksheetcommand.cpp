#include "cli/worksheetcommand.h"

#include "cli/commandline.h"
#include "cli/signalstopper.h"
#include "cli/verbparser.h"
#include "io/tracejsonreader.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "render/worksheetwriter.h"
#include "run/planrunner.h"

#include <QDir>
#include <QFileInfo>

namespace sockscope {

QStringList WorksheetCommand::languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString WorksheetCommand::language(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("worksheet"))
        return {};
    const QString option = QStringLiteral("--lang");
    for (int i = 2; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == option)
            return arguments.value(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return {};
}

WorksheetCommand::Options WorksheetCommand::declare(VerbParser &parser)
{
    using Value = VerbParser::Value;
    parser.setApplicationDescription(
        tr("Write a lesson's worksheet as a PDF: its explanation and prediction questions with "
           "room to answer, then the answer key (the timeline of a run and each measured "
           "answer)."));
    const QCommandLineOption lessonOpt(QStringLiteral("lesson"),
                                       tr("Lesson of the worksheet (see 'sockscope lessons')."),
                                       tr("NAME"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     tr("Language of the worksheet: en or zh_CN (default: the "
                                        "system's)."),
                                     tr("LANGUAGE"));
    const QCommandLineOption pdfOpt(QStringLiteral("pdf"), tr("The worksheet to write (PDF)."),
                                    tr("FILE"));
    const QCommandLineOption traceOpt(QStringLiteral("trace"),
                                      tr("Fill the answer key from this saved trace of the lesson "
                                         "instead of recording a run."),
                                      tr("FILE"));
    const QCommandLineOption modeOpt(
        QStringLiteral("mode"),
        tr("The run of the answer key: real (loopback sockets) or sim (the simulated network)."),
        tr("MODE"), QStringLiteral("real"));
    parser.addOption(lessonOpt, Value::Lesson);
    parser.addOption(langOpt, Value::Word, languages());
    parser.addOption(pdfOpt, Value::File);
    parser.addOption(traceOpt, Value::File);
    parser.addOption(modeOpt, Value::Word, { modeName(Mode::Real), modeName(Mode::Sim) });
    return { lessonOpt, langOpt, pdfOpt, traceOpt, modeOpt };
}

int WorksheetCommand::exec(const QStringList &arguments)
{
    VerbParser parser(QStringLiteral("worksheet"));
    const Options o = declare(parser);
    if (const auto done = CommandLine::parse(parser, arguments))
        return *done;
    if (parser.isSet(o.lang) && !languages().contains(parser.value(o.lang)))
        return CommandLine::badInput(
            tr("--lang: expected %1, got \"%2\"")
                .arg(languages().join(QStringLiteral(" or ")), parser.value(o.lang)));
    if (!parser.isSet(o.pdf) || parser.value(o.pdf).isEmpty())
        return CommandLine::badInput(tr("worksheet: --pdf FILE is required"));
    const QString pdf = parser.value(o.pdf);
    const QFileInfo folder(QFileInfo(pdf).absolutePath());
    if (!folder.isDir())
        return CommandLine::badInput(tr("--pdf: the folder %1 does not exist")
                                         .arg(QDir::toNativeSeparators(folder.filePath())));
    const QString mode = parser.value(o.mode);
    if (mode != modeName(Mode::Real) && mode != modeName(Mode::Sim))
        return CommandLine::badInput(tr("--mode: expected real or sim, got \"%1\"").arg(mode));

    std::optional<Trace> saved;
    if (parser.isSet(o.trace)) {
        QString error;
        saved = TraceJsonReader::read(parser.value(o.trace), &error);
        if (!saved)
            return CommandLine::badInput(tr("--trace: %1").arg(error));
    }
    QString name = parser.value(o.lesson);
    if (name.isEmpty())
        name = saved ? saved->lesson : LessonCatalogue::defaultLesson();
    const Lesson *lesson = LessonCatalogue::find(name);
    if (!lesson)
        return CommandLine::badInput(
            tr("--lesson: no lesson named \"%1\" (see 'sockscope lessons')").arg(name));
    if (saved && saved->lesson != lesson->name)
        return CommandLine::badInput(tr("--trace: the trace is of %1, not of the lesson %2")
                                         .arg(saved->lesson.isEmpty()
                                                  ? tr("no lesson")
                                                  : QStringLiteral("\"%1\"").arg(saved->lesson),
                                              lesson->name));

    Trace answers;
    Scenario scenario = lesson->scenario;
    if (saved) {
        answers = *saved;
        scenario = saved->scenario;
    } else {
        StopSignal stop;
        SignalStopper ctrlC(stop);
        answers = PlanRunner::run(lesson->plan(scenario), lesson->name, *parseMode(mode), stop);
    }
    if (const QString error = WorksheetWriter::exportPdf(*lesson, scenario, answers, pdf);
        !error.isEmpty())
        return CommandLine::badInput(error);
    for (const Run &r : answers.runs) {
        if (!r.error.isEmpty()) {
            CommandLine::warn(tr("%1: %2").arg(r.label, r.error));
            return CommandLine::SocketFailure;
        }
    }
    return CommandLine::Ok;
}

} // namespace sockscope
