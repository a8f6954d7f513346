#include "analysis.h"

#include "wireformat.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace sockscope {

namespace {

// What the sender did for one message, gathered in one pass over the sends.
struct SendInfo
{
    std::vector<int> firstSend; // per message: id of its first send() call, -1 if none
    std::vector<char> sent; // per message: the kernel took the datagram (UDP)
};

SendInfo collectSends(const Run &run)
{
    const qsizetype n = run.messages.size();
    SendInfo info {std::vector<int>(size_t(n), -1), std::vector<char>(size_t(n), 0)};
    for (const SendEvent &s : run.sends) {
        if (s.message < 0 || s.message >= n)
            continue;
        const auto m = size_t(s.message);
        if (info.firstSend[m] < 0)
            info.firstSend[m] = s.id;
        // An empty datagram is "accepted" with a return value of 0; any other send counts once
        // the kernel took bytes (EAGAIN sends return 0 with an error).
        if (s.accepted > 0 || (s.error == 0 && run.messages[s.message].isEmpty()))
            info.sent[m] = 1;
    }
    return info;
}

void count(Summary &summary, Fate fate)
{
    switch (fate) {
    case Fate::Intact: ++summary.intact; break;
    case Fate::Merged: ++summary.merged; break;
    case Fate::Split: ++summary.split; break;
    case Fate::Truncated: ++summary.truncated; break;
    case Fate::Lost: ++summary.lost; break;
    case Fate::Empty: ++summary.empty; break;
    }
}

// Indices of the recvs that returned data, in stream order. The runners record recvs in call
// order, which on TCP is stream order; sorting is only a safety net for hand-made traces.
std::vector<int> dataRecvsInStreamOrder(const QList<RecvEvent> &recvs)
{
    std::vector<int> order;
    order.reserve(size_t(recvs.size()));
    for (int i = 0; i < recvs.size(); ++i) {
        if (recvs[i].bytes > 0)
            order.push_back(i);
    }
    const auto byOffset = [&recvs](int a, int b) { return recvs[a].offset < recvs[b].offset; };
    if (!std::is_sorted(order.begin(), order.end(), byOffset))
        std::stable_sort(order.begin(), order.end(), byOffset);
    return order;
}

// Message ranges and recv ranges are both disjoint and ascending, so one sweep with two
// pointers finds every overlap: a recv is revisited only by the messages it overlaps, which
// keeps the whole pass O(messages + recvs) even for a million events.
void analyseTcp(Run &run)
{
    const std::vector<int> order = dataRecvsInStreamOrder(run.recvs);
    size_t first = 0; // first recv in `order` that may still overlap the current message
    qint64 msgOffset = 0;

    for (int i = 0; i < run.messages.size(); ++i) {
        MessageFate &f = run.fates[i];
        f.offset = msgOffset;
        f.length = run.messages[i].size();
        const qint64 begin = msgOffset;
        const qint64 end = msgOffset + f.length;
        msgOffset = end;

        if (f.length == 0) {
            // A 0-byte send() puts nothing on the stream: no recv can ever show it.
            f.fate = Fate::Empty;
            continue;
        }
        while (first < order.size()) {
            const RecvEvent &r = run.recvs[order[first]];
            if (r.offset + r.bytes > begin)
                break;
            ++first;
        }
        qint64 covered = 0;
        bool sharesRecv = false;
        for (size_t k = first; k < order.size(); ++k) {
            const RecvEvent &r = run.recvs[order[k]];
            if (r.offset >= end)
                break;
            const qint64 rEnd = r.offset + r.bytes;
            covered += std::min(rEnd, end) - std::max(r.offset, begin);
            sharesRecv = sharesRecv || r.offset < begin || rEnd > end;
            f.recvs.append(r.id);
        }
        // An aborted run (or a failed one) may stop before every byte arrived. Such a message
        // never reached the application whole, so it counts as lost; its recvs still list the
        // part that did arrive.
        if (covered < f.length)
            f.fate = Fate::Lost;
        else if (f.recvs.size() > 1)
            f.fate = Fate::Split;
        else
            f.fate = sharesRecv ? Fate::Merged : Fate::Intact;
    }

    Summary &s = run.summary;
    s.conserved = s.receivedBytes == s.sentBytes && !run.aborted && run.error.isEmpty();
}

// Sequence number -> message index. Runners number datagrams 0..n-1, so a vector covers the
// usual case; a hash keeps hand-made or foreign numbering working.
class SequenceIndex
{
public:
    explicit SequenceIndex(const QList<QByteArray> &messages)
        : m_direct(size_t(messages.size()), -1)
    {
        for (int i = 0; i < messages.size(); ++i) {
            const QByteArray &d = messages[i];
            const int seq = WireFormat::udpSequence(d.constData(), d.size());
            if (seq < 0 || d.isEmpty())
                continue;
            if (seq < int(m_direct.size()) && m_direct[size_t(seq)] < 0)
                m_direct[size_t(seq)] = i;
            else if (seq >= int(m_direct.size()))
                m_other.insert(seq, i);
        }
    }

    int message(int seq) const
    {
        if (seq < 0)
            return -1;
        if (seq < int(m_direct.size()))
            return m_direct[size_t(seq)];
        return m_other.value(seq, -1);
    }

private:
    std::vector<int> m_direct;
    QHash<int, int> m_other;
};

void analyseUdp(Run &run, const std::vector<char> &sent)
{
    const SequenceIndex index(run.messages);
    std::vector<char> received(size_t(run.messages.size()), 0);
    qint64 deliveredBytes = 0; // first copies only: a duplicated datagram is not new data

    // Empty datagrams carry no header (see WireFormat); they are matched in send order.
    std::vector<int> emptyMessages;
    for (int i = 0; i < run.messages.size(); ++i) {
        if (run.messages[i].isEmpty())
            emptyMessages.push_back(i);
    }
    size_t nextEmpty = 0;

    for (const RecvEvent &r : run.recvs) {
        if (r.error != 0)
            continue;
        int m = -1;
        if (r.bytes == 0 && r.seq < 0 && r.datagramSize.value_or(0) == 0) {
            if (nextEmpty < emptyMessages.size())
                m = emptyMessages[nextEmpty++];
        } else {
            m = index.message(r.seq);
        }
        if (m < 0)
            continue;
        MessageFate &f = run.fates[m];
        f.recvs.append(r.id);
        if (received[size_t(m)])
            continue;
        received[size_t(m)] = 1;
        deliveredBytes += r.bytes;
        if (f.length == 0) {
            f.fate = Fate::Empty;
        } else if (r.truncated || r.bytes < f.length) {
            f.fate = Fate::Truncated;
            run.summary.truncatedBytes += f.length - r.bytes;
        } else {
            f.fate = Fate::Intact;
        }
    }

    for (int i = 0; i < run.messages.size(); ++i) {
        MessageFate &f = run.fates[i];
        if (received[size_t(i)])
            continue;
        f.fate = Fate::Lost;
        // A datagram the sender never got out was not lost by the network: keep it out of the
        // byte balance, which compares what the kernel accepted with what came out.
        if (sent[size_t(i)])
            run.summary.lostBytes += f.length;
    }

    Summary &s = run.summary;
    s.conserved = s.sentBytes == deliveredBytes + s.truncatedBytes + s.lostBytes;
}

} // namespace

void Analysis::analyse(Run &run)
{
    const SendInfo sends = collectSends(run);
    const bool udp = run.protocol == Protocol::Udp;

    run.fates.clear();
    run.fates.resize(run.messages.size());
    run.summary = Summary {};
    Summary &s = run.summary;
    s.messages = int(run.messages.size());
    s.recvCalls = int(run.recvs.size());
    for (const SendEvent &e : run.sends) {
        s.sentBytes += std::max<qint64>(e.accepted, 0);
        if (e.accepted > 0 && e.accepted < e.requested)
            ++s.partialSends;
    }
    for (const RecvEvent &r : run.recvs)
        s.receivedBytes += std::max<qint64>(r.bytes, 0);
    if (isOneSided(run)) {
        // Only one end is ours: nothing to attribute the bytes to, nothing to conserve.
        run.fates.clear();
        return;
    }

    for (int i = 0; i < run.messages.size(); ++i) {
        const QByteArray &bytes = run.messages[i];
        MessageFate &f = run.fates[i];
        f.message = i;
        f.firstSend = sends.firstSend[size_t(i)];
        f.length = bytes.size();
        if (udp) {
            // Only the head is needed for the preview; avoid copying a 64 KiB datagram.
            const QByteArray body
                = WireFormat::udpBody(bytes.left(WireFormat::kUdpHeader + kPreviewBytes));
            f.preview = WireFormat::preview(body.constData(), body.size());
        } else if (bytes.size() <= kPreviewBytes) {
            f.preview = bytes; // implicitly shared: no copy for the usual small message
        } else {
            f.preview = WireFormat::preview(bytes.constData(), bytes.size());
        }
    }

    if (udp)
        analyseUdp(run, sends.sent);
    else
        analyseTcp(run);

    for (const MessageFate &f : std::as_const(run.fates))
        count(s, f.fate);
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
