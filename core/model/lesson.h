#pragma once

#include "model/scenario.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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

// A claim of a teacher's own (a lesson file's "expectations" entry with a "measure"): a number
// measured on every run it is about, compared with a bound. LessonExpectations judges it like
// the table's claims; text is the teacher's English sentence (LessonTexts holds its Chinese).
struct LessonCheck
{
    QString about; // the runs it is about: a claim "about" id of the table ("tcp", "udp", ...)
    QString measure; // what is counted per run, e.g. "messages-per-recv-max"
    QString comparison; // "at-least", "at-most" or "equals"
    qint64 bound = 0;
    const char *text = nullptr; // English, interned by LessonTexts
};

// The self-check of a lesson file, by the ids of the claims table (analysis/LessonExpectations):
// the built-in lessons find theirs in the table by name; a file names them.
struct LessonChecks
{
    QString headline; // a headline id, e.g. "streams"; empty: none
    QStringList claims; // claim ids, e.g. "tcp-merges"
    QList<LessonCheck> own; // the teacher's own measured claims

    bool isEmpty() const { return headline.isEmpty() && claims.isEmpty() && own.isEmpty(); }
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

    // A lesson from a file (io/LessonFile): the file it was read from, and its self-check. Its
    // texts are English sources interned by LessonTexts, which also translates them: so a file
    // lesson is shown, planned and re-translated like a built-in one. Empty for a built-in.
    QString file = {};
    LessonChecks checks = {};

    bool hasSwitch() const { return switchName != nullptr; }
    bool fromFile() const { return !file.isEmpty(); }
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
