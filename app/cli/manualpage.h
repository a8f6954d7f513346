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
    // harmless. Around CJK characters a break point is allowed (not before a closing mark such
    // as ， or after an opening one such as （): groff 1.22 breaks lines only at spaces, and
    // Chinese has none. Headings and the NAME line keep none (breakable false): man-db's
    // lexgrog, which reads the NAME section for whatis and apropos, does not see past them.
    static QString text(const QString &plain, bool breakable = true);
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
