#pragma once

#include <QString>
#include <QStringList>

namespace sockscope {

// The shell completion of sockscope, made from the tables the program itself uses: the verbs
// and every option of their parsers (CommandLine::verbs()), the lesson catalogue and the
// scenario key table, so that it cannot drift from the program. The build runs `sockscope
// --completion bash|zsh` and installs the scripts where bash-completion and zsh find them.
class ShellCompletion
{
public:
    static QStringList shells() { return { QStringLiteral("bash"), QStringLiteral("zsh") }; }
    // The script for a shell of shells(); empty for any other.
    static QString script(const QString &shell);

private:
    static QString bash();
    static QString zsh();
};

} // namespace sockscope
