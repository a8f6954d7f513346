#pragma once

#include <QString>

namespace sockscope {

// Terminal columns of text: East Asian wide and fullwidth characters (Chinese, Japanese,
// Korean, fullwidth punctuation) take two, combining marks none, everything else one.
// QString::arg(text, width) counts UTF-16 units instead, which misaligns a Chinese table.
class DisplayWidth
{
public:
    static int of(const QString &text);
    static int of(char32_t c);
    // text padded with spaces to width columns; a negative width pads on the right (left-
    // aligned), like QString::arg's fieldWidth. Longer text is returned as is.
    static QString pad(const QString &text, int width);
    // At most width columns, the cut marked with "…".
    static QString clip(const QString &text, int width);
};

} // namespace sockscope
