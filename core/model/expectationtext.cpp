#include "model/expectationtext.h"

#include <QCoreApplication>

namespace sockscope {

namespace {

// %1 … %9 replaced in one pass, so an argument that contains "%2" stays as it is.
QString substitute(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1')
            && text[i + 1] <= QLatin1Char('9')) {
            const int n = text[i + 1].digitValue() - 1;
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString ExpectationText::english() const
{
    return substitute(source, args);
}

QString ExpectationText::translated() const
{
    QStringList translatedArgs;
    translatedArgs.reserve(args.size());
    for (const QString &arg : args)
        translatedArgs << QCoreApplication::translate(kContext, arg.toUtf8().constData());
    return substitute(QCoreApplication::translate(kContext, source.toUtf8().constData()),
                      translatedArgs);
}

} // namespace sockscope
