#include "util/outputfile.h"

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

} // namespace

bool OutputFile::isStream(const QString &path)
{
    if (path == QLatin1String("-"))
        return true;
    const QFileInfo info(path);
    // exists() and isFile() follow symbolic links: /dev/stdout is a link to what fd 1 is.
    return info.exists() && !info.isFile() && !info.isDir();
}

QString OutputFile::write(const QString &path, QByteArrayView bytes)
{
    const qint64 size = bytes.size();
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
        const qint64 written = file.write(bytes.data(), size);
        if (written != size)
            return written < 0 ? file.errorString() : shortWrite(written, size);
        if (!file.flush())
            return file.errorString();
        return {};
    }
    // Unbuffered: a write smaller than Qt's buffer would otherwise "succeed" into the buffer,
    // and the flush at commit() loses a short write without an error.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    const qint64 written = file.write(bytes.data(), size);
    if (written != size) {
        QString error = written < 0 ? file.errorString() : shortWrite(written, size);
        file.cancelWriting(); // the temporary file goes with `file`; the old one is untouched
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace sockscope
