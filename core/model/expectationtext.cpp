#include "model/expectationtext.h"

#include "model/textjoin.h"

#include <QCoreApplication>

namespace sockscope {

namespace {

// The English of a counted noun, whatever translation is installed (the trace JSON is English):
// the sources write their plurals as "%n message(s)", "%n datagram(s)".
QString englishCount(const QString &source, int n)
{
    QString text = source;
    text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text.replace(QStringLiteral("%n"), QString::number(n));
}

int countOf(const QList<int> &counts, qsizetype i)
{
    return i < counts.size() ? counts[i] : -1;
}

} // namespace

QString ExpectationText::english() const
{
    QStringList englishArgs = args;
    for (qsizetype i = 0; i < englishArgs.size(); ++i) {
        if (const int n = countOf(counts, i); n >= 0)
            englishArgs[i] = englishCount(englishArgs[i], n);
    }
    return TextJoin::fill(source, englishArgs);
}

QString ExpectationText::translated() const
{
    QStringList translatedArgs;
    translatedArgs.reserve(args.size());
    for (qsizetype i = 0; i < args.size(); ++i) {
        const int n = countOf(counts, i);
        QString arg
            = QCoreApplication::translate(kContext, args[i].toUtf8().constData(), nullptr, n);
        // A counted noun no installed translation has comes back as its source, "1 recv(s)":
        // it reads in English then, as the JSON has it.
        if (n >= 0 && arg == QString(args[i]).replace(QStringLiteral("%n"), QString::number(n)))
            arg = englishCount(args[i], n);
        translatedArgs << arg;
    }
    return TextJoin::fill(QCoreApplication::translate(kContext, source.toUtf8().constData()),
                          translatedArgs);
}

} // namespace sockscope
