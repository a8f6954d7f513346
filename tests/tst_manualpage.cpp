// sockscope(1) as the package installs it: made by `sockscope --manpage`, it names every verb,
// every option of every verb's parser, every scenario key, every lesson and every exit code —
// the expectations come from the program's own tables, and each verb's --help (the parser exec()
// really parses with) is checked against them too. It renders without a groff warning, in
// English and in Chinese.

#include "cli/commandline.h"
#include "cli/verbparser.h"
#include "clitesthelpers.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using clitest::Result;
using clitest::runSockscope;
using sockscope::CommandLine;
using sockscope::VerbParser;

namespace {

struct Rendered
{
    QString text; // as man shows it, one space between words
    QString warnings;
};

// The page as a reader sees it, with groff's warnings. The text is searched on a very wide
// terminal, where no word is hyphenated across lines; warnings count on a usual one.
Rendered render(const QString &roff, int width = 80)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sockscope.1"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the page");
    file.write(roff.toUtf8());
    file.close();
    QProcess man;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("MANROFFSEQ"), QString());
    env.insert(QStringLiteral("MANWIDTH"), QString::number(width));
    env.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
    man.setProcessEnvironment(env);
    man.start(QStringLiteral("man"),
              { QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                QStringLiteral("-l"), path });
    if (!man.waitForFinished(60'000) || man.exitCode() != 0)
        qFatal("man did not render the page (is man-db installed?)");
    QString text = QString::fromUtf8(man.readAllStandardOutput());
    // groff's hyphen (U+2010) and minus (U+2212) read as '-'.
    text.replace(QChar(0x2010), QLatin1Char('-')).replace(QChar(0x2212), QLatin1Char('-'));
    text = text.simplified();
    return { text, QString::fromUtf8(man.readAllStandardError()) };
}

QStringList flags(const QCommandLineOption &option)
{
    QStringList out;
    for (const QString &name : option.names())
        out << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return out;
}

} // namespace

class TestManualPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesEveryVerbAndOption();
    void helpOfEveryVerbIsInThePage();
    void namesEveryKeyLessonAndExitCode();
    void rendersWithoutWarnings_data();
    void rendersWithoutWarnings();

private:
    Rendered m_page;
};

void TestManualPage::initTestCase()
{
    const Result r = runSockscope({ QStringLiteral("--manpage"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String(".\\\"")));
    m_page = render(r.out, 1000);
    QVERIFY2(m_page.text.contains(QLatin1String("SOCKSCOPE(1)")),
             qPrintable(m_page.text.left(200)));
    // The searches below can fail: a name the page does not hold is not found.
    QVERIFY(!m_page.text.contains(QLatin1String("--no-such-flag")));
}

void TestManualPage::namesEveryVerbAndOption()
{
    QVERIFY(!CommandLine::verbs().isEmpty());
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        VerbParser parser(QString::fromLatin1(verb.name));
        CommandLine::describe(verb, parser);
        const QString heading = QStringLiteral("sockscope ") + parser.verb();
        QVERIFY2(m_page.text.contains(heading + QLatin1Char(' ')), qPrintable(heading));
        QVERIFY2(m_page.text.contains(parser.description().simplified()), qPrintable(heading));
        // In the verb's own section: after its heading, before the next one.
        const qsizetype start
            = m_page.text.indexOf(heading + QLatin1Char(' ') + parser.description().simplified());
        QVERIFY2(start >= 0, qPrintable(heading));
        for (const VerbParser::Option &option : parser.options()) {
            const QString term = flags(option.option).join(QStringLiteral(", "))
                + (option.option.valueName().isEmpty()
                       ? QString()
                       : QLatin1Char(' ') + option.option.valueName());
            const QString entry
                = term + QLatin1Char(' ') + option.option.description().simplified();
            QVERIFY2(m_page.text.indexOf(entry, start) > start,
                     qPrintable(heading + QStringLiteral(": ") + entry));
        }
        for (const VerbParser::Positional &positional : parser.positionals())
            QVERIFY2(m_page.text.contains(positional.name.toUpper() + QLatin1Char(' ')
                                          + positional.description.simplified()),
                     qPrintable(positional.name));
    }
}

void TestManualPage::helpOfEveryVerbIsInThePage()
{
    // `sockscope VERB --help` prints the parser exec() parses with: every flag it lists is one
    // of the verb's declared options, and so in the page.
    const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"),
                                    QRegularExpression::MultilineOption);
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        const Result help
            = runSockscope({ QString::fromLatin1(verb.name), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        VerbParser parser(QString::fromLatin1(verb.name));
        CommandLine::describe(verb, parser);
        QStringList declared;
        for (const VerbParser::Option &o : parser.options())
            declared << flags(o.option);
        int found = 0;
        for (auto it = option.globalMatch(help.out); it.hasNext(); ++found) {
            const QString flag = it.next().captured(1);
            QVERIFY2(declared.contains(flag),
                     qPrintable(QString::fromLatin1(verb.name) + QLatin1Char(' ') + flag));
            QVERIFY2(m_page.text.contains(flag + QLatin1Char(' ')), qPrintable(flag));
        }
        QCOMPARE(found, parser.options().size());
    }
}

void TestManualPage::namesEveryKeyLessonAndExitCode()
{
    for (const QString &key : sockscope::ScenarioKey::names())
        QVERIFY2(m_page.text.contains(key + QStringLiteral("=value ")), qPrintable(key));
    for (const sockscope::Lesson &lesson : sockscope::LessonCatalogue::all())
        QVERIFY2(m_page.text.contains(lesson.name + QLatin1Char(' ')
                                      + lesson.translatedSummary().simplified()),
                 qPrintable(lesson.name));
    for (const auto &[status, meaning] : CommandLine::exitCodes())
        QVERIFY2(
            m_page.text.contains(QString::number(status) + QLatin1Char(' ') + meaning.simplified()),
            qPrintable(meaning));
    for (const char *section : { "EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO" })
        QVERIFY2(m_page.text.contains(QLatin1String(section)), section);
}

void TestManualPage::rendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestManualPage::rendersWithoutWarnings()
{
    QFETCH(QString, language);
    const Result r = runSockscope({ QStringLiteral("--manpage"), language });
    QCOMPARE(r.exitCode, 0);
    const Rendered page = render(r.out);
    QVERIFY2(page.warnings.isEmpty(), qPrintable(page.warnings));
    QVERIFY(page.text.contains(QLatin1String("side-by-side")));
    if (language == QLatin1String("zh_CN")) // the translator was loaded
        QVERIFY(page.text.contains(QStringLiteral("默认")));
}

QTEST_GUILESS_MAIN(TestManualPage)
#include "tst_manualpage.moc"
