#pragma once

#include "analysis/predictionquestions.h"
#include "model/trace.h"

#include <optional>

namespace sockscope {

// What a run recorded for a prediction question: the value, the run it was measured on and a
// sentence naming both ("TCP: 3 recvs returned data"). Unknown when the trace has no run the
// question is about (the user turned UDP off, a stopped run without replies).
struct PredictionAnswer
{
    std::optional<double> value;
    int run = -1;
    ExpectationText text; // the measured answer, translated on display
};

// Checks "Predict, then run": each question's answer computed from the recorded trace alone,
// with the measures the lesson's self-check uses (RunMeasures), and a prediction compared with
// it. The run a question is about is picked as the headline's are: real runs when there are
// any, by the effective socket options and the framing that was decoded.
class PredictionCheck
{
public:
    static PredictionAnswer measure(const Trace &trace, const PredictionQuestion &question);

    enum class Verdict {
        Right, // within the question's tolerance
        Off, // measured, and the prediction is further off
        NoPrediction, // nothing was entered
        NotMeasured, // the trace has no run the question is about
    };
    static Verdict verdict(const PredictionQuestion &question, std::optional<double> predicted,
                           const PredictionAnswer &answer);
    // ✓, ✗, or – (nothing to compare).
    static QString mark(Verdict verdict);
    // A number as the question's unit writes it: "3", "44 ms", "90 B", "recv #2".
    static QString format(const PredictionQuestion &question, double value);
    // The prediction against the measurement, in the current language: "you said 12; TCP: 3 recvs
    // returned data — 9 too high", "you said 40 ms; Nagle on: 44 ms per request".
    static QString describe(const PredictionQuestion &question, std::optional<double> predicted,
                            const PredictionAnswer &answer);
};

} // namespace sockscope
