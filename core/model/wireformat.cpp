#include "model/wireformat.h"

#include "model/framingspec.h"

#include <cctype>

namespace sockscope {

QList<QByteArray> WireFormat::messages(const Scenario &scenario, Protocol protocol)
{
    const Scenario::MessageBuilder builder(scenario);
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
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return std::nullopt;
        if (c != u'\\') {
            out.append(char(c));
            continue;
        }
        auto hex = [&](qsizetype at) {
            return at < text.size() && text[at].unicode() < 0x80
                && std::isxdigit(text[at].unicode());
        };
        if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('x') || !hex(i + 2) || !hex(i + 3))
            return std::nullopt;
        const int value = text.mid(i + 2, 2).toInt(nullptr, 16);
        out.append(char(value));
        i += 3;
    }
    return out;
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
