#pragma once

#include "model/previewtext.h"
#include "model/trace.h"
#include "util/progressmeter.h"

namespace sockscope {

// Chrome Trace Event JSON (opens in Perfetto and chrome://tracing): one process per run, one
// track (thread) per lane — send(), recv(), decoded frames and, for simulated runs, the wire.
// Every call is a complete event ("ph":"X") with its fields as args.
class ChromeTraceWriter
{
public:
    enum Lane { SendLane = 1, RecvLane = 2, FrameLane = 3, WireLane = 4 };

    // Previews in args are display text in encoding (PreviewText), for reading in Perfetto.
    static QByteArray toJson(const Trace &trace,
                             PreviewText::Encoding encoding = PreviewText::Encoding::Utf8);
    // Event by event to the file, never whole in memory; progress counts the events and can
    // stop the writing (the file is then left as it was).
    static QString write(const Trace &trace, const QString &path,
                         PreviewText::Encoding encoding = PreviewText::Encoding::Utf8,
                         const ProgressMeter::Callback &progress = {});
};

} // namespace sockscope
