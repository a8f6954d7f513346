#include "model/wireformat.h"

#include "model/framingspec.h"

#include <algorithm>
#include <cctype>

namespace sockscope {

QList<QByteArray> WireFormat::messages(const Scenario &scenario, Protocol protocol, int client)
{
    const Scenario::MessageBuilder builder(scenario, client);
    QList<QByteArray> out;
    out.reserve(scenario.count);
    if (protocol == Protocol::Udp) {
        for (int n = 0; n < scenario.count; ++n)
            out.append(builder.message(n));
        return out;
    }
    QString ignored;
    const FramingSpec framing
        = FramingSpec::parse(scenario.framing, &ignored).value_or(FramingSpec{});
    for (int n = 0; n < scenario.count; ++n)
        out.append(framing.encode(builder.message(n), n));
    return out;
}

Preview WireFormat::preview(const char *data, qint64 size)
{
    return { data, qsizetype(qMin<qint64>(size, kPreviewBytes)) };
}

QString WireFormat::previewText(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto u = uchar(c);
        // A backslash is escaped too, so that a preview reads back to exactly its bytes.
        if (u >= 0x20 && u < 0x7f && c != '\\')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

std::optional<QByteArray> WireFormat::previewBytes(const QString &text)
{
    // A character past ASCII is never part of a preview; the rest is the same in Latin-1.
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80; }))
        return std::nullopt;
    const QByteArray latin1 = text.toLatin1();
    QByteArray out(latin1.size(), Qt::Uninitialized);
    const auto size = decodePreview(latin1, out.data(), out.size());
    if (!size)
        return std::nullopt;
    out.truncate(*size);
    return out;
}

std::optional<qsizetype> WireFormat::decodePreview(QByteArrayView text, char *out, qsizetype room)
{
    qsizetype size = 0;
    auto put = [&](char c) {
        if (size < room)
            out[size] = c;
        ++size;
    };
    auto hex
        = [&](qsizetype at) { return at < text.size() && std::isxdigit(uchar(text[at])) != 0; };
    auto digit = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (uchar(c) >= 0x80)
            return std::nullopt;
        if (c != '\\') {
            put(c);
            continue;
        }
        if (i + 1 >= text.size() || text[i + 1] != 'x' || !hex(i + 2) || !hex(i + 3))
            return std::nullopt;
        put(char(digit(text[i + 2]) * 16 + digit(text[i + 3])));
        i += 3;
    }
    return size;
}

QByteArray WireFormat::reply(int n, int size)
{
    const QByteArray pattern = "reply-" + QByteArray::number(n) + ';';
    QByteArray out;
    out.reserve(size);
    while (out.size() < size)
        out.append(pattern.left(size - out.size()));
    return out;
}

} // namespace sockscope
