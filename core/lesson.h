#pragma once

#include "scenario.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sockscope {

// One scenario as it is run: a lesson may compare variants (Nagle on vs off), each a PlannedRun.
// protocol=both in a PlannedRun runs TCP and UDP at the same time.
struct PlannedRun
{
    QString label;      // translated, e.g. "Nagle on"; empty when there is one variant
    Scenario scenario;
};

struct LessonVariant
{
    const char *label;                       // QT_TRANSLATE_NOOP("sockscope::Lesson", ...)
    QList<QPair<QString, QString>> settings; // scenario key=value applied over the lesson's scenario
};

// A named preset of DESIGN.md's lesson table. Texts are source strings translated in the
// "sockscope::Lesson" context, so the GUI can re-translate them when the language changes.
struct Lesson
{
    QString name;              // CLI name, e.g. "tcp-nagle"
    const char *title;         // short title
    const char *summary;       // one line for `sockscope lessons`
    const char *explanation;   // what to look at, and why it happens
    Scenario scenario;
    QList<LessonVariant> variants;

    QString translatedTitle() const;
    QString translatedSummary() const;
    QString translatedExplanation() const;

    // The runs of this lesson for a scenario the user may have edited. Keys the user set
    // explicitly (userKeys) win over a variant's own settings.
    QList<PlannedRun> plan(const Scenario &edited, const QStringList &userKeys = {}) const;
};

} // namespace sockscope
