#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace sockscope {

// A verb's command line: the QCommandLineParser its exec() parses with, and everything the verb
// declared on it — its description, every option in order with what its value is, its positional
// arguments. QCommandLineParser cannot list the options it was given; the manual page
// (ManualPage) and the shell completion (ShellCompletion) read them here, from the same
// declarations exec() parses with, so a flag added to a verb is in --help, the manual page and
// the completion at once.
class VerbParser
{
public:
    // What an option's (or a positional argument's) value is, for the shell completion: nothing
    // (a switch), any text, a file name, a lesson name, a scenario key's key=value, or one of
    // the fixed words given with it.
    enum class Value { None, Text, File, Lesson, KeyValue, Word };

    struct Option
    {
        QCommandLineOption option;
        Value value = Value::None;
        QStringList words; // Value::Word: the words the value may be
    };
    struct Positional
    {
        QString name;
        QString description;
        Value value = Value::Text;
    };

    explicit VerbParser(QString verb);
    VerbParser(const VerbParser &) = delete;
    VerbParser &operator=(const VerbParser &) = delete;
    ~VerbParser() = default;

    QString verb() const { return m_verb; }
    // One sentence: what the verb does (--help's first line, the manual page's).
    void setApplicationDescription(const QString &description);
    QString description() const { return m_description; }

    // An option with a value name takes text (Value::Text), one without is a switch.
    void addOption(const QCommandLineOption &option);
    void addOptions(const QList<QCommandLineOption> &options);
    void addOption(const QCommandLineOption &option, Value value, const QStringList &words = {});
    void addPositionalArgument(const QString &name, const QString &description,
                               Value value = Value::Text);

    const QList<Option> &options() const { return m_options; }
    const QList<Positional> &positionals() const { return m_positionals; }

    // QCommandLineParser's, on the options above.
    bool parse(const QStringList &arguments) { return m_parser.parse(arguments); }
    QString errorText() const { return m_parser.errorText(); }
    QString helpText() const { return m_parser.helpText(); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

private:
    QString m_verb;
    QString m_description;
    QList<Option> m_options;
    QList<Positional> m_positionals;
    QCommandLineParser m_parser;
};

} // namespace sockscope
