#include "model/scenariokey.h"

#include "model/framingspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <type_traits>

namespace sockscope {

namespace {

constexpr int kMaxCount = 1'000'000;
constexpr int kMaxBytes = 16 * 1024 * 1024;
constexpr int kMaxMs = 60'000;
constexpr int kMaxBuffer = 64 * 1024 * 1024;
// What a UDP message may ask for: an IPv4 packet's total length (65,535). The payload limit
// is 28 bytes less (20 IP + 8 UDP: 65,507); a message of 65,508 to 65,535 bytes is allowed so
// that a lesson can show the kernel refusing it (sendto() fails with EMSGSIZE, nothing leaves).
constexpr int kMaxUdpMessage = 65535;
// size_step: a message may grow or shrink by up to 64 KiB per message.
constexpr int kMaxSizeStep = 65536;
// Simulated network limits: a minute of RTT, 10 Gbit/s, Linux's TCP_MAXSEG bounds (88 B up to
// the loopback MTU's 65495 B), delayed ACK up to Linux's TCP_DELACK_MAX of 200 ms (Windows' value
// too), and seeds that survive a JSON number (2^53).
constexpr int kMaxBandwidthKbps = 10'000'000;
constexpr int kMinMss = 88;
constexpr int kMaxMss = 65495;
constexpr int kMaxDelayedAckMs = 200;
// Concurrent TCP clients of one lesson run: observe mode's default --max-clients, and as many
// lanes as a projector can still tell apart.
constexpr int kMaxClients = 16;
constexpr qint64 kMaxSeed = (qint64(1) << 53) - 1;

template<auto Member> constexpr ScenarioKey::EnumField enumField()
{
    using Enum = std::remove_cvref_t<decltype(std::declval<Scenario &>().*Member)>;
    return { [](const Scenario &s) { return int(s.*Member); },
             [](Scenario &s, int value) { s.*Member = Enum(value); } };
}

constexpr ScenarioKey::Choice protocols[] = {
    { "both", int(Scenario::Protocols::Both),
      QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "TCP and UDP side by side") },
    { "tcp", int(Scenario::Protocols::Tcp), "TCP" },
    { "udp", int(Scenario::Protocols::Udp), "UDP" },
};

constexpr ScenarioKey::Choice receivers[] = {
    { "present", int(Scenario::Receiver::Present),
      QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "a socket reads the port") },
    { "none", int(Scenario::Receiver::None),
      QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "nothing (a closed port)") },
};

constexpr ScenarioKey::Choice replyReads[] = {
    { "full", int(Scenario::ReplyRead::Full),
      QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "read the whole reply") },
    { "once", int(Scenario::ReplyRead::Once),
      QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "one recv() per reply") },
};

constexpr ScenarioKey::Choice platforms[] = {
    { "linux", int(Scenario::Platform::Linux), "Linux" },
    { "windows", int(Scenario::Platform::Windows), "Windows" },
    { "macos", int(Scenario::Platform::Macos), "macOS" },
};

constexpr const char *framings[] = { "none",          "length:4:be", "length:4:le",
                                     "delimiter:\\n", "fixed:16",    "json-header:4:be:size" };

std::optional<bool> parseBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString s = v.toString().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("on") || s == QLatin1String("yes")
        || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("off") || s == QLatin1String("no")
        || s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<qint64> parseInt(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Range first: converting a double beyond qint64 is undefined behaviour (found by
        // fuzzing, e.g. "recv_size": 7.6e82). 2^63 is exact as a double.
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    if (!v.isString())
        return std::nullopt;
    bool ok = false;
    const qint64 i = v.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(i) : std::nullopt;
}

std::optional<double> parseDouble(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isString())
        return std::nullopt;
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

// A value as the user wrote it, for messages.
QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString shortest(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// A template list as --set takes it: one template as it is, unless it starts with '[' (it would
// read back as a JSON list); more as a JSON list.
bool listIsPlain(const QStringList &list)
{
    return list.size() == 1 && !list.first().startsWith(QLatin1Char('['));
}

// A bound in README's and the CLI's range column: 16 MiB, 2^53 − 1, 1,000,000.
QString amount(double value)
{
    if (value != double(qint64(value)))
        return shortest(value);
    const auto v = qint64(value);
    constexpr qint64 MiB = qint64(1) << 20;
    if (v >= MiB && v % MiB == 0)
        return QStringLiteral("%1 MiB").arg(v / MiB);
    if (v > (qint64(1) << 32) && ((v + 1) & v) == 0) {
        int bits = 0;
        while ((qint64(1) << bits) <= v)
            ++bits;
        return QStringLiteral("2^%1 − 1").arg(bits);
    }
    QString digits = QString::number(v < 0 ? -v : v);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(','));
    return v < 0 ? QLatin1Char('-') + digits : digits;
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

// Stores a value of the key's type (as value() returns it) into its member.
void store(const ScenarioKey &key, Scenario &s, const QVariant &v)
{
    std::visit(
        [&](auto member) {
            using M = decltype(member);
            if constexpr (std::is_same_v<M, ScenarioKey::EnumField>) {
                for (const ScenarioKey::Choice &c : key.choices) {
                    if (v.toString() == QLatin1String(c.word))
                        member.set(s, c.value);
                }
            } else {
                using T = std::remove_cvref_t<decltype(s.*member)>;
                s.*member = v.value<T>();
            }
        },
        key.field);
}

// What a template list must be beyond its form: at least one template, none longer than the
// key's maximum in UTF-8 bytes. A list that passes reads back from its JSON as itself.
QString checkTemplates(const ScenarioKey &key, const QStringList &list)
{
    if (list.isEmpty())
        return ScenarioKey::tr(
            "payload: the list is empty; give at least one string (\"\" for an empty message)");
    for (const QString &p : list) {
        // A UTF-16 unit is at most three UTF-8 bytes: most templates need no conversion.
        if (3 * double(p.size()) > key.maximum && double(p.toUtf8().size()) > key.maximum)
            return ScenarioKey::tr("payload: a template longer than 16 MiB");
    }
    return {};
}

QString readPayload(const ScenarioKey &key, const QJsonValue &value, QVariant *parsed)
{
    QJsonValue v = value;
    // A payload list on the command line is written as a JSON array: payload=["hello","world"]
    if (v.isString() && v.toString().startsWith(QLatin1Char('['))) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &err);
        if (!doc.isArray())
            return ScenarioKey::tr(
                // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate reads escaped literals only
                "payload: a list must be a JSON array of strings, e.g. [\"hello\",\"world\"]");
        v = doc.array();
    }
    QStringList list;
    if (v.isString()) {
        list << v.toString();
    } else if (v.isArray()) {
        for (const auto &item : v.toArray()) {
            if (!item.isString())
                return ScenarioKey::tr("payload: every item of the list must be a string");
            list << item.toString();
        }
    } else {
        return ScenarioKey::tr("payload: expected a string or a list of strings");
    }
    if (QString error = checkTemplates(key, list); !error.isEmpty())
        return error;
    *parsed = list;
    return {};
}

QString readFraming(const ScenarioKey &, const QJsonValue &value, QVariant *parsed)
{
    QString error;
    const auto spec = FramingSpec::parse(value.toString(), &error);
    if (!spec || !value.isString())
        return spec ? ScenarioKey::tr("framing: expected a string such as length:4:be")
                    : ScenarioKey::tr("framing: %1").arg(error);
    *parsed = spec->toString();
    return {};
}

} // namespace

std::span<const ScenarioKey> ScenarioKey::all()
{
    using Rule = ProtocolRule::Kind;
    // The order of the controls, README's table and keys(): what the sender sends, how, the
    // socket options, the reader, replies, then the simulated network.
    static const ScenarioKey table[] = {
        {
            .name = "protocol",
            .field = enumField<&Scenario::protocol>(),
            .choices = protocols,
            .expected = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                          "protocol: expected tcp, udp or both, got \"%1\""),
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Protocol"),
            .toolTip = QT_TRANSLATE_NOOP(
                "sockscope::ScenarioControls",
                "Which sockets to run; both run at the same time on one time axis."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`tcp`, `udp` or `both` (both at the same time)"),
        },
        {
            .name = "count",
            .field = &Scenario::count,
            .minimum = 1,
            .maximum = kMaxCount,
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Messages"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "How many application messages the sender sends."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario", "messages to send"),
        },
        {
            .name = "clients",
            .field = &Scenario::clients,
            .minimum = 1,
            .maximum = kMaxClients,
            .protocolRule = { Rule::TcpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "clients: several clients connect to one TCP "
                                                "server; set protocol=tcp") },
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Clients"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "TCP clients connecting to the one server at once, each "
                                         "sending the messages on its own connection; {c} in the "
                                         "payload is the client's number."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "TCP clients connecting to one server at once, one run "
                                         "per connection; `{c}` in the payload = client number"),
        },
        {
            .name = "size",
            .field = &Scenario::size,
            .minimum = 0,
            .maximum = kMaxBytes,
            .special
            = Special{ -1, "auto", QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "auto") },
            .expected = QT_TRANSLATE_NOOP(
                "sockscope::Scenario", "size: expected a number of bytes or \"auto\", got \"%1\""),
            .protocolRule = { Rule::UdpMaximum, kMaxUdpMessage,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "size: a UDP message of %1 bytes is longer than an "
                                                "IPv4 packet (at most %2 bytes; above 65,507 "
                                                "sendto() fails with EMSGSIZE)") },
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Message size"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "Bytes per message; auto = the payload's own length."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "bytes per message (`auto` = the payload's own length; "
                                         "longer sizes repeat it)"),
        },
        {
            .name = "size_step",
            .field = &Scenario::sizeStep,
            .minimum = -kMaxSizeStep,
            .maximum = kMaxSizeStep,
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Size step"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "Each message is this many bytes longer than the one "
                                         "before (negative: shorter)."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "message n is `size` (or its payload's length) plus n "
                                         "times `size_step` bytes, at least 0"),
        },
        {
            .name = "interval_ms",
            .field = &Scenario::intervalMs,
            .minimum = 0,
            .maximum = kMaxMs,
            .special = Special{ 0, nullptr,
                                QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "back to back") },
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Send interval"),
            .toolTip
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Pause between two messages."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " ms"),
            .summary
            = QT_TRANSLATE_NOOP("sockscope::Scenario", "pause between messages (0 = back to back)"),
        },
        {
            .name = "payload",
            .field = &Scenario::payload,
            .maximum = kMaxBytes,
            .reader = readPayload,
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Payload"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "What each message says; {n} is its number. A JSON list "
                                         "cycles: [\"hello\",\"world\"]."),
            .placeholder = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                             "msg-{n};  or  [\"hello\",\"world\"]"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "template, `{n}` = message number; a JSON list cycles: "
                                         "`[\"hello\",\"world\"]`"),
        },
        {
            .name = "parts",
            .field = &Scenario::parts,
            .minimum = 1,
            .maximum = 64,
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "send() calls per message"),
            .toolTip
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                "2 = the write-write-read pattern that meets delayed ACK."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`send()` calls per message (2 = write-write-read)"),
        },
        {
            .name = "framing",
            .field = &Scenario::framing,
            .reader = readFraming,
            .protocolRule = { Rule::TcpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "framing: applies to TCP byte streams only (UDP "
                                                "keeps message boundaries); set protocol=tcp") },
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Framing"),
            .toolTip = QT_TRANSLATE_NOOP(
                "sockscope::ScenarioControls",
                "How TCP messages are delimited so the receiver can find them again."),
            .suggestions = framings,
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`none`, `length:N:be|le`, `delimiter:\\n`, `fixed:N`, "
                                         "`json-header:N:be|le:FIELD`"),
        },
        {
            .name = "nodelay",
            .field = &Scenario::nodelay,
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "TCP_NODELAY (Nagle off)"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario", "`TCP_NODELAY` on the sender"),
        },
        {
            .name = "nonblocking",
            .field = &Scenario::nonblocking,
            .side = Side::Sender,
            .label
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Non-blocking send (O_NONBLOCK)"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`O_NONBLOCK` sender: partial sends and `EAGAIN` show"),
        },
        {
            .name = "connect",
            .field = &Scenario::connected,
            .protocolRule = { Rule::UdpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "connect: applies to UDP sockets only (a TCP "
                                                "sender always connects); set protocol=udp") },
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Connected UDP (connect())"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "connect() the UDP sender to the receiver's port and "
                                         "send(): the kernel then reports ICMP errors to it."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "UDP: `connect()` the sender, then `send()`; ICMP errors "
                                         "such as `ECONNREFUSED` reach it"),
        },
        {
            .name = "cork",
            .field = &Scenario::cork,
            .protocolRule = { Rule::TcpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "cork: TCP_CORK is a TCP option; set "
                                                "protocol=tcp") },
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "TCP_CORK"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "Cork the sender before its first send() and uncork it "
                                         "after the last: the kernel holds partial segments "
                                         "(at most 200 ms)."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`TCP_CORK` on the sender from the first `send()`, "
                                         "removed after the last"),
        },
        {
            .name = "sndbuf",
            .field = &Scenario::sndbuf,
            .minimum = 0,
            .maximum = kMaxBuffer,
            .special
            = Special{ 0, nullptr,
                       QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "kernel default") },
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "SO_SNDBUF"),
            .toolTip
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                "Send buffer to request; Linux doubles it and applies a floor."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`SO_SNDBUF` request (0 = kernel default); the effective "
                                         "value is read back"),
        },
        {
            .name = "rcvbuf",
            .field = &Scenario::rcvbuf,
            .minimum = 0,
            .maximum = kMaxBuffer,
            .special
            = Special{ 0, nullptr,
                       QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "kernel default") },
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "SO_RCVBUF"),
            .toolTip
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                "Receive buffer to request; Linux doubles it (floor 2304 B)."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`SO_RCVBUF` request (0 = kernel default); the effective "
                                         "value is read back"),
        },
        {
            .name = "recv_size",
            .field = &Scenario::recvSize,
            .minimum = 1,
            .maximum = kMaxBytes,
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "recv() size"),
            .toolTip = QT_TRANSLATE_NOOP(
                "sockscope::ScenarioControls",
                "The size passed to every recv(): a UDP datagram longer than this is cut."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario", "size passed to every `recv()`"),
        },
        {
            .name = "rcvlowat",
            .field = &Scenario::rcvlowat,
            .minimum = 0,
            .maximum = kMaxBytes,
            .special
            = Special{ 0, nullptr,
                       QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "kernel default") },
            .protocolRule = { Rule::TcpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "rcvlowat: SO_RCVLOWAT is shown on TCP streams; "
                                                "set protocol=tcp") },
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "SO_RCVLOWAT"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "A blocking recv() waits until this many bytes are "
                                         "queued (or the peer closes)."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`SO_RCVLOWAT` on the server (0 = kernel default, 1 "
                                         "byte): a blocking `recv()` waits for this many bytes"),
        },
        {
            .name = "quickack",
            .field = &Scenario::quickack,
            .protocolRule = { Rule::TcpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "quickack: TCP_QUICKACK is a TCP option; set "
                                                "protocol=tcp") },
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "TCP_QUICKACK"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "The server acknowledges at once: TCP_QUICKACK is not "
                                         "permanent, so it is set again after every recv()."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`TCP_QUICKACK` on the server, set again after every "
                                         "`recv()` (Linux clears it)"),
        },
        {
            .name = "read_interval_ms",
            .field = &Scenario::readIntervalMs,
            .minimum = 0,
            .maximum = kMaxMs,
            .special
            = Special{ 0, nullptr,
                       QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "when data is ready") },
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Read every"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "A slow reader lets bytes pile up in the receive buffer."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " ms"),
            .summary = QT_TRANSLATE_NOOP(
                "sockscope::Scenario", "0 = read when data is ready, else one `recv()` every N ms"),
        },
        {
            .name = "read_delay_ms",
            .field = &Scenario::readDelayMs,
            .minimum = 0,
            .maximum = kMaxMs,
            .special
            = Special{ 0, nullptr, QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "at once") },
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Reader starts after"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "The receiver's first recv() waits this long."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " ms"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario", "the reader starts this late"),
        },
        {
            .name = "peek",
            .field = &Scenario::peek,
            .protocolRule = { Rule::UdpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "peek: applies to UDP datagrams only; set "
                                                "protocol=udp") },
            .side = Side::Receiver,
            .label
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Peek at the size first (MSG_PEEK)"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "recv(MSG_PEEK | MSG_TRUNC) returns the datagram's full "
                                         "size and leaves it queued; a buffer of that size then "
                                         "reads it whole."),
            .summary
            = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                "UDP: `recv(MSG_PEEK | MSG_TRUNC)` learns each "
                                "datagram's size, then one `recv()` of that size reads it"),
        },
        {
            .name = "receiver",
            .field = enumField<&Scenario::receiver>(),
            .choices = receivers,
            .expected = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                          "receiver: expected present or none, got \"%1\""),
            .protocolRule = { Rule::UdpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "receiver: only a UDP run can send to a closed "
                                                "port; set protocol=udp") },
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Receiver"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "none: the port is bound and closed again before the "
                                         "first send, so nothing listens on it."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "UDP: `present`, or `none` (nothing listens: a port "
                                         "bound and closed before the first send)"),
        },
        {
            .name = "reply_size",
            .field = &Scenario::replySize,
            .minimum = 0,
            .maximum = kMaxBytes,
            .special
            = Special{ 0, nullptr, QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "no replies") },
            .protocolRule = { Rule::TcpOnly, 0,
                              QT_TRANSLATE_NOOP("sockscope::Scenario",
                                                "reply_size: request/response runs need "
                                                "protocol=tcp") },
            .side = Side::Receiver,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Reply size"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "TCP request/response: the server answers each message "
                                         "with this many bytes."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "TCP request/response: the server answers each message "
                                         "with this many bytes"),
        },
        {
            .name = "reply_read",
            .field = enumField<&Scenario::replyRead>(),
            .choices = replyReads,
            .expected = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                          "reply_read: expected full or once, got \"%1\""),
            .side = Side::Sender,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Reply reading"),
            .toolTip
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                "The classic bug: one recv() per reply leaves the rest for later."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "`full` (loop until the reply is in) or `once` (one "
                                         "`recv()`, the classic bug)"),
        },
        {
            .name = "evidence",
            .field = &Scenario::evidence,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Record kernel evidence"),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "record kernel evidence (one `ioctl` per call)"),
        },
        {
            .name = "platform",
            .field = enumField<&Scenario::platform>(),
            .choices = platforms,
            .expected = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                          "platform: expected linux, windows or macos, got \"%1\""),
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Platform"),
            .toolTip = QT_TRANSLATE_NOOP(
                "sockscope::ScenarioControls",
                "The operating system the simulator models: its delayed-ACK timer, what a "
                "recvfrom() of a too-long datagram does, the largest datagram, the default "
                "buffers. Real runs are this machine's Linux."),
            .summary = QT_TRANSLATE_NOOP(
                "sockscope::Scenario",
                "simulated operating system: `linux`, `windows` or `macos` (delayed ACK, UDP "
                "truncation, largest datagram, default buffers)"),
        },
        {
            .name = "rtt_ms",
            .field = &Scenario::rttMs,
            .minimum = 0,
            .maximum = kMaxMs,
            .special
            = Special{ 0, nullptr, QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "none") },
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Round trip"),
            .toolTip
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Propagation delay there and back."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " ms"),
            .summary
            = QT_TRANSLATE_NOOP("sockscope::Scenario", "simulated network: round-trip time"),
        },
        {
            .name = "bandwidth_kbps",
            .field = &Scenario::bandwidthKbps,
            .minimum = 0,
            .maximum = kMaxBandwidthKbps,
            .special
            = Special{ 0, nullptr, QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "unlimited") },
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Bandwidth"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "Link rate; unlimited = no serialisation delay."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " kbit/s"),
            .summary
            = QT_TRANSLATE_NOOP("sockscope::Scenario", "simulated link speed, 0 = unlimited"),
        },
        {
            .name = "mss",
            .field = &Scenario::mss,
            .minimum = kMinMss,
            .maximum = kMaxMss,
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "MSS"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "TCP maximum segment size (1460 B on Ethernet)."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " B"),
            .summary
            = QT_TRANSLATE_NOOP("sockscope::Scenario", "simulated TCP maximum segment size"),
        },
        {
            .name = "delayed_ack_ms",
            .field = &Scenario::delayedAckMs,
            .minimum = 0,
            .maximum = kMaxDelayedAckMs,
            .special
            = Special{ -1, "auto",
                       QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "the platform's") },
            .expected = QT_TRANSLATE_NOOP(
                "sockscope::Scenario",
                "delayed_ack_ms: expected a number of milliseconds or \"auto\", got \"%1\""),
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Delayed ACK"),
            .toolTip = QT_TRANSLATE_NOOP(
                "sockscope::ScenarioControls",
                "The receiver's delayed ACK timeout; the platform's: Linux 40 ms, Windows 200 ms, "
                "macOS 100 ms. 0 = off."),
            .suffix = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", " ms"),
            .summary = QT_TRANSLATE_NOOP(
                "sockscope::Scenario",
                "simulated delayed ACK (`auto` = the platform's: Linux 40, Windows 200, macOS "
                "100; 0 = off)"),
        },
        {
            .name = "loss",
            .field = &Scenario::loss,
            .minimum = 0,
            .maximum = 1,
            .special
            = Special{ 0, nullptr, QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "never") },
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Packet loss"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "Probability that a packet is lost."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "simulated probability that a packet is lost"),
        },
        {
            .name = "reorder",
            .field = &Scenario::reorder,
            .minimum = 0,
            .maximum = 1,
            .special
            = Special{ 0, nullptr, QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "never") },
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Reordering"),
            .toolTip
            = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                "Probability that a packet is held back behind later ones."),
            .summary = QT_TRANSLATE_NOOP(
                "sockscope::Scenario",
                "simulated probability that a packet is held back behind later ones"),
        },
        {
            .name = "duplicate",
            .field = &Scenario::duplicate,
            .minimum = 0,
            .maximum = 1,
            .special
            = Special{ 0, nullptr, QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "never") },
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Duplication"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "Probability that a packet arrives twice."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "simulated probability that a packet arrives twice"),
        },
        {
            .name = "seed",
            .field = &Scenario::seed,
            .minimum = 0,
            .maximum = double(kMaxSeed),
            .network = true,
            .label = QT_TRANSLATE_NOOP("sockscope::ScenarioControls", "Random seed"),
            .toolTip = QT_TRANSLATE_NOOP("sockscope::ScenarioControls",
                                         "Same seed and scenario, same simulated trace."),
            .summary = QT_TRANSLATE_NOOP("sockscope::Scenario",
                                         "the simulator's random seed: same seed and scenario, "
                                         "byte-identical trace"),
        },
    };
    return table;
}

const ScenarioKey *ScenarioKey::find(QStringView name)
{
    for (const ScenarioKey &key : all()) {
        if (name == QLatin1String(key.name))
            return &key;
    }
    return nullptr;
}

QStringList ScenarioKey::names()
{
    QStringList list;
    for (const ScenarioKey &key : all())
        list << key.key();
    return list;
}

QVariant ScenarioKey::value(const Scenario &s) const
{
    return std::visit(
        [&](auto member) -> QVariant {
            if constexpr (std::is_same_v<decltype(member), EnumField>) {
                const int v = member.get(s);
                for (const Choice &c : choices) {
                    if (c.value == v)
                        return QString::fromLatin1(c.word);
                }
                return QString::number(v); // an enum value without a word: refused by checkRange
            } else {
                return QVariant::fromValue(s.*member);
            }
        },
        field);
}

QString ScenarioKey::text(const QVariant &v) const
{
    switch (type()) {
    case Type::Int:
    case Type::Int64:
    case Type::Double:
        if (special && special->word && v.toDouble() == special->value)
            return QLatin1String(special->word);
        return type() == Type::Double ? shortest(v.toDouble()) : QString::number(v.toLongLong());
    case Type::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Choice:
    case Type::String:
        return v.toString();
    case Type::StringList: {
        const QStringList list = v.toStringList();
        if (listIsPlain(list))
            return list.first();
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QJsonObject ScenarioKey::toJson(const Scenario &scenario, Side end)
{
    QJsonObject o;
    for (const ScenarioKey &key : all()) {
        if (key.configures(end))
            o[key.key()] = key.toJson(scenario);
    }
    return o;
}

QJsonValue ScenarioKey::toJson(const Scenario &s) const
{
    const QVariant v = value(s);
    switch (type()) {
    case Type::Int:
    case Type::Int64:
    case Type::Double:
        if (special && special->word && v.toDouble() == special->value)
            return QLatin1String(special->word);
        if (type() == Type::Int)
            return v.toInt();
        if (type() == Type::Int64)
            return v.toLongLong();
        return v.toDouble();
    case Type::Bool:
        return v.toBool();
    case Type::Choice:
    case Type::String:
        return v.toString();
    case Type::StringList: {
        // A lone template starting with '[' is saved as a list: as a string it would load back
        // as a JSON list and fail (found by fuzzing --set).
        const QStringList list = v.toStringList();
        return listIsPlain(list) ? QJsonValue(list.first())
                                 : QJsonValue(QJsonArray::fromStringList(list));
    }
    }
    return {};
}

QString ScenarioKey::read(const QJsonValue &value, Scenario &s) const
{
    const QString k = key();
    const auto wrongForm = [&](const char *common) {
        return expected ? tr(expected).arg(jsonText(value)) : tr(common).arg(k, jsonText(value));
    };
    QVariant parsed;
    switch (type()) {
    case Type::Int:
    case Type::Int64:
    case Type::Double: {
        if (special && special->word && value.toString() == QLatin1String(special->word)) {
            parsed = special->value;
            break;
        }
        if (type() == Type::Double) {
            const bool probability = minimum == 0 && maximum == 1;
            const auto d = parseDouble(value);
            if (!d)
                return probability
                    ? wrongForm(QT_TR_NOOP("%1: expected a probability from 0 to 1, got \"%2\""))
                    : wrongForm(QT_TR_NOOP("%1: expected a number, got \"%2\""));
            if (!(*d >= minimum && *d <= maximum))
                return probability ? tr("%1: %2 is out of range (0 to 1)").arg(k).arg(*d)
                                   : tr("%1: %2 is out of range (%3 to %4)")
                                         .arg(k)
                                         .arg(*d)
                                         .arg(minimum)
                                         .arg(maximum);
            parsed = *d;
            break;
        }
        const auto i = parseInt(value);
        if (!i)
            return wrongForm(QT_TR_NOOP("%1: expected a whole number, got \"%2\""));
        if (*i < qint64(minimum) || *i > qint64(maximum))
            return tr("%1: %2 is out of range (%3 to %4)")
                .arg(k)
                .arg(*i)
                .arg(qint64(minimum))
                .arg(qint64(maximum));
        parsed = *i;
        break;
    }
    case Type::Bool: {
        const auto b = parseBool(value);
        if (!b)
            return wrongForm(QT_TR_NOOP("%1: expected true or false, got \"%2\""));
        parsed = *b;
        break;
    }
    case Type::Choice: {
        const QString word = value.toString();
        for (const Choice &c : choices) {
            if (word == QLatin1String(c.word))
                parsed = word;
        }
        if (!parsed.isValid())
            return tr(expected).arg(jsonText(value));
        break;
    }
    case Type::String:
    case Type::StringList:
        if (QString error = reader(*this, value, &parsed); !error.isEmpty())
            return error;
        break;
    }
    // QVariant converts between the numeric types; the range checks above keep the value exact.
    store(*this, s, parsed);
    return {};
}

QString ScenarioKey::checkRange(const Scenario &s) const
{
    switch (type()) {
    case Type::Int:
    case Type::Int64:
    case Type::Double: {
        const QVariant v = value(s);
        if (special && v.toDouble() == special->value)
            return {};
        if (type() == Type::Double) {
            const double d = v.toDouble();
            if (d >= minimum && d <= maximum)
                return {};
            if (minimum == 0 && maximum == 1)
                return tr("%1: %2 is out of range (0 to 1)").arg(key()).arg(d);
            return tr("%1: %2 is out of range (%3 to %4)")
                .arg(key())
                .arg(d)
                .arg(minimum)
                .arg(maximum);
        }
        const qint64 i = v.toLongLong();
        if (i >= qint64(minimum) && i <= qint64(maximum))
            return {};
        return tr("%1: %2 is out of range (%3 to %4)")
            .arg(key())
            .arg(i)
            .arg(qint64(minimum))
            .arg(qint64(maximum));
    }
    case Type::Bool:
        return {};
    case Type::Choice: {
        const QString word = value(s).toString();
        for (const Choice &c : choices) {
            if (word == QLatin1String(c.word))
                return {};
        }
        return tr(expected).arg(word);
    }
    case Type::String: {
        // The stored value must read back as itself.
        Scenario probe = s;
        return read(toJson(s), probe);
    }
    case Type::StringList:
        // Its JSON is its strings, read back as they are: what is left to check is theirs (a
        // million templates through JSON and back took most of a second).
        return checkTemplates(*this, value(s).toStringList());
    }
    return {};
}

QString ScenarioKey::checkProtocol(const Scenario &s) const
{
    switch (protocolRule.kind) {
    case ProtocolRule::Kind::None:
        return {};
    case ProtocolRule::Kind::TcpOnly:
        return !s.hasUdp() || value(s) == value(Scenario{}) ? QString() : tr(protocolRule.message);
    case ProtocolRule::Kind::UdpOnly:
        return !s.hasTcp() || value(s) == value(Scenario{}) ? QString() : tr(protocolRule.message);
    case ProtocolRule::Kind::UdpMaximum: {
        if (!s.hasUdp())
            return {};
        const qint64 v = value(s).toLongLong();
        return v > protocolRule.bound ? tr(protocolRule.message).arg(v).arg(protocolRule.bound)
                                      : QString();
    }
    }
    return {};
}

QString ScenarioKey::translatedLabel() const
{
    return QCoreApplication::translate("sockscope::ScenarioControls", label);
}

QString ScenarioKey::translatedToolTip() const
{
    return toolTip ? QCoreApplication::translate("sockscope::ScenarioControls", toolTip)
                   : QString();
}

QString ScenarioKey::translatedSuffix() const
{
    return suffix ? QCoreApplication::translate("sockscope::ScenarioControls", suffix) : QString();
}

QString ScenarioKey::translatedSpecialText() const
{
    return special && special->text
        ? QCoreApplication::translate("sockscope::ScenarioControls", special->text)
        : QString();
}

QString ScenarioKey::translatedPlaceholder() const
{
    return placeholder ? QCoreApplication::translate("sockscope::ScenarioControls", placeholder)
                       : QString();
}

QString ScenarioKey::translatedSummary() const
{
    return tr(summary);
}

QString ScenarioKey::choiceText(const Choice &choice)
{
    return QCoreApplication::translate("sockscope::ScenarioControls", choice.text);
}

QString ScenarioKey::rangeText() const
{
    QStringList parts;
    switch (type()) {
    case Type::Int:
    case Type::Int64:
    case Type::Double:
        parts << amount(minimum) + QStringLiteral(" – ") + amount(maximum);
        break;
    case Type::Bool:
        parts << QStringLiteral("true/false");
        break;
    case Type::StringList:
        parts << QStringLiteral("≤ %1 each").arg(amount(maximum));
        break;
    case Type::Choice:
    case Type::String:
        break;
    }
    switch (protocolRule.kind) {
    case ProtocolRule::Kind::None:
        break;
    case ProtocolRule::Kind::TcpOnly:
        parts << QStringLiteral("TCP only");
        break;
    case ProtocolRule::Kind::UdpOnly:
        parts << QStringLiteral("UDP only");
        break;
    case ProtocolRule::Kind::UdpMaximum:
        parts << QStringLiteral("UDP ≤ ") + amount(double(protocolRule.bound));
        break;
    }
    return parts.join(QStringLiteral("; "));
}

QString ScenarioKey::markdownTable()
{
    const Scenario defaults;
    QString table = QStringLiteral("| key | meaning | range | default |\n|---|---|---|---|\n");
    for (const ScenarioKey &key : all()) {
        const QString cells[]
            = { QLatin1Char('`') + key.key() + QLatin1Char('`'), QLatin1String(key.summary),
                key.rangeText(), QLatin1Char('`') + key.text(defaults) + QLatin1Char('`') };
        table += QLatin1Char('|');
        for (const QString &cell : cells)
            table += cell.isEmpty() ? QStringLiteral(" |")
                                    : QLatin1Char(' ') + markdownCell(cell) + QStringLiteral(" |");
        table += QLatin1Char('\n');
    }
    return table;
}

} // namespace sockscope
