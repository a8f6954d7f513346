#pragma once

#include <QString>
#include <QStringList>

namespace sockscope {

// A sentence of a lesson's self-check (analysis/LessonExpectations): its English source text, a
// QT_TRANSLATE_NOOP in the "sockscope::LessonExpectations" context with %1, %2 …, and its
// arguments. The trace JSON holds english(); the window and the table show translated(), which
// follows a language switch. Arguments are looked up too, so a label such as "Nagle on" is
// translated while a number, which has no translation, stays as it is. Read back from a file, the
// source is the whole English sentence and there are no arguments.
struct ExpectationText
{
    static constexpr const char *kContext = "sockscope::LessonExpectations";

    QString source;
    QStringList args;

    bool isEmpty() const { return source.isEmpty(); }
    QString english() const;
    QString translated() const;

    bool operator==(const ExpectationText &) const = default;
};

} // namespace sockscope
