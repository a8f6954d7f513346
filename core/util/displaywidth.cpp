#include "util/displaywidth.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace sockscope {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Width W and F (Unicode UAX #11), the blocks that occur in practice; ambiguous
// characters (…, —, →) count as one column, as terminals outside CJK locales draw them.
constexpr std::array<Range, 17> kWide = { {
    { 0x1100, 0x115F }, // Hangul Jamo initials
    { 0x231A, 0x231B },
    { 0x2329, 0x232A },
    { 0x2E80, 0x303E }, // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」)
    { 0x3041, 0x33FF }, // kana, bopomofo, Hangul compatibility, CJK compatibility
    { 0x3400, 0x4DBF }, // CJK extension A
    { 0x4E00, 0x9FFF }, // CJK unified ideographs
    { 0xA000, 0xA4CF }, // Yi
    { 0xA960, 0xA97F },
    { 0xAC00, 0xD7A3 }, // Hangul syllables
    { 0xF900, 0xFAFF }, // CJK compatibility ideographs
    { 0xFE10, 0xFE19 },
    { 0xFE30, 0xFE6F }, // vertical and small forms
    { 0xFF00, 0xFF60 }, // fullwidth forms (，：（）)
    { 0xFFE0, 0xFFE6 },
    { 0x1F300, 0x1F64F }, // emoji
    { 0x20000, 0x3FFFD }, // CJK extensions B and later
} };

} // namespace

int DisplayWidth::of(char32_t c)
{
    if (c == 0 || QChar::category(c) == QChar::Mark_NonSpacing
        || QChar::category(c) == QChar::Mark_Enclosing)
        return 0;
    const bool wide = std::any_of(kWide.cbegin(), kWide.cend(),
                                  [c](const Range &r) { return c >= r.first && c <= r.last; });
    return wide ? 2 : 1;
}

int DisplayWidth::of(const QString &text)
{
    int columns = 0;
    for (char32_t c : QStringView(text).toUcs4())
        columns += of(c);
    return columns;
}

QString DisplayWidth::pad(const QString &text, int width)
{
    const int missing = std::abs(width) - of(text);
    if (missing <= 0)
        return text;
    const QString spaces(missing, QLatin1Char(' '));
    return width < 0 ? text + spaces : spaces + text;
}

QString DisplayWidth::clip(const QString &text, int width)
{
    if (of(text) <= width)
        return text;
    QString out;
    int columns = 0;
    for (char32_t c : QStringView(text).toUcs4()) {
        if (columns + of(c) > width - 1)
            break;
        columns += of(c);
        out += QString::fromUcs4(&c, 1);
    }
    return out + QStringLiteral("…");
}

} // namespace sockscope
