// The bash completion the package installs (`sockscope --completion bash`), run in bash with
// bash-completion as a user's Tab would: verbs, every flag of every verb's parser, every lesson
// after --lesson, every scenario key with its '=' after --set, a choice key's values, files after
// an output flag. The expectations come from the program's own tables.

#include "cli/commandline.h"
#include "cli/verbparser.h"
#include "clitesthelpers.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using clitest::Result;
using clitest::runSockscope;
using sockscope::CommandLine;
using sockscope::VerbParser;

namespace {

const char *const kBashCompletion = "/usr/share/bash-completion/bash_completion";

// Sources bash-completion and the script, sets COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT
// for the words given (the last one is being completed) and prints COMPREPLY, one per line.
const char *const kDriver = R"(source "$1" || exit 3
source "$2" || exit 4
shift 2
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="${COMP_WORDS[*]}"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
_sockscope 2>/dev/null
printf '%s\n' "${COMPREPLY[@]}"
)";

} // namespace

class TestShellCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verbs();
    void everyFlagOfEveryVerb();
    void lessonsAfterLesson();
    void keysAfterSet();
    void valuesOfAChoiceKey();
    void filesAfterAnOutputFlag();
    void unknownShellIsBadInput();

private:
    QStringList complete(const QStringList &words) const;

    QTemporaryDir m_dir;
    QString m_script;
    QString m_driver;
};

void TestShellCompletion::initTestCase()
{
    QVERIFY2(QFile::exists(QLatin1String(kBashCompletion)),
             "bash-completion is not installed (scripts/sockscope.sh test installs it)");
    const Result r = runSockscope({ QStringLiteral("--completion"), QStringLiteral("bash") });
    QCOMPARE(r.exitCode, 0);
    m_script = m_dir.filePath(QStringLiteral("sockscope.bash"));
    m_driver = m_dir.filePath(QStringLiteral("driver.bash"));
    for (const auto &[path, text] :
         { std::pair{ m_script, r.out.toUtf8() }, std::pair{ m_driver, QByteArray(kDriver) } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    // The script is valid bash on its own.
    QProcess bash;
    bash.start(QStringLiteral("bash"), { QStringLiteral("-n"), m_script });
    QVERIFY(bash.waitForFinished(30'000));
    QCOMPARE(bash.exitCode(), 0);
}

QStringList TestShellCompletion::complete(const QStringList &words) const
{
    QProcess bash;
    bash.setWorkingDirectory(m_dir.path());
    bash.start(QStringLiteral("bash"),
               QStringList{ m_driver, QLatin1String(kBashCompletion), m_script } + words);
    if (!bash.waitForFinished(30'000) || bash.exitCode() != 0)
        qFatal("bash did not run the completion: %s", bash.readAllStandardError().constData());
    return QString::fromUtf8(bash.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestShellCompletion::verbs()
{
    const QStringList offered = complete({ QStringLiteral("sockscope"), QString() });
    for (const CommandLine::Verb &verb : CommandLine::verbs())
        QVERIFY2(offered.contains(QString::fromLatin1(verb.name)), verb.name);
    QVERIFY(offered.contains(QStringLiteral("--help")));
    // A prefix narrows the list: the completion can fail.
    QCOMPARE(complete({ QStringLiteral("sockscope"), QStringLiteral("ob") }),
             QStringList{ QStringLiteral("observe") });
}

void TestShellCompletion::everyFlagOfEveryVerb()
{
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        VerbParser parser(QString::fromLatin1(verb.name));
        CommandLine::describe(verb, parser);
        const QStringList offered
            = complete({ QStringLiteral("sockscope"), parser.verb(), QStringLiteral("-") });
        QVERIFY(!parser.options().isEmpty());
        for (const VerbParser::Option &option : parser.options()) {
            for (const QString &name : option.option.names()) {
                const QString flag
                    = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
                QVERIFY2(offered.contains(flag),
                         qPrintable(parser.verb() + QLatin1Char(' ') + flag));
            }
        }
    }
}

void TestShellCompletion::lessonsAfterLesson()
{
    const QStringList offered = complete({ QStringLiteral("sockscope"), QStringLiteral("run"),
                                           QStringLiteral("--lesson"), QString() });
    QStringList lessons;
    for (const sockscope::Lesson &lesson : sockscope::LessonCatalogue::all())
        lessons << lesson.name;
    QCOMPARE(offered, lessons);
    QCOMPARE(complete({ QStringLiteral("sockscope"), QStringLiteral("run"),
                        QStringLiteral("--lesson=udp-t") }),
             QStringList{ QStringLiteral("udp-truncation") });
}

void TestShellCompletion::keysAfterSet()
{
    const QStringList offered = complete(
        { QStringLiteral("sockscope"), QStringLiteral("run"), QStringLiteral("--set"), QString() });
    QStringList keys;
    for (const QString &key : sockscope::ScenarioKey::names())
        keys << key + QLatin1Char('=');
    QCOMPARE(offered, keys);
}

void TestShellCompletion::valuesOfAChoiceKey()
{
    // After "protocol=" readline completes the value alone.
    QStringList offered = complete({ QStringLiteral("sockscope"), QStringLiteral("run"),
                                     QStringLiteral("--set"), QStringLiteral("protocol=") });
    offered.sort();
    QCOMPARE(offered,
             (QStringList{ QStringLiteral("both"), QStringLiteral("tcp"), QStringLiteral("udp") }));
    QCOMPARE(complete({ QStringLiteral("sockscope"), QStringLiteral("run"), QStringLiteral("--set"),
                        QStringLiteral("nodelay=t") }),
             QStringList{ QStringLiteral("true") });
}

void TestShellCompletion::filesAfterAnOutputFlag()
{
    QFile file(m_dir.filePath(QStringLiteral("trace-1.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(complete({ QStringLiteral("sockscope"), QStringLiteral("run"),
                        QStringLiteral("--json"), QStringLiteral("trace-") }),
             QStringList{ QStringLiteral("trace-1.json") });
    QCOMPARE(
        complete({ QStringLiteral("sockscope"), QStringLiteral("show"), QStringLiteral("trace-") }),
        QStringList{ QStringLiteral("trace-1.json") });
    // A flag that takes a word is not a file name.
    QCOMPARE(complete({ QStringLiteral("sockscope"), QStringLiteral("run"),
                        QStringLiteral("--mode"), QStringLiteral("s") }),
             QStringList{ QStringLiteral("sim") });
}

void TestShellCompletion::unknownShellIsBadInput()
{
    QCOMPARE(runSockscope({ QStringLiteral("--completion"), QStringLiteral("fish") }).exitCode, 2);
    QCOMPARE(runSockscope({ QStringLiteral("--completion") }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestShellCompletion)
#include "tst_shellcompletion.moc"
