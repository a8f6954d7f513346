#pragma once

#include "model/lesson.h"
#include "model/trace.h"

#include <memory>

namespace sockscope {

// The built-in lessons (README's lesson table), as named presets, and the lessons read from
// files (io/LessonFile: the user's lessons folder, File → Open lesson, run --lesson-file).
class LessonCatalogue
{
public:
    // The built-in lessons only (the manual page and the shell completion list these).
    static const QList<Lesson> &all();
    // The lessons from files, in the order they were added.
    static QList<std::shared_ptr<const Lesson>> fromFiles();
    // Built-in first, then the lessons from files.
    static QList<const Lesson *> everyLesson();
    // A built-in lesson or one from a file; the pointer stays valid for the whole process (a
    // replaced lesson is kept).
    static const Lesson *find(const QString &name);
    static bool isBuiltIn(const QString &name);
    // The lesson of a trace: the one it carries (a lesson file), else the catalogue's.
    static const Lesson *of(const Trace &trace);
    // Adds a lesson from a file, or replaces the one of the same name from a file. A built-in
    // name is refused: returns false and leaves the catalogue as it was.
    static bool addFromFile(const Lesson &lesson);
    static void removeFromFiles(const QString &name);
    static QString defaultLesson() { return QStringLiteral("side-by-side"); }
};

} // namespace sockscope
