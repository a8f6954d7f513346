#include "analysis/segmentlinks.h"

#include "analysis/runattribution.h"

#include <algorithm>

namespace sockscope {

namespace {

bool carries(const Segment &g)
{
    return !g.ack && g.bytes > 0 && !g.lost;
}

bool overlaps(qint64 begin, qint64 length, qint64 otherBegin, qint64 otherLength)
{
    return length > 0 && otherLength > 0 && begin < otherBegin + otherLength
        && otherBegin < begin + length;
}

} // namespace

QList<int> SegmentLinks::segmentsOfSend(const Run &run, int send)
{
    QList<int> out;
    if (send < 0 || send >= run.sends.size())
        return out;
    const SendEvent s = run.sends.at(send);
    for (int i = 0; i < run.segments.size(); ++i) {
        const Segment &g = run.segments.at(i);
        if (!carries(g))
            continue;
        const bool holds = run.protocol == Protocol::Udp
            ? g.message == s.message && s.accepted > 0
            : overlaps(g.offset, g.bytes, s.offset, s.accepted);
        if (holds && (!g.retransmit || out.isEmpty()))
            out << i;
        if (run.protocol == Protocol::Udp && holds)
            break;
    }
    return out;
}

QList<int> SegmentLinks::segmentsOfRecv(const Run &run, int recv)
{
    QList<int> out;
    if (recv < 0 || recv >= run.recvs.size())
        return out;
    const RecvEvent r = run.recvs.at(recv);
    if (r.bytes <= 0)
        return out;
    for (int i = 0; i < run.segments.size(); ++i) {
        const Segment &g = run.segments.at(i);
        if (!carries(g))
            continue;
        const bool holds = run.protocol == Protocol::Udp
            ? g.recv == recv || (r.seq >= 0 && g.message == r.seq)
            : overlaps(g.offset, g.bytes, r.offset, r.bytes);
        if (holds && (!g.retransmit || out.isEmpty()))
            out << i;
        if (run.protocol == Protocol::Udp && holds)
            break;
    }
    return out;
}

QList<int> SegmentLinks::sendsOfSegment(const Run &run, int segment)
{
    QList<int> out;
    if (segment < 0 || segment >= run.segments.size() || !carries(run.segments.at(segment)))
        return out;
    const Segment &g = run.segments.at(segment);
    for (int i = 0; i < run.sends.size(); ++i) {
        const SendEvent s = run.sends.at(i);
        if (run.protocol == Protocol::Udp ? s.message == g.message && s.accepted > 0
                                          : overlaps(g.offset, g.bytes, s.offset, s.accepted))
            out << i;
    }
    return out;
}

QList<int> SegmentLinks::recvsOfSegment(const Run &run, int segment)
{
    QList<int> out;
    if (segment < 0 || segment >= run.segments.size() || !carries(run.segments.at(segment)))
        return out;
    const Segment &g = run.segments.at(segment);
    // An observed datagram names the recv() that read it (DatagramMatcher).
    if (g.recv >= 0) {
        if (g.recv < run.recvs.size())
            out << g.recv;
        return out;
    }
    for (int i = 0; i < run.recvs.size(); ++i) {
        const RecvEvent r = run.recvs.at(i);
        if (run.protocol == Protocol::Udp ? r.seq >= 0 && r.seq == g.message
                                          : overlaps(g.offset, g.bytes, r.offset, r.bytes))
            out << i;
    }
    return out;
}

int SegmentLinks::messageOf(const Run &run, int segment)
{
    if (segment < 0 || segment >= run.segments.size())
        return -1;
    const Segment &g = run.segments.at(segment);
    if (g.ack)
        return -1;
    if (run.protocol == Protocol::Tcp && (!run.sends.isEmpty() || !isOneSided(run)))
        return messageAt(run, g.offset);
    if (run.protocol == Protocol::Tcp) {
        // An observed stream's messages are its decoded frames: the one of the first byte.
        const auto it = std::upper_bound(
            run.frames.cbegin(), run.frames.cend(), g.offset,
            [](qint64 o, const Frame &f) { return o < f.offset + std::max<qint64>(f.length, 0); });
        const bool good = it != run.frames.cend() && it->offset <= g.offset && it->complete
            && it->error.isEmpty();
        return good ? it->id : -1;
    }
    if (g.message >= 0)
        return g.message;
    return g.recv >= 0 && g.recv < run.recvs.size() ? RunAttribution::messageOfRecv(run, g.recv)
                                                    : -1;
}

int SegmentLinks::messageAt(const Run &run, qint64 offset)
{
    // TCP sends are in stream order: the last one starting at or before offset holds the byte.
    // Sends, not fates, so that it also works for a partly revealed run (replay).
    const auto it = std::upper_bound(run.sends.cbegin(), run.sends.cend(), offset,
                                     [](qint64 o, const SendEvent &e) { return o < e.offset; });
    if (it == run.sends.cbegin())
        return -1;
    for (auto s = std::prev(it);; --s) {
        if (s->accepted > 0)
            return offset < s->offset + s->accepted ? s->message : -1;
        if (s == run.sends.cbegin())
            return -1;
    }
}

int SegmentLinks::dataNumber(const Run &run, int segment)
{
    if (segment < 0 || segment >= run.segments.size() || !carries(run.segments.at(segment)))
        return -1;
    return int(std::count_if(run.segments.cbegin(), run.segments.cbegin() + segment,
                             [](const Segment &g) { return carries(g); }));
}

} // namespace sockscope
