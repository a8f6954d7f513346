#pragma once

#include "model/lesson.h"
#include "model/trace.h"

#include <QStringList>

namespace sockscope {

// Lessons that check themselves. Every lesson's headline (the numbers the class should see
// first) and its claims (what the lesson text says the kernel does) are one table,
// lessonexpectations.cpp, keyed by lesson name. Each claim is computed from the trace alone:
// the fates, summaries and kernel evidence that Analysis and the recorder already produced, no
// second analysis. So a saved trace is judged by its data, and an edited one by what it says.
//
// Runs are picked by what was recorded, never by a variant's label: effective TCP_NODELAY read
// back from the socket, the framing the receiver decoded, request/reply pairing, real or
// simulated. A plan that holds only some of a lesson's variants is judged on the runs it has.
//
// A claim that does not hold is ⚠ with the likely reason (a full congestion window, a loaded
// machine). When the run was stopped or failed, or the user changed a setting of the lesson's
// scenario, a claim that does not hold is not applicable (holds = nullopt) and the reason says what
// changed: the kernel did nothing wrong.
class LessonExpectations
{
public:
    // Fills trace.headline and trace.expectations from the trace's own data (both empty for a
    // trace of no known lesson).
    static void judge(Trace &trace);

    // The lessons the table has claims for.
    static QStringList lessons();

    // The vocabulary of lesson files (io/LessonFile), from the table: headline and claim ids;
    // for a teacher's own claim, what it is about, what it measures, how it compares.
    static QStringList headlineIds();
    static QStringList claimIds(); // each once, in table order
    static QStringList aboutIds();
    static QStringList measureIds();
    static QStringList comparisonIds(); // "at-least", "at-most", "equals"
    // A built-in lesson's self-check by ids, as its lesson file names it.
    static LessonChecks checksOf(const QString &lesson);
    // Whether claim id is the claim the table lists at index of a lesson (text, runs, judge).
    static bool sameClaim(const QString &id, const QString &lesson, int index);
    // README's tables of the ids (English, Markdown).
    static QString markdownTable();

    // The keys of the lesson's scenario that a run of it changed, in the key table's order. A
    // variant's or the switch's keys are not changes (the runs are told apart by what they
    // recorded), nor are the simulated network's keys on a real run, which ignores them. A
    // claim that fails on such a run does not apply, and the lesson's text, written for its own
    // settings, does not describe the run (the window's lesson panel says so).
    static QStringList changedKeys(const Lesson &lesson, const Run &run);
    // Every run's changes, each key once.
    static QStringList changedKeys(const Lesson &lesson, const Trace &trace);
    // The lesson's variants that no run of the trace is (a value the user set left them out,
    // Lesson::plan): their labels, untranslated. The switch's sides are the user's choice, not
    // missing runs.
    static QList<const char *> missingVariants(const Lesson &lesson, const Trace &trace);

    // For display, in the current language:
    // the headline, its parts joined by " · " (empty when there is none);
    static QString headline(const Trace &trace);
    // ✓, ⚠ or – (does not apply);
    static QString mark(const Expectation &expectation);
    // "claim — measured", then why it does not hold; a simulated run's numbers say so.
    static QString describe(const Trace &trace, const Expectation &expectation);
    // The claims for a screen a class reads from afar (presentation mode), where the headline
    // above them already gives the numbers: a claim that holds is its words alone, once, with
    // the runs it holds on when it was judged on several ("… — framing off, framing on"); a
    // claim that does not hold, or does not apply, is described in full.
    struct Line
    {
        QString mark;
        QString text;
        std::optional<bool> holds;
    };
    static QList<Line> brief(const Trace &trace);
};

} // namespace sockscope
