#pragma once

#include "model/scenario.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sockscope {

// One scenario as it is run: a lesson may compare variants (Nagle on vs off), each a PlannedRun.
// protocol=both in a PlannedRun runs TCP and UDP at the same time.
struct PlannedRun
{
    QString label; // translated, e.g. "Nagle on"; empty when there is one variant
    Scenario scenario;
};

struct LessonVariant
{
    const char *label; // QT_TRANSLATE_NOOP("sockscope::Lesson", ...)
    QList<QPair<QString, QString>>
        settings; // scenario key=value applied over the lesson's scenario
};

// A lesson-level switch: the same run without (Off) and with (On) the technique the lesson
// teaches, or both stacked, Off first (the framing lessons: the sticky packets, then the fix).
enum class LessonSwitch { On, Off, Both };

// A named preset of the lesson table (README). Texts are source strings translated in the
// "sockscope::Lesson" context, so the GUI can re-translate them when the language changes.
struct Lesson
{
    QString name; // CLI name, e.g. "tcp-nagle"
    const char *title; // short title
    const char *summary; // one line for `sockscope lessons`
    const char *explanation; // what to look at, and why it happens
    Scenario scenario;
    QList<LessonVariant> variants;
    // The switch, if the lesson has one: its name ("Framing") and the variants that turn the
    // technique off and on (on usually changes nothing: the lesson as it is). Unlike a
    // variant's, a switch's settings win over the user's edits: choosing "off" is the latest edit.
    const char *switchName = nullptr;
    LessonVariant switchOff{ nullptr, {} };
    LessonVariant switchOn{ nullptr, {} };

    bool hasSwitch() const { return switchName != nullptr; }
    // The keys the lesson's variants compare (nodelay on the Nagle lessons), switch excluded:
    // until the user sets one, each variant runs with its own value.
    QStringList variedKeys() const;
    QString translatedSwitchName() const;

    QString translatedTitle() const;
    QString translatedSummary() const;
    QString translatedExplanation() const;

    // The runs of this lesson for a scenario the user may have edited. A key the user set
    // explicitly (userKeys) is never overridden by a variant: a variant that would set it to
    // another value is left out, so every run's label agrees with what it runs.
    // A lesson with a switch runs as the state says; On alone is the lesson as before.
    QList<PlannedRun> plan(const Scenario &edited, const QStringList &userKeys = {},
                           LessonSwitch state = LessonSwitch::On) const;
};

} // namespace sockscope
