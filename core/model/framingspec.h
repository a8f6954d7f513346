#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sockscope {

// A framing SPEC (README, scenario key `framing`): none; length:N:be|le; delimiter:SEQ (C escapes);
// fixed:N; json-header:N:be|le:FIELD. Parsing is strict: the spec comes from users and files.
struct FramingSpec
{
    enum class Kind { None, Length, Delimiter, Fixed, JsonHeader };

    Kind kind = Kind::None;
    int width = 0; // Length / JsonHeader: bytes of the length field; Fixed: frame size
    bool bigEndian = true;
    QByteArray delimiter;
    QString field; // JsonHeader: the header's size field

    static std::optional<FramingSpec> parse(const QString &spec, QString *error);
    QString toString() const;

    // The bytes the sender puts on the wire for one application message.
    QByteArray encode(const QByteArray &body, int messageNumber) const;

    // Reads a width-byte unsigned integer; width is 1, 2, 4 or 8.
    quint64 readLength(const char *data) const;

    bool operator==(const FramingSpec &) const = default;
};

} // namespace sockscope
