#include "model/scenario.h"

#include "util/outputfile.h"

#include "model/framingspec.h"
#include "model/platformprofile.h"
#include "model/scenariokey.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace sockscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sockscope::Scenario", text, disambiguation, n);
}

// A run's bytes: count × the longest message.
constexpr qint64 kMaxRunBytes = qint64(1) << 30;

QString onOff(bool b)
{
    return b ? QCoreApplication::translate("sockscope::Scenario", "on")
             : QCoreApplication::translate("sockscope::Scenario", "off");
}

} // namespace

QStringList Scenario::keys()
{
    return ScenarioKey::names();
}

QString Scenario::setValue(const QString &key, const QJsonValue &value)
{
    if (const ScenarioKey *k = ScenarioKey::find(key))
        return k->read(value, *this);
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

qint64 Scenario::longestMessage() const
{
    // Computed, never built: a million templates are measured in milliseconds.
    return MessageBuilder(*this, std::max(clients - 1, 0)).longest(count); // the widest {c}
}

QString Scenario::validate() const
{
    // Every key's own range (set() checks it already; this catches a field written directly,
    // as the GUI or a test may), then the rules across keys.
    for (const ScenarioKey &key : ScenarioKey::all()) {
        if (QString e = key.checkRange(*this); !e.isEmpty())
            return e;
    }
    const qint64 longest = longestMessage();
    if (longest * count > kMaxRunBytes)
        return tr("count × size: %1 bytes in one run is more than the 1 GiB limit")
            .arg(longest * count);
    QString framingError;
    const auto spec = FramingSpec::parse(framing, &framingError);
    if (spec && (spec->kind == FramingSpec::Kind::Length) && spec->width < 8
        && longest > (qint64(1) << (8 * spec->width)) - 1)
        return tr("framing: a %1-byte length field cannot carry a %2-byte message")
            .arg(spec->width)
            .arg(longest);
    // What the protocol allows, per key. A message is as long as size says, or as its payload
    // when size is auto: size's UDP bound is on the longest message.
    Scenario measured = *this;
    measured.size = int(std::min<qint64>(longest, std::numeric_limits<int>::max()));
    for (const ScenarioKey &key : ScenarioKey::all()) {
        if (QString e = key.checkProtocol(measured); !e.isEmpty())
            return e;
    }
    return {};
}

QJsonObject Scenario::toJson() const
{
    QJsonObject o;
    for (const ScenarioKey &key : ScenarioKey::all())
        o[key.key()] = key.toJson(*this);
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
    constexpr qint64 kMaxFile = qint64(4) * 1024 * 1024;
    const QByteArray bytes = file.read(kMaxFile + 1);
    if (bytes.size() > kMaxFile) {
        *error = tr("%1: a scenario file is at most 4 MiB").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
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
    if (obj.value(QStringLiteral("format")) == QLatin1String("sockscope-trace")) {
        const QJsonValue scenario = obj.value(QStringLiteral("scenario"));
        if (!scenario.isObject()) {
            *error = tr("%1: the trace holds no \"scenario\" object to run again").arg(path);
            return std::nullopt;
        }
        obj = scenario.toObject();
    }
    auto s = fromJson(obj, error);
    if (!s)
        *error = path + QStringLiteral(": ") + *error;
    return s;
}

QString Scenario::saveFile(const QString &path) const
{
    const QString error
        = OutputFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return error.isEmpty() ? QString()
                           : tr("%1: cannot write the scenario file (%2)").arg(path, error);
}

QByteArray Scenario::message(int n) const
{
    return MessageBuilder(*this).message(n);
}

Scenario::MessageBuilder::MessageBuilder(const Scenario &scenario, int client)
    : m_size(scenario.size), m_step(scenario.sizeStep)
{
    // "{n}" is ASCII, so cutting the UTF-16 text there never splits a surrogate pair: the
    // pieces' UTF-8 joined with the numbers is byte for byte the replaced text's UTF-8.
    QStringList templates
        = scenario.payload.isEmpty() ? QStringList{ QString() } : scenario.payload;
    // {c} is the same in every message of a client: replaced once, before the split at {n}.
    for (QString &text : templates)
        text.replace(QLatin1String("{c}"), QString::number(client));
    for (const QString &text : std::as_const(templates)) {
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

qsizetype Scenario::MessageBuilder::sizeOf(int n, qsizetype base) const
{
    return std::max<qsizetype>(base + qsizetype(n) * m_step, 0);
}

qsizetype Scenario::MessageBuilder::longest(int count) const
{
    const int last = std::max(count - 1, 0);
    if (m_size >= 0)
        return std::max(sizeOf(0, m_size), sizeOf(last, m_size));
    // Every template with the widest number any message gets (the last one's): an upper bound
    // that is exact for the template the last message uses (a growing size_step added).
    char digits[16];
    const qsizetype number = printNumber(digits, last);
    qsizetype longest = 0;
    for (const QList<QByteArray> &pieces : m_pieces)
        longest = std::max(longest, textLength(pieces, number));
    return std::max(longest, sizeOf(last, longest));
}

qsizetype Scenario::MessageBuilder::length(int n) const
{
    if (m_size >= 0)
        return sizeOf(n, m_size);
    char digits[16];
    return sizeOf(n, textLength(m_pieces.at(n % m_pieces.size()), printNumber(digits, n)));
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
    // A fixed size, or the text's own length grown by size_step.
    const qsizetype size = sizeOf(n, m_size >= 0 ? m_size : length);
    if (length == size)
        return length;
    // A fixed size: the text repeated and cut, or dots when the text is empty.
    if (length == 0) {
        out.append(size, '.');
        return size;
    }
    if (length > size) {
        out.truncate(start + size);
        return size;
    }
    // Doubling: each copy repeats everything so far (a whole number of texts), so a 1-byte text
    // filling 64 KiB is 16 copies, not 65536 appends (that was most of building a bulk run).
    out.resize(start + size);
    char *const text = out.data() + start;
    for (qsizetype filled = length; filled < size; filled *= 2)
        std::memcpy(text + filled, text, size_t(std::min(filled, size - filled)));
    return size;
}

QByteArray Scenario::MessageBuilder::message(int n) const
{
    QByteArray out;
    out.reserve(length(n));
    append(out, n);
    return out;
}

QString Scenario::describe(const QStringList &perRun) const
{
    const char *protocols[] = { "TCP", "UDP", "TCP + UDP" };
    const QString varies = tr("per run");
    auto buffer = [&](const char *key, const char *name, int value) {
        return QLatin1String(name) + QLatin1Char(' ')
            + (perRun.contains(QLatin1String(key)) ? varies
                   : value                         ? QString::number(value)
                                                   : tr("default"));
    };
    QStringList parts_;
    parts_ << QLatin1String(protocols[int(protocol)]) << tr("%n message(s)", nullptr, count)
           << sizes() << (intervalMs > 0 ? tr("every %1 ms").arg(intervalMs) : tr("back to back"));
    if (hasTcp())
        parts_ << QStringLiteral("TCP_NODELAY %1")
                      .arg(perRun.contains(QLatin1String("nodelay")) ? varies : onOff(nodelay));
    if (perRun.contains(QLatin1String("connect")))
        parts_ << tr("connect() %1").arg(varies);
    else if (connected)
        parts_ << tr("connected (connect())");
    if (receiver == Receiver::None)
        parts_ << tr("no receiver (closed port)");
    parts_ << buffer("sndbuf", "SO_SNDBUF", sndbuf) << buffer("rcvbuf", "SO_RCVBUF", rcvbuf)
           << QStringLiteral("recv(%1)").arg(recvSize)
           << (perRun.contains(QLatin1String("read_interval_ms")) ? tr("read interval per run")
                   : readIntervalMs ? tr("read every %1 ms").arg(readIntervalMs)
                                    : tr("read when ready"));
    if (readDelayMs)
        parts_ << tr("reader starts after %1 ms").arg(readDelayMs);
    // A key the runs set differently reads "per run" (each run's header has its value).
    const auto option = [&](const char *key, const QString &name, bool on, const QString &text) {
        if (perRun.contains(QLatin1String(key)))
            parts_ << name + QLatin1Char(' ') + varies;
        else if (on)
            parts_ << text;
    };
    option("peek", QStringLiteral("MSG_PEEK"), peek, tr("MSG_PEEK first"));
    option("nonblocking", QStringLiteral("O_NONBLOCK"), nonblocking, tr("non-blocking send"));
    option("cork", QStringLiteral("TCP_CORK"), cork, QStringLiteral("TCP_CORK"));
    option("rcvlowat", QStringLiteral("SO_RCVLOWAT"), rcvlowat > 0,
           QStringLiteral("SO_RCVLOWAT %1").arg(rcvlowat));
    option("quickack", QStringLiteral("TCP_QUICKACK"), quickack, QStringLiteral("TCP_QUICKACK"));
    if (clients > 1)
        parts_ << tr("%1 clients").arg(clients);
    if (parts > 1)
        parts_ << tr("%1 send() calls per message").arg(parts);
    if (replySize > 0)
        parts_ << tr("reply %1 B (%2)")
                      .arg(replySize)
                      .arg(replyRead == ReplyRead::Full ? tr("read fully") : tr("one recv"));
    if (perRun.contains(QLatin1String("framing")))
        parts_ << tr("framing %1").arg(varies);
    else if (framing != QLatin1String("none"))
        parts_ << tr("framing %1").arg(framing);
    return parts_.join(QStringLiteral(" · "));
}

QString Scenario::sizes() const
{
    if (sizeStep == 0)
        return size < 0 ? tr("size auto") : tr("%1 B each").arg(size);
    if (size < 0)
        return sizeStep > 0 ? tr("size auto, then %1 B more each").arg(sizeStep)
                            : tr("size auto, then %1 B less each").arg(-qint64(sizeStep));
    return sizeStep > 0 ? tr("%1 B, then %2 B more each").arg(size).arg(sizeStep)
                        : tr("%1 B, then %2 B less each").arg(size).arg(-qint64(sizeStep));
}

QString Scenario::describeSender() const
{
    const char *protocols[] = { "TCP", "UDP", "TCP + UDP" };
    QStringList parts_;
    parts_ << QLatin1String(protocols[int(protocol)]) << tr("%n message(s)", nullptr, count)
           << sizes() << (intervalMs > 0 ? tr("every %1 ms").arg(intervalMs) : tr("back to back"));
    if (hasTcp())
        parts_ << QStringLiteral("TCP_NODELAY %1").arg(onOff(nodelay));
    if (connected)
        parts_ << tr("connected (connect())");
    parts_ << QStringLiteral("SO_SNDBUF %1").arg(sndbuf ? QString::number(sndbuf) : tr("default"));
    if (nonblocking)
        parts_ << tr("non-blocking send");
    if (parts > 1)
        parts_ << tr("%1 send() calls per message").arg(parts);
    if (framing != QLatin1String("none"))
        parts_ << tr("framing %1").arg(framing);
    return parts_.join(QStringLiteral(" · "));
}

QString Scenario::describeNetwork() const
{
    QStringList parts_;
    // MSS and delayed ACKs are TCP's: a UDP scenario's network has neither.
    // The system whose sockets the model imitates comes first: predicted vs observed says
    // whose prediction it is.
    parts_ << tr("%1 model").arg(QLatin1String(PlatformProfile::of(platform).name));
    parts_ << tr("simulated network: RTT %1 ms").arg(rttMs)
           << (bandwidthKbps ? tr("%1 kbit/s").arg(bandwidthKbps) : tr("unlimited bandwidth"));
    if (hasTcp())
        parts_ << QStringLiteral("MSS %1").arg(mss);
    if (loss > 0)
        parts_ << tr("loss %1%").arg(loss * 100);
    if (reorder > 0)
        parts_ << tr("reorder %1%").arg(reorder * 100);
    if (duplicate > 0)
        parts_ << tr("duplicate %1%").arg(duplicate * 100);
    if (hasTcp()) {
        const int delayedAck = PlatformProfile::effectiveDelayedAckMs(*this);
        parts_ << (delayedAck ? tr("delayed ACK %1 ms").arg(delayedAck) : tr("no delayed ACK"));
    }
    parts_ << tr("seed %1").arg(seed);
    return parts_.join(QStringLiteral(" · "));
}

} // namespace sockscope
