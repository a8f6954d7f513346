#include "model/textjoin.h"

namespace sockscope {

namespace {

// Chinese text ends its sentences and clauses with full-width punctuation, which carries its own
// spacing: a space after it shows as a gap.
bool endsFullWidth(const QString &text)
{
    return !text.isEmpty() && QStringView(u"。！？；：，、）」』】》”").contains(text.back());
}

} // namespace

QString TextJoin::listSeparator()
{
    return tr(", ");
}

QString TextJoin::list(const QStringList &items)
{
    return items.join(listSeparator());
}

void TextJoin::append(QString &text, const QString &sentence)
{
    if (sentence.isEmpty())
        return;
    if (!text.isEmpty() && !endsFullWidth(text))
        text += QLatin1Char(' ');
    text += sentence;
}

QString TextJoin::sentences(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences)
        append(text, sentence);
    return text;
}

} // namespace sockscope
