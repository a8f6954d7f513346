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
    // title with an aside in parentheses: inside the title's own closing parenthesis when it
    // ends in one ("TCP requests (client → server, simulated)"), else in a pair of its own
    // ("TCP (simulated)"; "TCP（模拟）" in Chinese). One pair, never "(…) (…)".
    static QString withAside(const QString &title, const QString &aside);
    // text with %1 … %9 replaced by args in one pass (an argument holding "%2" stays as it is).
    // Where an argument ending in a Latin word, a digit or ")" meets a Chinese character of the
    // text ("%2中有" with "40 次 send"), a space goes between them, as everywhere else in the
    // Chinese text ("40 次 send 中有", not "40 次 send中有").
    static QString fill(const QString &text, const QStringList &args);
};

} // namespace sockscope
