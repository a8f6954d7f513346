#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sockscope {

// A sentence of a lesson's self-check (analysis/LessonExpectations): its English source text, a
// QT_TRANSLATE_NOOP in the "sockscope::LessonExpectations" context with %1, %2 …, and its
// arguments. The trace JSON holds english(); the window and the table show translated(), which
// follows a language switch. Arguments are looked up too, so a label such as "Nagle on" is
// translated while a number, which has no translation, stays as it is. Read back from a file, the
// source is the whole English sentence and there are no arguments.
// A count is an argument of its own with its noun, "%n message(s)" (a QT_TRANSLATE_N_NOOP), and
// its number in counts at the same index (-1 for an argument that is no count): translated with
// the plural form of the language, and in English "1 message", "3 messages".
struct ExpectationText
{
    static constexpr const char *kContext = "sockscope::LessonExpectations";

    QString source;
    QStringList args;
    QList<int> counts
        = {}; // per argument: its number when it is a counted noun, else -1 (or absent)

    bool isEmpty() const { return source.isEmpty(); }
    QString english() const;
    QString translated() const;

    bool operator==(const ExpectationText &) const = default;
};

} // namespace sockscope
