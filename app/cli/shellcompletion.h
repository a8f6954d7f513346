#pragma once

#include <QString>
#include <QStringList>

namespace sockscope {

// The shell completion of sockscope, made from the tables the program itself uses: the verbs
// and every option of their parsers (CommandLine::verbs()), the lesson catalogue and the
// scenario key table, so that it cannot drift from the program. The build runs `sockscope
// --completion bash` and installs the script where bash-completion finds it.
class ShellCompletion
{
public:
    static QStringList shells() { return { QStringLiteral("bash") }; }
    // The script for a shell of shells(); empty for any other.
    static QString script(const QString &shell);

private:
    static QString bash();
};

} // namespace sockscope
