#include "model/textjoin.h"

namespace sockscope {

namespace {

// Chinese text ends its sentences and clauses with full-width punctuation, which carries its own
// spacing: a space after it shows as a gap.
bool endsFullWidth(const QString &text)
{
    return !text.isEmpty() && QStringView(u"。！？；：，、）」』】》”").contains(text.back());
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

bool endsLatin(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.back();
    return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char(')');
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

QString TextJoin::withAside(const QString &title, const QString &aside)
{
    if (aside.isEmpty())
        return title;
    if (title.endsWith(QLatin1Char(')')) || title.endsWith(QChar(0xFF09)))
        return title.chopped(1) + listSeparator() + aside + title.back();
    return title + tr(" (%1)").arg(aside);
}

QString TextJoin::fill(const QString &text, const QStringList &args)
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
                if (i + 1 < text.size() && isHan(text[i + 1]) && endsLatin(args[n]))
                    out += QLatin1Char(' ');
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString TextJoin::sentences(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences)
        append(text, sentence);
    return text;
}

} // namespace sockscope
