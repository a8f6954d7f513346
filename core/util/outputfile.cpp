#include "util/outputfile.h"

#include "util/progressmeter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace sockscope {

namespace {

QString shortWrite(qint64 written, qint64 size)
{
    return OutputFile::tr("only %1 of %2 bytes could be written (disk full or file size limit?)")
        .arg(qMax<qint64>(written, 0))
        .arg(size);
}

// Bytes written at a time when a meter counts them: a cancel takes effect within a fraction of
// a second even on a slow disk.
constexpr qsizetype kPiece = qsizetype(4) << 20;

} // namespace

bool OutputFile::isStream(const QString &path)
{
    if (path == QLatin1String("-"))
        return true;
    const QFileInfo info(path);
    // exists() and isFile() follow symbolic links: /dev/stdout is a link to what fd 1 is.
    return info.exists() && !info.isFile() && !info.isDir();
}

QString OutputFile::write(const QString &path, QByteArrayView bytes, ProgressMeter *meter)
{
    if (!meter)
        return write(path, [bytes](const Chunk &chunk) { chunk(bytes); });
    return write(
        path,
        [bytes, meter](const Chunk &chunk) {
            if (!meter->start(bytes.size()))
                return;
            for (qsizetype at = 0; at < bytes.size(); at += kPiece) {
                const QByteArrayView piece = bytes.sliced(at, qMin(kPiece, bytes.size() - at));
                if (!chunk(piece) || !meter->add(piece.size()))
                    return;
            }
            if (bytes.isEmpty())
                chunk(bytes);
            meter->finish();
        },
        meter);
}

QString OutputFile::write(const QString &path, const std::function<void(const Chunk &)> &produce,
                          const ProgressMeter *meter)
{
    QString error;
    qint64 total = 0;
    // Every piece is checked: a short write is an error (see the class comment), and nothing
    // is written after one.
    const auto chunkOf = [&error, &total](QFileDevice &file) -> Chunk {
        return [&error, &total, &file](QByteArrayView bytes) {
            if (!error.isEmpty())
                return false;
            const qint64 written = bytes.isEmpty() ? 0 : file.write(bytes.data(), bytes.size());
            if (written != bytes.size()) {
                error = written < 0 ? file.errorString()
                                    : shortWrite(total + written, total + bytes.size());
                return false;
            }
            total += written;
            return true;
        };
    };
    if (isStream(path)) {
        // Append: a terminal or a pipe ignores it, and /dev/stdout redirected to a file keeps
        // what came before instead of being truncated under the shell's feet.
        QFile file;
        bool open = false;
        if (path == QLatin1String("-")) {
            std::fflush(stdout); // what the CLI printed before comes first
            open = file.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
        } else {
            file.setFileName(path);
            open = file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
        }
        if (!open)
            return file.errorString();
        produce(chunkOf(file));
        if (!error.isEmpty())
            return error;
        if (meter && meter->stopped())
            return ProgressMeter::cancelled();
        if (!file.flush())
            return file.errorString();
        return {};
    }
    // Unbuffered: a write smaller than Qt's buffer would otherwise "succeed" into the buffer,
    // and the flush at commit() loses a short write without an error.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    produce(chunkOf(file));
    if (meter && meter->stopped() && error.isEmpty())
        error = ProgressMeter::cancelled();
    if (!error.isEmpty()) {
        file.cancelWriting(); // the temporary file goes with `file`; the old one is untouched
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace sockscope
