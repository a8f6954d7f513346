#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sockscope {

class ProgressMeter;

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
// - Stopped through its ProgressMeter (Cancel, Ctrl+C), a write ends with
//   ProgressMeter::cancelled(): the temporary file is removed and the previous file kept, as
//   for a failed write; a device or a pipe keeps what it was sent before the stop.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::OutputFile)
public:
    // Empty on success, else why not, one sentence without the path (the caller names what it
    // was writing).
    // With a meter, bytes are written a piece at a time and counted on it in bytes.
    static QString write(const QString &path, QByteArrayView bytes, ProgressMeter *meter = nullptr);
    // Writes one piece of an output; false when it could not be, and the output is abandoned.
    using Chunk = std::function<bool(QByteArrayView)>;
    // The same, for an output made piece by piece: produce hands each piece to the Chunk it is
    // given (and may stop once one returns false), so that a trace of millions of events is
    // never whole in memory. A regular file is still replaced only once every byte is on disk.
    // produce counts its work on meter, if given, and stops once meter says so; nothing is
    // committed then.
    static QString write(const QString &path, const std::function<void(const Chunk &)> &produce,
                         const ProgressMeter *meter = nullptr);
    // Whether path is written directly (not a regular file, or "-").
    static bool isStream(const QString &path);
};

} // namespace sockscope
