#pragma once

#include "model/expectationtext.h"

#include <QString>

#include <optional>

namespace sockscope {

// One claim of a lesson, judged against a trace by analysis/LessonExpectations: what the lesson
// says the kernel does, whether this run shows it, and the numbers it was judged by. Written as
// the trace JSON's "expectations" array.
struct Expectation
{
    QString lesson; // the lesson's name, e.g. "tcp-nagle"
    int run = -1; // the run it is about: an index in Trace::runs
    ExpectationText claim; // English source, no arguments (translated on display)
    // true ✓, false ⚠ (the kernel did something else), nullopt: does not apply to this run (the
    // user changed what the claim is about, or the run was stopped); reason says why.
    std::optional<bool> holds;
    ExpectationText measured; // what the run shows, with its numbers
    ExpectationText reason; // when it does not hold: the likely reason; empty when it holds

    bool operator==(const Expectation &) const = default;
};

} // namespace sockscope
