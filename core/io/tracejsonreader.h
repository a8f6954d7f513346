#pragma once

#include "model/trace.h"

#include <functional>
#include <optional>

namespace sockscope {

// Reads a trace JSON file back (the trace contract of core/README.md, version 1), for `sockscope
// show` and File → Open trace. Files come from users: every field is checked (each value on its
// own here, what relates values to one another in TraceValidator), and an error sentence names the
// first field that is wrong ("runs[0].recvs[3].bytes: expected a whole number"): nothing
// downstream indexes or adds with a value no recording could have made.
// Message bytes were never saved, only previews: a read trace is drawn and reported, not
// re-analysed.
//
// The JSON is never held as a document: simdjson's On-Demand parser indexes the file's structure
// in one pass and the reader walks it once, front to back, straight into the run's event lists
// (each kind of object has a table of its fields, in the order their errors are reported).
class TraceJsonReader
{
public:
    static constexpr int kVersion = 1;
    // Bytes of the input read so far, and its size; called now and then while reading (with 0
    // first and, once the whole file is read, with its size). Returning false stops the read:
    // read() then returns nothing, with ProgressMeter::cancelled() as its error.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Inputs of `from` bytes or more are read in chunks of about chunkBytes (TraceJsonSplit):
    // simdjson then indexes a chunk at a time, not the whole file. 256 KiB: a chunk and its index
    // stay in the core's L2 cache while they are walked (with 8 MiB a read took ~15 % longer).
    // The tests and the fuzzer cut small inputs into tiny chunks to check that both ways read
    // the same.
    struct Split
    {
        std::size_t from = std::size_t(32) << 20;
        std::size_t chunkBytes = std::size_t(256) << 10;
    };

    static std::optional<Trace> fromJson(QByteArrayView json, QString *error);
    static std::optional<Trace> fromJson(QByteArrayView json, QString *error, const Split &split);
    // Reads a file of at most TraceValidator::kMaxInputBytes (memory-mapped, not copied), a pipe
    // or a device of at most kMaxStreamBytes: anything larger, or a FIFO or a device that does
    // not end, is refused with one sentence.
    static std::optional<Trace> read(const QString &path, QString *error,
                                     const Progress &progress = {});

private:
    static QString tooLarge(bool streamed);
};

} // namespace sockscope
