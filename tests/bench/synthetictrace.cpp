#include "synthetictrace.h"

#include <algorithm>
#include <cmath>

namespace sockscope::bench {

namespace {

constexpr int kMessageBytes = 10;

QByteArray message(int n)
{
    // "m-0000042;" : ten bytes, like the lessons' small messages.
    return QByteArrayLiteral("m-") + QByteArray::number(n % 10'000'000).rightJustified(7, '0')
        + ';';
}

} // namespace

Trace SyntheticTrace::make(int events)
{
    Trace trace;
    trace.lesson = QStringLiteral("side-by-side");
    trace.scenario.count = events / 4;
    trace.runs = { tcpRun(events / 4, 1'000'000'000), udpRun(events / 4, 1'000'000'000) };
    return trace;
}

Run SyntheticTrace::tcpRun(int messages, qint64 spanNs)
{
    Run run;
    run.label = QStringLiteral("TCP");
    run.protocol = Protocol::Tcp;
    run.scenario.protocol = Scenario::Protocols::Tcp;
    run.scenario.count = messages;
    run.messages.reserve(messages);
    run.sends.reserve(messages);
    const qint64 step = spanNs / std::max(1, messages);
    QByteArray stream;
    stream.reserve(qsizetype(messages) * kMessageBytes);
    for (int n = 0; n < messages; ++n) {
        const QByteArray m = message(n);
        run.messages.append(m);
        SendEvent s;
        s.id = n;
        s.message = n;
        s.tNs = n * step;
        s.durNs = step / 3;
        s.requested = s.accepted = m.size();
        s.offset = stream.size();
        s.unsentAfter = (n % 7) * kMessageBytes;
        s.preview = m;
        run.sends.append(s);
        stream.append(m);
    }
    // The reader falls behind and catches up again, over the stream: recv sizes cycle 10, 20,
    // 5, 5 (intact, merged and split messages) for the first quarter, then hold 1 to 32 messages
    // (growing by a factor of 2 every 7% of the stream), 32 until three quarters, and then half a
    // message each. About 0.85 recvs per send. A recv returns when the last message it holds was
    // sent, and never before the previous recv returned.
    static constexpr int sizes[] = { 10, 20, 5, 5 };
    const qint64 total = stream.size();
    qint64 offset = 0;
    qint64 previousEnd = -1;
    for (int i = 0; offset < total; ++i) {
        const double f = double(offset) / double(total);
        qint64 size = 5;
        if (f < 0.25)
            size = sizes[i % 4];
        else if (f < 0.6)
            size = kMessageBytes * qint64(std::exp2(std::floor(5 * (f - 0.25) / 0.35 * 4) / 4));
        else if (f < 0.75)
            size = 32 * kMessageBytes;
        RecvEvent r;
        r.id = i;
        r.bytes = std::min<qint64>(size, total - offset);
        const qint64 lastMessage = (offset + r.bytes - 1) / kMessageBytes;
        r.tNs = std::max(lastMessage * step + step / 2, previousEnd + 1);
        r.durNs = step / 5;
        previousEnd = r.tNs + r.durNs;
        r.requested = 1024;
        r.offset = offset;
        r.queuedBefore = r.bytes;
        r.preview = stream.mid(offset, std::min<qint64>(r.bytes, 64));
        offset += r.bytes;
        run.recvs.append(r);
    }
    run.durationNs = spanNs;
    return run;
}

Run SyntheticTrace::udpRun(int messages, qint64 spanNs)
{
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    run.scenario.protocol = Scenario::Protocols::Udp;
    run.scenario.count = messages;
    run.scenario.recvSize = kMessageBytes;
    run.messages.reserve(messages);
    run.sends.reserve(messages);
    const qint64 step = spanNs / std::max(1, messages);
    for (int n = 0; n < messages; ++n) {
        const QByteArray m = message(n);
        const QByteArray &datagram = m;
        run.messages.append(datagram);
        SendEvent s;
        s.id = n;
        s.message = n;
        s.tNs = n * step;
        s.durNs = step / 4;
        s.requested = s.accepted = datagram.size();
        s.preview = m;
        run.sends.append(s);
        // Every 50th datagram is lost, every 37th truncated to 6 of its 10 bytes.
        if (n % 50 == 49)
            continue;
        RecvEvent r;
        r.id = int(run.recvs.size());
        r.tNs = n * step + step / 2;
        r.durNs = step / 5;
        r.requested = run.scenario.recvSize;
        r.datagramSize = datagram.size();
        r.queuedBefore = datagram.size();
        r.truncated = n % 37 == 36;
        r.bytes = r.truncated ? 6 : datagram.size();
        r.seq = n;
        r.preview = m.left(int(r.bytes));
        run.recvs.append(r);
    }
    run.durationNs = spanNs;
    return run;
}

} // namespace sockscope::bench
