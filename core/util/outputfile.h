#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sockscope {

// Writes one whole output, or nothing. Every file SockScope writes (trace JSON, CSV, Chrome
// trace, pcapng, PNG/SVG/PDF images) goes through here, built in memory first or, the trace
// JSON, handed over piece by piece.
// - A regular file, or a path that does not exist yet, is written through QSaveFile: the new
//   contents replace the old file only once every byte is on disk. A short write is an error:
//   QSaveFile alone does not catch one (Qt's file engine returns the partial count of a write
//   cut by a full disk or a file size limit without an error), so the count is checked and
//   the temporary file cancelled; the previous file stays as it was.
// - Anything else that exists (a device such as /dev/null, a FIFO, /dev/stdout, a terminal)
//   and "-" (standard output) are written directly and never replaced by a regular file.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::OutputFile)
public:
    // Empty on success, else why not, one sentence without the path (the caller names what it
    // was writing).
    static QString write(const QString &path, QByteArrayView bytes);
    // Writes one piece of an output; false when it could not be, and the output is abandoned.
    using Chunk = std::function<bool(QByteArrayView)>;
    // The same, for an output made piece by piece: produce hands each piece to the Chunk it is
    // given (and may stop once one returns false), so that a trace of millions of events is
    // never whole in memory. A regular file is still replaced only once every byte is on disk.
    static QString write(const QString &path, const std::function<void(const Chunk &)> &produce);
    // Whether path is written directly (not a regular file, or "-").
    static bool isStream(const QString &path);
};

} // namespace sockscope
