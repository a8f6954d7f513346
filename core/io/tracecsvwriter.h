#pragma once

#include "model/previewtext.h"
#include "model/trace.h"

namespace sockscope {

// One row per event (send, recv, frame), header row first; columns documented in the README.
class TraceCsvWriter
{
public:
    // The preview column is display text in encoding (PreviewText).
    static QByteArray toCsv(const Trace &trace,
                            PreviewText::Encoding encoding = PreviewText::Encoding::Utf8);
    static QString write(const Trace &trace, const QString &path,
                         PreviewText::Encoding encoding = PreviewText::Encoding::Utf8);
};

} // namespace sockscope
