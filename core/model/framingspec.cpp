#include "model/framingspec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cctype>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::FramingSpec", text);
}

// C escapes: \n \r \t \0 \\ \xNN. Anything else after a backslash is an error, so a typo
// does not silently become a different delimiter.
std::optional<QByteArray> unescape(const QString &text, QString *error)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\') {
            out.append(in[i]);
            continue;
        }
        if (++i >= in.size()) {
            *error = QCoreApplication::translate(
                "sockscope::FramingSpec", "the delimiter ends with a lone backslash");
            return std::nullopt;
        }
        switch (in[i]) {
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case '0':
            out.append('\0');
            break;
        case '\\':
            out.append('\\');
            break;
        case ':':
            out.append(':');
            break;
        case 'x': {
            bool ok = i + 2 < in.size() && std::isxdigit(uchar(in[i + 1]))
                && std::isxdigit(uchar(in[i + 2]));
            const int value = ok ? in.mid(i + 1, 2).toInt(&ok, 16) : 0;
            if (!ok) {
                *error = QCoreApplication::translate("sockscope::FramingSpec",
                                                     "\\x needs two hex digits");
                return std::nullopt;
            }
            out.append(char(value));
            i += 2;
            break;
        }
        default:
            *error = QCoreApplication::translate("sockscope::FramingSpec",
                                                 "unknown escape \\%1 in the delimiter")
                         .arg(QChar::fromLatin1(in[i]));
            return std::nullopt;
        }
    }
    return out;
}

QString escape(const QByteArray &bytes)
{
    QString out;
    for (char c : bytes) {
        switch (c) {
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        default:
            if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
                out += QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(c);
        }
    }
    return out;
}

bool parseWidth(const QString &text, int *width)
{
    bool ok = false;
    *width = text.toInt(&ok);
    return ok && (*width == 1 || *width == 2 || *width == 4 || *width == 8);
}

bool parseEndian(const QString &text, bool *bigEndian)
{
    *bigEndian = text == QLatin1String("be");
    return text == QLatin1String("be") || text == QLatin1String("le");
}

QByteArray lengthBytes(quint64 value, int width, bool bigEndian)
{
    QByteArray out(width, '\0');
    for (int i = 0; i < width; ++i) {
        const int shift = 8 * (bigEndian ? width - 1 - i : i);
        out[i] = char((value >> shift) & 0xff);
    }
    return out;
}

} // namespace

std::optional<FramingSpec> FramingSpec::parse(const QString &spec, QString *error)
{
    FramingSpec f;
    if (spec.isEmpty() || spec == QLatin1String("none"))
        return f;
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    if (kind == QLatin1String("delimiter")) {
        const auto delim = unescape(spec.mid(kind.size() + 1), error);
        if (!delim)
            return std::nullopt;
        if (delim->isEmpty() || spec.size() == kind.size()) {
            *error = tr("delimiter needs at least one byte, e.g. delimiter:\\n");
            return std::nullopt;
        }
        f.kind = Kind::Delimiter;
        f.delimiter = *delim;
        return f;
    }
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (kind == QLatin1String("length")) {
        if (parts.size() != 3 || !parseWidth(parts[1], &f.width)
            || !parseEndian(parts[2], &f.bigEndian)) {
            *error = tr("expected length:N:be|le with N = 1, 2, 4 or 8, got \"%1\"")
                         .arg(spec);
            return std::nullopt;
        }
        f.kind = Kind::Length;
        return f;
    }
    if (kind == QLatin1String("fixed")) {
        bool ok = false;
        f.width = parts.size() == 2 ? parts[1].toInt(&ok) : 0;
        if (!ok || f.width < 1 || f.width > 16 * 1024 * 1024) {
            *error
                = tr("expected fixed:N with N from 1 to 16777216, got \"%1\"").arg(spec);
            return std::nullopt;
        }
        f.kind = Kind::Fixed;
        return f;
    }
    if (kind == QLatin1String("json-header")) {
        if (parts.size() != 4 || !parseWidth(parts[1], &f.width)
            || !parseEndian(parts[2], &f.bigEndian) || parts[3].isEmpty()) {
            *error = tr("expected json-header:N:be|le:FIELD, got \"%1\"").arg(spec);
            return std::nullopt;
        }
        f.kind = Kind::JsonHeader;
        f.field = parts[3];
        return f;
    }
    *error = tr("unknown kind \"%1\" (none, length, delimiter, fixed, json-header)")
                 .arg(kind);
    return std::nullopt;
}

QString FramingSpec::toString() const
{
    const QString endian = bigEndian ? QStringLiteral("be") : QStringLiteral("le");
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Length:
        return QStringLiteral("length:%1:%2").arg(width).arg(endian);
    case Kind::Delimiter:
        return QStringLiteral("delimiter:") + escape(delimiter);
    case Kind::Fixed:
        return QStringLiteral("fixed:%1").arg(width);
    case Kind::JsonHeader:
        return QStringLiteral("json-header:%1:%2:%3").arg(width).arg(endian, field);
    }
    return {};
}

QByteArray FramingSpec::encode(const QByteArray &body, int messageNumber) const
{
    switch (kind) {
    case Kind::None:
        return body;
    case Kind::Length:
        return lengthBytes(quint64(body.size()), width, bigEndian) + body;
    case Kind::Delimiter:
        return body + delimiter;
    case Kind::Fixed:
        return body.leftJustified(width, '\0', true);
    case Kind::JsonHeader: {
        QJsonObject header{ { QStringLiteral("name"),
                              QStringLiteral("msg-%1.bin").arg(messageNumber) },
                            { field, qint64(body.size()) } };
        const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
        return lengthBytes(quint64(json.size()), width, bigEndian) + json + body;
    }
    }
    return body;
}

quint64 FramingSpec::readLength(const char *data) const
{
    quint64 value = 0;
    for (int i = 0; i < width; ++i) {
        const int shift = 8 * (bigEndian ? width - 1 - i : i);
        value |= quint64(uchar(data[i])) << shift;
    }
    return value;
}

} // namespace sockscope
