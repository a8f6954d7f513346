#pragma once

#include <QString>

namespace sockscope {

// What the CLI prints can carry text from outside: labels, notes and peers of a trace file,
// values quoted from a scenario file, bytes a foreign client sent. A terminal interprets
// control characters (ESC sequences recolour, retitle or move the cursor, CR overwrites a line,
// BEL rings) and bidirectional overrides reorder what is shown, so a crafted file could make
// the table say something the trace does not. clean() keeps newlines and tabs and writes every
// other such character as a visible escape: \x1b, \r, \u202e.
class TerminalText
{
public:
    static QString clean(const QString &text);
};

} // namespace sockscope
