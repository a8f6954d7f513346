#pragma once

#include "model/lesson.h"

namespace sockscope {

// The lessons of DESIGN.md's table, as named presets.
class LessonCatalogue
{
public:
    static const QList<Lesson> &all();
    static const Lesson *find(const QString &name);
    static QString defaultLesson() { return QStringLiteral("side-by-side"); }
};

} // namespace sockscope
