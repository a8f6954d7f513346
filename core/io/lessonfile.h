#pragma once

#include "model/lesson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sockscope {

// A lesson as a file a teacher writes (README "Lesson files"): JSON with "format":
// "sockscope-lesson/1", its name, texts in English and Chinese, the scenario (as scenario files
// have it), variants, a switch, and the self-check by the ids of the claims table
// (analysis/LessonExpectations) or as the teacher's own measured claims. Read into a Lesson like
// the built-in ones (its texts interned and translated by LessonTexts), so it is listed, planned,
// run and judged by the same code. Every error names the field ("expectations[2]: unknown claim
// \"tcp-mergse\""), and the file when read from one.
class LessonFile
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::LessonFile)

public:
    static constexpr const char *kFormat = "sockscope-lesson/1";
    static constexpr qint64 kMaxBytes = qint64(1) * 1024 * 1024;

    static std::optional<Lesson> fromJson(const QJsonObject &json, QString *error);
    // The file's bytes; error names the field, not the file.
    static std::optional<Lesson> fromBytes(const QByteArray &bytes, QString *error);
    // Reads path; the lesson remembers it (Lesson::file). error starts with the path.
    static std::optional<Lesson> read(const QString &path, QString *error);

    // The lesson as its file: a built-in one with its claims' ids from the table and its Chinese
    // texts from the shipped translation, a file's with its own. Scenario keys at their default
    // are left out.
    static QJsonObject toJson(const Lesson &lesson);
    static QByteArray toBytes(const Lesson &lesson);
    // Writes the file whole or not at all, replacing one that is there, as every output does
    // (util/OutputFile). Returns the error (with the path), or an empty string.
    static QString write(const Lesson &lesson, const QString &path);
    // The name a lesson saved as path takes: the file's name without .sockscope-lesson.json or
    // .json, in lower case, other characters as '-'; "my-" before a built-in lesson's name.
    static QString nameForPath(const QString &path);

    // The lessons of a folder (*.json, sorted by file name): those that read, and one warning
    // per file that did not or whose name is taken (a built-in's, or an earlier file's).
    struct Folder
    {
        QList<Lesson> lessons;
        QStringList warnings;
    };
    static Folder readFolder(const QString &dir);
    // The user's lessons folder: QStandardPaths::AppDataLocation + "/lessons".
    static QString userFolder();
    // Reads a folder's lessons into the catalogue (LessonCatalogue::addFromFile); returns the
    // warnings. A folder that does not exist has no lessons and no warning.
    static QStringList loadFolder(const QString &dir);
};

} // namespace sockscope
