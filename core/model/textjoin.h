#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sockscope {

// How the words of one language are put together, one way for every view: sentences joined by
// a space in English and by nothing after Chinese full-width punctuation ("…。内核…", not
// "…。 内核…"), and list items separated by ", " or the translation's "，".
class TextJoin
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TextJoin)
public:
    static QString listSeparator(); // ", " ("，" in Chinese)
    static QString list(const QStringList &items);
    // Non-empty sentences, each followed by a space unless it ends in full-width punctuation.
    static QString sentences(const QStringList &sentences);
    // Appends one sentence to a text, as sentences() would join them.
    static void append(QString &text, const QString &sentence);
};

} // namespace sockscope
