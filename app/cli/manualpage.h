#pragma once

#include <QCoreApplication>
#include <QString>

namespace sockscope {

class VerbParser;

// sockscope(1): the manual page as roff, in the current language, made from the tables the
// program itself uses — every verb's parser (CommandLine::verbs()), the scenario key table, the
// lesson catalogue and the exit codes — so that it cannot drift from --help. The build runs
// `sockscope --manpage en` and `--manpage zh_CN` and installs the results.
class ManualPage
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ManualPage)

public:
    static QString roff();

    // Text as roff reads it literally: backslashes escaped, a leading dot or quote made
    // harmless. Between CJK characters a break point is allowed: groff 1.22 breaks lines only
    // at spaces, and Chinese has none.
    static QString text(const QString &plain);
    // A name the user types (a flag, a verb, a key, a command): bold, its hyphens ASCII.
    static QString code(const QString &plain);
    // Markdown's `code` spans (the key table's summaries) in bold.
    static QString markdown(const QString &summary);

private:
    static QString verbSection(const VerbParser &parser);
    static QString keySection();
    static QString lessonSection();
};

} // namespace sockscope
