#pragma once

#include "model/trace.h"

#include <optional>

namespace sockscope {

// Reads a trace JSON file back (the trace contract of core/README.md, version 1), for `sockscope
// show` and File → Open trace. Files come from users: every field is checked (each value on its
// own here, what relates values to one another in TraceValidator), and an error sentence names the
// first field that is wrong ("runs[0].recvs[3].bytes: expected a whole number"): nothing
// downstream indexes or adds with a value no recording could have made.
// Message bytes were never saved, only previews: a read trace is drawn and reported, not
// re-analysed.
class TraceJsonReader
{
public:
    static constexpr int kVersion = 1;
    static std::optional<Trace> fromJson(const QByteArray &json, QString *error);
    // Reads at most TraceValidator::kMaxInputBytes: a larger file, a FIFO or a device that does
    // not end is refused with one sentence.
    static std::optional<Trace> read(const QString &path, QString *error);

private:
    static QString tooLarge();
};

} // namespace sockscope
