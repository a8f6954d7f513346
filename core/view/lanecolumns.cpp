#include "view/lanecolumns.h"

#include "analysis/runattribution.h"
#include "view/timelinegeometry.h"

#include <algorithm>
#include <memory>

namespace sockscope {

namespace {

// The two kinds of lanes as LaneSummary reads them: only the fields it needs, column by column.
class SendLane
{
public:
    explicit SendLane(const Run &run) : m_run(run) { }
    qsizetype size() const { return m_run.sends.size(); }
    const void *storage() const { return m_run.sends.identity(); }
    double time(qsizetype i) const { return TimelineGeometry::time(m_run.sends, i); }
    std::optional<qint64> evidence(qsizetype i) const
    {
        return m_run.sends.get<&SendEvent::unsentAfter>(i);
    }
    bool alarming(qsizetype i) const
    {
        const SendList &sends = m_run.sends;
        if (sends.get<&SendEvent::error>(i) != 0
            || sends.get<&SendEvent::accepted>(i) < sends.get<&SendEvent::requested>(i))
            return true;
        // A message sent in several calls carries its fate mark on its first call only.
        const MessageFate *f = RunAttribution::fate(m_run, sends.get<&SendEvent::message>(i));
        return f && f->fate == Fate::Lost && (f->firstSend < 0 || f->firstSend == i);
    }
    qint64 bytes(qsizetype i) const
    {
        return m_run.sends.get<&SendEvent::error>(i) != 0
            ? 0
            : std::max<qint64>(0, m_run.sends.get<&SendEvent::accepted>(i));
    }
    static int reads(qsizetype) { return 0; }
    static bool endOfFile(qsizetype) { return false; }
    static double messages(qsizetype) { return 0; }

private:
    const Run &m_run;
};

class RecvLane
{
public:
    explicit RecvLane(const Run &run) : m_run(run) { }
    qsizetype size() const { return m_run.recvs.size(); }
    const void *storage() const { return m_run.recvs.identity(); }
    double time(qsizetype i) const { return TimelineGeometry::time(m_run.recvs, i); }
    std::optional<qint64> evidence(qsizetype i) const
    {
        return m_run.recvs.get<&RecvEvent::queuedBefore>(i);
    }
    bool alarming(qsizetype i) const
    {
        return m_run.recvs.get<&RecvEvent::error>(i) != 0
            || m_run.recvs.get<&RecvEvent::truncated>(i);
    }
    // A peek read nothing away (its bytes are a copy), a failed call nothing at all.
    qint64 bytes(qsizetype i) const
    {
        const RecvList &recvs = m_run.recvs;
        return recvs.get<&RecvEvent::error>(i) != 0 || recvs.get<&RecvEvent::peek>(i)
            ? 0
            : std::max<qint64>(0, recvs.get<&RecvEvent::bytes>(i));
    }
    // As CallCount::endsOfFile counts them.
    bool endOfFile(qsizetype i) const
    {
        return m_run.protocol == Protocol::Tcp && m_run.recvs.get<&RecvEvent::bytes>(i) == 0
            && m_run.recvs.get<&RecvEvent::error>(i) == 0;
    }
    // TCP: a recv that returned bytes (0 is the end of the stream). UDP: every datagram read,
    // an empty one too (UDP has no end of stream).
    int reads(qsizetype i) const
    {
        const RecvList &recvs = m_run.recvs;
        if (recvs.get<&RecvEvent::error>(i) != 0 || recvs.get<&RecvEvent::peek>(i))
            return 0;
        return m_run.protocol == Protocol::Udp || recvs.get<&RecvEvent::bytes>(i) > 0 ? 1 : 0;
    }
    // A datagram is one message, whole or truncated. A TCP recv holds of each message the
    // share of its bytes it read: the bytes [offset, offset + bytes) of the stream against the
    // messages' own ranges, from the analysis (fates, in stream order).
    double messages(qsizetype i) const
    {
        if (reads(i) == 0)
            return 0;
        if (m_run.protocol == Protocol::Udp)
            return 1;
        const QList<MessageFate> &fates = m_run.fates;
        const qint64 from = m_run.recvs.get<&RecvEvent::offset>(i);
        const qint64 to = from + m_run.recvs.get<&RecvEvent::bytes>(i);
        const auto end = [&](qsizetype k) { return fates[k].offset + fates[k].length; };
        // Recvs are asked in stream order: the next one usually starts where the last ended.
        if (from != m_lastEnd || m_cursor >= fates.size()) {
            m_cursor = std::partition_point(
                           fates.cbegin(), fates.cend(),
                           [&](const MessageFate &f) { return f.offset + f.length <= from; })
                - fates.cbegin();
        }
        while (m_cursor < fates.size() && end(m_cursor) <= from)
            ++m_cursor;
        double held = 0;
        for (qsizetype k = m_cursor; k < fates.size() && fates[k].offset < to; ++k) {
            if (fates[k].length > 0)
                held += double(std::min(end(k), to) - std::max(fates[k].offset, from))
                    / double(fates[k].length);
        }
        m_lastEnd = to;
        return held;
    }

private:
    const Run &m_run;
    mutable qsizetype m_cursor = 0; // the first message that may hold the next recv's bytes
    mutable qint64 m_lastEnd = -1;
};

struct Entry
{
    LaneColumns::Side side = LaneColumns::Side::Sends;
    const void *storage = nullptr;
    double firstTime = 0;
    double lastTime = 0;
    QList<MessageFate> fates; // held, so that these fates' storage is not reused meanwhile
    LaneSummary summary;
    quint64 usedIn = 0;
    // The last picture collected from this summary, for a frame painted again unchanged (a
    // repaint after a hover, a selection, the replay marker, a live run with nothing new).
    struct Picture
    {
        PixelMapper::LinearKey mapping;
        double plotLeft = 0;
        qsizetype begin = 0;
        qsizetype end = 0;
        qsizetype events = 0;
        LaneSummary::Columns columns;
    };
    std::optional<Picture> last;
};

struct Cache
{
    std::vector<std::unique_ptr<Entry>> entries;
    quint64 picture = 1;
};

Cache &cache()
{
    thread_local Cache c;
    return c;
}

template<typename Lane>
bool matches(const Entry &e, LaneColumns::Side side, const Lane &lane, const Run &run)
{
    const qsizetype summarised = e.summary.size();
    return e.side == side && e.storage == lane.storage() && summarised <= lane.size()
        && e.firstTime == lane.time(0) && e.lastTime == lane.time(summarised - 1)
        && e.fates.constData() == run.fates.constData() && e.fates.size() == run.fates.size();
}

template<typename Lane> Entry *entryOf(LaneColumns::Side side, const Lane &lane, const Run &run)
{
    if (lane.size() == 0)
        return nullptr;
    Cache &c = cache();
    Entry *entry = nullptr;
    for (const std::unique_ptr<Entry> &e : c.entries) {
        if (matches(*e, side, lane, run)) {
            entry = e.get();
            break;
        }
    }
    if (!entry) {
        c.entries.push_back(std::make_unique<Entry>());
        entry = c.entries.back().get();
        entry->side = side;
        entry->storage = lane.storage();
        entry->firstTime = lane.time(0);
        entry->fates = run.fates;
    }
    entry->summary.extend(lane);
    entry->lastTime = lane.time(entry->summary.size() - 1);
    entry->usedIn = c.picture;
    return entry;
}

Entry *entryOf(const Run &run, LaneColumns::Side side)
{
    return side == LaneColumns::Side::Sends ? entryOf(side, SendLane(run), run)
                                            : entryOf(side, RecvLane(run), run);
}

} // namespace

bool LaneColumns::knowsMessages(const Run &run)
{
    if (run.protocol == Protocol::Udp)
        return true;
    // A stream's messages are known once the analysis has placed them: not while a run records,
    // not in a one-sided run (its decoded frames are not summarised here).
    return !isOneSided(run) && !run.fates.isEmpty();
}

qsizetype LaneColumns::endsOfFile(const Run &run)
{
    const Entry *e = entryOf(run, Side::Recvs);
    return e ? e->summary.endsOfFile() : 0;
}

LaneColumns::Scale LaneColumns::scale(const Run &run, Side side)
{
    const Entry *e = entryOf(run, side);
    return e ? Scale{ e->summary.anyEvidence(), e->summary.maxEvidence() } : Scale{};
}

LaneSummary::Columns LaneColumns::collect(const Run &run, Side side, qsizetype begin, qsizetype end,
                                          const PixelMapper &x, double plotLeft, int columns)
{
    LaneSummary::Columns out;
    out.assign(columns);
    Entry *entry = entryOf(run, side);
    if (!entry)
        return out;
    const std::optional<PixelMapper::LinearKey> mapping = x.linearKey();
    const auto same = [&](const Entry::Picture &p) {
        return mapping && p.mapping == *mapping && p.plotLeft == plotLeft && p.begin == begin
            && p.end == end && p.events == entry->summary.size()
            && p.columns.kinds.size() == out.kinds.size();
    };
    if (entry->last && same(*entry->last))
        return entry->last->columns;
    const auto columnOf = [&](double t) { return x.column(t, plotLeft); };
    if (side == Side::Sends)
        entry->summary.collect(SendLane(run), begin, end, columnOf, out);
    else
        entry->summary.collect(RecvLane(run), begin, end, columnOf, out);
    if (mapping)
        entry->last = Entry::Picture{ *mapping, plotLeft, begin, end, entry->summary.size(), out };
    return out;
}

void LaneColumns::startPicture()
{
    // Keep what this picture or the previous one used: a widget repainting the same trace
    // finds its summaries, a trace that is gone takes its summaries (and held fates) along.
    Cache &c = cache();
    const quint64 previous = c.picture;
    ++c.picture;
    std::erase_if(c.entries,
                  [previous](const std::unique_ptr<Entry> &e) { return e->usedIn < previous; });
}

} // namespace sockscope
