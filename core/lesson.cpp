#include "lesson.h"

#include <QCoreApplication>

namespace sockscope {

QString Lesson::translatedTitle() const
{
    return QCoreApplication::translate("sockscope::Lesson", title);
}

QString Lesson::translatedSummary() const
{
    return QCoreApplication::translate("sockscope::Lesson", summary);
}

QString Lesson::translatedExplanation() const
{
    return QCoreApplication::translate("sockscope::Lesson", explanation);
}

QList<PlannedRun> Lesson::plan(const Scenario &edited, const QStringList &userKeys) const
{
    if (variants.isEmpty())
        return {PlannedRun{QString(), edited}};
    QList<PlannedRun> runs;
    for (const LessonVariant &variant : variants) {
        Scenario s = edited;
        for (const auto &[key, value] : variant.settings) {
            // The catalogue's own settings are valid by construction (a test runs every lesson).
            if (!userKeys.contains(key))
                s.set(key, value);
        }
        runs.append(PlannedRun{QCoreApplication::translate("sockscope::Lesson", variant.label), s});
    }
    return runs;
}

} // namespace sockscope
