#include "cli/verbparser.h"

#include <utility>

namespace sockscope {

VerbParser::VerbParser(QString verb) : m_verb(std::move(verb))
{
    // -quiet reads as --quiet, as every verb has always accepted.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void VerbParser::setApplicationDescription(const QString &description)
{
    m_description = description;
    m_parser.setApplicationDescription(description);
}

void VerbParser::addOption(const QCommandLineOption &option)
{
    addOption(option, option.valueName().isEmpty() ? Value::None : Value::Text);
}

void VerbParser::addOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        addOption(option);
}

void VerbParser::addOption(const QCommandLineOption &option, Value value, const QStringList &words)
{
    m_parser.addOption(option);
    m_options.append({ option, value, words });
}

void VerbParser::addPositionalArgument(const QString &name, const QString &description, Value value)
{
    m_parser.addPositionalArgument(name, description);
    m_positionals.append({ name, description, value });
}

} // namespace sockscope
