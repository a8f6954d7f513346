#include "model/lessontexts.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <cstring>
#include <set>
#include <string>

namespace sockscope {

namespace {

struct Registry
{
    QMutex mutex;
    std::set<std::string> sources; // a node never moves: its c_str() stays valid
    QHash<QString, QString> chinese;
};

Registry &registry()
{
    static Registry r;
    return r;
}

class Translator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!context || !sourceText
            || (std::strcmp(context, "sockscope::Lesson") != 0
                && std::strcmp(context, "sockscope::LessonExpectations") != 0))
            return {};
        return LessonTexts::chinese(QString::fromUtf8(sourceText));
    }
};

} // namespace

const char *LessonTexts::intern(const QString &english)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.sources.insert(english.toStdString()).first->c_str();
}

void LessonTexts::addChinese(const QString &english, const QString &chinese)
{
    if (chinese.isEmpty() || english.isEmpty())
        return;
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.chinese.insert(english, chinese);
}

QString LessonTexts::chinese(const QString &english)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.chinese.value(english);
}

QTranslator *LessonTexts::translator()
{
    static Translator t;
    return &t;
}

} // namespace sockscope
