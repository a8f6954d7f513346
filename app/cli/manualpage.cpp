#include "cli/manualpage.h"

#include "cli/commandline.h"
#include "cli/verbparser.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"

#include <QLocale>
#include <QStringList>

namespace sockscope {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff)
        || (u >= 0xff00 && u <= 0xffef);
}

// Chinese punctuation that may not begin a line (closing) or end one (opening).
bool isClosingMark(QChar c)
{
    return QStringView(u"，。、；：！？）」』】》〉”’．").contains(c);
}

bool isOpeningMark(QChar c)
{
    return QStringView(u"（「『【《〈“‘").contains(c);
}

// An option as a manual page names it: "-h, --help", "--lesson NAME".
QString optionTerm(const VerbParser::Option &option)
{
    QStringList names;
    for (const QString &name : option.option.names())
        names << ManualPage::code((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"))
                                  + name);
    QString term = names.join(QStringLiteral(", "));
    if (!option.option.valueName().isEmpty())
        term += QStringLiteral(" \\fI") + ManualPage::text(option.option.valueName())
            + QStringLiteral("\\fR");
    return term;
}

QString paragraph(const QString &plain)
{
    return QStringLiteral(".PP\n") + ManualPage::text(plain) + QLatin1Char('\n');
}

// A tagged paragraph: the term on its own line, the text indented under it.
QString tagged(const QString &term, const QString &body)
{
    return QStringLiteral(".TP\n") + term + QLatin1Char('\n') + body + QLatin1Char('\n');
}

QString section(const QString &title)
{
    return QStringLiteral(".SH \"")
        + ManualPage::text(title, false).replace(QLatin1Char('"'), u'\'') + QStringLiteral("\"\n");
}

} // namespace

QString ManualPage::text(const QString &plain, bool breakable)
{
    const QString breakPoint = QStringLiteral("\\:");
    QString out;
    out.reserve(plain.size() + 8);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        if (c == QLatin1Char('\\')) {
            out += QStringLiteral("\\e");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1Char(' ');
        } else if (breakable && isCjk(c)) {
            // Break points on both sides: the neighbour may be a bold name or Latin text.
            const bool afterLatin = i > 0 && !isCjk(plain.at(i - 1)) && !plain.at(i - 1).isSpace();
            if (afterLatin && !isClosingMark(c))
                out += breakPoint;
            out += c;
            const bool last = i + 1 == plain.size();
            if (!isOpeningMark(c) && (last || !isClosingMark(plain.at(i + 1))))
                out += breakPoint;
        } else {
            out += c;
        }
    }
    // A line starting with . or ' would be a request.
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString ManualPage::code(const QString &plain)
{
    return QStringLiteral("\\fB") + text(plain).replace(QLatin1Char('-'), QStringLiteral("\\-"))
        + QStringLiteral("\\fR");
}

QString ManualPage::markdown(const QString &summary)
{
    const QStringList parts = summary.split(QLatin1Char('`'));
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out += i % 2 == 1 ? code(parts.at(i)) : text(parts.at(i));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString ManualPage::verbSection(const VerbParser &parser)
{
    QString page = QStringLiteral(".SS \"") + code(QStringLiteral("sockscope ") + parser.verb())
        + QStringLiteral("\"\n");
    page += text(parser.description()) + QLatin1Char('\n');
    for (const VerbParser::Positional &positional : parser.positionals())
        page += tagged(QStringLiteral("\\fI") + text(positional.name.toUpper())
                           + QStringLiteral("\\fR"),
                       text(positional.description));
    for (const VerbParser::Option &option : parser.options())
        page += tagged(optionTerm(option), text(option.option.description()));
    return page;
}

QString ManualPage::keySection()
{
    QString page = section(tr("SCENARIO KEYS"));
    page += paragraph(tr("Scenario files are JSON objects with these keys; run's --set key=value "
                         "overrides any of them. A key that is not given has its default."));
    const Scenario defaults;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        const QString range = key.rangeText();
        const QString value = key.text(defaults);
        page += tagged(code(key.key()) + QStringLiteral("=\\fIvalue\\fR"),
                       markdown(key.translatedSummary()) + QLatin1Char(' ')
                           + text(range.isEmpty()
                                      ? CommandLine::tr("(default %1)").arg(value)
                                      : CommandLine::tr("(%1; default %2)").arg(range, value)));
    }
    return page;
}

QString ManualPage::lessonSection()
{
    QString page = section(tr("LESSONS"));
    page += paragraph(tr("The names run's --lesson takes; each lesson checks its own claims "
                         "against the run."));
    for (const Lesson &lesson : LessonCatalogue::all()) {
        QString summary = lesson.translatedSummary();
        if (lesson.name == LessonCatalogue::defaultLesson())
            summary += QLatin1Char(' ') + CommandLine::tr("(default)");
        page += tagged(code(lesson.name), text(summary));
    }
    return page;
}

QString ManualPage::roff()
{
    const QString version = QCoreApplication::applicationVersion();
    QString page = QStringLiteral(
        ".\\\" Made by 'sockscope --manpage' from the program's own tables: change the program.\n");
    page += QStringLiteral(".TH SOCKSCOPE 1 \"%1\" \"SockScope %2\" \"%3\"\n")
                .arg(QStringLiteral(SOCKSCOPE_RELEASE_DATE), version,
                     text(tr("User Commands"), false));
    // Chinese lines have no spaces to stretch: justified, groff could not adjust them. AD is the
    // adjustment the man macros return to at every paragraph.
    if (QLocale().language() == QLocale::Chinese)
        page += QStringLiteral(".ds AD l\n.ad l\n");

    page += section(tr("NAME"));
    page += QStringLiteral("sockscope \\- ")
        + text(tr("see TCP streams and UDP datagrams happen"), false) + QLatin1Char('\n');

    page += section(tr("SYNOPSIS"));
    page += QStringLiteral(".nf\n") + code(QStringLiteral("sockscope")) + QLatin1Char('\n');
    const QString options
        = QStringLiteral(" [\\fI") + text(tr("OPTION")) + QStringLiteral("\\fR]...");
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        VerbParser parser(QString::fromLatin1(verb.name));
        CommandLine::describe(verb, parser);
        QString line = code(QStringLiteral("sockscope ") + parser.verb()) + options;
        for (const VerbParser::Positional &positional : parser.positionals())
            line += QStringLiteral(" \\fI") + text(positional.name.toUpper())
                + QStringLiteral("\\fR");
        page += line + QLatin1Char('\n');
    }
    page += code(QStringLiteral("sockscope --help")) + QStringLiteral(" | ")
        + code(QStringLiteral("--version")) + QStringLiteral("\n.fi\n");

    page += section(tr("DESCRIPTION"));
    page += paragraph(tr(
        "SockScope shows the difference between a TCP byte stream and UDP datagrams by making it "
        "happen on real sockets. It sends messages over loopback TCP and UDP with the cadence, "
        "Nagle setting, buffer sizes and recv() size chosen, records every send() and every "
        "recv() system call with the kernel's evidence, and draws each send against each recv: "
        "messages merged or split across recvs (sticky packets), Nagle's algorithm and the "
        "delayed ACK, partial sends, UDP truncation and silent loss."));
    page += paragraph(
        tr("Without a verb it opens the window on the default lesson. The verbs below do the same "
           "from the command line: they print a table for a projector and write the trace as JSON, "
           "CSV, a Chrome trace or pcapng, and the timeline as PNG, SVG or PDF. Every output is "
           "written whole or not at all; - is standard output."));

    page += section(tr("COMMANDS"));
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        VerbParser parser(QString::fromLatin1(verb.name));
        CommandLine::describe(verb, parser);
        page += verbSection(parser);
    }
    page += QStringLiteral(".SS \"") + text(tr("Without a verb"), false) + QStringLiteral("\"\n");
    page += tagged(code(QStringLiteral("-h")) + QStringLiteral(", ")
                       + code(QStringLiteral("--help")),
                   text(tr("Print the usage of every verb and exit.")));
    page += tagged(code(QStringLiteral("-v")) + QStringLiteral(", ")
                       + code(QStringLiteral("--version")),
                   text(tr("Print the version and exit.")));
    page += paragraph(
        tr("Any other option is left to Qt's window (for example -platform, -style)."));

    page += keySection();
    page += lessonSection();

    page += section(tr("EXIT STATUS"));
    for (const auto &[status, meaning] : CommandLine::exitCodes())
        page += tagged(code(QString::number(status)), text(meaning));
    page += paragraph(tr("Ctrl+C, SIGTERM or SIGHUP stop a run or an observation and keep what "
                         "was recorded: the table is printed and the files are written."));

    page += section(tr("ENVIRONMENT"));
    // The variables the program reads itself, or relies on Qt reading.
    page += tagged(code(QStringLiteral("LANGUAGE")) + QStringLiteral(", ")
                       + code(QStringLiteral("LC_ALL")) + QStringLiteral(", ")
                       + code(QStringLiteral("LC_MESSAGES")) + QStringLiteral(", ")
                       + code(QStringLiteral("LANG")),
                   text(tr("The language of the command line's texts: Simplified Chinese for "
                           "zh_CN, English otherwise. The window follows them unless View, "
                           "Language says otherwise.")));
    page += tagged(code(QStringLiteral("QT_QPA_PLATFORM")),
                   text(tr("Qt's platform plugin. The verbs that draw images use offscreen "
                           "when it is not set, so they need no display.")));
    page += tagged(code(QStringLiteral("SOCKSCOPE_EXACT_TIMELINE")),
                   text(tr("When set, dense lanes are drawn event by event instead of as "
                           "per-pixel marks, to check a figure against the exact drawing.")));

    page += section(tr("FILES"));
    page += tagged(code(QStringLiteral("~/.config/SockScope/sockscope.conf")),
                   text(tr("The window's settings (language, network mode, payload encoding, "
                           "the last scenario, the window's geometry); in $XDG_CONFIG_HOME when "
                           "it is set. The command line reads none of it.")));

    page += section(tr("EXAMPLES"));
    const QList<std::pair<QString, QString>> examples{
        { QStringLiteral("sockscope run --lesson tcp-nagle-delayed-ack"),
          tr("The table of a lesson, for the projector.") },
        { QStringLiteral("sockscope run --lesson udp-overflow --json t.json --png t.png --scale 2"),
          tr("Keep the trace and a figure of it.") },
        { QStringLiteral("sockscope run --lesson tcp-nagle --mode both --set rtt_ms=100"),
          tr("The same lesson on loopback and on a simulated network, compared.") },
        { QStringLiteral("sockscope show t.json --until-ms 30 --svg s3.svg"),
          tr("A saved trace again, drawn as replay shows it at 30 ms.") },
        { QStringLiteral("sockscope observe --tcp --port 9000 --framing length:4:be"),
          tr("Record every recv() of a student's own client.") },
    };
    for (const auto &[command, meaning] : examples)
        page += tagged(code(command), text(meaning));

    page += section(tr("SEE ALSO"));
    page += QStringLiteral("\\fBtcp\\fR(7), \\fBudp\\fR(7), \\fBsocket\\fR(7), \\fBsend\\fR(2), "
                           "\\fBrecv\\fR(2)\n");
    return page;
}

} // namespace sockscope
