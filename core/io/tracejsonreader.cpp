#include "io/tracejsonreader.h"

#include "io/tracevalidator.h"
#include "model/errnoname.h"
#include "model/wireformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace sockscope {

namespace {

// What list<T>() reads into: a run's calls are kept in EventLists, the rest in QLists.
template<typename T> struct ListOf
{
    using type = QList<T>;
};
template<> struct ListOf<SendEvent>
{
    using type = SendList;
};
template<> struct ListOf<RecvEvent>
{
    using type = RecvList;
};

// The range a whole number must be in (TraceValidator's limits): checked as it is read, so that
// an id fits the model's int and no time or size makes a sum overflow downstream.
struct Bounds
{
    qint64 min;
    qint64 max;
};
constexpr Bounds kTime{ 0, TraceValidator::kMaxNs }; // times, stream offsets, lengths, totals
constexpr Bounds kCallBytes{ 0, TraceValidator::kMaxCallBytes };
constexpr Bounds kId{ 0, TraceValidator::kMaxId }; // ids, message numbers, counts
constexpr Bounds kSegmentBytes{ 0, TraceValidator::kMaxSegmentBytes };

// Walks a JSON tree remembering where it is, so that the first bad field can be named.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    // "runs[0].sends[3]" and "t_ns": "runs[0].sends[3].t_ns"; a top-level key is its own path.
    static QString field(const QString &path, const char *key)
    {
        return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

    void fail(const QString &path, const char *what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ")
                + QCoreApplication::translate("sockscope::TraceJsonReader", what);
    }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + what;
    }

    // A whole number within bounds; when it is absent and not required, fallback.
    qint64 integer(const QJsonObject &o, const QString &path, const char *key, Bounds bounds,
                   bool required = true, qint64 fallback = 0)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return fallback;
        return number(
            v, [&] { return field(path, key); }, bounds, fallback);
    }

    // at() names the value: called only when it is wrong (this runs for every number read).
    template<typename At>
    qint64 number(const QJsonValue &v, At at, Bounds bounds, qint64 fallback = 0)
    {
        if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
            fail(at(), QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a whole number"));
            return fallback;
        }
        const qint64 n = v.toInteger();
        if (n < bounds.min || n > bounds.max) {
            fail(at(),
                 QCoreApplication::translate("sockscope::TraceJsonReader",
                                             "%1 is out of range: expected a whole number from "
                                             "%2 to %3")
                     .arg(n)
                     .arg(bounds.min)
                     .arg(bounds.max));
            return fallback;
        }
        return n;
    }

    // An id, a message number or a count: fits an int.
    int id(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        return int(integer(o, path, key, kId, required));
    }

    // null (or absent) when the platform could not measure it.
    std::optional<qint64> optionalInteger(const QJsonObject &o, const QString &path,
                                          const char *key, Bounds bounds)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return integer(o, path, key, bounds);
    }

    // An observe trace's session settings; every field is required once the object is there.
    ObservationSettings observe(const QJsonObject &o, const QString &path)
    {
        ObservationSettings s;
        const QString protocol = string(o, path, "protocol");
        if (ok() && protocol != QLatin1String("tcp") && protocol != QLatin1String("udp"))
            fail(path + QStringLiteral(".protocol"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected tcp or udp"));
        s.protocol = protocol == QLatin1String("udp") ? Protocol::Udp : Protocol::Tcp;
        s.address = string(o, path, "address");
        s.port = quint16(integer(o, path, "port", { 0, 65535 }));
        s.recvSize = int(integer(o, path, "recv_size", { 1, kId.max }));
        s.readIntervalMs = id(o, path, "read_interval_ms");
        s.framing = string(o, path, "framing");
        s.maxFrame = integer(o, path, "max_frame", { 0, std::numeric_limits<qint64>::max() });
        s.maxClients = id(o, path, "max_clients");
        s.relay = string(o, path, "relay", true);
        if (const auto duration = optionalInteger(o, path, "duration_ms", kTime))
            s.durationMs = *duration;
        s.evidence = boolean(o, path, "evidence");
        return s;
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return false;
        if (!v.isBool())
            fail(field(path, key),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected true or false"));
        return v.toBool();
    }

    QString string(const QJsonObject &o, const QString &path, const char *key,
                   bool nullable = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (nullable && (v.isNull() || v.isUndefined()))
            return {};
        if (!v.isString())
            fail(field(path, key),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a string"));
        return v.toString();
    }

    QByteArray preview(const QJsonObject &o, const QString &path)
    {
        const auto bytes = WireFormat::previewBytes(string(o, path, "preview"));
        if (!bytes)
            fail(path + QStringLiteral(".preview"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                   "not a preview (printable ASCII and \\xNN escapes)"));
        else if (bytes->size() > kPreviewBytes)
            fail(path + QStringLiteral(".preview"),
                 QCoreApplication::translate("sockscope::TraceJsonReader",
                                             "%1 bytes: a preview holds at most the first %2")
                     .arg(bytes->size())
                     .arg(kPreviewBytes));
        return bytes.value_or(QByteArray());
    }

    int errorCode(const QJsonObject &o, const QString &path)
    {
        const QString name = string(o, path, "error", true);
        // An errno this build does not know by name (a foreign name): keep the call failed.
        return name.isEmpty() ? 0 : ErrnoName::parse(name).value_or(-1);
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key,
                     bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            fail(field(path, key),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a list"));
        return v.toArray();
    }

    // One claim of the lesson's self-check, as it was judged when the file was written.
    Expectation expectation(const QJsonObject &o, const QString &path)
    {
        Expectation e;
        e.lesson = string(o, path, "lesson");
        e.run = id(o, path, "run");
        e.claim.source = string(o, path, "claim");
        const QJsonValue holds = o.value(QStringLiteral("holds"));
        if (holds.isBool())
            e.holds = holds.toBool();
        else if (!holds.isNull())
            fail(path + QStringLiteral(".holds"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected true, false or null"));
        e.measured.source = string(o, path, "measured");
        e.reason.source = string(o, path, "reason", true);
        return e;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected an object"));
        return v.toObject();
    }

    QList<int> ids(const QJsonObject &o, const QString &path, const char *key)
    {
        QList<int> out;
        const QJsonArray a = array(o, path, key);
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size() && ok(); ++i)
            out.append(int(number(
                a[i], [&] { return QStringLiteral("%1[%2]").arg(field(path, key)).arg(i); }, kId)));
        return out;
    }

    EffectiveOptions options(const QJsonObject &o, const QString &path)
    {
        EffectiveOptions e;
        e.sndbuf = optionalInteger(o, path, "sndbuf", kCallBytes);
        e.rcvbuf = optionalInteger(o, path, "rcvbuf", kCallBytes);
        const QJsonValue nodelay = o.value(QStringLiteral("nodelay"));
        if (nodelay.isBool())
            e.nodelay = nodelay.toBool();
        else if (!nodelay.isNull() && !nodelay.isUndefined())
            fail(path + QStringLiteral(".nodelay"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected true, false or null"));
        return e;
    }

    SendEvent send(const QJsonObject &o, const QString &path)
    {
        SendEvent s;
        s.id = id(o, path, "id");
        s.message = id(o, path, "message");
        s.tNs = integer(o, path, "t_ns", kTime);
        s.durNs = integer(o, path, "dur_ns", kTime, false);
        s.requested = integer(o, path, "requested", kCallBytes);
        s.accepted = integer(o, path, "accepted", kCallBytes);
        s.offset = integer(o, path, "offset", kTime);
        s.unsentAfter = optionalInteger(o, path, "unsent_after", kCallBytes);
        s.error = errorCode(o, path);
        s.preview = preview(o, path);
        return s;
    }

    RecvEvent recv(const QJsonObject &o, const QString &path, const QStringList &peers)
    {
        RecvEvent r;
        r.id = id(o, path, "id");
        r.tNs = integer(o, path, "t_ns", kTime);
        r.durNs = integer(o, path, "dur_ns", kTime, false);
        r.requested = integer(o, path, "requested", kCallBytes);
        r.bytes = integer(o, path, "bytes", kCallBytes);
        r.offset = integer(o, path, "offset", kTime);
        r.queuedBefore = optionalInteger(o, path, "queued_before", kCallBytes);
        r.datagramSize = optionalInteger(o, path, "datagram_size", kCallBytes);
        r.truncated = boolean(o, path, "truncated");
        // Not checked against the run's messages: the kernel's drop counter counts datagrams of any
        // sender, so a seq past the last message is possible, and the analysis treats it as none.
        r.seq = int(optionalInteger(o, path, "seq", kId).value_or(-1));
        if (o.contains(QStringLiteral("peer"))) {
            const QString peer = string(o, path, "peer");
            r.peer = int(peers.indexOf(peer));
            if (ok() && r.peer < 0)
                fail(path + QStringLiteral(".peer"),
                     QCoreApplication::translate("sockscope::TraceJsonReader",
                                                 "\"%1\" is not one of the run's peers")
                         .arg(peer));
        }
        r.error = errorCode(o, path);
        r.preview = preview(o, path);
        return r;
    }

    Frame frame(const QJsonObject &o, const QString &path)
    {
        Frame f;
        f.id = id(o, path, "id");
        f.offset = integer(o, path, "offset", kTime);
        f.length = integer(o, path, "length", kTime);
        f.complete = boolean(o, path, "complete");
        f.recvs = ids(o, path, "recvs");
        f.fields = o.value(QStringLiteral("fields")).toObject().toVariantMap();
        f.error = string(o, path, "error", true);
        f.preview = preview(o, path);
        return f;
    }

    MessageFate message(const QJsonObject &o, const QString &path, int index)
    {
        MessageFate m;
        m.message = index;
        m.firstSend = int(optionalInteger(o, path, "send", kId).value_or(-1));
        const QString fate = string(o, path, "fate");
        const QList<Fate> fates{ Fate::Intact,    Fate::Merged, Fate::Split,
                                 Fate::Truncated, Fate::Lost,   Fate::Empty };
        auto it
            = std::find_if(fates.begin(), fates.end(), [&](Fate f) { return fateName(f) == fate; });
        if (it == fates.end())
            fail(path + QStringLiteral(".fate"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                   "expected intact, merged, split, truncated, lost or empty"));
        else
            m.fate = *it;
        m.recvs = ids(o, path, "recvs");
        m.offset = integer(o, path, "offset", kTime, false);
        m.length = integer(o, path, "length", kTime, false);
        m.preview = preview(o, path);
        return m;
    }

    Segment segment(const QJsonObject &o, const QString &path)
    {
        Segment s;
        s.tNs = integer(o, path, "t_ns", kTime);
        s.arriveNs = optionalInteger(o, path, "arrive_ns", kTime).value_or(-1);
        const QString dir = string(o, path, "dir");
        if (dir != QLatin1String("data") && dir != QLatin1String("ack"))
            fail(path + QStringLiteral(".dir"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected data or ack"));
        s.ack = dir == QLatin1String("ack");
        s.offset = integer(o, path, "offset", kTime);
        s.bytes = integer(o, path, "bytes", kSegmentBytes);
        // The writer puts null where a segment has no window (data) or no message (TCP).
        s.window = optionalInteger(o, path, "window", kCallBytes).value_or(-1);
        s.message = int(optionalInteger(o, path, "message", kId).value_or(-1));
        s.lost = boolean(o, path, "lost");
        s.dropped = boolean(o, path, "dropped", false);
        s.retransmit = boolean(o, path, "retransmit", false);
        s.fin = boolean(o, path, "fin", false);
        s.piggybacked = boolean(o, path, "piggybacked", false);
        s.duplicate = boolean(o, path, "duplicate", false);
        s.syn = boolean(o, path, "syn", false);
        s.rst = boolean(o, path, "rst", false);
        return s;
    }

    Summary summary(const QJsonObject &o, const QString &path)
    {
        Summary s;
        s.sentBytes = integer(o, path, "sent_bytes", kTime);
        s.receivedBytes = integer(o, path, "received_bytes", kTime);
        s.truncatedBytes = integer(o, path, "truncated_bytes", kTime, false);
        s.lostBytes = integer(o, path, "lost_bytes", kTime, false);
        s.messages = id(o, path, "messages", false);
        s.intact = id(o, path, "intact");
        s.merged = id(o, path, "merged");
        s.split = id(o, path, "split");
        s.truncated = id(o, path, "truncated");
        s.lost = id(o, path, "lost");
        s.empty = id(o, path, "empty", false);
        s.partialSends = id(o, path, "partial_sends", false);
        s.recvCalls = id(o, path, "recv_calls", false);
        // null for one-sided runs: nothing to conserve.
        const QJsonValue conserved = o.value(QStringLiteral("conserved"));
        if (!conserved.isBool() && !conserved.isNull())
            fail(path + QStringLiteral(".conserved"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected true, false or null"));
        s.conserved = conserved.toBool();
        return s;
    }

    template<typename T, typename F>
    typename ListOf<T>::type list(const QJsonObject &o, const QString &path, const char *key,
                                  bool required, F item)
    {
        typename ListOf<T>::type out;
        const QJsonArray a = array(o, path, key, required);
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size() && ok(); ++i) {
            const QString at = path + QStringLiteral(".%1[%2]").arg(QLatin1String(key)).arg(i);
            out.append(item(object(a[i], at), at));
        }
        return out;
    }

    // What an observed run read after recording stopped (optional; older traces have none).
    Unrecorded unrecorded(const QJsonObject &o, const QString &path)
    {
        Unrecorded u;
        const auto reason = Unrecorded::parseReason(string(o, path, "reason"));
        if (ok() && !reason)
            fail(path + QStringLiteral(".reason"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                   "expected max_recvs or memory_budget"));
        u.reason = reason.value_or(Unrecorded::Reason::MaxRecvs);
        u.limit = integer(o, path, "limit", kTime);
        u.fromNs = integer(o, path, "from_ns", kTime);
        u.recvs = integer(o, path, "recvs", kTime);
        u.bytes = integer(o, path, "bytes", kTime);
        return u;
    }

    Run run(const QJsonObject &o, const QString &path, const Scenario &traceScenario)
    {
        Run r;
        r.label = string(o, path, "label");
        const QString protocol = string(o, path, "protocol");
        if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp"))
            fail(path + QStringLiteral(".protocol"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected tcp or udp"));
        r.protocol = protocol == QLatin1String("udp") ? Protocol::Udp : Protocol::Tcp;
        const QString mode = string(o, path, "mode");
        if (mode != QLatin1String("real") && mode != QLatin1String("sim"))
            fail(path + QStringLiteral(".mode"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected real or sim"));
        r.mode = mode == QLatin1String("sim") ? Mode::Sim : Mode::Real;
        const QString role = string(o, path, "role", true);
        const QStringList roles{ QString(), QStringLiteral("observer"), QStringLiteral("relay"),
                                 QStringLiteral("sender") };
        if (!roles.contains(role) && role != QLatin1String("loopback"))
            fail(path + QStringLiteral(".role"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                   "expected loopback, observer, relay or sender"));
        r.role = role == QLatin1String("observer") ? Role::Observer
            : role == QLatin1String("relay")       ? Role::Relay
            : role == QLatin1String("sender")      ? Role::Sender
                                                   : Role::Loopback;
        const QJsonArray peers = array(o, path, "peers", false);
        for (qsizetype i = 0; i < peers.size() && ok(); ++i) {
            if (!peers[i].isString())
                fail(path + QStringLiteral(".peers[%1]").arg(i),
                     QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a string"));
            r.peers << peers[i].toString();
        }
        r.scenario = traceScenario;
        if (o.contains(QStringLiteral("scenario"))) {
            QString scenarioError;
            const auto s = Scenario::fromJson(
                object(o.value(QStringLiteral("scenario")), path + QStringLiteral(".scenario")),
                &scenarioError);
            if (!s && ok())
                error = path + QStringLiteral(".scenario.") + scenarioError;
            r.scenario = s.value_or(traceScenario);
        }
        r.requested = options(
            object(o.value(QStringLiteral("requested")), path + QStringLiteral(".requested")),
            path + QStringLiteral(".requested"));
        r.effective = options(
            object(o.value(QStringLiteral("effective")), path + QStringLiteral(".effective")),
            path + QStringLiteral(".effective"));
        r.aborted = boolean(o, path, "aborted");
        r.error = string(o, path, "error", true);
        r.durationNs = integer(o, path, "duration_ns", kTime, false);
        r.requestsRun = int(integer(o, path, "requests_run", kId, false, -1));
        if (const QJsonValue u = o.value(QStringLiteral("unrecorded"));
            !u.isUndefined() && !u.isNull())
            r.unrecorded = unrecorded(object(u, path + QStringLiteral(".unrecorded")),
                                      path + QStringLiteral(".unrecorded"));
        r.sends = list<SendEvent>(
            o, path, "sends", false,
            [this](const QJsonObject &e, const QString &at) { return send(e, at); });
        r.recvs = list<RecvEvent>(
            o, path, "recvs", false,
            [this, &r](const QJsonObject &e, const QString &at) { return recv(e, at, r.peers); });
        r.frames
            = list<Frame>(o, path, "frames", false,
                          [this](const QJsonObject &e, const QString &at) { return frame(e, at); });
        int index = 0;
        r.fates = list<MessageFate>(o, path, "messages", false,
                                    [this, &index](const QJsonObject &e, const QString &at) {
                                        return message(e, at, index++);
                                    });
        // A file written before "wire" existed: a simulated run's segments are simulated.
        const QString wire = string(o, path, "wire", true);
        if (!wire.isEmpty() && !parseWire(wire))
            fail(path + QStringLiteral(".wire"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected simulated or captured"));
        r.wire = wire.isEmpty() ? (r.mode == Mode::Sim ? Wire::Simulated : Wire::None)
                                : parseWire(wire).value_or(Wire::None);
        r.segments = list<Segment>(
            o, path, "segments", false,
            [this](const QJsonObject &e, const QString &at) { return segment(e, at); });
        r.summary
            = summary(object(o.value(QStringLiteral("summary")), path + QStringLiteral(".summary")),
                      path + QStringLiteral(".summary"));
        return r;
    }
};

} // namespace

QString TraceJsonReader::tooLarge()
{
    return QCoreApplication::translate("sockscope::TraceJsonReader",
                                       "larger than %1 bytes, the most a trace takes (a run at "
                                       "the event cap of %2 calls); not read")
        .arg(TraceValidator::kMaxInputBytes)
        .arg(EventCap::kDefault);
}

std::optional<Trace> TraceJsonReader::fromJson(const QByteArray &json, QString *error)
{
    if (json.size() > TraceValidator::kMaxInputBytes) {
        *error = tooLarge();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("sockscope::TraceJsonReader",
                                             "not valid JSON at byte %1 (%2)")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject()
        || root.value(QStringLiteral("format")) != QLatin1String("sockscope-trace")) {
        *error = QCoreApplication::translate(
            "sockscope::TraceJsonReader",
            // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate reads escaped literals only
            "not a SockScope trace (no \"format\": \"sockscope-trace\")");
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInteger() != kVersion) {
        *error = version.isDouble() && version.toInteger() > kVersion
            ? QCoreApplication::translate("sockscope::TraceJsonReader",
                                          "trace format version %1 was written by a newer "
                                          "SockScope; this one reads version %2")
                  .arg(version.toInteger())
                  .arg(kVersion)
            : QCoreApplication::translate("sockscope::TraceJsonReader", "version: expected %1")
                  .arg(kVersion);
        return std::nullopt;
    }

    Reader reader;
    Trace trace;
    trace.lesson = reader.string(root, QString(), "lesson", true);
    QString scenarioError;
    const auto scenario = Scenario::fromJson(
        reader.object(root.value(QStringLiteral("scenario")), QStringLiteral("scenario")),
        &scenarioError);
    if (!scenario) {
        *error = reader.ok() ? QStringLiteral("scenario.") + scenarioError : reader.error;
        return std::nullopt;
    }
    trace.scenario = *scenario;
    if (const QJsonValue observe = root.value(QStringLiteral("observe")); !observe.isUndefined())
        trace.observe = reader.observe(reader.object(observe, QStringLiteral("observe")),
                                       QStringLiteral("observe"));
    const QJsonArray runs = reader.array(root, QString(), "runs");
    for (qsizetype i = 0; i < runs.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("runs[%1]").arg(i);
        trace.runs.append(reader.run(reader.object(runs[i], path), path, trace.scenario));
    }
    const QJsonArray notes = reader.array(root, QString(), "notes", false);
    for (qsizetype i = 0; i < notes.size() && reader.ok(); ++i) {
        if (!notes[i].isString())
            reader.fail(QStringLiteral("notes[%1]").arg(i),
                        QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a string"));
        trace.notes << notes[i].toString();
    }
    // The lesson's self-check as it was judged when written (optional: older traces have none).
    // `show` judges the trace's data again (LessonExpectations).
    const QJsonValue headline = root.value(QStringLiteral("headline"));
    if (headline.isString())
        trace.headline << ExpectationText{ headline.toString(), {} };
    else if (!headline.isUndefined() && !headline.isNull())
        reader.fail(QStringLiteral("headline"),
                    QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a string"));
    const QJsonArray expectations = reader.array(root, QString(), "expectations", false);
    for (qsizetype i = 0; i < expectations.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("expectations[%1]").arg(i);
        trace.expectations << reader.expectation(reader.object(expectations[i], path), path);
    }
    // Each value is in range; now what the values say of one another.
    if (reader.ok())
        reader.error = TraceValidator::check(trace);
    if (!reader.ok()) {
        *error = reader.error;
        return std::nullopt;
    }
    return trace;
}

namespace {

// Reads at most limit bytes: a FIFO, a device such as /dev/zero or a file that keeps growing
// stops there instead of filling the memory. A regular file is read into one block of its size.
std::optional<QByteArray> readAtMost(QFile &file, qint64 limit, QString *error)
{
    constexpr qint64 kChunk = qint64(1) << 20;
    QByteArray data;
    if (!file.isSequential())
        data.resize(qsizetype(std::min(file.size() + 1, limit)));
    qint64 used = 0;
    for (;;) {
        if (used == data.size()) {
            if (used >= limit)
                break;
            data.resize(qsizetype(std::min(std::max(2 * used, kChunk), limit)));
        }
        const qint64 n = file.read(data.data() + used, data.size() - used);
        if (n < 0) {
            *error = QCoreApplication::translate("sockscope::TraceJsonReader",
                                                 "cannot read the trace (%1)")
                         .arg(file.errorString());
            return std::nullopt;
        }
        if (n == 0)
            break;
        used += n;
    }
    data.truncate(qsizetype(used));
    return data;
}

} // namespace

std::optional<Trace> TraceJsonReader::read(const QString &path, QString *error)
{
    QFile file(path);
    // Unbuffered: the bytes go straight into the one block they are parsed from.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("sockscope::TraceJsonReader",
                                             "%1: cannot open the trace (%2)")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<Trace> trace;
    if (!file.isSequential() && file.size() > TraceValidator::kMaxInputBytes) {
        *error = tooLarge();
    } else if (const auto json = readAtMost(file, TraceValidator::kMaxInputBytes + 1, error)) {
        trace = fromJson(*json, error);
    }
    if (!trace)
        *error = path + QStringLiteral(": ") + *error;
    return trace;
}

} // namespace sockscope
