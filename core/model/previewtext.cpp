#include "model/previewtext.h"

#include "model/preview.h"

#include <QStringDecoder>

#include <algorithm>

namespace sockscope {

namespace {

// One character's bytes found at the front of the rest of a preview.
struct Sequence
{
    enum Kind { Valid, Invalid, Incomplete };
    Kind kind = Invalid;
    qsizetype length = 1; // bytes it takes (Invalid: 1, the byte escaped)
    char32_t codePoint = 0; // UTF-8 only; GB18030 asks the codec
};

bool continuation(uchar b)
{
    return b >= 0x80 && b <= 0xbf;
}

// UTF-8 as RFC 3629 allows it: no overlong forms, no surrogates, nothing above U+10FFFF, so
// that what is shown as text is exactly what a UTF-8 reader would see.
Sequence utf8At(QByteArrayView rest)
{
    const auto byte = [&rest](qsizetype i) { return uchar(rest[i]); };
    const uchar lead = byte(0);
    if (lead < 0x80)
        return { Sequence::Valid, 1, lead };
    qsizetype length = 0;
    char32_t value = 0;
    uchar low = 0x80; // the range of the second byte, narrower after some leads
    uchar high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        value = lead & 0x1fU;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        value = lead & 0x0fU;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        value = lead & 0x07U;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        return {};
    }
    for (qsizetype i = 1; i < length; ++i) {
        if (i >= rest.size())
            return { Sequence::Incomplete, i, 0 };
        const uchar b = byte(i);
        if (i == 1 ? (b < low || b > high) : !continuation(b))
            return {};
        value = (value << 6U) | (b & 0x3fU);
    }
    return { Sequence::Valid, length, value };
}

// GB18030's byte structure: one byte (ASCII), two (lead 81–FE, then 40–7E or 80–FE) or four
// (81–FE, 30–39, 81–FE, 30–39). Which character a valid-looking sequence is, and whether it is
// one at all, the codec decides.
Sequence gb18030At(QByteArrayView rest)
{
    const auto byte = [&rest](qsizetype i) { return uchar(rest[i]); };
    const uchar lead = byte(0);
    if (lead < 0x80)
        return { Sequence::Valid, 1, lead };
    if (lead == 0x80 || lead == 0xff)
        return {};
    if (rest.size() < 2)
        return { Sequence::Incomplete, 1, 0 };
    const uchar second = byte(1);
    if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe))
        return { Sequence::Valid, 2, 0 };
    if (second < 0x30 || second > 0x39)
        return {};
    for (qsizetype i = 2; i < 4; ++i) {
        if (i >= rest.size())
            return { Sequence::Incomplete, i, 0 };
        const uchar b = byte(i);
        const bool ok = i == 2 ? (b >= 0x81 && b <= 0xfe) : (b >= 0x30 && b <= 0x39);
        if (!ok)
            return {};
    }
    return { Sequence::Valid, 4, 0 };
}

// Characters that would break a table row or hide themselves: controls (C0, DEL, C1), format
// characters (bidirectional overrides reorder a terminal line), line separators, and what a
// font cannot draw. '\\' too, so that "\x41" in a payload is never mistaken for an escape.
bool shown(char32_t c)
{
    if (c >= 0x20 && c < 0x7f) // printable ASCII: no table to ask
        return c != u'\\';
    if (c < 0x20 || c == 0x7f || c == u'\\' || (c >= 0x80 && c <= 0x9f))
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

void escape(QString &out, QByteArrayView bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (char c : bytes) {
        const char escaped[] = { '\\', 'x', kDigits[uchar(c) >> 4U], kDigits[uchar(c) & 0xfU] };
        out.append(QLatin1String(escaped, 4));
    }
}

// Whether text is exactly one character (a surrogate pair is one), and which.
bool oneCodePoint(const QString &text, char32_t &codePoint)
{
    if (text.size() == 1) {
        codePoint = text.front().unicode();
        return true;
    }
    if (text.size() == 2 && text.front().isHighSurrogate() && text.back().isLowSurrogate()) {
        codePoint = QChar::surrogateToUcs4(text.front(), text.back());
        return true;
    }
    return false;
}

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

} // namespace

QString PreviewText::withoutCutEscape(const QString &cut)
{
    const QChar ellipsis(0x2026);
    if (!cut.endsWith(ellipsis))
        return cut;
    // What is left of an escape before the mark: "\\", "\\x" or "\\xN" ('\\' is always escaped
    // itself, so a backslash in display text always begins one).
    const QStringView text = QStringView(cut).chopped(1);
    const qsizetype slash = text.lastIndexOf(QLatin1Char('\\'));
    if (slash < 0 || slash < text.size() - 3)
        return cut;
    const QStringView tail = text.mid(slash + 1);
    const auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
    };
    if (!tail.isEmpty()
        && (tail.front() != QLatin1Char('x') || !std::all_of(tail.begin() + 1, tail.end(), hex)))
        return cut;
    return text.left(slash).toString() + ellipsis;
}

QString PreviewText::display(QByteArrayView bytes, Encoding encoding)
{
    if (encoding == Encoding::Hex)
        return hex(bytes);
    // Without the codec, GB18030 text shows as the bytes it is made of, never as wrong
    // characters (the window and the CLI say once that the codec is missing).
    const bool gb = encoding == Encoding::Gb18030 && gb18030Available();
    std::optional<QStringDecoder> decoder;
    if (gb)
        decoder.emplace("GB18030", QStringConverter::Flag::Stateless);
    const bool cut = bytes.size() >= kPreviewBytes;
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const QByteArrayView rest = bytes.sliced(i);
        Sequence s = gb
            ? gb18030At(rest)
            : (encoding == Encoding::Utf8
                   ? utf8At(rest)
                   : Sequence{ uchar(rest[0]) < 0x80 ? Sequence::Valid : Sequence::Invalid, 1,
                               char32_t(uchar(rest[0])) });
        if (s.kind == Sequence::Incomplete) {
            if (cut)
                break; // the rest of the character is beyond the preview
            escape(out, rest); // the payload itself ends inside a character
            break;
        }
        if (s.kind == Sequence::Invalid) {
            escape(out, rest.first(1));
            ++i;
            continue;
        }
        const QByteArrayView character = rest.first(s.length);
        // A GB18030 character of several bytes is whatever the codec makes of it, shown only
        // when that is one character.
        bool decoded = true;
        if (gb && s.length > 1) {
            const QString text = decoder->decode(character);
            const bool bad = decoder->hasError() || text.contains(QChar::ReplacementCharacter);
            decoder->resetState();
            decoded = !bad && oneCodePoint(text, s.codePoint);
        }
        if (decoded && shown(s.codePoint))
            out.append(QChar::fromUcs4(s.codePoint));
        else
            escape(out, character);
        i += s.length;
    }
    return out;
}

std::optional<PreviewText::Encoding> PreviewText::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk"))
        return Encoding::Gb18030;
    if (n == QLatin1String("hex"))
        return Encoding::Hex;
    return std::nullopt;
}

QString PreviewText::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    case Encoding::Hex:
        return QStringLiteral("hex");
    }
    return QStringLiteral("utf-8");
}

QStringList PreviewText::names()
{
    return { name(Encoding::Utf8), name(Encoding::Gb18030), name(Encoding::Hex) };
}

QString PreviewText::label(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Gb18030:
        return tr("GB18030 (GBK)");
    case Encoding::Hex:
        return tr("Hex");
    }
    return QStringLiteral("UTF-8");
}

bool PreviewText::gb18030Available()
{
    // Asked once: the answer is a property of the Qt build (ICU or not).
    static const bool available = QStringDecoder("GB18030").isValid();
    return available;
}

QString PreviewText::gb18030Unavailable()
{
    return tr("GB18030 (GBK) cannot be decoded: this Qt was built without ICU.");
}

} // namespace sockscope
