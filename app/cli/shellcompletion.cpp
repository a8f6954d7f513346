#include "cli/shellcompletion.h"

#include "cli/commandline.h"
#include "cli/verbparser.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"

namespace sockscope {

namespace {

// Words for a bash list in single quotes. Every word comes from the program's tables, and none
// holds a quote or a space; one that did would be left out rather than break the script.
QString words(const QStringList &list)
{
    QStringList safe;
    for (const QString &word : list) {
        if (!word.isEmpty() && !word.contains(QLatin1Char('\''))
            && !word.contains(QLatin1Char(' ')))
            safe << word;
    }
    return QLatin1Char('\'') + safe.join(QLatin1Char(' ')) + QLatin1Char('\'');
}

QStringList flags(const QCommandLineOption &option)
{
    QStringList out;
    for (const QString &name : option.names())
        out << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return out;
}

// The values --set takes after "key=": a choice key's words, true/false for a switch.
QStringList keyValues(const ScenarioKey &key)
{
    QStringList values;
    if (key.type() == ScenarioKey::Type::Bool)
        values << QStringLiteral("true") << QStringLiteral("false");
    for (const ScenarioKey::Choice &choice : key.choices)
        values << QString::fromLatin1(choice.word);
    if (key.special && key.special->word)
        values << QString::fromLatin1(key.special->word);
    return values;
}

// One verb's case: what follows each value-taking option, then the options themselves.
QString bashVerb(const VerbParser &parser)
{
    QString cases;
    QStringList allFlags;
    for (const VerbParser::Option &option : parser.options()) {
        const QStringList names = flags(option.option);
        allFlags << names;
        QString action;
        switch (option.value) {
        case VerbParser::Value::None:
            continue;
        case VerbParser::Value::Text:
            action = QStringLiteral("return");
            break;
        case VerbParser::Value::File:
            action = QStringLiteral("_filedir");
            break;
        case VerbParser::Value::Lesson:
            action
                = QStringLiteral("COMPREPLY=($(compgen -W \"$_sockscope_lessons\" -- \"$cur\"))");
            break;
        case VerbParser::Value::KeyValue:
            action = QStringLiteral("_sockscope_set");
            break;
        case VerbParser::Value::Word:
            action = QStringLiteral("COMPREPLY=($(compgen -W %1 -- \"$cur\"))")
                         .arg(words(option.words));
            break;
        }
        cases += QStringLiteral("        %1)\n            %2\n            return\n            ;;\n")
                     .arg(names.join(QStringLiteral(" | ")), action);
    }
    QString text = QStringLiteral("    %1)\n").arg(parser.verb());
    if (!cases.isEmpty())
        text
            += QStringLiteral("        case $prev in\n") + cases + QStringLiteral("        esac\n");
    text += QStringLiteral("        options=%1\n").arg(words(allFlags));
    for (const VerbParser::Positional &positional : parser.positionals()) {
        if (positional.value == VerbParser::Value::File)
            text += QStringLiteral("        files=1\n");
    }
    text += QStringLiteral("        ;;\n");
    return text;
}

// One verb's case for zsh: the same branches as bashVerb(), with zsh's completion functions.
QString zshVerb(const VerbParser &parser)
{
    QString cases;
    QStringList allFlags;
    for (const VerbParser::Option &option : parser.options()) {
        const QStringList names = flags(option.option);
        allFlags << names;
        QString action;
        switch (option.value) {
        case VerbParser::Value::None:
            continue;
        case VerbParser::Value::Text:
            action = QStringLiteral("return 1");
            break;
        case VerbParser::Value::File:
            action = QStringLiteral("_files");
            break;
        case VerbParser::Value::Lesson:
            action = QStringLiteral("compadd -a lessons");
            break;
        case VerbParser::Value::KeyValue:
            action = QStringLiteral("_sockscope_set");
            break;
        case VerbParser::Value::Word:
            action = QStringLiteral("compadd -- %1").arg(option.words.join(QLatin1Char(' ')));
            break;
        }
        cases += QStringLiteral("            %1)\n                %2\n                return\n     "
                                "           ;;\n")
                     .arg(names.join(QLatin1Char('|')), action);
    }
    QString text = QStringLiteral("        %1)\n").arg(parser.verb());
    if (!cases.isEmpty())
        text += QStringLiteral("            case $prev in\n") + cases
            + QStringLiteral("            esac\n");
    text += QStringLiteral("            options=(%1)\n").arg(allFlags.join(QLatin1Char(' ')));
    for (const VerbParser::Positional &positional : parser.positionals()) {
        if (positional.value == VerbParser::Value::File)
            text += QStringLiteral("            files=1\n");
    }
    text += QStringLiteral("            ;;\n");
    return text;
}

} // namespace

QString ShellCompletion::script(const QString &shell)
{
    if (shell == QLatin1String("bash"))
        return bash();
    if (shell == QLatin1String("zsh"))
        return zsh();
    return {};
}

QString ShellCompletion::bash()
{
    QStringList lessons;
    for (const Lesson &lesson : LessonCatalogue::all())
        lessons << lesson.name;
    QStringList keys;
    QString keyCases;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        keys << key.key() + QLatin1Char('=');
        if (const QStringList values = keyValues(key); !values.isEmpty())
            keyCases += QStringLiteral("        %1) values=%2 ;;\n").arg(key.key(), words(values));
    }
    QStringList verbs;
    QString verbCases;
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        VerbParser parser(QString::fromLatin1(verb.name));
        CommandLine::describe(verb, parser);
        verbs << parser.verb();
        verbCases += bashVerb(parser);
    }
    verbs << QStringLiteral("--help") << QStringLiteral("--version");

    QString script = QStringLiteral(
        "# bash completion for sockscope(1): verbs, flags, lesson names, scenario keys, files.\n"
        "# Made by 'sockscope --completion bash' from the program's own tables: change the\n"
        "# program, not this file.\n\n");
    script += QStringLiteral("_sockscope_lessons=%1\n").arg(words(lessons));
    script += QStringLiteral("_sockscope_keys=%1\n\n").arg(words(keys));
    // --set key=value: the keys with their '=', then a choice key's values. '=' separates words
    // for readline, so what is completed after it is the value alone.
    script += QStringLiteral("_sockscope_set()\n"
                             "{\n"
                             "    if [[ $cur == *=* ]]; then\n"
                             "        local values=\n"
                             "        case ${cur%%=*} in\n"
                             "%1"
                             "        esac\n"
                             "        COMPREPLY=($(compgen -W \"$values\" -- \"${cur#*=}\"))\n"
                             "    else\n"
                             "        COMPREPLY=($(compgen -W \"$_sockscope_keys\" -- \"$cur\"))\n"
                             "        compopt -o nospace 2>/dev/null\n"
                             "    fi\n"
                             "}\n\n")
                  .arg(keyCases);
    script += QStringLiteral("_sockscope()\n"
                             "{\n"
                             "    local cur prev words cword split\n"
                             "    _init_completion -s -n = || return\n\n"
                             "    if ((cword == 1)); then\n"
                             "        COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n"
                             "        return\n"
                             "    fi\n"
                             "    local options= files=\n"
                             "    case ${words[1]} in\n"
                             "%2"
                             "    *)\n"
                             "        return\n"
                             "        ;;\n"
                             "    esac\n"
                             "    $split && return\n"
                             "    if [[ $cur == -* || -z $files ]]; then\n"
                             "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
                             "    else\n"
                             "        _filedir\n"
                             "    fi\n"
                             "} &&\n"
                             "    complete -F _sockscope sockscope\n")
                  .arg(words(verbs), verbCases);
    return script;
}

QString ShellCompletion::zsh()
{
    QStringList lessons;
    for (const Lesson &lesson : LessonCatalogue::all())
        lessons << lesson.name;
    QStringList keys;
    QString keyCases;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        keys << key.key() + QLatin1Char('=');
        if (const QStringList values = keyValues(key); !values.isEmpty())
            keyCases += QStringLiteral("        %1) compadd -- %2 ;;\n")
                            .arg(key.key(), values.join(QLatin1Char(' ')));
    }
    QStringList verbs;
    QString verbCases;
    for (const CommandLine::Verb &verb : CommandLine::verbs()) {
        VerbParser parser(QString::fromLatin1(verb.name));
        CommandLine::describe(verb, parser);
        verbs << parser.verb();
        verbCases += zshVerb(parser);
    }
    verbs << QStringLiteral("--help") << QStringLiteral("--version");

    QString script = QStringLiteral(
        "#compdef sockscope\n"
        "# zsh completion for sockscope(1): verbs, flags, lesson names, scenario keys, files.\n"
        "# Made by 'sockscope --completion zsh' from the program's own tables: change the\n"
        "# program, not this file.\n\n");
    // --set key=value: the keys with their '=' and no space after, then a choice key's values
    // after the '='.
    script += QStringLiteral("_sockscope_set()\n"
                             "{\n"
                             "    local -a keys\n"
                             "    keys=(%1)\n"
                             "    if [[ $cur == *=* ]]; then\n"
                             "        local key=${cur%%=*}\n"
                             "        compset -P '*='\n"
                             "        case $key in\n"
                             "%2"
                             "        *) return 1 ;;\n"
                             "        esac\n"
                             "    else\n"
                             "        compadd -S '' -a keys\n"
                             "    fi\n"
                             "}\n\n")
                  .arg(keys.join(QLatin1Char(' ')), keyCases);
    script += QStringLiteral("_sockscope()\n"
                             "{\n"
                             "    local -a lessons options\n"
                             "    lessons=(%1)\n"
                             "    if (( CURRENT == 2 )); then\n"
                             "        compadd -- %2\n"
                             "        return\n"
                             "    fi\n"
                             "    local cur=${words[CURRENT]} prev=${words[CURRENT-1]} files=\n"
                             "    # --flag=value completes as --flag value.\n"
                             "    if [[ $cur == --*=* ]]; then\n"
                             "        prev=${cur%%=*}\n"
                             "        cur=${cur#*=}\n"
                             "        compset -P '*='\n"
                             "    fi\n"
                             "    case ${words[2]} in\n"
                             "%3"
                             "        *)\n"
                             "            return 1\n"
                             "            ;;\n"
                             "    esac\n"
                             "    if [[ $cur == -* || -z $files ]]; then\n"
                             "        compadd -a options\n"
                             "    else\n"
                             "        _files\n"
                             "    fi\n"
                             "}\n\n"
                             "_sockscope \"$@\"\n")
                  .arg(lessons.join(QLatin1Char(' ')), verbs.join(QLatin1Char(' ')), verbCases);
    return script;
}

} // namespace sockscope
