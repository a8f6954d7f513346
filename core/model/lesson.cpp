#include "model/lesson.h"

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

QString Lesson::translatedSwitchName() const
{
    return switchName ? QCoreApplication::translate("sockscope::Lesson", switchName) : QString();
}

QList<PlannedRun> Lesson::plan(const Scenario &edited, const QStringList &userKeys,
                               LessonSwitch state) const
{
    if (hasSwitch() && (state != LessonSwitch::On || !variants.isEmpty())) {
        QList<PlannedRun> runs;
        for (const LessonVariant *side : { &switchOff, &switchOn }) {
            if ((side == &switchOff && state == LessonSwitch::On)
                || (side == &switchOn && state == LessonSwitch::Off))
                continue;
            Scenario s = edited;
            for (const auto &[key, value] : side->settings)
                s.set(key, value);
            const QString label = QCoreApplication::translate("sockscope::Lesson", side->label);
            // The lesson's own variants (if any) under each side of the switch.
            Lesson inner = *this;
            inner.switchName = nullptr;
            for (PlannedRun run : inner.plan(s, userKeys)) {
                run.label = run.label.isEmpty() ? label : label + QStringLiteral(" · ") + run.label;
                runs.append(run);
            }
        }
        return runs;
    }
    if (variants.isEmpty())
        return { PlannedRun{ QString(), edited } };
    QList<PlannedRun> runs;
    for (const LessonVariant &variant : variants) {
        Scenario s = edited;
        for (const auto &[key, value] : variant.settings) {
            // The catalogue's own settings are valid by construction (a test runs every lesson).
            if (!userKeys.contains(key))
                s.set(key, value);
        }
        runs.append(
            PlannedRun{ QCoreApplication::translate("sockscope::Lesson", variant.label), s });
    }
    return runs;
}

} // namespace sockscope
