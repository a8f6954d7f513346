#include "gui/clientexample.h"

#include "model/framingspec.h"

namespace sockscope {

namespace {

// struct's code for an unsigned integer of the prefix's width.
QChar structCode(int width)
{
    switch (width) {
    case 1:
        return QLatin1Char('B');
    case 2:
        return QLatin1Char('H');
    case 8:
        return QLatin1Char('Q');
    default:
        return QLatin1Char('I');
    }
}

} // namespace

QString ClientExample::python(const ObserveOptions &options, const QString &host, quint16 port)
{
    const QString messages = QStringLiteral("(b'hello', b'world', b'sdfas')");
    const QString address = QStringLiteral("('%1', %2)").arg(host).arg(port);
    if (options.protocol == Protocol::Udp) {
        return QStringLiteral("python3 -c \"import socket; s = socket.socket(socket.AF_INET, "
                              "socket.SOCK_DGRAM); "
                              "[s.sendto(m, %1) for m in %2]\"")
            .arg(address, messages);
    }
    QString ignored;
    const FramingSpec spec = FramingSpec::parse(options.framing, &ignored).value_or(FramingSpec{});
    const QString pack = QStringLiteral("struct.pack('%1%2', len(%3))")
                             .arg(spec.bigEndian ? QLatin1Char('!') : QLatin1Char('<'))
                             .arg(structCode(spec.width));
    QString imports = QStringLiteral("socket");
    QString send = QStringLiteral("m");
    switch (spec.kind) {
    case FramingSpec::Kind::None:
        break;
    case FramingSpec::Kind::Length:
        imports += QStringLiteral(", struct");
        send = pack.arg(QStringLiteral("m")) + QStringLiteral(" + m");
        break;
    case FramingSpec::Kind::Delimiter: {
        // The spec's C escapes read the same in a Python bytes literal; quotes cannot be put
        // in the one-liner, so such a delimiter falls back to its \x escapes.
        QString literal;
        for (const char c : spec.delimiter) {
            const auto u = uchar(c);
            literal += u == '\n' ? QStringLiteral("\\n")
                : u == '\r'      ? QStringLiteral("\\r")
                : u == '\t'      ? QStringLiteral("\\t")
                : (u >= 0x20 && u < 0x7f && u != '\'' && u != '"' && u != '\\' && u != '$'
                   && u != '`')
                ? QString(QLatin1Char(c))
                : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        }
        send = QStringLiteral("m + b'%1'").arg(literal);
        break;
    }
    case FramingSpec::Kind::Fixed:
        send = QStringLiteral("m.ljust(%1)[:%1]").arg(spec.width);
        break;
    case FramingSpec::Kind::JsonHeader:
        imports += QStringLiteral(", struct, json");
        send = QStringLiteral(
                   "(lambda h: %1 + h + m)(json.dumps({'name': 'a.txt', '%2': len(m)}).encode())")
                   .arg(pack.arg(QStringLiteral("h")), spec.field);
        break;
    }
    return QStringLiteral("python3 -c \"import %1; s = socket.create_connection(%2); "
                          "[s.sendall(%3) for m in %4]\"")
        .arg(imports, address, send, messages);
}

QString ClientExample::netcat(const ObserveOptions &options, const QString &host, quint16 port)
{
    if (options.protocol == Protocol::Udp)
        return QStringLiteral("nc -u %1 %2").arg(host).arg(port);
    QString ignored;
    const FramingSpec spec = FramingSpec::parse(options.framing, &ignored).value_or(FramingSpec{});
    // Typed lines end in \n: that is the stream's only structure netcat can give.
    if (spec.kind == FramingSpec::Kind::None
        || (spec.kind == FramingSpec::Kind::Delimiter && spec.delimiter == "\n"))
        return QStringLiteral("nc %1 %2").arg(host).arg(port);
    return {};
}

} // namespace sockscope
