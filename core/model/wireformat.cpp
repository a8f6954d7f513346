#include "model/wireformat.h"

#include "model/framingspec.h"

#include <QtEndian>

#include <cctype>

namespace sockscope {

QList<QByteArray> WireFormat::messages(const Scenario &scenario, Protocol protocol)
{
    QString ignored;
    const FramingSpec framing
        = FramingSpec::parse(scenario.framing, &ignored).value_or(FramingSpec{});
    const Scenario::MessageBuilder builder(scenario);
    QList<QByteArray> out;
    out.reserve(scenario.count);
    // UDP: header and body are built in one reused buffer, then copied into a datagram of
    // exactly their size: one allocation per message. This loop is most of a large UDP
    // simulation.
    QByteArray scratch;
    for (int n = 0; n < scenario.count; ++n) {
        if (protocol == Protocol::Tcp) {
            out.append(framing.encode(builder.message(n), n));
            continue;
        }
        scratch.resize(kUdpHeader);
        qToBigEndian<quint32>(quint32(n), scratch.data());
        if (builder.append(scratch, n) > 0)
            out.emplaceBack(scratch.constData(), scratch.size());
        else
            out.emplaceBack();
    }
    return out;
}

QByteArray WireFormat::udpDatagram(int sequence, const QByteArray &message)
{
    if (message.isEmpty())
        return {};
    QByteArray out(kUdpHeader, '\0');
    qToBigEndian<quint32>(quint32(sequence), out.data());
    return out + message;
}

int WireFormat::udpSequence(const char *data, qint64 size)
{
    if (size < kUdpHeader)
        return -1;
    return int(qFromBigEndian<quint32>(data) & 0x7fffffff);
}

QByteArray WireFormat::udpBody(const QByteArray &datagram)
{
    return datagram.size() >= kUdpHeader ? datagram.mid(kUdpHeader) : QByteArray();
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
