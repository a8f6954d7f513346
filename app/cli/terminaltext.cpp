#include "cli/terminaltext.h"

namespace sockscope {

namespace {

// C0 and C1 controls and DEL, except the two the report itself uses; and the bidirectional
// embeddings, overrides and isolates (the marks U+200E/U+200F only affect neutral neighbours).
bool isUnsafe(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

QString escaped(char16_t c)
{
    if (c == u'\r')
        return QStringLiteral("\\r");
    if (c < 0x100)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString TerminalText::clean(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !isUnsafe(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text; // the common case: nothing to copy
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isUnsafe(c))
            out += escaped(c);
        else
            out += QChar(c);
    }
    return out;
}

} // namespace sockscope
