#pragma once

#include "model/trace.h"
#include "util/progressmeter.h"

namespace sockscope {

// The trace JSON contract of core/README.md, field names exactly as documented there.
class TraceJsonWriter
{
public:
    static QByteArray toJson(const Trace &trace);
    // Returns an error sentence, empty on success. progress counts the runs and the events
    // written and can stop the writing (the file is then left as it was).
    static QString write(const Trace &trace, const QString &path,
                         const ProgressMeter::Callback &progress = {});
    // The symbolic errno name the trace shows for a failed call ("EAGAIN"); "errno N" when the
    // platform has no name for it. Empty for 0. Shared with the CSV writer.
};

} // namespace sockscope
