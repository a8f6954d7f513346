// The shell completion the package installs (`sockscope --completion bash|zsh`): verbs, every
// flag of every verb's parser, every lesson after --lesson, every scenario key with its '=' after
// --set, a choice key's values, files after an output flag. The expectations come from the
// program's own tables. bash runs the script with bash-completion as a user's Tab would; zsh runs
// it with its completion builtins (compadd, compset, _files) stood in for by functions that print
// what they are given, filtered by the word typed as compadd filters it.

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

const char *const kZshDriver = R"(compadd() {
    local -a out
    while (( $# )); do
        case $1 in
        -S) shift 2 ;;
        -a) out+=(${(P)2}); shift 2 ;;
        --) shift; out+=("$@"); break ;;
        *) out+=("$1"); shift ;;
        esac
    done
    local word
    for word in $out; do
        [[ $word == ${PREFIX}* ]] && print -r -- $word
    done
    return 0
}
compset() { [[ $1 == -P ]] && PREFIX=${PREFIX#*=}; return 0 }
_files() { print -r -- '<files>' }
script=$1
shift
words=("$@")
CURRENT=$#words
PREFIX=${words[CURRENT]}
source $script
exit 0
)";

} // namespace

class TestShellCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verbs_data() { shells(); }
    void verbs();
    void everyFlagOfEveryVerb_data() { shells(); }
    void everyFlagOfEveryVerb();
    void lessonsAfterLesson_data() { shells(); }
    void lessonsAfterLesson();
    void keysAfterSet_data() { shells(); }
    void keysAfterSet();
    void valuesOfAChoiceKey_data() { shells(); }
    void valuesOfAChoiceKey();
    void filesAfterAnOutputFlag_data() { shells(); }
    void filesAfterAnOutputFlag();
    void unknownShellIsBadInput();

private:
    static void shells();
    // What the shell offers for the words (the last one is being completed).
    QStringList complete(const QStringList &words) const;

    QTemporaryDir m_dir;
};

void TestShellCompletion::shells()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("bash") << QStringLiteral("bash");
    QTest::newRow("zsh") << QStringLiteral("zsh");
}

void TestShellCompletion::initTestCase()
{
    QVERIFY2(QFile::exists(QLatin1String(kBashCompletion)),
             "bash-completion is not installed (scripts/sockscope.sh test installs it, and zsh)");
    for (const QString &shell : { QStringLiteral("bash"), QStringLiteral("zsh") }) {
        const Result r = runSockscope({ QStringLiteral("--completion"), shell });
        QCOMPARE(r.exitCode, 0);
        const QString script = m_dir.filePath(QStringLiteral("sockscope.") + shell);
        const QByteArray driver = shell == QLatin1String("bash") ? kDriver : kZshDriver;
        for (const auto &[path, text] :
             { std::pair{ script, r.out.toUtf8() },
               std::pair{ m_dir.filePath(QStringLiteral("driver.") + shell), driver } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        // The script is valid in its shell on its own.
        QProcess check;
        check.start(shell, { QStringLiteral("-n"), script });
        QVERIFY2(check.waitForFinished(30'000), qPrintable(shell + QStringLiteral(" is missing")));
        QCOMPARE(check.exitCode(), 0);
    }
}

QStringList TestShellCompletion::complete(const QStringList &words) const
{
    QFETCH(QString, shell);
    const QString script = m_dir.filePath(QStringLiteral("sockscope.") + shell);
    QStringList arguments{ m_dir.filePath(QStringLiteral("driver.") + shell) };
    if (shell == QLatin1String("bash"))
        arguments << QLatin1String(kBashCompletion);
    arguments << script << words;
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(shell, arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        qFatal("%s did not run the completion: %s", qPrintable(shell),
               process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput())
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
             (QStringList{ QStringLiteral("udp-truncation"), QStringLiteral("udp-too-big") }));
    QCOMPARE(complete({ QStringLiteral("sockscope"), QStringLiteral("run"),
                        QStringLiteral("--lesson=udp-tr") }),
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
    // zsh's _files is stood in for: that it is called is what counts.
    QFETCH(QString, shell);
    const QStringList files{ shell == QLatin1String("bash") ? QStringLiteral("trace-1.json")
                                                            : QStringLiteral("<files>") };
    QCOMPARE(complete({ QStringLiteral("sockscope"), QStringLiteral("run"),
                        QStringLiteral("--json"), QStringLiteral("trace-") }),
             files);
    QCOMPARE(
        complete({ QStringLiteral("sockscope"), QStringLiteral("show"), QStringLiteral("trace-") }),
        files);
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
