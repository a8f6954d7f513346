#pragma once

#include "model/previewtext.h"
#include "model/trace.h"

namespace sockscope {

// The CLI's readable table, for a terminal on a projector: per run, each message with its
// preview, fate and the recvs that hold it; the recvs themselves; then the summary and the
// kernel evidence. A lesson's headline and its checked claims come first. Follows the
// application's language.
class TextReport
{
public:
    static constexpr int kMaxRows = 40;
    // Payloads in encoding (PreviewText), measured in terminal columns.
    static QString render(const Trace &trace,
                          PreviewText::Encoding encoding = PreviewText::Encoding::Utf8);

    // The lesson's headline with the measured numbers, the table's first line, then each claim
    // with ✓, ⚠ or – (LessonExpectations); empty for a trace of no lesson. render() begins
    // with it; `run --mode both` puts it above the predicted-vs-observed table.
    static QString renderExpectations(const Trace &trace);

private:
    static QString renderRun(const Run &run, const Run *requests, PreviewText::Encoding encoding);
    // Observe, relay and send-to runs see one side only: no messages and fates, no balance.
    static QString renderOneSided(const Run &run, PreviewText::Encoding encoding);
    // The kernel's own counters: the UDP drop counter, TCP_INFO of each socket (lines, or empty).
    static QString kernelCounters(const Run &run);
};

} // namespace sockscope
