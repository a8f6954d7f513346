#include "analysis/runattribution.h"

#include <algorithm>

namespace sockscope {

namespace {

double fraction(qint64 part, qint64 whole)
{
    return whole > 0 ? std::clamp(double(part) / double(whole), 0.0, 1.0) : 0.0;
}

} // namespace

QList<ByteSpan> RunAttribution::ofRecv(const Run &run, int recv)
{
    if (recv < 0 || recv >= run.recvs.size())
        return {};
    if (run.protocol == Protocol::Tcp)
        return tcpOfRecv(run, recv);
    const int message = messageOfRecv(run, recv);
    const int send = sendOfMessage(run, message);
    if (send < 0)
        return {};
    return { udpSpan(run, send, recv, message) };
}

QList<ByteSpan> RunAttribution::ofSend(const Run &run, int send)
{
    if (send < 0 || send >= run.sends.size())
        return {};
    if (run.protocol == Protocol::Tcp)
        return tcpOfSend(run, send);
    const int message = run.sends.get<&SendEvent::message>(send);
    if (sendOfMessage(run, message) != send)
        return {};
    QList<ByteSpan> out;
    if (const MessageFate *f = fate(run, message)) {
        for (int r : f->recvs) {
            if (r >= 0 && r < run.recvs.size())
                out.append(udpSpan(run, send, r, message));
        }
        return out;
    }
    // Still recording: loopback delivers datagrams in order, so the receiver's sequence numbers
    // ascend and a binary search finds the datagram (or proves it has not arrived yet).
    const auto it = std::lower_bound(run.recvs.cbegin(), run.recvs.cend(), message,
                                     [](const RecvEvent &r, int m) { return r.seq < m; });
    if (it != run.recvs.cend() && it->seq == message)
        out.append(udpSpan(run, send, int(it - run.recvs.cbegin()), message));
    return out;
}

int RunAttribution::messageOfRecv(const Run &run, int recv)
{
    if (run.protocol == Protocol::Tcp) {
        const auto spans = tcpOfRecv(run, recv);
        return spans.isEmpty() ? -1 : spans.first().message;
    }
    if (const int seq = run.recvs.get<&RecvEvent::seq>(recv); seq >= 0)
        return seq;
    // A foreign sender's datagrams carry no sequence numbers: an observed run's messages are the
    // datagrams it read, numbered in the order read (as a one-sided TCP run's are its frames).
    if (isOneSided(run)) {
        return run.recvs.get<&RecvEvent::error>(recv) == 0
                && run.recvs.get<&RecvEvent::bytes>(recv) >= 0
            ? recv
            : -1;
    }
    // A header-less datagram (the empty message): only the analysis knows whose it was.
    for (const MessageFate &f : run.fates) {
        if (f.recvs.contains(recv))
            return f.message;
    }
    return -1;
}

int RunAttribution::peekedMessage(const Run &run, int recv)
{
    if (recv < 0 || recv >= run.recvs.size() || !run.recvs.get<&RecvEvent::peek>(recv)
        || run.recvs.get<&RecvEvent::error>(recv) != 0)
        return -1;
    const std::optional<qint64> size = run.recvs.get<&RecvEvent::datagramSize>(recv);
    for (int r = recv + 1; r < run.recvs.size(); ++r) {
        if (run.recvs.get<&RecvEvent::peek>(r))
            continue;
        if (run.recvs.get<&RecvEvent::error>(r) != 0
            || run.recvs.get<&RecvEvent::datagramSize>(r) != size)
            return -1;
        return messageOfRecv(run, r);
    }
    return -1;
}

int RunAttribution::sendOfMessage(const Run &run, int message)
{
    if (message < 0)
        return -1;
    // Sends ascend by message; a message may take several calls (EAGAIN retries, parts). Field
    // by field, as in tcpOfRecv.
    const SendList &sends = run.sends;
    qsizetype lo = 0;
    qsizetype hi = sends.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (message < sends.get<&SendEvent::message>(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    for (qsizetype i = lo - 1; i >= 0; --i) {
        if (sends.get<&SendEvent::message>(i) != message)
            return -1;
        if (sends.get<&SendEvent::error>(i) == 0)
            return int(i);
    }
    return -1;
}

const MessageFate *RunAttribution::fate(const Run &run, int message)
{
    if (message >= 0 && message < run.fates.size() && run.fates.at(message).message == message)
        return &run.fates.at(message);
    for (const MessageFate &f : run.fates) {
        if (f.message == message)
            return &f;
    }
    return nullptr;
}

QList<ByteSpan> RunAttribution::tcpOfRecv(const Run &run, int recv)
{
    // Field by field: the renderer asks this for every recv in view, and a whole event (its
    // preview included) per step of the search cost more than the rest of a frame.
    const qint64 bytes = run.recvs.get<&RecvEvent::bytes>(recv);
    QList<ByteSpan> out;
    if (bytes <= 0)
        return out;
    const qint64 begin = run.recvs.get<&RecvEvent::offset>(recv);
    const qint64 end = begin + bytes;
    if (run.sends.isEmpty() && isOneSided(run))
        return framesOfRecv(run, recv, begin, end);
    const SendList &sends = run.sends;
    const auto offset = [&](qsizetype i) { return sends.get<&SendEvent::offset>(i); };
    const auto accepted = [&](qsizetype i) { return sends.get<&SendEvent::accepted>(i); };
    // Send ends ascend with the stream offset, so the first send that reaches past the
    // recv's first byte is found by binary search.
    qsizetype lo = 0;
    qsizetype hi = sends.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (begin < offset(mid) + std::max<qint64>(accepted(mid), 0))
            hi = mid;
        else
            lo = mid + 1;
    }
    for (qsizetype i = lo; i < sends.size() && offset(i) < end; ++i) {
        const qint64 took = accepted(i);
        if (took <= 0)
            continue;
        const qint64 a = std::max(begin, offset(i));
        const qint64 b = std::min(end, offset(i) + took);
        if (b <= a)
            continue;
        out.append(ByteSpan{ int(i), recv, sends.get<&SendEvent::message>(i), b - a,
                             fraction(a - offset(i), took), fraction(b - offset(i), took),
                             fraction(a - begin, bytes), fraction(b - begin, bytes) });
    }
    return out;
}

QList<ByteSpan> RunAttribution::framesOfRecv(const Run &run, int recv, qint64 begin, qint64 end)
{
    QList<ByteSpan> out;
    const qint64 bytes = end - begin;
    // Frames tile the stream in order: the first that reaches past the recv's first byte.
    auto it = std::upper_bound(
        run.frames.cbegin(), run.frames.cend(), begin,
        [](qint64 b, const Frame &f) { return b < f.offset + std::max<qint64>(f.length, 0); });
    for (; it != run.frames.cend() && it->offset < end; ++it) {
        // A frame the decoder rejected or could not finish is no message of the sender's.
        if (!it->complete || !it->error.isEmpty())
            continue;
        const qint64 a = std::max(begin, it->offset);
        const qint64 b = std::min(end, it->offset + it->length);
        if (b <= a)
            continue;
        out.append(ByteSpan{ -1, recv, it->id, b - a, 0, 1, fraction(a - begin, bytes),
                             fraction(b - begin, bytes) });
    }
    return out;
}

QList<ByteSpan> RunAttribution::tcpOfSend(const Run &run, int send)
{
    // Field by field, as in tcpOfRecv.
    const qint64 accepted = run.sends.get<&SendEvent::accepted>(send);
    QList<ByteSpan> out;
    if (accepted <= 0)
        return out;
    const qint64 begin = run.sends.get<&SendEvent::offset>(send);
    const qint64 end = begin + accepted;
    const int message = run.sends.get<&SendEvent::message>(send);
    const RecvList &recvs = run.recvs;
    const auto offset = [&](qsizetype i) { return recvs.get<&RecvEvent::offset>(i); };
    const auto bytes = [&](qsizetype i) { return recvs.get<&RecvEvent::bytes>(i); };
    qsizetype lo = 0;
    qsizetype hi = recvs.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (begin < offset(mid) + std::max<qint64>(bytes(mid), 0))
            hi = mid;
        else
            lo = mid + 1;
    }
    for (qsizetype i = lo; i < recvs.size() && offset(i) < end; ++i) {
        const qint64 got = bytes(i);
        if (got <= 0)
            continue;
        const qint64 a = std::max(begin, offset(i));
        const qint64 b = std::min(end, offset(i) + got);
        if (b <= a)
            continue;
        out.append(ByteSpan{ send, int(i), message, b - a, fraction(a - begin, accepted),
                             fraction(b - begin, accepted), fraction(a - offset(i), got),
                             fraction(b - offset(i), got) });
    }
    return out;
}

ByteSpan RunAttribution::udpSpan(const Run &run, int send, int recv, int message)
{
    const qint64 accepted = run.sends.get<&SendEvent::accepted>(send);
    const qint64 bytes = run.recvs.get<&RecvEvent::bytes>(recv);
    // The receive box stands for the whole datagram; a truncated recv holds only its front.
    return ByteSpan{ send,  recv, message,
                     bytes, 0.0,  accepted > 0 ? fraction(bytes, accepted) : 1.0,
                     0.0,   1.0 };
}

} // namespace sockscope
