#pragma once

#include "model/lesson.h"

namespace sockscope {

// The built-in lessons (README's lesson table), as named presets.
class LessonCatalogue
{
public:
    static const QList<Lesson> &all();
    static const Lesson *find(const QString &name);
    static QString defaultLesson() { return QStringLiteral("side-by-side"); }
};

} // namespace sockscope
