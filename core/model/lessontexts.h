#pragma once

#include <QString>
#include <QTranslator>

namespace sockscope {

// The texts of the lessons read from files (io/LessonFile), for the same translation path as the
// built-in lessons: a file's English text becomes a source string (interned here, so a Lesson
// holds it as the const char * its built-in texts are), and its Chinese text the translation
// this translator gives in the "sockscope::Lesson" and "sockscope::LessonExpectations" contexts.
// LanguageSwitcher installs translator() with the Chinese translation, so a language switch
// re-translates a file lesson as it does a built-in one. Texts are kept for the whole process
// (a few per lesson file); when two files give one English text different translations, the
// last one read wins. Thread-safe: a run judges its trace on a worker thread.
class LessonTexts
{
public:
    // The English text as a source string that lives as long as the process.
    static const char *intern(const QString &english);
    // Registers the Chinese translation of an English source (ignored when chinese is empty).
    static void addChinese(const QString &english, const QString &chinese);
    // The Chinese translation registered for an English source, or an empty string.
    static QString chinese(const QString &english);
    // The translator of the registered texts; it translates into Chinese only.
    static QTranslator *translator();
};

} // namespace sockscope
