#include "io/tracejsonreader.h"

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

// Walks a JSON tree remembering where it is, so that the first bad field can be named.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const char *what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ")
                + QCoreApplication::translate("sockscope::TraceJsonReader", what);
    }

    qint64 integer(const QJsonObject &o, const QString &path, const char *key, qint64 fallback = 0,
                   bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a whole number"));
            return fallback;
        }
        return v.toInteger();
    }

    // A whole number within [min, max]: settings a view prints and a port that must fit.
    qint64 integerIn(const QJsonObject &o, const QString &path, const char *key, qint64 min,
                     qint64 max)
    {
        const qint64 v = integer(o, path, key, min);
        if (ok() && (v < min || v > max)) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "a whole number out of range"));
            return min;
        }
        return v;
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
        s.port = quint16(integerIn(o, path, "port", 0, 65535));
        s.recvSize = int(integerIn(o, path, "recv_size", 1, std::numeric_limits<int>::max()));
        s.readIntervalMs
            = int(integerIn(o, path, "read_interval_ms", 0, std::numeric_limits<int>::max()));
        s.framing = string(o, path, "framing");
        s.maxFrame = integerIn(o, path, "max_frame", 0, std::numeric_limits<qint64>::max());
        s.maxClients = int(integerIn(o, path, "max_clients", 0, std::numeric_limits<int>::max()));
        s.relay = string(o, path, "relay", true);
        if (const auto duration = optionalInteger(o, path, "duration_ms"))
            s.durationMs = std::max<qint64>(*duration, 0);
        s.evidence = boolean(o, path, "evidence");
        return s;
    }

    std::optional<qint64> optionalInteger(const QJsonObject &o, const QString &path,
                                          const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return integer(o, path, key);
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return false;
        if (!v.isBool())
            fail(path + QLatin1Char('.') + QLatin1String(key),
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
            fail(path + QLatin1Char('.') + QLatin1String(key),
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
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a list"));
        return v.toArray();
    }

    // One claim of the lesson's self-check, as it was judged when the file was written.
    Expectation expectation(const QJsonObject &o, const QString &path, qsizetype runs)
    {
        Expectation e;
        e.lesson = string(o, path, "lesson");
        e.run = int(integer(o, path, "run"));
        if (ok() && (e.run < 0 || e.run >= runs))
            fail(path + QStringLiteral(".run"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                   "names a run that is not in the trace"));
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
        for (qsizetype i = 0; i < a.size() && ok(); ++i) {
            if (!a[i].isDouble() || a[i].toInteger() < 0)
                fail(path + QStringLiteral(".%1[%2]").arg(QLatin1String(key)).arg(i),
                     QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected an event id"));
            out.append(int(a[i].toInteger()));
        }
        return out;
    }

    EffectiveOptions options(const QJsonObject &o, const QString &path)
    {
        EffectiveOptions e;
        e.sndbuf = optionalInteger(o, path, "sndbuf");
        e.rcvbuf = optionalInteger(o, path, "rcvbuf");
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
        s.id = int(integer(o, path, "id"));
        s.message = int(integer(o, path, "message"));
        s.tNs = integer(o, path, "t_ns");
        s.durNs = integer(o, path, "dur_ns", 0, false);
        s.requested = integer(o, path, "requested");
        s.accepted = integer(o, path, "accepted");
        s.offset = integer(o, path, "offset");
        s.unsentAfter = optionalInteger(o, path, "unsent_after");
        s.error = errorCode(o, path);
        s.preview = preview(o, path);
        return s;
    }

    RecvEvent recv(const QJsonObject &o, const QString &path, const QStringList &peers)
    {
        RecvEvent r;
        r.id = int(integer(o, path, "id"));
        r.tNs = integer(o, path, "t_ns");
        r.durNs = integer(o, path, "dur_ns", 0, false);
        r.requested = integer(o, path, "requested");
        r.bytes = integer(o, path, "bytes");
        r.offset = integer(o, path, "offset");
        r.queuedBefore = optionalInteger(o, path, "queued_before");
        r.datagramSize = optionalInteger(o, path, "datagram_size");
        r.truncated = boolean(o, path, "truncated");
        r.seq = int(optionalInteger(o, path, "seq").value_or(-1));
        if (o.contains(QStringLiteral("peer")))
            r.peer = int(peers.indexOf(string(o, path, "peer")));
        r.error = errorCode(o, path);
        r.preview = preview(o, path);
        return r;
    }

    Frame frame(const QJsonObject &o, const QString &path)
    {
        Frame f;
        f.id = int(integer(o, path, "id"));
        f.offset = integer(o, path, "offset");
        f.length = integer(o, path, "length");
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
        m.firstSend = int(optionalInteger(o, path, "send").value_or(-1));
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
        m.offset = integer(o, path, "offset", 0, false);
        m.length = integer(o, path, "length", 0, false);
        m.preview = preview(o, path);
        return m;
    }

    Segment segment(const QJsonObject &o, const QString &path)
    {
        Segment s;
        s.tNs = integer(o, path, "t_ns");
        s.arriveNs = optionalInteger(o, path, "arrive_ns").value_or(-1);
        const QString dir = string(o, path, "dir");
        if (dir != QLatin1String("data") && dir != QLatin1String("ack"))
            fail(path + QStringLiteral(".dir"),
                 QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected data or ack"));
        s.ack = dir == QLatin1String("ack");
        s.offset = integer(o, path, "offset");
        s.bytes = integer(o, path, "bytes");
        // The writer puts null where a segment has no window (data) or no message (TCP).
        s.window = optionalInteger(o, path, "window").value_or(-1);
        s.message = int(optionalInteger(o, path, "message").value_or(-1));
        s.lost = boolean(o, path, "lost");
        s.dropped = boolean(o, path, "dropped", false);
        s.retransmit = boolean(o, path, "retransmit", false);
        s.fin = boolean(o, path, "fin", false);
        s.piggybacked = boolean(o, path, "piggybacked", false);
        s.duplicate = boolean(o, path, "duplicate", false);
        return s;
    }

    Summary summary(const QJsonObject &o, const QString &path)
    {
        Summary s;
        s.sentBytes = integer(o, path, "sent_bytes");
        s.receivedBytes = integer(o, path, "received_bytes");
        s.truncatedBytes = integer(o, path, "truncated_bytes", 0, false);
        s.lostBytes = integer(o, path, "lost_bytes", 0, false);
        s.messages = int(integer(o, path, "messages", 0, false));
        s.intact = int(integer(o, path, "intact"));
        s.merged = int(integer(o, path, "merged"));
        s.split = int(integer(o, path, "split"));
        s.truncated = int(integer(o, path, "truncated"));
        s.lost = int(integer(o, path, "lost"));
        s.empty = int(integer(o, path, "empty", 0, false));
        s.partialSends = int(integer(o, path, "partial_sends", 0, false));
        s.recvCalls = int(integer(o, path, "recv_calls", 0, false));
        s.conserved = o.value(QStringLiteral("conserved")).toBool(); // null for one-sided runs
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
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        u.limit = integerIn(o, path, "limit", 0, kMax);
        u.fromNs = integer(o, path, "from_ns");
        u.recvs = integerIn(o, path, "recvs", 0, kMax);
        u.bytes = integerIn(o, path, "bytes", 0, kMax);
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
        for (const auto &p : array(o, path, "peers", false))
            r.peers << p.toString();
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
        r.durationNs = integer(o, path, "duration_ns", 0, false);
        r.requestsRun = int(integer(o, path, "requests_run", -1, false));
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
        r.segments = list<Segment>(
            o, path, "segments", false,
            [this](const QJsonObject &e, const QString &at) { return segment(e, at); });
        r.summary
            = summary(object(o.value(QStringLiteral("summary")), path + QStringLiteral(".summary")),
                      path + QStringLiteral(".summary"));
        checkReferences(r, path);
        return r;
    }

    // Ids must point at events that exist: the renderer indexes with them.
    void checkReferences(const Run &r, const QString &path)
    {
        for (qsizetype i = 0; i < r.sends.size() && ok(); ++i) {
            if (r.sends[i].id != i)
                fail(path + QStringLiteral(".sends[%1].id").arg(i),
                     QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "ids must count 0, 1, 2, …"));
        }
        for (qsizetype i = 0; i < r.recvs.size() && ok(); ++i) {
            if (r.recvs[i].id != i)
                fail(path + QStringLiteral(".recvs[%1].id").arg(i),
                     QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "ids must count 0, 1, 2, …"));
        }
        auto checkRecvs = [&](const QList<int> &recvs, const QString &at) {
            for (int id : recvs) {
                if (id >= r.recvs.size())
                    fail(at,
                         QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                           "names a recv that is not in the run"));
            }
        };
        for (qsizetype i = 0; i < r.fates.size() && ok(); ++i) {
            checkRecvs(r.fates[i].recvs, path + QStringLiteral(".messages[%1].recvs").arg(i));
            if (r.fates[i].firstSend >= r.sends.size())
                fail(path + QStringLiteral(".messages[%1].send").arg(i),
                     QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                       "names a send that is not in the run"));
        }
        for (qsizetype i = 0; i < r.frames.size() && ok(); ++i)
            checkRecvs(r.frames[i].recvs, path + QStringLiteral(".frames[%1].recvs").arg(i));
    }
};

} // namespace

std::optional<Trace> TraceJsonReader::fromJson(const QByteArray &json, QString *error)
{
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
    trace.lesson = root.value(QStringLiteral("lesson")).toString();
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
    for (const auto &note : reader.array(root, QString(), "notes", false))
        trace.notes << note.toString();
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
        trace.expectations << reader.expectation(reader.object(expectations[i], path), path,
                                                 trace.runs.size());
    }
    for (qsizetype i = 0; i < trace.runs.size() && reader.ok(); ++i) {
        const int requests = trace.runs[i].requestsRun;
        if (requests >= trace.runs.size() || requests == i)
            reader.fail(QStringLiteral("runs[%1].requests_run").arg(i),
                        QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                          "names a run that is not in the trace"));
    }
    if (!reader.ok()) {
        *error = reader.error;
        return std::nullopt;
    }
    return trace;
}

std::optional<Trace> TraceJsonReader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("sockscope::TraceJsonReader",
                                             "%1: cannot open the trace (%2)")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    auto trace = fromJson(file.readAll(), error);
    if (!trace)
        *error = path + QStringLiteral(": ") + *error;
    return trace;
}

} // namespace sockscope
