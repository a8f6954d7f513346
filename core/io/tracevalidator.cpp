#include "io/tracevalidator.h"

#include <algorithm>
#include <vector>

namespace sockscope {

namespace {

// Collects the first inconsistency, with the path of the field it is in.
class Checker
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + what;
    }

    void checkRun(const Trace &trace, qsizetype index)
    {
        const Run &run = trace.runs[index];
        const QString path = QStringLiteral("runs[%1]").arg(index);
        checkShape(run, path);
        checkRequestsRun(trace, index, path);
        checkIds(run, path);
        checkPreviews(run, path);
        checkMessages(run, path);
        checkRecvLists(run, path);
        checkSegments(run, path);
    }

    void checkExpectations(const Trace &trace)
    {
        for (qsizetype i = 0; i < trace.expectations.size() && ok(); ++i) {
            const int run = trace.expectations[i].run;
            if (run < 0 || run >= trace.runs.size())
                fail(QStringLiteral("expectations[%1].run").arg(i),
                     TraceValidator::tr("%1 is not a run of this trace").arg(run));
        }
    }

private:
    // The contract: an observe run has no sends and no messages, a send-to run no recvs, only
    // a one-sided run has peers, only a simulated run has a simulated wire and only a real
    // run a captured one. What is drawn and reported
    // follows from the role and the mode; lists that contradict them would be drawn on lanes
    // that do not exist, and written back they would be left out.
    void checkShape(const Run &run, const QString &path)
    {
        if (!isOneSided(run) && !run.peers.isEmpty())
            fail(path + QStringLiteral(".peers"),
                 TraceValidator::tr("only an observe, relay or send-to run has peers"));
        const bool observed = run.role == Role::Observer || run.role == Role::Relay;
        if (observed && !run.sends.isEmpty())
            fail(path + QStringLiteral(".sends"),
                 TraceValidator::tr("an observe or relay run has no sends"));
        if (isOneSided(run) && !run.fates.isEmpty())
            fail(path + QStringLiteral(".messages"),
                 TraceValidator::tr("a one-sided run (observe, relay, send-to) has no messages"));
        if (run.role == Role::Sender && !run.recvs.isEmpty())
            fail(path + QStringLiteral(".recvs"), TraceValidator::tr("a send-to run has no recvs"));
        if (run.wire == Wire::Simulated && run.mode != Mode::Sim)
            fail(path + QStringLiteral(".wire"),
                 TraceValidator::tr("only a simulated run has a simulated wire"));
        else if (run.wire == Wire::Captured && run.mode != Mode::Real)
            fail(path + QStringLiteral(".wire"),
                 TraceValidator::tr("only a real run has a captured wire"));
        else if (run.wire == Wire::None && !run.segments.isEmpty())
            fail(path + QStringLiteral(".segments"),
                 TraceValidator::tr("a run without \"wire\" has no segments"));
        checkKernelCounters(run, path);
        checkPeeks(run, path);
    }

    // The kernel's counters come from real sockets: a UDP receiving socket's drop counter, a
    // TCP socket's TCP_INFO, and in a one-sided run only from the socket that was SockScope's.
    // The table and "What happened" word them by protocol and role.
    void checkKernelCounters(const Run &run, const QString &path)
    {
        const bool udp = run.protocol == Protocol::Udp;
        const bool real = run.mode == Mode::Real;
        if (run.kernelDrops && (!udp || !real || run.role == Role::Sender))
            fail(path + QStringLiteral(".summary.kernel_drops"),
                 TraceValidator::tr("only a real run that receives UDP has the kernel's drop "
                                    "counter"));
        if ((run.tcpInfoSender || run.tcpInfoReceiver) && (udp || !real))
            fail(path + QStringLiteral(".tcp_info"),
                 TraceValidator::tr("only a real TCP run has TCP_INFO"));
        if (run.tcpInfoSender && (run.role == Role::Observer || run.role == Role::Relay))
            fail(path + QStringLiteral(".tcp_info.sender"),
                 TraceValidator::tr("an observe or relay run has TCP_INFO of its own socket "
                                    "only, the receiver"));
        if (run.tcpInfoReceiver && run.role == Role::Sender)
            fail(path + QStringLiteral(".tcp_info.receiver"),
                 TraceValidator::tr("a send-to run has no receiving socket"));
        for (qsizetype i = 0; i < run.recvs.size() && ok() && !udp; ++i) {
            if (run.recvs.get<&RecvEvent::drops>(i) != 0)
                fail(QStringLiteral("%1.recvs[%2].drops").arg(path).arg(i),
                     TraceValidator::tr("only a UDP socket reports a drop counter"));
        }
    }

    // A peek (MSG_PEEK) leaves the datagram queued: only a UDP recv is one, and it neither
    // reads a message (seq) nor cuts one (truncated); the recv after it does.
    void checkPeeks(const Run &run, const QString &path)
    {
        for (qsizetype i = 0; i < run.recvs.size() && ok(); ++i) {
            if (!run.recvs.get<&RecvEvent::peek>(i))
                continue;
            const QString at = QStringLiteral("%1.recvs[%2].peek").arg(path).arg(i);
            if (run.protocol != Protocol::Udp)
                fail(at, TraceValidator::tr("only a UDP recv can be a peek"));
            else if (run.recvs.get<&RecvEvent::seq>(i) >= 0
                     || run.recvs.get<&RecvEvent::truncated>(i))
                fail(at,
                     TraceValidator::tr("a peek reads no datagram away: it has no seq and is "
                                        "not truncated"));
        }
    }

    // A replies run names its requests run, which is another run and not a replies run itself:
    // the round trips pair the two, and nothing follows a chain of them.
    void checkRequestsRun(const Trace &trace, qsizetype index, const QString &path)
    {
        const int requests = trace.runs[index].requestsRun;
        if (requests < 0 || !ok())
            return;
        if (requests >= trace.runs.size() || requests == index
            || trace.runs[requests].requestsRun >= 0)
            fail(path + QStringLiteral(".requests_run"),
                 TraceValidator::tr("%1 is not a requests run of this trace").arg(requests));
    }

    // Ids count 0, 1, 2, … in list order: every reader indexes the lists with them.
    void checkIds(const Run &run, const QString &path)
    {
        auto expect = [&](const char *list, qsizetype i, qint64 id) {
            if (id != i)
                fail(path + QStringLiteral(".%1[%2].id").arg(QLatin1String(list)).arg(i),
                     TraceValidator::tr("%1, expected %2 (ids count 0, 1, 2, …)").arg(id).arg(i));
        };
        for (qsizetype i = 0; i < run.sends.size() && ok(); ++i)
            expect("sends", i, run.sends.id(i));
        for (qsizetype i = 0; i < run.recvs.size() && ok(); ++i)
            expect("recvs", i, run.recvs.id(i));
        for (qsizetype i = 0; i < run.frames.size() && ok(); ++i)
            expect("frames", i, run.frames[i].id);
    }

    // A preview is the first 64 bytes of what it shows (fewer when there were fewer).
    void checkPreviews(const Run &run, const QString &path)
    {
        // The path and the words are made only for the one that fails: this runs per event.
        auto expect = [&](const char *list, qsizetype i, qsizetype size, qint64 bytes, auto whose) {
            const qint64 expected = std::min<qint64>(bytes, kPreviewBytes);
            if (size != expected)
                fail(QStringLiteral("%1.%2[%3].preview").arg(path, QLatin1String(list)).arg(i),
                     TraceValidator::tr("%1 bytes, expected %2 (the first of %3)")
                         .arg(size)
                         .arg(expected)
                         .arg(whose()));
        };
        for (qsizetype i = 0; i < run.sends.size() && ok(); ++i) {
            const qint64 requested = run.sends.get<&SendEvent::requested>(i);
            expect("sends", i, run.sends.preview(i).size(), requested, [requested] {
                return TraceValidator::tr("the %1 bytes the call was asked to send").arg(requested);
            });
        }
        for (qsizetype i = 0; i < run.recvs.size() && ok(); ++i) {
            const qint64 bytes = run.recvs.get<&RecvEvent::bytes>(i);
            expect("recvs", i, run.recvs.preview(i).size(), bytes, [bytes] {
                return TraceValidator::tr("the %1 bytes the call returned").arg(bytes);
            });
        }
        for (qsizetype i = 0; i < run.fates.size() && ok(); ++i) {
            const qint64 length = run.fates[i].length;
            expect("messages", i, run.fates[i].preview.size(), length,
                   [length] { return TraceValidator::tr("the message's %1 bytes").arg(length); });
        }
        for (qsizetype i = 0; i < run.frames.size() && ok(); ++i) {
            const Frame &f = run.frames[i];
            if (f.payloadBytes < 0)
                continue; // a trace from before payload_bytes
            if (f.payloadBytes > f.length)
                fail(QStringLiteral("%1.frames[%2].payload_bytes").arg(path).arg(i),
                     TraceValidator::tr("%1 is more than the frame's length %2")
                         .arg(f.payloadBytes)
                         .arg(f.length));
            const qint64 payload = f.payloadBytes;
            expect("frames", i, f.preview.size(), payload,
                   [payload] { return TraceValidator::tr("the message's %1 bytes").arg(payload); });
        }
    }

    // Sends carry messages in order (a message may take several calls), each message names its
    // first send, and a message no send carries names none. The table, the links and the fate
    // marks index the sends with a message's first send and the messages with a send's.
    void checkMessages(const Run &run, const QString &path)
    {
        const SendList &sends = run.sends;
        const QList<MessageFate> &messages = run.fates;
        // A send-to run has no messages; its sends still number theirs in order.
        const bool hasMessages = !isOneSided(run);
        const bool udp = run.protocol == Protocol::Udp;
        auto at = [&](qsizetype i, const char *field) {
            return QStringLiteral("%1.sends[%2].%3").arg(path).arg(i).arg(QLatin1String(field));
        };
        std::vector<int> firstSend(size_t(messages.size()), -1);
        int previous = 0;
        for (qsizetype i = 0; i < sends.size() && ok(); ++i) {
            const int m = sends.get<&SendEvent::message>(i);
            if (m < previous) {
                fail(at(i, "message"),
                     TraceValidator::tr("%1 comes after message %2: sends go in message order")
                         .arg(m)
                         .arg(previous));
                return;
            }
            previous = m;
            if (!hasMessages)
                continue;
            if (m >= messages.size()) {
                fail(at(i, "message"),
                     TraceValidator::tr("%1 is not a message of this run").arg(m));
                return;
            }
            if (firstSend[size_t(m)] < 0)
                firstSend[size_t(m)] = int(i);
            const MessageFate &message = messages[m];
            const qint64 requested = sends.get<&SendEvent::requested>(i);
            const qint64 offset = sends.get<&SendEvent::offset>(i);
            const qint64 end = offset + sends.get<&SendEvent::accepted>(i);
            // A datagram is exactly its message; a TCP send's bytes are a part of its message's.
            if (udp && requested != message.length)
                fail(at(i, "requested"),
                     TraceValidator::tr("%1 bytes, but message %2 is %3 bytes (a datagram is "
                                        "exactly its message)")
                         .arg(requested)
                         .arg(m)
                         .arg(message.length));
            else if (!udp && (offset < message.offset || end > message.offset + message.length))
                fail(at(i, "offset"),
                     TraceValidator::tr("stream bytes %1 to %2 are not in message %3 (bytes %4 "
                                        "to %5)")
                         .arg(offset)
                         .arg(end)
                         .arg(m)
                         .arg(message.offset)
                         .arg(message.offset + message.length));
        }
        qint64 streamOffset = 0;
        for (qsizetype m = 0; m < messages.size() && ok(); ++m) {
            const MessageFate &message = messages[m];
            if (message.firstSend != firstSend[size_t(m)])
                checkFirstSend(QStringLiteral("%1.messages[%2].send").arg(path).arg(m), sends,
                               int(m), message.firstSend, firstSend[size_t(m)]);
            if (udp)
                continue;
            // TCP messages follow one another on the stream. Each offset and length is below
            // kMaxNs, so the sum cannot overflow before it is compared.
            if (message.offset != streamOffset)
                fail(QStringLiteral("%1.messages[%2].offset").arg(path).arg(m),
                     TraceValidator::tr("%1, expected %2 (each message starts where the one "
                                        "before ended)")
                         .arg(message.offset)
                         .arg(streamOffset));
            streamOffset += message.length;
        }
    }

    void checkFirstSend(const QString &field, const SendList &sends, int message, int named,
                        int first)
    {
        if (named < 0)
            fail(field, TraceValidator::tr("null, but send %1 carries this message").arg(first));
        else if (named >= sends.size())
            fail(field, TraceValidator::tr("%1 is not a send of this run").arg(named));
        else if (const int carried = sends.get<&SendEvent::message>(named); carried != message)
            fail(field,
                 TraceValidator::tr("send %1 carries message %2, not this one")
                     .arg(named)
                     .arg(carried));
        else
            fail(field,
                 TraceValidator::tr("send %1 is not the message's first send: send %2 is")
                     .arg(named)
                     .arg(first));
    }

    // A message's and a frame's recvs are recvs of the run.
    void checkRecvLists(const Run &run, const QString &path)
    {
        auto check = [&](const char *list, qsizetype i, const QList<int> &ids) {
            for (qsizetype k = 0; k < ids.size() && ok(); ++k) {
                if (ids[k] >= run.recvs.size())
                    fail(QStringLiteral("%1.%2[%3].recvs[%4]")
                             .arg(path, QLatin1String(list))
                             .arg(i)
                             .arg(k),
                         TraceValidator::tr("%1 is not a recv of this run").arg(ids[k]));
            }
        };
        for (qsizetype i = 0; i < run.fates.size() && ok(); ++i)
            check("messages", i, run.fates[i].recvs);
        for (qsizetype i = 0; i < run.frames.size() && ok(); ++i)
            check("frames", i, run.frames[i].recvs);
    }

    void checkSegments(const Run &run, const QString &path)
    {
        auto at = [&](qsizetype i, const char *field) {
            return QStringLiteral("%1.segments[%2].%3").arg(path).arg(i).arg(QLatin1String(field));
        };
        int lastRecv = -1; // the socket's queue is FIFO: later datagrams, later recvs
        for (qsizetype i = 0; i < run.segments.size() && ok(); ++i) {
            const Segment &g = run.segments[i];
            if (g.message >= run.fates.size())
                fail(at(i, "message"),
                     TraceValidator::tr("%1 is not a message of this run").arg(g.message));
            else if (g.recv >= 0 && (run.protocol != Protocol::Udp || g.ack))
                fail(at(i, "recv"), TraceValidator::tr("only a UDP datagram names its recv()"));
            else if (g.recv >= run.recvs.size())
                fail(at(i, "recv"), TraceValidator::tr("%1 is not a recv of this run").arg(g.recv));
            else if (g.recv >= 0 && g.recv <= lastRecv)
                fail(at(i, "recv"),
                     TraceValidator::tr("%1 is not after the recv of an earlier datagram (%2)")
                         .arg(g.recv)
                         .arg(lastRecv));
            else if (run.wire == Wire::Captured && (g.lost || g.duplicate))
                fail(at(i, g.lost ? "lost" : "duplicate"),
                     TraceValidator::tr("a captured packet was seen on the wire, once"));
            else if (g.arriveNs >= 0 && g.arriveNs < g.tNs)
                fail(at(i, "arrive_ns"),
                     TraceValidator::tr("%1 is before the packet left (t_ns %2)")
                         .arg(g.arriveNs)
                         .arg(g.tNs));
            lastRecv = std::max(lastRecv, g.recv);
        }
    }
};

} // namespace

QString TraceValidator::check(const Trace &trace)
{
    Checker checker;
    for (qsizetype i = 0; i < trace.runs.size() && checker.ok(); ++i)
        checker.checkRun(trace, i);
    if (checker.ok())
        checker.checkExpectations(trace);
    return checker.error;
}

} // namespace sockscope
