#pragma once

#include "model/trace.h"

#include <QByteArray>

// Hand-made traces for renderer, hit-test and exporter tests: known events at known times, so
// that a test can say where a box must be and what colour it must have.
namespace sockscope::fixture {

inline SendEvent send(int id, int message, qint64 tNs, qint64 bytes, qint64 offset,
                      const QByteArray &preview)
{
    SendEvent s;
    s.id = id;
    s.message = message;
    s.tNs = tNs;
    s.durNs = 1000;
    s.requested = bytes;
    s.accepted = bytes;
    s.offset = offset;
    s.unsentAfter = 0;
    s.preview = preview;
    return s;
}

inline RecvEvent recv(int id, qint64 tNs, qint64 bytes, qint64 offset, const QByteArray &preview)
{
    RecvEvent r;
    r.id = id;
    r.tNs = tNs;
    r.requested = 1024;
    r.bytes = bytes;
    r.offset = offset;
    r.queuedBefore = bytes;
    r.preview = preview;
    return r;
}

inline MessageFate fate(int message, int send, qint64 offset, qint64 length, Fate f,
                        QList<int> recvs)
{
    MessageFate m;
    m.message = message;
    m.firstSend = send;
    m.offset = offset;
    m.length = length;
    m.fate = f;
    m.recvs = std::move(recvs);
    return m;
}

// TCP: "hello" at 0 ms and "world" at 10 ms, both read by one recv at 50 ms: "helloworld".
inline Run tcpMerged()
{
    Run run;
    run.label = QStringLiteral("TCP");
    run.protocol = Protocol::Tcp;
    run.sends = { send(0, 0, 0, 5, 0, "hello"), send(1, 1, 10'000'000, 5, 5, "world") };
    run.recvs = { recv(0, 50'000'000, 10, 0, "helloworld") };
    run.fates = { fate(0, 0, 0, 5, Fate::Merged, { 0 }), fate(1, 1, 5, 5, Fate::Merged, { 0 }) };
    run.summary.messages = 2;
    run.summary.merged = 2;
    run.summary.sentBytes = run.summary.receivedBytes = 10;
    run.summary.recvCalls = 1;
    run.summary.conserved = true;
    run.durationNs = 60'000'000;
    return run;
}

// UDP: datagram 0 arrives whole, 1 is lost, 2 is truncated from 100 to 10 bytes.
inline Run udpLossAndTruncation()
{
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    run.sends = { send(0, 0, 0, 14, 0, "datagram-0"), send(1, 1, 10'000'000, 14, 0, "datagram-1"),
                  send(2, 2, 20'000'000, 104, 0, QByteArray(100, 'x')) };
    RecvEvent first = recv(0, 30'000'000, 14, 0, "datagram-0");
    first.seq = 0;
    first.datagramSize = 14;
    RecvEvent cut = recv(1, 45'000'000, 10, 0, "xxxxxx");
    cut.seq = 2;
    cut.requested = 10;
    cut.datagramSize = 104;
    cut.truncated = true;
    run.recvs = { first, cut };
    run.fates = { fate(0, 0, 0, 14, Fate::Intact, { 0 }), fate(1, 1, 0, 14, Fate::Lost, {}),
                  fate(2, 2, 0, 104, Fate::Truncated, { 1 }) };
    run.summary.messages = 3;
    run.summary.intact = 1;
    run.summary.lost = 1;
    run.summary.truncated = 1;
    run.durationNs = 60'000'000;
    return run;
}

inline Trace trace(QList<Run> runs)
{
    Trace t;
    t.lesson = QStringLiteral("fixture");
    t.runs = std::move(runs);
    return t;
}

// n UDP datagrams 1 µs apart, each read at once; every 1000th is lost.
inline Run denseUdp(int n)
{
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    run.sends.reserve(n);
    run.recvs.reserve(n);
    for (int i = 0; i < n; ++i) {
        run.sends.append(send(i, i, qint64(i) * 1000, 14, 0, "m"));
        const bool lost = i % 1000 == 500;
        run.fates.append(fate(i, i, 0, 14, lost ? Fate::Lost : Fate::Intact, {}));
        if (lost)
            continue;
        RecvEvent r = recv(int(run.recvs.size()), qint64(i) * 1000 + 500, 14, 0, "m");
        r.seq = i;
        run.fates.last().recvs = { int(run.recvs.size()) };
        run.recvs.append(r);
    }
    run.summary.messages = n;
    run.durationNs = qint64(n) * 1000;
    return run;
}

} // namespace sockscope::fixture

namespace sockscope::fixture {

// n UDP datagrams 5 ms apart, each read whole 1 ms later.
inline Run udpIntact(int n)
{
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    for (int i = 0; i < n; ++i) {
        const QByteArray body = "dgram-" + QByteArray::number(i);
        run.sends.append(send(i, i, qint64(i) * 5'000'000, body.size() + 4, 0, body));
        RecvEvent r = recv(i, qint64(i) * 5'000'000 + 1'000'000, body.size() + 4, 0, body);
        r.seq = i;
        r.datagramSize = r.bytes;
        run.recvs.append(r);
        run.fates.append(fate(i, i, 0, r.bytes, Fate::Intact, { i }));
    }
    run.summary.messages = run.summary.intact = n;
    run.durationNs = qint64(n) * 5'000'000;
    return run;
}

} // namespace sockscope::fixture

namespace sockscope::fixture {

// An observed UDP run (no messages of the sender's known) with a captured wire: datagram #0
// read by recv #0, #1 dropped at the full buffer, #2 read by recv #1, #3 read by no recv the
// evidence names (recv #2's link was left out).
inline Run observedUdp()
{
    Run run;
    run.label = QStringLiteral("observed");
    run.protocol = Protocol::Udp;
    run.mode = Mode::Real;
    run.role = Role::Observer;
    run.wire = Wire::Captured;
    run.peers = { QStringLiteral("127.0.0.1:40000") };
    for (int i = 0; i < 4; ++i) {
        Segment g;
        g.tNs = g.arriveNs = 1'000'000 + i * 2'000'000;
        g.bytes = 5;
        g.dropped = i == 1;
        g.recv = i == 0 ? 0 : i == 2 ? 1 : -1;
        run.segments << g;
    }
    for (int i = 0; i < 3; ++i) {
        RecvEvent r;
        r.id = i;
        r.tNs = 10'000'000 + i * 1'000'000;
        r.requested = 512;
        r.bytes = 5;
        r.datagramSize = 5;
        r.peer = 0;
        r.preview = QByteArray("abcde");
        run.recvs.append(r);
    }
    run.summary.recvCalls = 3;
    run.summary.receivedBytes = 15;
    run.durationNs = 14'000'000;
    return run;
}

} // namespace sockscope::fixture

namespace sockscope::fixture {

// An observed TCP client with a length:4:be decoder and a captured wire: "hello" and "world"
// (9 bytes each with the prefix) arrive as recvs of 12 and 6 bytes in segments of 12 and 6
// bytes, then 8 bytes whose 0xFFFFFFFF prefix the decoder rejects, in a segment of their own.
inline Run observedTcpFramed()
{
    Run run;
    run.label = QStringLiteral("TCP client 127.0.0.1:5555");
    run.protocol = Protocol::Tcp;
    run.mode = Mode::Real;
    run.role = Role::Observer;
    run.wire = Wire::Captured;
    run.peers = { QStringLiteral("127.0.0.1:5555") };
    run.scenario.framing = QStringLiteral("length:4:be");
    run.recvs = { recv(0, 10'000'000, 12, 0, QByteArray("\0\0\0\5hello\0\0\0", 12)),
                  recv(1, 30'000'000, 6, 12, QByteArray("\5world", 6)),
                  recv(2, 50'000'000, 8, 18, QByteArray("\xff\xff\xff\xffjunk", 8)) };
    const auto frame
        = [](int id, qint64 offset, qint64 length, QList<int> recvs, const QByteArray &preview) {
              Frame f;
              f.id = id;
              f.offset = offset;
              f.length = length;
              f.payloadBytes = preview.size();
              f.recvs = std::move(recvs);
              f.preview = preview;
              return f;
          };
    run.frames = { frame(0, 0, 9, { 0 }, "hello"), frame(1, 9, 9, { 0, 1 }, "world"),
                   frame(2, 18, 4, { 2 }, {}) };
    run.frames[2].complete = false;
    run.frames[2].error = QStringLiteral("the length prefix announces too many bytes");
    for (const auto &[t, offset, bytes] :
         { std::tuple{ 9'000'000, 0, 12 }, std::tuple{ 29'000'000, 12, 6 },
           std::tuple{ 49'000'000, 18, 8 } }) {
        Segment g;
        g.tNs = g.arriveNs = t;
        g.offset = offset;
        g.bytes = bytes;
        run.segments << g;
    }
    run.durationNs = 60'000'000;
    return run;
}

} // namespace sockscope::fixture
