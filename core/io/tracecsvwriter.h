#pragma once

#include "model/previewtext.h"
#include "model/trace.h"
#include "util/progressmeter.h"

namespace sockscope {

// One row per event (send, recv, frame), header row first; columns documented in the README.
class TraceCsvWriter
{
public:
    // The preview column is display text in encoding (PreviewText).
    static QByteArray toCsv(const Trace &trace,
                            PreviewText::Encoding encoding = PreviewText::Encoding::Utf8);
    // Row by row to the file, never whole in memory; progress counts the rows and can stop the
    // writing (the file is then left as it was).
    static QString write(const Trace &trace, const QString &path,
                         PreviewText::Encoding encoding = PreviewText::Encoding::Utf8,
                         const ProgressMeter::Callback &progress = {});
};

} // namespace sockscope
