#include "analysis/analysis.h"

#include "util/idlistslicer.h"

#include <algorithm>
#include <cerrno>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace sockscope {

namespace {

// A million events are tens of megabytes of SendEvent/RecvEvent/MessageFate: every pass over
// them is a trip through main memory. So each list is walked as few times as possible (sums,
// orders and fates are gathered in the same pass), each fate is written once, in place, and
// the fates' recv lists are slices of one block of ids (IdListSlicer), not an allocation each.

// What the sender did for one message, and the send totals, in one pass over the sends.
struct SendInfo
{
    std::vector<int> firstSend; // per message: id of its first send() call, -1 if none
    std::vector<char> sent; // per message: the kernel took the datagram (UDP)
    std::vector<qint64> accepted; // per message: bytes its send() calls handed over (TCP)
};

SendInfo collectSends(const Run &run, Summary &summary)
{
    const qsizetype n = run.messages.size();
    SendInfo info{ std::vector<int>(size_t(n), -1), std::vector<char>(size_t(n), 0),
                   std::vector<qint64>(size_t(n), 0) };
    const SendList &sends = run.sends;
    for (qsizetype i = 0; i < sends.size(); ++i) {
        const qint64 accepted = sends.get<&SendEvent::accepted>(i);
        summary.sentBytes += std::max<qint64>(accepted, 0);
        if (accepted > 0 && accepted < sends.get<&SendEvent::requested>(i))
            ++summary.partialSends;
        const int message = sends.get<&SendEvent::message>(i);
        if (message < 0 || message >= n)
            continue;
        const auto m = size_t(message);
        if (info.firstSend[m] < 0)
            info.firstSend[m] = sends.id(i);
        info.accepted[m] += std::max<qint64>(accepted, 0);
        // An empty datagram is "accepted" with a return value of 0; any other send counts once
        // the kernel took bytes (EAGAIN sends return 0 with an error).
        if (accepted > 0
            || (sends.get<&SendEvent::error>(i) == 0 && run.messages.at(message).isEmpty()))
            info.sent[m] = 1;
    }
    return info;
}

// Message i's fate, with what every protocol knows about the message; attribution fills in
// the rest. Written in place: run.fates already holds a default fate per message.
MessageFate &startFate(Run &run, int i, const SendInfo &sends)
{
    MessageFate &f = run.fates.data()[i];
    f.message = i;
    f.firstSend = sends.firstSend[size_t(i)];
    f.length = run.messages.at(i).size();
    return f;
}

// The recvs that returned data, in stream order: their stream bytes and ids, gathered in the
// one pass over the recvs that also sums the bytes received, so that the sweep reads these
// small arrays instead of the events again. The runners record recvs in call order, which on
// TCP is stream order; sorting is only a safety net for hand-made traces.
struct StreamRecvs
{
    struct Range
    {
        qint64 begin = 0;
        qint64 end = 0;
    };
    std::vector<Range> ranges;
    std::vector<int> ids;
};

StreamRecvs dataRecvsInStreamOrder(const RecvList &recvs, qint64 &receivedBytes)
{
    StreamRecvs out;
    out.ranges.reserve(size_t(recvs.size()));
    out.ids.reserve(size_t(recvs.size()));
    bool sorted = true;
    for (qsizetype i = 0; i < recvs.size(); ++i) {
        const qint64 bytes = recvs.get<&RecvEvent::bytes>(i);
        receivedBytes += std::max<qint64>(bytes, 0);
        if (bytes <= 0)
            continue;
        const qint64 offset = recvs.get<&RecvEvent::offset>(i);
        sorted = sorted && (out.ranges.empty() || offset >= out.ranges.back().begin);
        out.ranges.push_back({ offset, offset + bytes });
        out.ids.push_back(recvs.id(i));
    }
    if (sorted)
        return out;
    std::vector<size_t> order(out.ranges.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&out](size_t a, size_t b) {
        return out.ranges[a].begin < out.ranges[b].begin;
    });
    StreamRecvs inOrder;
    for (const size_t k : order) {
        inOrder.ranges.push_back(out.ranges[k]);
        inOrder.ids.push_back(out.ids[k]);
    }
    return inOrder;
}

// Message ranges and recv ranges are both disjoint and ascending, so one sweep with two
// pointers finds every overlap: a recv is revisited only by the messages it overlaps, which
// keeps the whole pass O(messages + recvs) even for a million events.
void analyseTcp(Run &run, const SendInfo &sends)
{
    // Reads go through const references: a non-const operator[] on a list that another copy of
    // the trace shares (the GUI's, a LiveFeed batch) would deep-copy a million events first.
    const QList<QByteArray> &messages = run.messages;
    Summary &s = run.summary;
    const StreamRecvs stream = dataRecvsInStreamOrder(run.recvs, s.receivedBytes);
    const std::vector<StreamRecvs::Range> &ranges = stream.ranges;
    // A message's recvs are consecutive in stream order (neighbours share the recv at their
    // boundary), so every list is a slice of the ids in stream order.
    const IdListSlicer slicer(stream.ids);
    size_t first = 0; // first recv in stream order that may still overlap the current message
    qint64 msgOffset = 0;

    for (int i = 0; i < messages.size(); ++i) {
        MessageFate &f = startFate(run, i, sends);
        const QByteArray &bytes = messages.at(i);
        // Implicitly shared, no copy, for the usual small message.
        f.preview = bytes.size() <= kPreviewBytes ? bytes : bytes.first(kPreviewBytes);
        f.offset = msgOffset;
        const qint64 begin = msgOffset;
        const qint64 end = msgOffset + f.length;
        msgOffset = end;

        // Never handed to the kernel whole (the run stopped first, or send() failed): not the
        // stream's doing. Its recvs list whatever part of it did arrive.
        const bool unsent = f.firstSend < 0 || sends.accepted[size_t(i)] < f.length;
        if (f.length == 0) {
            // A 0-byte send() puts nothing on the stream: no recv can ever show it.
            f.fate = unsent ? Fate::Unsent : Fate::Empty;
        } else {
            while (first < ranges.size() && ranges[first].end <= begin)
                ++first;
            qint64 covered = 0;
            bool sharesRecv = false;
            size_t last = first;
            for (; last < ranges.size() && ranges[last].begin < end; ++last) {
                const StreamRecvs::Range &r = ranges[last];
                covered += std::min(r.end, end) - std::max(r.begin, begin);
                sharesRecv = sharesRecv || r.begin < begin || r.end > end;
            }
            f.recvs = slicer.slice(qsizetype(first), qsizetype(last - first));
            // A stopped run (or a failed one, or one cut at the event cap) may end before
            // every byte was read. A message sent whole that the reader did not read whole is
            // unread, not lost: the stream loses nothing, the bytes were still on their way or
            // in the receiver's buffer. Its recvs list the part that was read.
            if (unsent)
                f.fate = Fate::Unsent;
            else if (covered < f.length)
                f.fate = Fate::Unread;
            else if (f.recvs.size() > 1)
                f.fate = Fate::Split;
            else
                f.fate = sharesRecv ? Fate::Merged : Fate::Intact;
        }
        ++s.messagesOf(f.fate);
    }
    // Whether the bytes add up, whatever ended the run: Analysis::conservation() says why they
    // may not have on a run that ended early.
    s.conserved = s.receivedBytes == s.sentBytes;
}

// The message a datagram is: its recv's seq (set by the recorder: the kernel's order and drop
// counter for real runs, the model for simulated ones). A trace whose empty datagrams carry no
// seq (-1) has them matched to the empty messages in send order.
class SequenceIndex
{
public:
    explicit SequenceIndex(const QList<QByteArray> &messages) : m_count(int(messages.size()))
    {
        for (int i = 0; i < messages.size(); ++i) {
            if (messages.at(i).isEmpty())
                m_empty.push_back(i);
        }
    }

    int message(int seq) const { return seq >= 0 && seq < m_count ? seq : -1; }

    int nextEmpty() { return m_nextEmpty < m_empty.size() ? m_empty[m_nextEmpty++] : -1; }

private:
    int m_count;
    std::vector<int> m_empty;
    size_t m_nextEmpty = 0;
};

// What a message's fate needs of the recv that first delivered it.
struct FirstCopy
{
    bool received = false;
    bool truncated = false;
    int id = 0;
    qint64 bytes = 0;
};

void analyseUdp(Run &run, const SendInfo &sends)
{
    const RecvList &recvs = run.recvs;
    const QList<QByteArray> &messages = run.messages;
    Summary &s = run.summary;
    SequenceIndex index(messages);

    // One pass over the recvs: which recv first delivered each message (what the fates need
    // of it, so that they do not read the events again); later copies (a duplicated datagram)
    // are kept apart, in recv order, and only listed.
    std::vector<FirstCopy> firstRecv(size_t(messages.size()));
    std::vector<std::pair<int, int>> copies; // (message, recv id)
    for (qsizetype i = 0; i < recvs.size(); ++i) {
        // A peek read nothing away: the recv after it holds the datagram.
        if (recvs.get<&RecvEvent::peek>(i))
            continue;
        const qint64 bytes = recvs.get<&RecvEvent::bytes>(i);
        s.receivedBytes += std::max<qint64>(bytes, 0);
        const int seq = recvs.get<&RecvEvent::seq>(i);
        // A failed call delivered nothing, except a recvfrom() that consumed its datagram and
        // failed with EMSGSIZE (Windows' truncation, simulated): that datagram was cut to
        // nothing.
        if (const int error = recvs.get<&RecvEvent::error>(i);
            error != 0 && !(error == EMSGSIZE && seq >= 0))
            continue;
        const bool empty
            = bytes == 0 && seq < 0 && recvs.get<&RecvEvent::datagramSize>(i).value_or(0) == 0;
        const int m = empty ? index.nextEmpty() : index.message(seq);
        if (m < 0)
            continue;
        if (FirstCopy &first = firstRecv[size_t(m)]; !first.received)
            first = FirstCopy{ true, recvs.get<&RecvEvent::truncated>(i), recvs.id(i), bytes };
        else
            copies.emplace_back(m, recvs.id(i));
    }
    std::stable_sort(copies.begin(), copies.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    // Every message's recvs (its first copy, then the later ones), in message order: each
    // fate's list is the next slice of them.
    std::vector<int> ids;
    ids.reserve(size_t(recvs.size()));
    auto copy = copies.cbegin();
    for (size_t i = 0; i < firstRecv.size(); ++i) {
        if (firstRecv[i].received)
            ids.push_back(firstRecv[i].id);
        for (; copy != copies.cend() && copy->first == int(i); ++copy)
            ids.push_back(copy->second);
    }
    const IdListSlicer slicer(ids);
    qsizetype listed = 0; // ids already handed out to fates

    // A run that ended before its reader was done (stopped, failed, cut at the event cap): a
    // datagram sent after the last one that arrived may still have been on its way or queued
    // when the reader stopped, so it is unread, not lost. One sent before a datagram that
    // arrived was dropped: the reader read on past it (loopback keeps the order).
    const bool endedEarly = run.aborted || !run.error.isEmpty();
    int lastArrived = -1;
    for (size_t i = 0; i < firstRecv.size(); ++i) {
        if (firstRecv[i].received)
            lastArrived = int(i);
    }

    qint64 deliveredBytes = 0; // first copies only: a duplicated datagram is not new data
    copy = copies.cbegin();
    for (int i = 0; i < messages.size(); ++i) {
        MessageFate &f = startFate(run, i, sends);
        const QByteArray &bytes = messages.at(i);
        f.preview = bytes.size() <= kPreviewBytes ? bytes : bytes.first(kPreviewBytes);
        qsizetype recvCount = 0;
        if (const FirstCopy &r = firstRecv[size_t(i)]; r.received) {
            ++recvCount;
            deliveredBytes += r.bytes;
            if (f.length == 0) {
                f.fate = Fate::Empty;
            } else if (r.truncated || r.bytes < f.length) {
                f.fate = Fate::Truncated;
                s.truncatedBytes += f.length - r.bytes;
            }
        } else if (sends.sent[size_t(i)] && endedEarly && i > lastArrived) {
            f.fate = Fate::Unread;
            s.unreadBytes += f.length;
        } else if (sends.sent[size_t(i)]) {
            f.fate = Fate::Lost;
            s.lostBytes += f.length;
        } else {
            // The sender never got it out (the run stopped first, or send() refused it): not
            // lost by the network, and out of the byte balance, which compares what the kernel
            // accepted with what came out.
            f.fate = Fate::Unsent;
        }
        for (; copy != copies.cend() && copy->first == i; ++copy)
            ++recvCount;
        f.recvs = slicer.slice(listed, recvCount);
        listed += recvCount;
        ++s.messagesOf(f.fate);
    }
    s.conserved = s.sentBytes == deliveredBytes + s.truncatedBytes + s.lostBytes + s.unreadBytes;
}

} // namespace

void Analysis::analyse(Run &run)
{
    run.fates.clear();
    run.summary = Summary{};
    Summary &s = run.summary;
    s.messages = int(run.messages.size());
    s.recvCalls = int(run.recvs.size());
    const SendInfo sends = collectSends(run, s);
    if (isOneSided(run)) {
        // Only one end is ours: nothing to attribute the bytes to, nothing to conserve. What a
        // short recv() cut off a datagram is known all the same (MSG_TRUNC gave its true size):
        // truncated counts those datagrams, truncatedBytes what the kernel discarded of them.
        for (qsizetype i = 0; i < run.recvs.size(); ++i) {
            const qint64 bytes = std::max<qint64>(run.recvs.get<&RecvEvent::bytes>(i), 0);
            s.receivedBytes += bytes;
            if (run.recvs.get<&RecvEvent::truncated>(i)) {
                ++s.truncated;
                s.truncatedBytes
                    += std::max<qint64>(run.recvs.at(i).datagramSize.value_or(bytes) - bytes, 0);
            }
        }
        // A foreign sender's datagrams have no sequence numbers: what this socket lost is the
        // kernel's drop counter (datagrams dropped on the socket, not in the network).
        if (run.protocol == Protocol::Udp && run.kernelDrops)
            s.lost = int(std::min<qint64>(*run.kernelDrops, std::numeric_limits<int>::max()));
        return;
    }
    run.fates.resize(run.messages.size());
    if (run.protocol == Protocol::Udp)
        analyseUdp(run, sends);
    else
        analyseTcp(run, sends);
}

Analysis::Conservation Analysis::conservation(const Run &run)
{
    const Summary &s = run.summary;
    if (isOneSided(run))
        return Conservation::OneSided;
    // A trace written before a TCP run's check stopped depending on how it ended says false for
    // a stopped or failed run whose bytes add up: its byte counts decide.
    if (s.conserved || (run.protocol == Protocol::Tcp && s.receivedBytes == s.sentBytes))
        return Conservation::Holds;
    if (run.aborted)
        return Conservation::Stopped;
    return run.error.isEmpty() ? Conservation::Broken : Conservation::EndedEarly;
}

int Analysis::sendsWithBytes(const Run &run)
{
    int n = 0;
    for (qsizetype i = 0; i < run.sends.size(); ++i)
        n += run.sends.get<&SendEvent::accepted>(i) > 0 ? 1 : 0;
    return n;
}

namespace {

// [first byte, end) on the stream of every call of a lane that moved bytes, sorted.
template<auto Bytes, typename Event>
std::vector<std::pair<qint64, qint64>> streamRanges(const EventList<Event> &events)
{
    std::vector<std::pair<qint64, qint64>> ranges;
    ranges.reserve(size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const qint64 bytes = events.template get<Bytes>(i);
        if (bytes > 0) {
            const qint64 offset = events.template get<&Event::offset>(i);
            ranges.emplace_back(offset, offset + bytes);
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace

Analysis::SplitAtSends Analysis::splitAtSends(const Run &run)
{
    SplitAtSends out;
    if (run.protocol != Protocol::Tcp || run.summary.split == 0)
        return out;
    // The byte range of every send() that put bytes on the stream, by its first byte.
    const auto sendRanges = streamRanges<&SendEvent::accepted>(run.sends);
    const auto isOneSend = [&sendRanges](qint64 begin, qint64 end) {
        const auto it = std::lower_bound(sendRanges.cbegin(), sendRanges.cend(),
                                         std::make_pair(begin, std::numeric_limits<qint64>::min()));
        return it != sendRanges.cend() && it->first == begin && it->second == end;
    };
    bool sameCalls = true;
    for (const MessageFate &f : run.fates) {
        if (f.fate != Fate::Split)
            continue;
        const bool atSends = std::all_of(f.recvs.cbegin(), f.recvs.cend(), [&](int id) {
            if (id < 0 || id >= run.recvs.size())
                return false;
            const qint64 offset = run.recvs.get<&RecvEvent::offset>(id);
            return isOneSend(offset, offset + run.recvs.get<&RecvEvent::bytes>(id));
        });
        if (!atSends)
            continue;
        if (out.messages == 0)
            out.callsPerMessage = int(f.recvs.size());
        sameCalls = sameCalls && out.callsPerMessage == int(f.recvs.size());
        ++out.messages;
    }
    if (!sameCalls)
        out.callsPerMessage = 0;
    if (out.messages == 0)
        return out;
    // The stream's send() ranges follow one another without overlap: sorted by start and end.
    const auto recvRanges = streamRanges<&RecvEvent::bytes>(run.recvs);
    for (const auto &[begin, end] : recvRanges) {
        // The first send() that ends after the recv()'s first byte, and whether the next one
        // starts before its last.
        const auto first = std::upper_bound(
            sendRanges.cbegin(), sendRanges.cend(), begin,
            [](qint64 x, const std::pair<qint64, qint64> &r) { return x < r.second; });
        if (first != sendRanges.cend() && std::next(first) != sendRanges.cend()
            && std::next(first)->first < end)
            ++out.joiningRecvs;
    }
    return out;
}

QList<qint64> Analysis::roundTripsNs(const Run &requests, const Run &replies)
{
    QList<qint64> trips;
    for (int n = 0; n < replies.fates.size() && n < requests.fates.size(); ++n) {
        const MessageFate &req = requests.fates[n];
        const MessageFate &rep = replies.fates[n];
        if (req.firstSend < 0 || rep.recvs.isEmpty() || rep.fate == Fate::Lost)
            continue;
        const RecvEvent &last = replies.recvs[rep.recvs.last()];
        trips << last.tNs + last.durNs - requests.sends[req.firstSend].tNs;
    }
    std::sort(trips.begin(), trips.end());
    return trips;
}

} // namespace sockscope
