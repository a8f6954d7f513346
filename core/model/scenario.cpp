#include "model/scenario.h"

#include "model/framingspec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace sockscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sockscope::Scenario", text, disambiguation, n);
}

constexpr int kMaxCount = 1'000'000;
constexpr int kMaxBytes = 16 * 1024 * 1024;
constexpr int kMaxMs = 60'000;
constexpr int kMaxBuffer = 64 * 1024 * 1024;
constexpr qint64 kMaxRunBytes = qint64(1) << 30;
// IPv4 UDP payload limit (65535 - 20 IP - 8 UDP) minus our 4-byte sequence header.
constexpr int kUdpHeader = 4;
constexpr int kMaxUdpMessage = 65507 - kUdpHeader;
// Simulated network limits: a minute of RTT, 10 Gbit/s, Linux's TCP_MAXSEG bounds (88 B up to
// the loopback MTU's 65495 B), delayed ACK up to Linux's TCP_DELACK_MAX of 200 ms (Windows' value
// too), and seeds that survive a JSON number (2^53).
constexpr int kMaxBandwidthKbps = 10'000'000;
constexpr int kMinMss = 88;
constexpr int kMaxMss = 65495;
constexpr int kMaxDelayedAckMs = 200;
constexpr qint64 kMaxSeed = (qint64(1) << 53) - 1;

QString onOff(bool b)
{
    return b ? QStringLiteral("on") : QStringLiteral("off");
}

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

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

QStringList Scenario::keys()
{
    return { QStringLiteral("protocol"),
             QStringLiteral("count"),
             QStringLiteral("size"),
             QStringLiteral("interval_ms"),
             QStringLiteral("payload"),
             QStringLiteral("nodelay"),
             QStringLiteral("sndbuf"),
             QStringLiteral("rcvbuf"),
             QStringLiteral("recv_size"),
             QStringLiteral("read_interval_ms"),
             QStringLiteral("read_delay_ms"),
             QStringLiteral("nonblocking"),
             QStringLiteral("framing"),
             QStringLiteral("parts"),
             QStringLiteral("reply_size"),
             QStringLiteral("reply_read"),
             QStringLiteral("evidence"),
             QStringLiteral("rtt_ms"),
             QStringLiteral("bandwidth_kbps"),
             QStringLiteral("mss"),
             QStringLiteral("loss"),
             QStringLiteral("reorder"),
             QStringLiteral("duplicate"),
             QStringLiteral("delayed_ack_ms"),
             QStringLiteral("seed") };
}

QString Scenario::setValue(const QString &key, const QJsonValue &value)
{
    auto integer = [&](int *field, qint64 lo, qint64 hi) -> QString {
        const auto i = parseInt(value);
        if (!i)
            return tr("%1: expected a whole number, got \"%2\"").arg(key, jsonText(value));
        if (*i < lo || *i > hi)
            return tr("%1: %2 is out of range (%3 to %4)").arg(key).arg(*i).arg(lo).arg(hi);
        *field = int(*i);
        return {};
    };
    auto probability = [&](double *field) -> QString {
        const auto d = parseDouble(value);
        if (!d)
            return tr("%1: expected a probability from 0 to 1, got \"%2\"")
                .arg(key, jsonText(value));
        if (!(*d >= 0 && *d <= 1))
            return tr("%1: %2 is out of range (0 to 1)").arg(key).arg(*d);
        *field = *d;
        return {};
    };
    auto boolean = [&](bool *field) -> QString {
        const auto b = parseBool(value);
        if (!b)
            return tr("%1: expected true or false, got \"%2\"").arg(key, jsonText(value));
        *field = *b;
        return {};
    };

    if (key == QLatin1String("protocol")) {
        const QString p = value.toString();
        if (p == QLatin1String("tcp"))
            protocol = Protocols::Tcp;
        else if (p == QLatin1String("udp"))
            protocol = Protocols::Udp;
        else if (p == QLatin1String("both"))
            protocol = Protocols::Both;
        else
            return tr("protocol: expected tcp, udp or both, got \"%1\"").arg(jsonText(value));
        return {};
    }
    if (key == QLatin1String("count"))
        return integer(&count, 1, kMaxCount);
    if (key == QLatin1String("size")) {
        if (value.toString() == QLatin1String("auto")) {
            size = -1;
            return {};
        }
        if (!parseInt(value))
            return tr("size: expected a number of bytes or \"auto\", got \"%1\"")
                .arg(jsonText(value));
        return integer(&size, 0, kMaxBytes);
    }
    if (key == QLatin1String("interval_ms"))
        return integer(&intervalMs, 0, kMaxMs);
    if (key == QLatin1String("payload")) {
        QJsonValue v = value;
        // A payload list on the command line is written as a JSON array: payload=["hello","world"]
        if (v.isString() && v.toString().startsWith(QLatin1Char('['))) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &err);
            if (!doc.isArray())
                return tr(
                    "payload: a list must be a JSON array of strings, e.g. [\"hello\",\"world\"]");
            v = doc.array();
        }
        QStringList list;
        if (v.isString()) {
            list << v.toString();
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray()) {
                if (!item.isString())
                    return tr("payload: every item of the list must be a string");
                list << item.toString();
            }
        } else {
            return tr("payload: expected a string or a list of strings");
        }
        if (list.isEmpty())
            return tr(
                "payload: the list is empty; give at least one string (\"\" for an empty message)");
        for (const QString &p : std::as_const(list)) {
            if (p.toUtf8().size() > kMaxBytes)
                return tr("payload: a template longer than 16 MiB");
        }
        payload = list;
        return {};
    }
    if (key == QLatin1String("nodelay"))
        return boolean(&nodelay);
    if (key == QLatin1String("sndbuf"))
        return integer(&sndbuf, 0, kMaxBuffer);
    if (key == QLatin1String("rcvbuf"))
        return integer(&rcvbuf, 0, kMaxBuffer);
    if (key == QLatin1String("recv_size"))
        return integer(&recvSize, 1, kMaxBytes);
    if (key == QLatin1String("read_interval_ms"))
        return integer(&readIntervalMs, 0, kMaxMs);
    if (key == QLatin1String("read_delay_ms"))
        return integer(&readDelayMs, 0, kMaxMs);
    if (key == QLatin1String("nonblocking"))
        return boolean(&nonblocking);
    if (key == QLatin1String("framing")) {
        QString error;
        const auto spec = FramingSpec::parse(value.toString(), &error);
        if (!spec || !value.isString())
            return spec ? tr("framing: expected a string such as length:4:be") : error;
        framing = spec->toString();
        return {};
    }
    if (key == QLatin1String("parts"))
        return integer(&parts, 1, 64);
    if (key == QLatin1String("reply_size"))
        return integer(&replySize, 0, kMaxBytes);
    if (key == QLatin1String("reply_read")) {
        const QString r = value.toString();
        if (r == QLatin1String("full"))
            replyRead = ReplyRead::Full;
        else if (r == QLatin1String("once"))
            replyRead = ReplyRead::Once;
        else
            return tr("reply_read: expected full or once, got \"%1\"").arg(jsonText(value));
        return {};
    }
    if (key == QLatin1String("evidence"))
        return boolean(&evidence);
    if (key == QLatin1String("rtt_ms"))
        return integer(&rttMs, 0, kMaxMs);
    if (key == QLatin1String("bandwidth_kbps"))
        return integer(&bandwidthKbps, 0, kMaxBandwidthKbps);
    if (key == QLatin1String("mss"))
        return integer(&mss, kMinMss, kMaxMss);
    if (key == QLatin1String("loss"))
        return probability(&loss);
    if (key == QLatin1String("reorder"))
        return probability(&reorder);
    if (key == QLatin1String("duplicate"))
        return probability(&duplicate);
    if (key == QLatin1String("delayed_ack_ms"))
        return integer(&delayedAckMs, 0, kMaxDelayedAckMs);
    if (key == QLatin1String("seed")) {
        const auto i = parseInt(value);
        if (!i)
            return tr("seed: expected a whole number, got \"%1\"").arg(jsonText(value));
        if (*i < 0 || *i > kMaxSeed)
            return tr("seed: %1 is out of range (0 to %2)").arg(*i).arg(kMaxSeed);
        seed = *i;
        return {};
    }
    return tr("unknown scenario key \"%1\" (known: %2)")
        .arg(key, keys().join(QStringLiteral(", ")));
}

QString Scenario::set(const QString &key, const QString &value)
{
    // All or nothing: a value that makes the scenario invalid is not kept.
    Scenario changed = *this;
    QString error = changed.setValue(key.trimmed(), QJsonValue(value));
    if (error.isEmpty())
        error = changed.validate();
    if (error.isEmpty())
        *this = changed;
    return error;
}

QString Scenario::validate() const
{
    qint64 longest = 0;
    for (int n : { 0, count - 1 }) {
        for (int i = 0; i < payload.size(); ++i) {
            Scenario probe = *this;
            probe.payload = QStringList{ payload[i] };
            longest = std::max<qint64>(longest, probe.message(n).size());
        }
    }
    if (longest * count > kMaxRunBytes)
        return tr("count × size: %1 bytes in one run is more than the 1 GiB limit")
            .arg(longest * count);
    if (hasUdp() && longest > kMaxUdpMessage)
        return tr("size: a UDP message of %1 bytes does not fit in one datagram (at most %2 bytes "
                  "plus SockScope's 4-byte sequence header)")
            .arg(longest)
            .arg(kMaxUdpMessage);
    if (hasUdp() && recvSize < kUdpHeader)
        return tr("recv_size: UDP needs at least 4 bytes to read SockScope's sequence header");
    QString framingError;
    const auto spec = FramingSpec::parse(framing, &framingError);
    if (!spec)
        return framingError;
    if ((spec->kind == FramingSpec::Kind::Length) && spec->width < 8
        && longest > (qint64(1) << (8 * spec->width)) - 1)
        return tr("framing: a %1-byte length field cannot carry a %2-byte message")
            .arg(spec->width)
            .arg(longest);
    if (hasUdp() && framing != QLatin1String("none"))
        return tr("framing: applies to TCP byte streams only (UDP keeps message boundaries); set "
                  "protocol=tcp");
    if (replySize > 0 && protocol != Protocols::Tcp)
        return tr("reply_size: request/response runs need protocol=tcp");
    return validateNetwork();
}

QString Scenario::validateNetwork() const
{
    // set() checks these already; this catches a GUI or a test that writes the fields directly.
    const auto range = [](const char *key, qint64 v, qint64 lo, qint64 hi) -> QString {
        if (v >= lo && v <= hi)
            return {};
        return tr("%1: %2 is out of range (%3 to %4)")
            .arg(QLatin1String(key))
            .arg(v)
            .arg(lo)
            .arg(hi);
    };
    for (const QString &e : { range("rtt_ms", rttMs, 0, kMaxMs),
                              range("bandwidth_kbps", bandwidthKbps, 0, kMaxBandwidthKbps),
                              range("mss", mss, kMinMss, kMaxMss),
                              range("delayed_ack_ms", delayedAckMs, 0, kMaxDelayedAckMs),
                              range("seed", seed, 0, kMaxSeed) }) {
        if (!e.isEmpty())
            return e;
    }
    const std::pair<const char *, double> probabilities[]
        = { { "loss", loss }, { "reorder", reorder }, { "duplicate", duplicate } };
    for (const auto &[key, p] : probabilities) {
        if (!(p >= 0 && p <= 1))
            return tr("%1: %2 is out of range (0 to 1)").arg(QLatin1String(key)).arg(p);
    }
    return {};
}

QJsonObject Scenario::toJson() const
{
    const char *protocols[] = { "tcp", "udp", "both" };
    QJsonObject o;
    o[QStringLiteral("protocol")] = QLatin1String(protocols[int(protocol)]);
    o[QStringLiteral("count")] = count;
    o[QStringLiteral("size")] = size < 0 ? QJsonValue(QStringLiteral("auto")) : QJsonValue(size);
    o[QStringLiteral("interval_ms")] = intervalMs;
    // A lone template starting with '[' is saved as a list: as a string it would load back as a
    // JSON list and fail (found by fuzzing --set).
    const bool plain = payload.size() == 1 && !payload.first().startsWith(QLatin1Char('['));
    o[QStringLiteral("payload")]
        = plain ? QJsonValue(payload.first()) : QJsonValue(QJsonArray::fromStringList(payload));
    o[QStringLiteral("nodelay")] = nodelay;
    o[QStringLiteral("sndbuf")] = sndbuf;
    o[QStringLiteral("rcvbuf")] = rcvbuf;
    o[QStringLiteral("recv_size")] = recvSize;
    o[QStringLiteral("read_interval_ms")] = readIntervalMs;
    o[QStringLiteral("read_delay_ms")] = readDelayMs;
    o[QStringLiteral("nonblocking")] = nonblocking;
    o[QStringLiteral("framing")] = framing;
    o[QStringLiteral("parts")] = parts;
    o[QStringLiteral("reply_size")] = replySize;
    o[QStringLiteral("reply_read")]
        = replyRead == ReplyRead::Full ? QStringLiteral("full") : QStringLiteral("once");
    o[QStringLiteral("evidence")] = evidence;
    o[QStringLiteral("rtt_ms")] = rttMs;
    o[QStringLiteral("bandwidth_kbps")] = bandwidthKbps;
    o[QStringLiteral("mss")] = mss;
    o[QStringLiteral("loss")] = loss;
    o[QStringLiteral("reorder")] = reorder;
    o[QStringLiteral("duplicate")] = duplicate;
    o[QStringLiteral("delayed_ack_ms")] = delayedAckMs;
    o[QStringLiteral("seed")] = seed;
    return o;
}

std::optional<Scenario> Scenario::fromJson(const QJsonObject &json, QString *error)
{
    Scenario s;
    for (auto it = json.begin(); it != json.end(); ++it) {
        // Numbers and booleans must come as JSON numbers and booleans in files; strings are
        // accepted too so that a file and --set agree on what "true" or "64" mean.
        QString e = s.setValue(it.key(), it.value());
        if (!e.isEmpty()) {
            *error = e;
            return std::nullopt;
        }
    }
    if (QString e = s.validate(); !e.isEmpty()) {
        *error = e;
        return std::nullopt;
    }
    return s;
}

std::optional<Scenario> Scenario::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the scenario file (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not valid JSON at byte %2 (%3)")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("%1: a scenario file holds one JSON object").arg(path);
        return std::nullopt;
    }
    QJsonObject obj = doc.object();
    // A saved trace also holds its scenario: accept it, so a trace can be re-run.
    if (obj.value(QStringLiteral("format")) == QLatin1String("sockscope-trace"))
        obj = obj.value(QStringLiteral("scenario")).toObject();
    auto s = fromJson(obj, error);
    if (!s)
        *error = path + QStringLiteral(": ") + *error;
    return s;
}

QString Scenario::saveFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("%1: cannot write the scenario file (%2)").arg(path, file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return file.error() == QFileDevice::NoError ? QString() : file.errorString();
}

QByteArray Scenario::message(int n) const
{
    return MessageBuilder(*this).message(n);
}

Scenario::MessageBuilder::MessageBuilder(const Scenario &scenario) : m_size(scenario.size)
{
    // "{n}" is ASCII, so cutting the UTF-16 text there never splits a surrogate pair: the
    // pieces' UTF-8 joined with the numbers is byte for byte the replaced text's UTF-8.
    const QStringList templates
        = scenario.payload.isEmpty() ? QStringList{ QString() } : scenario.payload;
    for (const QString &text : templates) {
        QList<QByteArray> pieces;
        for (const QStringView piece : QStringView(text).split(u"{n}"))
            pieces.append(piece.toUtf8());
        m_pieces.append(pieces);
    }
}

namespace {

qsizetype printNumber(char (&digits)[16], int n)
{
    return std::to_chars(digits, digits + sizeof digits, n).ptr - digits;
}

// The text's length: the pieces joined by the number.
qsizetype textLength(const QList<QByteArray> &pieces, qsizetype number)
{
    qsizetype length = number * (pieces.size() - 1);
    for (const QByteArray &piece : pieces)
        length += piece.size();
    return length;
}

} // namespace

qsizetype Scenario::MessageBuilder::length(int n) const
{
    if (m_size >= 0)
        return m_size;
    char digits[16];
    return textLength(m_pieces.at(n % m_pieces.size()), printNumber(digits, n));
}

qsizetype Scenario::MessageBuilder::append(QByteArray &out, int n) const
{
    const qsizetype start = out.size();
    const QList<QByteArray> &pieces = m_pieces.at(n % m_pieces.size());
    char digits[16];
    const qsizetype number = printNumber(digits, n);
    const qsizetype length = textLength(pieces, number);
    // One resize, then plain copies: a QByteArray::append per piece cost more than the bytes.
    out.resize(start + length);
    char *at = std::copy(pieces.first().cbegin(), pieces.first().cend(), out.data() + start);
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        at = std::copy_n(digits, number, at);
        at = std::copy(pieces.at(i).cbegin(), pieces.at(i).cend(), at);
    }
    if (m_size < 0 || length == m_size)
        return length;
    // A fixed size: the text repeated and cut, or dots when the text is empty.
    if (length == 0) {
        out.append(m_size, '.');
        return m_size;
    }
    if (length > m_size) {
        out.truncate(start + m_size);
        return m_size;
    }
    // Doubling: each copy repeats everything so far (a whole number of texts), so a 1-byte text
    // filling 64 KiB is 16 copies, not 65536 appends (that was most of building a bulk run).
    out.resize(start + m_size);
    char *const text = out.data() + start;
    for (qsizetype filled = length; filled < m_size; filled *= 2)
        std::memcpy(text + filled, text, size_t(std::min(filled, m_size - filled)));
    return m_size;
}

QByteArray Scenario::MessageBuilder::message(int n) const
{
    QByteArray out;
    out.reserve(length(n));
    append(out, n);
    return out;
}

QString Scenario::describe() const
{
    const char *protocols[] = { "TCP", "UDP", "TCP + UDP" };
    QStringList parts_;
    parts_ << QLatin1String(protocols[int(protocol)]) << tr("%n message(s)", nullptr, count)
           << (size < 0 ? tr("size auto") : tr("%1 B each").arg(size))
           << tr("every %1 ms").arg(intervalMs)
           << QStringLiteral("TCP_NODELAY %1").arg(onOff(nodelay))
           << QStringLiteral("SO_SNDBUF %1").arg(sndbuf ? QString::number(sndbuf) : tr("default"))
           << QStringLiteral("SO_RCVBUF %1").arg(rcvbuf ? QString::number(rcvbuf) : tr("default"))
           << QStringLiteral("recv(%1)").arg(recvSize)
           << (readIntervalMs ? tr("read every %1 ms").arg(readIntervalMs) : tr("read when ready"));
    if (readDelayMs)
        parts_ << tr("reader starts after %1 ms").arg(readDelayMs);
    if (nonblocking)
        parts_ << tr("non-blocking send");
    if (parts > 1)
        parts_ << tr("%1 send() calls per message").arg(parts);
    if (replySize > 0)
        parts_ << tr("reply %1 B (%2)")
                      .arg(replySize)
                      .arg(replyRead == ReplyRead::Full ? tr("read fully") : tr("one recv"));
    if (framing != QLatin1String("none"))
        parts_ << tr("framing %1").arg(framing);
    return parts_.join(QStringLiteral(" · "));
}

QString Scenario::describeNetwork() const
{
    QStringList parts_;
    parts_ << tr("simulated network: RTT %1 ms").arg(rttMs)
           << (bandwidthKbps ? tr("%1 kbit/s").arg(bandwidthKbps) : tr("unlimited bandwidth"))
           << QStringLiteral("MSS %1").arg(mss);
    if (loss > 0)
        parts_ << tr("loss %1%").arg(loss * 100);
    if (reorder > 0)
        parts_ << tr("reorder %1%").arg(reorder * 100);
    if (duplicate > 0)
        parts_ << tr("duplicate %1%").arg(duplicate * 100);
    parts_ << (delayedAckMs ? tr("delayed ACK %1 ms").arg(delayedAckMs) : tr("no delayed ACK"))
           << tr("seed %1").arg(seed);
    return parts_.join(QStringLiteral(" · "));
}

} // namespace sockscope
