#include "io/chrometracewriter.h"

#include "model/previewtext.h"
#include "util/outputfile.h"

#include <QCoreApplication>
#include <QJsonArray>
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

} // namespace

QByteArray ChromeTraceWriter::toJson(const Trace &trace, PreviewText::Encoding encoding)
{
    QJsonArray events;
    for (int pid = 0; pid < trace.runs.size(); ++pid) {
        const Run &run = trace.runs[pid];
        events.append(metadata("process_name", pid, 0, run.label));
        events.append(metadata("thread_name", pid, SendLane, QStringLiteral("send()")));
        events.append(metadata("thread_name", pid, RecvLane, QStringLiteral("recv()")));
        if (!run.frames.isEmpty())
            events.append(
                metadata("thread_name", pid, FrameLane, QStringLiteral("decoded frames")));
        if (!run.segments.isEmpty())
            events.append(metadata("thread_name", pid, WireLane, QStringLiteral("wire")));

        for (const SendEvent &s : run.sends) {
            const QString fate
                = s.message < run.fates.size() ? fateName(run.fates[s.message].fate) : QString();
            events.append(complete(
                QStringLiteral("send %1 B").arg(s.requested), pid, SendLane, s.tNs, s.durNs,
                { { QStringLiteral("id"), s.id },
                  { QStringLiteral("message"), s.message },
                  { QStringLiteral("requested"), s.requested },
                  { QStringLiteral("accepted"), s.accepted },
                  { QStringLiteral("offset"), s.offset },
                  { QStringLiteral("unsent_after"), optional(s.unsentAfter) },
                  { QStringLiteral("fate"), fate },
                  { QStringLiteral("preview"), PreviewText::display(s.preview, encoding) } }));
        }
        for (const RecvEvent &r : run.recvs) {
            events.append(complete(
                QStringLiteral("recv %1 B").arg(r.bytes), pid, RecvLane, r.tNs, r.durNs,
                { { QStringLiteral("id"), r.id },
                  { QStringLiteral("requested"), r.requested },
                  { QStringLiteral("bytes"), r.bytes },
                  { QStringLiteral("offset"), r.offset },
                  { QStringLiteral("queued_before"), optional(r.queuedBefore) },
                  { QStringLiteral("datagram_size"), optional(r.datagramSize) },
                  { QStringLiteral("truncated"), r.truncated },
                  { QStringLiteral("preview"), PreviewText::display(r.preview, encoding) } }));
        }
        for (const Frame &f : run.frames) {
            // A frame is complete when its last recv returns.
            const qint64 end = f.recvs.isEmpty() ? 0 : run.recvs.value(f.recvs.last()).tNs;
            const qint64 start = f.recvs.isEmpty() ? 0 : run.recvs.value(f.recvs.first()).tNs;
            events.append(complete(
                QStringLiteral("frame %1 B").arg(f.length), pid, FrameLane, start, end - start,
                { { QStringLiteral("id"), f.id },
                  { QStringLiteral("offset"), f.offset },
                  { QStringLiteral("length"), f.length },
                  { QStringLiteral("complete"), f.complete },
                  { QStringLiteral("error"), f.error },
                  { QStringLiteral("preview"), PreviewText::display(f.preview, encoding) } }));
        }
        for (const Segment &seg : run.segments) {
            const qint64 arrive = seg.arriveNs >= 0 ? seg.arriveNs : seg.tNs;
            events.append(complete(seg.ack ? QStringLiteral("ACK")
                                           : QStringLiteral("data %1 B").arg(seg.bytes),
                                   pid, WireLane, seg.tNs, arrive - seg.tNs,
                                   { { QStringLiteral("offset"), seg.offset },
                                     { QStringLiteral("bytes"), seg.bytes },
                                     { QStringLiteral("lost"), seg.lost },
                                     { QStringLiteral("retransmit"), seg.retransmit } }));
        }
    }
    const QJsonObject root{ { QStringLiteral("traceEvents"), events },
                            { QStringLiteral("displayTimeUnit"), QStringLiteral("ns") },
                            { QStringLiteral("otherData"),
                              QJsonObject{
                                  { QStringLiteral("generator"), QStringLiteral("SockScope") },
                                  { QStringLiteral("lesson"), trace.lesson } } } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString ChromeTraceWriter::write(const Trace &trace, const QString &path,
                                 PreviewText::Encoding encoding)
{
    if (const QString error = OutputFile::write(path, toJson(trace, encoding)); !error.isEmpty())
        return QCoreApplication::translate("sockscope::ChromeTraceWriter",
                                           "%1: cannot write the Chrome trace (%2)")
            .arg(path, error);
    return {};
}

} // namespace sockscope
