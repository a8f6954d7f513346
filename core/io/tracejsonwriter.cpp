#include "io/tracejsonwriter.h"

#include "io/lessonfile.h"
#include "model/errnoname.h"
#include "util/outputfile.h"
#include "util/progressmeter.h"

#include "model/framingspec.h"
#include "model/scenariokey.h"
#include "model/tracedescription.h"
#include "model/wireformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <optional>
#include <type_traits>
#include <utility>

namespace sockscope {

namespace {

// The events are written as text straight into one buffer: a QJsonDocument of a million
// events costs several objects per field and runs an order of magnitude slower. The buffer is
// filled through a raw cursor because QByteArray::append() re-checks sharing and capacity per
// call, which alone took a quarter of the time.
//
// Written to a file, the buffer goes to it whenever it holds kFlushBytes (between two items):
// built whole, the text of a million small recvs is ~180 MB, several times what the recording
// itself holds, and saving an observation that filled its memory budget ran out of memory.
class TextBuffer
{
public:
    static constexpr qsizetype kFlushBytes = qsizetype(1) << 20;

    // sink: where the text goes piece by piece (a file); none: take() returns all of it.
    // meter: counts one per item (mark()); once it stops, so does the writing.
    explicit TextBuffer(qsizetype capacity, const OutputFile::Chunk *sink = nullptr,
                        ProgressMeter *meter = nullptr)
        : m_buffer(qMax<qsizetype>(capacity, 64), Qt::Uninitialized), m_cursor(m_buffer.data()),
          m_end(m_buffer.data() + m_buffer.size()), m_sink(sink), m_meter(meter)
    { }

    // Between two items: a full buffer goes to the sink. False once the text cannot go on (a
    // piece could not be written, or the meter stopped): the caller skips what is left.
    bool mark()
    {
        if (m_meter && !m_meter->add())
            m_ok = false;
        if (m_sink && m_cursor - m_buffer.constData() >= kFlushBytes)
            flush();
        return m_ok;
    }
    // Everything buffered to the sink; false once a piece could not be written (then nothing
    // more is kept).
    bool flush()
    {
        const QByteArrayView text(m_buffer.constData(), m_cursor - m_buffer.constData());
        m_ok = m_ok && (*m_sink)(text);
        m_cursor = m_buffer.data();
        return m_ok;
    }

    void reserve(qsizetype bytes)
    {
        if (m_end - m_cursor < bytes)
            grow(bytes);
    }
    void append(const char *data, qsizetype size)
    {
        if (size <= 0) // an empty preview's view may have no data pointer at all
            return;
        reserve(size);
        std::memcpy(m_cursor, data, size_t(size));
        m_cursor += size;
    }
    void append(const char *text) { append(text, qsizetype(std::strlen(text))); }
    // String literals: the length is known at compile time, no strlen() per field.
    template<size_t N> void literal(const char (&text)[N]) { append(text, qsizetype(N - 1)); }
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }
    void append(char c)
    {
        reserve(1);
        *m_cursor++ = c;
    }
    // Direct access for number formatting: reserve() first, then advance by what was written.
    char *cursor() { return m_cursor; }
    void advance(char *to) { m_cursor = to; }

    QByteArray take()
    {
        m_buffer.truncate(m_cursor - m_buffer.constData());
        return std::move(m_buffer);
    }

private:
    void grow(qsizetype bytes)
    {
        const qsizetype used = m_cursor - m_buffer.data();
        m_buffer.resize(qMax(2 * m_buffer.size(), used + bytes));
        m_cursor = m_buffer.data() + used;
        m_end = m_buffer.data() + m_buffer.size();
    }

    QByteArray m_buffer;
    char *m_cursor;
    char *m_end;
    const OutputFile::Chunk *m_sink;
    ProgressMeter *m_meter;
    bool m_ok = true;
};

void appendInt(TextBuffer &out, qint64 value)
{
    out.reserve(24);
    out.advance(std::to_chars(out.cursor(), out.cursor() + 24, value).ptr);
}

void appendBool(TextBuffer &out, bool value)
{
    if (value)
        out.literal("true");
    else
        out.literal("false");
}

template<typename T> void appendOptional(TextBuffer &out, const std::optional<T> &value)
{
    if (!value)
        out.literal("null");
    else if constexpr (std::is_same_v<T, bool>)
        appendBool(out, *value);
    else
        appendInt(out, *value);
}

// JSON string escaping of UTF-8 text (RFC 8259: quote, backslash and C0 controls).
void appendString(TextBuffer &out, const char *data, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype run = 0; // start of the pending run of bytes that need no escaping
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = uchar(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out.literal("\\\"");
            break;
        case '\\':
            out.literal("\\\\");
            break;
        case '\n':
            out.literal("\\n");
            break;
        case '\r':
            out.literal("\\r");
            break;
        case '\t':
            out.literal("\\t");
            break;
        case '\b':
            out.literal("\\b");
            break;
        case '\f':
            out.literal("\\f");
            break;
        default: {
            const char escape[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(data + run, size - run);
    out.append('"');
}

void appendString(TextBuffer &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendString(out, utf8.constData(), utf8.size());
}

void appendStringOrNull(TextBuffer &out, const QString &text)
{
    if (text.isEmpty())
        out.literal("null");
    else
        appendString(out, text);
}

// The contract's preview text (core/README.md). Most previews are plain ASCII, which previewText()
// leaves as is, so those skip the QString round trip.
void appendPreview(TextBuffer &out, QByteArrayView bytes)
{
    const bool printable = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return uchar(c) >= 0x20 && uchar(c) < 0x7f && c != '\\';
    });
    if (printable)
        appendString(out, bytes.constData(), bytes.size());
    else
        appendString(out, WireFormat::previewText(bytes));
}

void appendError(TextBuffer &out, int error)
{
    if (error == 0) {
        out.literal("null");
        return;
    }
    const QByteArray name = ErrnoName::name(error).toLatin1();
    appendString(out, name.constData(), name.size());
}

void appendIds(TextBuffer &out, const QList<int> &ids)
{
    out.append('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendInt(out, ids[i]);
    }
    out.append(']');
}

void appendOptions(TextBuffer &out, const EffectiveOptions &o)
{
    out.literal("{\"sndbuf\":");
    appendOptional(out, o.sndbuf);
    out.literal(",\"rcvbuf\":");
    appendOptional(out, o.rcvbuf);
    out.literal(",\"nodelay\":");
    appendOptional(out, o.nodelay);
    // Only where a run set them: traces of runs without them stay byte for byte as before.
    if (o.cork) {
        out.literal(",\"cork\":");
        appendOptional(out, o.cork);
    }
    if (o.quickack) {
        out.literal(",\"quickack\":");
        appendOptional(out, o.quickack);
    }
    if (o.rcvlowat) {
        out.literal(",\"rcvlowat\":");
        appendOptional(out, o.rcvlowat);
    }
    if (o.nonblocking) {
        out.literal(",\"nonblocking\":");
        appendOptional(out, o.nonblocking);
    }
    out.append('}');
}

void appendSend(TextBuffer &out, const SendEvent &s)
{
    out.literal("{\"id\":");
    appendInt(out, s.id);
    out.literal(",\"message\":");
    appendInt(out, s.message);
    out.literal(",\"t_ns\":");
    appendInt(out, s.tNs);
    out.literal(",\"dur_ns\":");
    appendInt(out, s.durNs);
    out.literal(",\"requested\":");
    appendInt(out, s.requested);
    out.literal(",\"accepted\":");
    appendInt(out, s.accepted);
    out.literal(",\"offset\":");
    appendInt(out, s.offset);
    out.literal(",\"unsent_after\":");
    appendOptional(out, s.unsentAfter);
    out.literal(",\"error\":");
    appendError(out, s.error);
    out.literal(",\"preview\":");
    appendPreview(out, s.preview);
    out.append('}');
}

void appendRecv(TextBuffer &out, const RecvEvent &r, const QStringList &peers)
{
    out.literal("{\"id\":");
    appendInt(out, r.id);
    out.literal(",\"t_ns\":");
    appendInt(out, r.tNs);
    out.literal(",\"dur_ns\":");
    appendInt(out, r.durNs);
    out.literal(",\"requested\":");
    appendInt(out, r.requested);
    out.literal(",\"bytes\":");
    appendInt(out, r.bytes);
    out.literal(",\"offset\":");
    appendInt(out, r.offset);
    out.literal(",\"queued_before\":");
    appendOptional(out, r.queuedBefore);
    out.literal(",\"datagram_size\":");
    appendOptional(out, r.datagramSize);
    out.literal(",\"truncated\":");
    appendBool(out, r.truncated);
    // UDP: recvmsg(MSG_PEEK | MSG_TRUNC), which left the datagram queued; absent on a read.
    if (r.peek)
        out.literal(",\"peek\":true");
    out.literal(",\"seq\":");
    appendOptional(out, r.seq < 0 ? std::nullopt : std::optional<qint64>(r.seq));
    // Observed UDP: who sent the datagram (a TCP run has one peer, named on the run).
    if (r.peer >= 0 && r.peer < peers.size()) {
        out.literal(",\"peer\":");
        appendString(out, peers[r.peer]);
    }
    // UDP: the socket's drop counter as the kernel reported it with this datagram; absent
    // while it is 0 (the kernel reports nothing until then).
    if (r.drops > 0) {
        out.literal(",\"drops\":");
        appendInt(out, r.drops);
    }
    out.literal(",\"error\":");
    appendError(out, r.error);
    out.literal(",\"preview\":");
    appendPreview(out, r.preview);
    out.append('}');
}

void appendFrame(TextBuffer &out, const Frame &f, bool withFields)
{
    out.literal("{\"id\":");
    appendInt(out, f.id);
    out.literal(",\"offset\":");
    appendInt(out, f.offset);
    out.literal(",\"length\":");
    appendInt(out, f.length);
    if (f.payloadBytes >= 0) {
        out.literal(",\"payload_bytes\":");
        appendInt(out, f.payloadBytes);
    }
    out.literal(",\"complete\":");
    appendBool(out, f.complete);
    out.literal(",\"recvs\":");
    appendIds(out, f.recvs);
    if (withFields) {
        // Header fields come from the peer: small, arbitrary JSON, so QJsonDocument is right here.
        out.literal(",\"fields\":");
        out.append(
            QJsonDocument(QJsonObject::fromVariantMap(f.fields)).toJson(QJsonDocument::Compact));
    }
    out.literal(",\"error\":");
    appendStringOrNull(out, f.error);
    out.literal(",\"preview\":");
    appendPreview(out, f.preview);
    out.append('}');
}

// The wire lane of a simulated or captured run. Fields that do not apply to a segment are null, so
// every object has the same keys.
void appendSegment(TextBuffer &out, const Segment &g)
{
    out.literal("{\"t_ns\":");
    appendInt(out, g.tNs);
    out.literal(",\"arrive_ns\":");
    appendOptional(out, g.arriveNs < 0 ? std::nullopt : std::optional<qint64>(g.arriveNs));
    out.literal(",\"dir\":");
    if (g.ack)
        out.literal("\"ack\"");
    else
        out.literal("\"data\"");
    out.literal(",\"offset\":");
    appendInt(out, g.offset);
    out.literal(",\"bytes\":");
    appendInt(out, g.bytes);
    out.literal(",\"window\":");
    appendOptional(out, g.window < 0 ? std::nullopt : std::optional<qint64>(g.window));
    out.literal(",\"message\":");
    appendOptional(out, g.message < 0 ? std::nullopt : std::optional<qint64>(g.message));
    // Only an observed UDP run's datagrams name the recv() that read them (a lesson's link by
    // message); absent otherwise, so older files and readers stay as they were.
    if (g.recv >= 0) {
        out.literal(",\"recv\":");
        appendInt(out, g.recv);
    }
    const std::pair<const char *, bool> flags[] = { { ",\"lost\":", g.lost },
                                                    { ",\"dropped\":", g.dropped },
                                                    { ",\"retransmit\":", g.retransmit },
                                                    { ",\"fin\":", g.fin },
                                                    { ",\"piggybacked\":", g.piggybacked },
                                                    { ",\"duplicate\":", g.duplicate },
                                                    { ",\"syn\":", g.syn },
                                                    { ",\"rst\":", g.rst } };
    for (const auto &[key, value] : flags) {
        out.append(key);
        appendBool(out, value);
    }
    out.append('}');
}

void appendMessage(TextBuffer &out, const MessageFate &m)
{
    out.literal("{\"send\":");
    appendOptional(out, m.firstSend < 0 ? std::nullopt : std::optional<qint64>(m.firstSend));
    out.literal(",\"fate\":");
    appendString(out, fateName(m.fate));
    out.literal(",\"recvs\":");
    appendIds(out, m.recvs);
    out.literal(",\"offset\":");
    appendInt(out, m.offset);
    out.literal(",\"length\":");
    appendInt(out, m.length);
    out.literal(",\"preview\":");
    appendPreview(out, m.preview);
    out.append('}');
}

void appendSummary(TextBuffer &out, const Summary &s, bool oneSided,
                   std::optional<qint64> kernelDrops)
{
    const std::pair<const char *, qint64> numbers[]
        = { { "{\"sent_bytes\":", s.sentBytes },
            { ",\"received_bytes\":", s.receivedBytes },
            { ",\"truncated_bytes\":", s.truncatedBytes },
            { ",\"lost_bytes\":", s.lostBytes },
            { ",\"unread_bytes\":", s.unreadBytes },
            { ",\"messages\":", s.messages },
            { ",\"intact\":", s.intact },
            { ",\"merged\":", s.merged },
            { ",\"split\":", s.split },
            { ",\"truncated\":", s.truncated },
            { ",\"lost\":", s.lost },
            { ",\"empty\":", s.empty },
            { ",\"unsent\":", s.unsent },
            { ",\"unread\":", s.unread },
            { ",\"partial_sends\":", s.partialSends },
            { ",\"recv_calls\":", s.recvCalls } };
    for (const auto &[key, value] : numbers) {
        out.append(key);
        appendInt(out, value);
    }
    // Real UDP runs: the kernel's count of datagrams dropped on the receiving socket.
    if (kernelDrops) {
        out.literal(",\"kernel_drops\":");
        appendInt(out, *kernelDrops);
    }
    out.literal(",\"conserved\":");
    // One side only (observe, relay, send-to): conservation cannot be checked, so say nothing.
    if (oneSided)
        out.literal("null");
    else
        appendBool(out, s.conserved);
    out.append('}');
}

// TCP_INFO of one socket at the end of its run; null where it was not read (an observe run's
// other end is not SockScope's socket).
void appendTcpInfo(TextBuffer &out, const std::optional<TcpInfo> &info)
{
    if (!info) {
        out.literal("null");
        return;
    }
    const std::pair<const char *, qint64> numbers[]
        = { { "{\"total_retrans\":", info->totalRetrans },
            { ",\"rtt_us\":", info->rttUs },
            { ",\"rttvar_us\":", info->rttVarUs },
            { ",\"segs_out\":", info->segsOut },
            { ",\"segs_in\":", info->segsIn },
            { ",\"data_segs_out\":", info->dataSegsOut },
            { ",\"data_segs_in\":", info->dataSegsIn },
            { ",\"snd_mss\":", info->sndMss },
            { ",\"rcv_mss\":", info->rcvMss },
            { ",\"delivered\":", info->delivered } };
    for (const auto &[key, value] : numbers) {
        out.append(key);
        appendInt(out, value);
    }
    out.append('}');
}

// One event per line keeps the file diffable and greppable at almost no cost.
template<typename T, typename Append>
void appendArray(TextBuffer &out, const char *key, const T &items, Append append)
{
    out.append(key);
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        out.append(i > 0 ? ",\n" : "\n");
        append(out, items[i]);
        if (!out.mark())
            break;
    }
    out.append(']');
}

// The scenario's keys, or only those that set up the end SockScope played: a one-sided trace
// (observe, relay, send-to) names none of the other end's, which were not SockScope's to choose.
void appendScenario(TextBuffer &out, const Scenario &scenario,
                    std::optional<ScenarioKey::Side> end = std::nullopt)
{
    const QJsonObject json = end ? ScenarioKey::toJson(scenario, *end) : scenario.toJson();
    out.append(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<ScenarioKey::Side> endOf(Role role)
{
    switch (role) {
    case Role::Observer:
    case Role::Relay:
        return ScenarioKey::Side::Receiver;
    case Role::Sender:
        return ScenarioKey::Side::Sender;
    case Role::Loopback:
        break;
    }
    return std::nullopt;
}

std::optional<ScenarioKey::Side> endOf(const Trace &trace)
{
    switch (TraceDescription::kind(trace)) {
    case TraceDescription::Kind::Observe:
        return ScenarioKey::Side::Receiver;
    case TraceDescription::Kind::SendTo:
        return ScenarioKey::Side::Sender;
    case TraceDescription::Kind::Lesson:
        break;
    }
    return std::nullopt;
}

void appendObserve(TextBuffer &out, const ObservationSettings &s)
{
    QJsonObject json;
    json[QStringLiteral("protocol")] = protocolName(s.protocol);
    json[QStringLiteral("address")] = s.address;
    json[QStringLiteral("port")] = s.port;
    json[QStringLiteral("recv_size")] = s.recvSize;
    json[QStringLiteral("read_interval_ms")] = s.readIntervalMs;
    json[QStringLiteral("framing")] = s.framing;
    json[QStringLiteral("max_frame")] = s.maxFrame;
    json[QStringLiteral("max_clients")] = s.maxClients;
    json[QStringLiteral("relay")] = s.relay.isEmpty() ? QJsonValue() : QJsonValue(s.relay);
    json[QStringLiteral("duration_ms")]
        = s.durationMs > 0 ? QJsonValue(s.durationMs) : QJsonValue();
    json[QStringLiteral("evidence")] = s.evidence;
    out.append(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void appendRun(TextBuffer &out, const Run &run)
{
    out.literal("{\"label\":");
    appendString(out, run.label);
    out.literal(",\"protocol\":");
    appendString(out, protocolName(run.protocol));
    out.literal(",\"mode\":");
    appendString(out, modeName(run.mode));
    out.literal(",\"requested\":");
    appendOptions(out, run.requested);
    out.literal(",\"effective\":");
    appendOptions(out, run.effective);
    out.literal(",\"aborted\":");
    appendBool(out, run.aborted);
    out.literal(",\"error\":");
    appendStringOrNull(out, run.error);
    out.literal(",\"duration_ns\":");
    appendInt(out, run.durationNs);
    // The run's own scenario (a lesson variant differs from the trace's, e.g. in nodelay), so
    // that `sockscope show` draws a saved trace exactly as it was recorded.
    out.literal(",\"scenario\":");
    appendScenario(out, run.scenario, endOf(run.role));
    if (run.requestsRun >= 0) {
        out.literal(",\"requests_run\":");
        appendInt(out, run.requestsRun);
    }
    // Only where recording stopped early: what was read after that and not recorded.
    if (const auto &u = run.unrecorded) {
        out.literal(R"(,"unrecorded":{"reason":)");
        appendString(out, Unrecorded::reasonName(u->reason));
        out.literal(",\"limit\":");
        appendInt(out, u->limit);
        out.literal(",\"from_ns\":");
        appendInt(out, u->fromNs);
        out.literal(",\"recvs\":");
        appendInt(out, u->recvs);
        out.literal(",\"bytes\":");
        appendInt(out, u->bytes);
        if (u->packets > 0) {
            out.literal(",\"packets\":");
            appendInt(out, u->packets);
        }
        out.append('}');
    }

    const bool oneSided = isOneSided(run);
    if (oneSided) {
        out.literal(",\"role\":");
        appendString(out, roleName(run.role));
        out.literal(",\"peers\":[");
        for (qsizetype i = 0; i < run.peers.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, run.peers[i]);
        }
        out.append(']');
    }

    // The contract: an observe run has no sends and no messages; a send-to run has no recvs.
    const bool observed = run.role == Role::Observer || run.role == Role::Relay;
    if (!observed)
        appendArray(out, ",\"sends\":", run.sends, appendSend);
    if (run.role != Role::Sender) {
        appendArray(out, ",\"recvs\":", run.recvs,
                    [&run](TextBuffer &o, const RecvEvent &r) { appendRecv(o, r, run.peers); });
    }

    QString ignored;
    const FramingSpec framing
        = FramingSpec::parse(run.scenario.framing, &ignored).value_or(FramingSpec{});
    // The contract: frames are absent without framing; fields only for json-header.
    if (framing.kind != FramingSpec::Kind::None || !run.frames.isEmpty()) {
        const bool withFields = framing.kind == FramingSpec::Kind::JsonHeader;
        appendArray(out, ",\"frames\":", run.frames,
                    [withFields](TextBuffer &o, const Frame &f) { appendFrame(o, f, withFields); });
    }
    if (!oneSided)
        appendArray(out, ",\"messages\":", run.fates, appendMessage);
    // Only a run with a wire (simulated, or captured on loopback) has segments and says where
    // they come from; a real run without capture keeps the old shape.
    if (run.wire != Wire::None) {
        out.literal(",\"wire\":");
        appendString(out, wireName(run.wire));
        appendArray(out, ",\"segments\":", run.segments, appendSegment);
    }
    if (run.tcpInfoSender || run.tcpInfoReceiver) {
        out.literal(R"(,"tcp_info":{"sender":)");
        appendTcpInfo(out, run.tcpInfoSender);
        out.literal(",\"receiver\":");
        appendTcpInfo(out, run.tcpInfoReceiver);
        out.append('}');
    }
    out.literal(",\"summary\":");
    appendSummary(out, run.summary, oneSided, run.kernelDrops);
    out.append('}');
}

// One claim of the lesson's self-check, in English (the reader of the file translates, if
// anyone): holds is null when the claim does not apply, reason null when it holds.
void appendExpectation(TextBuffer &out, const Expectation &e)
{
    out.literal("{\"lesson\":");
    appendString(out, e.lesson);
    out.literal(",\"run\":");
    appendInt(out, e.run);
    out.literal(",\"claim\":");
    appendString(out, e.claim.english());
    out.literal(",\"holds\":");
    appendOptional(out, e.holds);
    out.literal(",\"measured\":");
    appendString(out, e.measured.english());
    out.literal(",\"reason\":");
    appendStringOrNull(out, e.reason.english());
    out.append('}');
}

// The items of the trace's arrays (and its runs): what the writing counts on its meter.
qint64 itemCount(const Trace &trace)
{
    qint64 items = trace.runs.size();
    for (const Run &run : trace.runs)
        items += run.sends.size() + run.recvs.size() + run.frames.size() + run.fates.size()
            + run.segments.size();
    return items;
}

qsizetype estimatedSize(const Trace &trace)
{
    return 4096 + qsizetype(itemCount(trace)) * 200;
}

void appendTrace(TextBuffer &out, const Trace &trace)
{
    out.literal(R"({"format":"sockscope-trace","version":1,"lesson":)");
    appendStringOrNull(out, trace.lesson);
    // A lesson from a file, whole: `show` judges the trace without the file.
    if (trace.lessonFile) {
        out.literal(",\"lesson_file\":");
        out.append(
            QJsonDocument(LessonFile::toJson(*trace.lessonFile)).toJson(QJsonDocument::Compact));
    }
    out.literal(",\"scenario\":");
    appendScenario(out, trace.scenario, endOf(trace));
    if (trace.observe) {
        out.literal(",\"observe\":");
        appendObserve(out, *trace.observe);
    }
    out.literal(",\"runs\":[");
    for (qsizetype i = 0; i < trace.runs.size(); ++i) {
        if (i > 0)
            out.literal(",\n");
        appendRun(out, trace.runs[i]);
        if (!out.mark())
            break;
    }
    out.append(']');
    if (!trace.notes.isEmpty()) {
        out.literal(",\"notes\":[");
        for (qsizetype i = 0; i < trace.notes.size(); ++i) {
            out.append(i > 0 ? ",\n" : "\n");
            appendString(out, trace.notes[i]);
        }
        out.append(']');
    }
    if (!trace.headline.isEmpty()) {
        QStringList parts;
        for (const ExpectationText &part : trace.headline)
            parts << part.english();
        out.literal(",\"headline\":");
        appendString(out, parts.join(QStringLiteral(" · ")));
    }
    if (!trace.expectations.isEmpty()) {
        out.literal(",\"expectations\":[");
        for (qsizetype i = 0; i < trace.expectations.size(); ++i) {
            out.append(i > 0 ? ",\n" : "\n");
            appendExpectation(out, trace.expectations[i]);
        }
        out.append(']');
    }
    out.literal("}\n");
}

} // namespace

QByteArray TraceJsonWriter::toJson(const Trace &trace)
{
    TextBuffer out(estimatedSize(trace));
    appendTrace(out, trace);
    return out.take();
}

QString TraceJsonWriter::write(const Trace &trace, const QString &path,
                               const ProgressMeter::Callback &progress)
{
    // All or nothing: a failed or interrupted export never leaves a half-written trace behind.
    // Piece by piece: the text is never whole in memory.
    ProgressMeter meter(progress);
    const QString error = OutputFile::write(
        path,
        [&trace, &meter](const OutputFile::Chunk &chunk) {
            if (!meter.start(itemCount(trace)))
                return;
            TextBuffer out(2 * TextBuffer::kFlushBytes, &chunk, &meter);
            appendTrace(out, trace);
            if (out.flush())
                meter.finish();
        },
        &meter);
    if (!error.isEmpty()) {
        return QCoreApplication::translate("sockscope::TraceJsonWriter",
                                           "%1: cannot write the trace (%2)")
            .arg(path, error);
    }
    return {};
}

} // namespace sockscope
