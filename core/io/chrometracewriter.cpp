#include "io/chrometracewriter.h"
#include "io/chunkedtext.h"

#include "model/previewtext.h"
#include "util/outputfile.h"
#include "util/progressmeter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sockscope {

namespace {

// Trace Event timestamps are microseconds; fractions keep our nanoseconds.
double us(qint64 ns)
{
    return double(ns) / 1000.0;
}

QJsonObject metadata(const char *name, int pid, int tid, const QString &value)
{
    return { { QStringLiteral("name"), QLatin1String(name) },
             { QStringLiteral("ph"), QStringLiteral("M") },
             { QStringLiteral("pid"), pid },
             { QStringLiteral("tid"), tid },
             { QStringLiteral("args"), QJsonObject{ { QStringLiteral("name"), value } } } };
}

QJsonObject complete(const QString &name, int pid, int tid, qint64 tNs, qint64 durNs,
                     const QJsonObject &args)
{
    // A zero-length slice is invisible in Perfetto; 1 ns keeps every call clickable.
    return { { QStringLiteral("name"), name },
             { QStringLiteral("ph"), QStringLiteral("X") },
             { QStringLiteral("pid"), pid },
             { QStringLiteral("tid"), tid },
             { QStringLiteral("ts"), us(tNs) },
             { QStringLiteral("dur"), us(std::max<qint64>(durNs, 1)) },
             { QStringLiteral("args"), args } };
}

QJsonValue optional(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The events go out one at a time, each as Qt writes a compact object, between the root's
// other keys in the order Qt sorts them: the text is what QJsonDocument makes of the whole
// root, without a QJsonArray of millions of events (several times the file's size) in memory.
// Into one array (toJson), or to a file piece by piece (write); one per event on the meter.
class EventSink
{
public:
    static constexpr qsizetype kFlushBytes = ChunkedText::kFlushBytes;

    explicit EventSink(QByteArray &out, const OutputFile::Chunk *sink = nullptr,
                       ProgressMeter *meter = nullptr)
        : m_out(out), m_text(out, sink, meter)
    { }

    // False once the writing cannot go on (a piece could not be written, or the meter stopped).
    bool append(const QJsonObject &event)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        m_out.append(QJsonDocument(event).toJson(QJsonDocument::Compact));
        return m_text.mark();
    }
    bool flush() { return m_text.flush(); }

private:
    QByteArray &m_out;
    ChunkedText m_text;
    bool m_first = true;
};

// The events the file holds: what the writing counts on its meter.
qint64 eventCount(const Trace &trace)
{
    qint64 count = 0;
    for (const Run &run : trace.runs)
        count += 3 + (run.frames.isEmpty() ? 0 : 1) + (run.segments.isEmpty() ? 0 : 1)
            + run.sends.size() + run.recvs.size() + run.frames.size() + run.segments.size();
    return count;
}

// False when the sink stopped.
bool appendEvents(EventSink &events, const Trace &trace, PreviewText::Encoding encoding)
{
    using Lane = ChromeTraceWriter::Lane;
    for (int pid = 0; pid < trace.runs.size(); ++pid) {
        const Run &run = trace.runs[pid];
        const bool named = events.append(metadata("process_name", pid, 0, run.label))
            && events.append(metadata("thread_name", pid, Lane::SendLane, QStringLiteral("send()")))
            && events.append(metadata("thread_name", pid, Lane::RecvLane, QStringLiteral("recv()")))
            && (run.frames.isEmpty()
                || events.append(metadata("thread_name", pid, Lane::FrameLane,
                                          QStringLiteral("decoded frames"))))
            && (run.segments.isEmpty()
                || events.append(
                    metadata("thread_name", pid, Lane::WireLane, QStringLiteral("wire"))));
        if (!named)
            return false;

        for (const SendEvent &s : run.sends) {
            const QString fate
                = s.message < run.fates.size() ? fateName(run.fates[s.message].fate) : QString();
            if (!events.append(complete(
                    QStringLiteral("send %1 B").arg(s.requested), pid, Lane::SendLane, s.tNs,
                    s.durNs,
                    { { QStringLiteral("id"), s.id },
                      { QStringLiteral("message"), s.message },
                      { QStringLiteral("requested"), s.requested },
                      { QStringLiteral("accepted"), s.accepted },
                      { QStringLiteral("offset"), s.offset },
                      { QStringLiteral("unsent_after"), optional(s.unsentAfter) },
                      { QStringLiteral("fate"), fate },
                      { QStringLiteral("preview"), PreviewText::display(s.preview, encoding) } })))
                return false;
        }
        for (const RecvEvent &r : run.recvs) {
            if (!events.append(complete(
                    QStringLiteral("recv %1 B").arg(r.bytes), pid, Lane::RecvLane, r.tNs, r.durNs,
                    { { QStringLiteral("id"), r.id },
                      { QStringLiteral("requested"), r.requested },
                      { QStringLiteral("bytes"), r.bytes },
                      { QStringLiteral("offset"), r.offset },
                      { QStringLiteral("queued_before"), optional(r.queuedBefore) },
                      { QStringLiteral("datagram_size"), optional(r.datagramSize) },
                      { QStringLiteral("truncated"), r.truncated },
                      { QStringLiteral("preview"), PreviewText::display(r.preview, encoding) } })))
                return false;
        }
        for (const Frame &f : run.frames) {
            // A frame is complete when its last recv returns.
            const qint64 end = f.recvs.isEmpty() ? 0 : run.recvs.value(f.recvs.last()).tNs;
            const qint64 start = f.recvs.isEmpty() ? 0 : run.recvs.value(f.recvs.first()).tNs;
            if (!events.append(complete(
                    QStringLiteral("frame %1 B").arg(f.length), pid, Lane::FrameLane, start,
                    end - start,
                    { { QStringLiteral("id"), f.id },
                      { QStringLiteral("offset"), f.offset },
                      { QStringLiteral("length"), f.length },
                      { QStringLiteral("complete"), f.complete },
                      { QStringLiteral("error"), f.error },
                      { QStringLiteral("preview"), PreviewText::display(f.preview, encoding) } })))
                return false;
        }
        for (const Segment &seg : run.segments) {
            const qint64 arrive = seg.arriveNs >= 0 ? seg.arriveNs : seg.tNs;
            if (!events.append(complete(seg.ack ? QStringLiteral("ACK")
                                                : QStringLiteral("data %1 B").arg(seg.bytes),
                                        pid, Lane::WireLane, seg.tNs, arrive - seg.tNs,
                                        { { QStringLiteral("offset"), seg.offset },
                                          { QStringLiteral("bytes"), seg.bytes },
                                          { QStringLiteral("lost"), seg.lost },
                                          { QStringLiteral("retransmit"), seg.retransmit } })))
                return false;
        }
    }
    return true;
}

// The root's keys before and after the events, as Qt orders them (by name).
QByteArray head(const Trace &trace)
{
    const QJsonObject other{ { QStringLiteral("generator"), QStringLiteral("SockScope") },
                             { QStringLiteral("lesson"), trace.lesson } };
    return R"({"displayTimeUnit":"ns","otherData":)"
        + QJsonDocument(other).toJson(QJsonDocument::Compact) + R"(,"traceEvents":[)";
}

constexpr char kTail[] = "]}";

} // namespace

QByteArray ChromeTraceWriter::toJson(const Trace &trace, PreviewText::Encoding encoding)
{
    QByteArray out = head(trace);
    EventSink events(out);
    appendEvents(events, trace, encoding);
    out.append(kTail);
    return out;
}

QString ChromeTraceWriter::write(const Trace &trace, const QString &path,
                                 PreviewText::Encoding encoding,
                                 const ProgressMeter::Callback &progress)
{
    ProgressMeter meter(progress);
    const auto produce = [&](const OutputFile::Chunk &chunk) {
        if (!meter.start(eventCount(trace)))
            return;
        QByteArray out = head(trace);
        out.reserve(2 * EventSink::kFlushBytes);
        EventSink events(out, &chunk, &meter);
        if (!appendEvents(events, trace, encoding))
            return;
        out.append(kTail);
        if (events.flush())
            meter.finish();
    };
    if (const QString error = OutputFile::write(path, produce, &meter); !error.isEmpty())
        return QCoreApplication::translate("sockscope::ChromeTraceWriter",
                                           "%1: cannot write the Chrome trace (%2)")
            .arg(path, error);
    return {};
}

} // namespace sockscope
