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

QStringList Lesson::variedKeys() const
{
    QStringList keys;
    for (const LessonVariant &variant : variants) {
        for (const auto &setting : variant.settings) {
            if (!keys.contains(setting.first))
                keys.append(setting.first);
        }
    }
    return keys;
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
    // A variant runs unless the user chose another value for a key it sets: its label names
    // what it sets, so a run whose label the user's value would contradict does not run at all.
    // (--set nodelay=true on a Nagle lesson runs the TCP_NODELAY variant alone.)
    QList<PlannedRun> runs;
    for (const LessonVariant &variant : variants) {
        Scenario s = edited;
        bool contradicted = false;
        for (const auto &[key, value] : variant.settings) {
            // The catalogue's own settings are valid by construction (a test runs every lesson).
            Scenario withVariant = s;
            withVariant.set(key, value);
            if (userKeys.contains(key))
                contradicted = contradicted || !(withVariant == s);
            else
                s = withVariant;
        }
        if (!contradicted)
            runs.append(
                PlannedRun{ QCoreApplication::translate("sockscope::Lesson", variant.label), s });
    }
    // The user's values match no variant: the scenario as edited, named by no variant.
    if (runs.isEmpty())
        runs.append(PlannedRun{ QString(), edited });
    return runs;
}

} // namespace sockscope
