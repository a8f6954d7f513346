#include "analysis.h"

#include "wireformat.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <vector>

namespace sockscope {

namespace {

// A million events are tens of megabytes of SendEvent/RecvEvent/MessageFate: every pass over
// them is a trip through main memory. So each list is walked as few times as possible (sums,
// orders and fates are gathered in the same pass) and each fate is written once, whole.

// What the sender did for one message, and the send totals, in one pass over the sends.
struct SendInfo
{
    std::vector<int> firstSend; // per message: id of its first send() call, -1 if none
    std::vector<char> sent; // per message: the kernel took the datagram (UDP)
};

SendInfo collectSends(const Run &run, Summary &summary)
{
    const qsizetype n = run.messages.size();
    SendInfo info{ std::vector<int>(size_t(n), -1), std::vector<char>(size_t(n), 0) };
    for (const SendEvent &s : run.sends) {
        summary.sentBytes += std::max<qint64>(s.accepted, 0);
        if (s.accepted > 0 && s.accepted < s.requested)
            ++summary.partialSends;
        if (s.message < 0 || s.message >= n)
            continue;
        const auto m = size_t(s.message);
        if (info.firstSend[m] < 0)
            info.firstSend[m] = s.id;
        // An empty datagram is "accepted" with a return value of 0; any other send counts once
        // the kernel took bytes (EAGAIN sends return 0 with an error).
        if (s.accepted > 0 || (s.error == 0 && run.messages.at(s.message).isEmpty()))
            info.sent[m] = 1;
    }
    return info;
}

void count(Summary &summary, Fate fate)
{
    switch (fate) {
    case Fate::Intact:
        ++summary.intact;
        break;
    case Fate::Merged:
        ++summary.merged;
        break;
    case Fate::Split:
        ++summary.split;
        break;
    case Fate::Truncated:
        ++summary.truncated;
        break;
    case Fate::Lost:
        ++summary.lost;
        break;
    case Fate::Empty:
        ++summary.empty;
        break;
    }
}

// A fate with what every protocol knows about its message; attribution fills in the rest.
MessageFate fateOf(const QList<QByteArray> &messages, int i, const SendInfo &sends)
{
    MessageFate f;
    f.message = i;
    f.firstSend = sends.firstSend[size_t(i)];
    f.length = messages.at(i).size();
    return f;
}

// Indices of the recvs that returned data, in stream order, and the bytes received. The
// runners record recvs in call order, which on TCP is stream order; sorting is only a safety
// net for hand-made traces.
std::vector<int> dataRecvsInStreamOrder(const QList<RecvEvent> &recvs, qint64 &receivedBytes)
{
    std::vector<int> order;
    order.reserve(size_t(recvs.size()));
    bool sorted = true;
    qint64 lastOffset = std::numeric_limits<qint64>::min();
    for (int i = 0; i < recvs.size(); ++i) {
        const RecvEvent &r = recvs.at(i);
        receivedBytes += std::max<qint64>(r.bytes, 0);
        if (r.bytes <= 0)
            continue;
        sorted = sorted && r.offset >= lastOffset;
        lastOffset = r.offset;
        order.push_back(i);
    }
    if (!sorted) {
        std::stable_sort(order.begin(), order.end(), [&recvs](int a, int b) {
            return recvs.at(a).offset < recvs.at(b).offset;
        });
    }
    return order;
}

// Message ranges and recv ranges are both disjoint and ascending, so one sweep with two
// pointers finds every overlap: a recv is revisited only by the messages it overlaps, which
// keeps the whole pass O(messages + recvs) even for a million events.
void analyseTcp(Run &run, const SendInfo &sends)
{
    // Reads go through const references: a non-const operator[] on a list that another copy of
    // the trace shares (the GUI's, a LiveFeed batch) would deep-copy a million events first.
    const QList<RecvEvent> &recvs = run.recvs;
    const QList<QByteArray> &messages = run.messages;
    Summary &s = run.summary;
    const std::vector<int> order = dataRecvsInStreamOrder(recvs, s.receivedBytes);
    size_t first = 0; // first recv in `order` that may still overlap the current message
    qint64 msgOffset = 0;

    for (int i = 0; i < messages.size(); ++i) {
        MessageFate f = fateOf(messages, i, sends);
        const QByteArray &bytes = messages.at(i);
        // Implicitly shared, no copy, for the usual small message.
        f.preview = bytes.size() <= kPreviewBytes
            ? bytes
            : WireFormat::preview(bytes.constData(), bytes.size());
        f.offset = msgOffset;
        const qint64 begin = msgOffset;
        const qint64 end = msgOffset + f.length;
        msgOffset = end;

        if (f.length == 0) {
            // A 0-byte send() puts nothing on the stream: no recv can ever show it.
            f.fate = Fate::Empty;
        } else {
            while (first < order.size()) {
                const RecvEvent &r = recvs.at(order[first]);
                if (r.offset + r.bytes > begin)
                    break;
                ++first;
            }
            qint64 covered = 0;
            bool sharesRecv = false;
            size_t last = first;
            for (; last < order.size(); ++last) {
                const RecvEvent &r = recvs.at(order[last]);
                if (r.offset >= end)
                    break;
                const qint64 rEnd = r.offset + r.bytes;
                covered += std::min(rEnd, end) - std::max(r.offset, begin);
                sharesRecv = sharesRecv || r.offset < begin || rEnd > end;
            }
            // Messages merged into one recv have the same one-element list: share it (an
            // implicitly shared QList) instead of allocating one per message.
            const MessageFate *previous = run.fates.isEmpty() ? nullptr : &run.fates.constLast();
            if (last - first == 1 && previous && previous->recvs.size() == 1
                && previous->recvs.first() == recvs.at(order[first]).id) {
                f.recvs = previous->recvs;
            } else {
                f.recvs.reserve(qsizetype(last - first));
                for (size_t k = first; k < last; ++k)
                    f.recvs.append(recvs.at(order[k]).id);
            }
            // An aborted run (or a failed one) may stop before every byte arrived. Such a
            // message never reached the application whole, so it counts as lost; its recvs
            // still list the part that did arrive.
            if (covered < f.length)
                f.fate = Fate::Lost;
            else if (f.recvs.size() > 1)
                f.fate = Fate::Split;
            else
                f.fate = sharesRecv ? Fate::Merged : Fate::Intact;
        }
        count(s, f.fate);
        run.fates.append(std::move(f));
    }
    s.conserved = s.receivedBytes == s.sentBytes && !run.aborted && run.error.isEmpty();
}

// Sequence number -> message index. Runners number datagrams 0..n-1, so a vector covers the
// usual case; a hash keeps hand-made or foreign numbering working. Empty datagrams carry no
// header (see WireFormat): they are listed apart, to be matched in send order.
class SequenceIndex
{
public:
    explicit SequenceIndex(const QList<QByteArray> &messages)
        : m_direct(size_t(messages.size()), -1)
    {
        for (int i = 0; i < messages.size(); ++i) {
            const QByteArray &d = messages.at(i);
            if (d.isEmpty()) {
                m_empty.push_back(i);
                continue;
            }
            const int seq = WireFormat::udpSequence(d.constData(), d.size());
            if (seq < 0)
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

    int nextEmpty() { return m_nextEmpty < m_empty.size() ? m_empty[m_nextEmpty++] : -1; }

private:
    std::vector<int> m_direct;
    QHash<int, int> m_other;
    std::vector<int> m_empty;
    size_t m_nextEmpty = 0;
};

// The preview of a datagram's application bytes (after the sequence header). The sender's
// first call recorded the same bytes: share its preview rather than allocate another.
QByteArray udpPreview(const QByteArray &datagram, const QList<SendEvent> &sends, int firstSend)
{
    const bool header = datagram.size() >= WireFormat::kUdpHeader;
    const QByteArrayView body(
        header ? datagram.constData() + WireFormat::kUdpHeader : nullptr,
        header ? std::min<qsizetype>(datagram.size() - WireFormat::kUdpHeader, kPreviewBytes) : 0);
    if (firstSend >= 0 && firstSend < sends.size() && !body.isEmpty()) {
        const QByteArray &sent = sends.at(firstSend).preview;
        if (sends.at(firstSend).id == firstSend && QByteArrayView(sent) == body)
            return sent;
    }
    return WireFormat::preview(body.data(), body.size());
}

void analyseUdp(Run &run, const SendInfo &sends)
{
    const QList<RecvEvent> &recvs = run.recvs;
    const QList<QByteArray> &messages = run.messages;
    Summary &s = run.summary;
    SequenceIndex index(messages);

    // One pass over the recvs: which recv first delivered each message; later copies (a
    // duplicated datagram) are kept apart, in recv order, and only listed.
    std::vector<int> firstRecv(size_t(messages.size()), -1);
    std::vector<std::pair<int, int>> copies; // (message, recv id)
    for (int i = 0; i < recvs.size(); ++i) {
        const RecvEvent &r = recvs.at(i);
        s.receivedBytes += std::max<qint64>(r.bytes, 0);
        if (r.error != 0)
            continue;
        const bool empty = r.bytes == 0 && r.seq < 0 && r.datagramSize.value_or(0) == 0;
        const int m = empty ? index.nextEmpty() : index.message(r.seq);
        if (m < 0)
            continue;
        if (firstRecv[size_t(m)] < 0)
            firstRecv[size_t(m)] = i;
        else
            copies.emplace_back(m, r.id);
    }
    std::stable_sort(copies.begin(), copies.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    qint64 deliveredBytes = 0; // first copies only: a duplicated datagram is not new data
    auto copy = copies.cbegin();
    for (int i = 0; i < messages.size(); ++i) {
        MessageFate f = fateOf(messages, i, sends);
        f.preview = udpPreview(messages.at(i), run.sends, f.firstSend);
        if (const int ri = firstRecv[size_t(i)]; ri >= 0) {
            const RecvEvent &r = recvs.at(ri);
            f.recvs.append(r.id);
            deliveredBytes += r.bytes;
            if (f.length == 0) {
                f.fate = Fate::Empty;
            } else if (r.truncated || r.bytes < f.length) {
                f.fate = Fate::Truncated;
                s.truncatedBytes += f.length - r.bytes;
            }
        } else {
            f.fate = Fate::Lost;
            // A datagram the sender never got out was not lost by the network: keep it out of
            // the byte balance, which compares what the kernel accepted with what came out.
            if (sends.sent[size_t(i)])
                s.lostBytes += f.length;
        }
        for (; copy != copies.cend() && copy->first == i; ++copy)
            f.recvs.append(copy->second);
        count(s, f.fate);
        run.fates.append(std::move(f));
    }
    s.conserved = s.sentBytes == deliveredBytes + s.truncatedBytes + s.lostBytes;
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
        // Only one end is ours: nothing to attribute the bytes to, nothing to conserve.
        for (const RecvEvent &r : std::as_const(run.recvs))
            s.receivedBytes += std::max<qint64>(r.bytes, 0);
        return;
    }
    run.fates.reserve(run.messages.size());
    if (run.protocol == Protocol::Udp)
        analyseUdp(run, sends);
    else
        analyseTcp(run, sends);
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
