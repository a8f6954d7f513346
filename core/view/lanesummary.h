#pragma once

#include <QtGlobal>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace sockscope {

// A lane's events (a run's sends or its recvs) summarised in blocks of 4, 32, 256, 2048, …
// events: each block's earliest and latest time, its tallest kernel evidence, whether it
// holds an alarming call (lost, truncated, failed), and the sums that let it stand for its
// events in the overview: bytes moved, the calls that read something, and the messages those
// reads held (a recv holding half of one message and all of two holds 2.5). A dense lane is
// drawn per pixel column,
// and a block whose earliest and latest events fall in one column stands for all of them, so
// a fit-all frame reads a few thousand blocks instead of a million events; only the blocks
// that straddle a column edge are opened. Built once per event list and extended as a live
// run grows: events are only ever appended.
//
// A Lane is what the summary reads: size(), time(i) (the event's place on the time axis,
// never decreasing with i), evidence(i) (std::optional<qint64>), alarming(i), bytes(i) (what
// the call moved), reads(i) (1 when it read a message's bytes or an empty datagram, else 0)
// messages(i) (the messages it held, a fraction of each by its bytes; 0 on a send lane) and
// endOfFile(i).
// messages(i) is asked in increasing i within each range, so a lane may keep a cursor.
class LaneSummary
{
public:
    // Per pixel column of the plot: 0 no event, 1 events, 2 at least one alarming event; the
    // largest positive evidence value (0: none); the calls in it, the bytes they moved, the
    // calls that read something and the messages those held (messages / reads: how many
    // messages a recv held on average there). The sums come from blocks kept in single
    // precision: they are exact to about 7 digits, which no bar or colour can show.
    struct Columns
    {
        std::vector<quint8> kinds;
        std::vector<qint64> evidence;
        std::vector<qint32> calls;
        std::vector<double> bytes;
        std::vector<qint32> reads;
        std::vector<double> messages;

        void assign(int columns);
    };

    qsizetype size() const { return m_size; }
    // Whether any event carries evidence, and the largest value: the scale of evidence bars.
    bool anyEvidence() const { return m_anyEvidence; }
    qint64 maxEvidence() const { return m_maxEvidence; }
    // The calls that were a TCP reader's end of file (a recv that returned 0): the run header
    // counts them apart on every frame, without a visit of every call.
    qsizetype endsOfFile() const { return m_endsOfFile; }

    // Takes in the events appended since the last call (all of them the first time).
    template<typename Lane> void extend(const Lane &lane);

    // Fills out (already sized to the plot's columns) from the events [begin, end).
    // columnOf maps a time to its column and must never decrease as time grows.
    template<typename Lane, typename ColumnOf>
    void collect(const Lane &lane, qsizetype begin, qsizetype end, const ColumnOf &columnOf,
                 Columns &out) const;

private:
    // A fit-all frame opens the blocks that straddle a column edge, level by level, and reads
    // the events of the smallest ones. Those reads are cache misses (one or two per event, the
    // events are large): smallest blocks of 4 events halve them against blocks of 8.
    static constexpr qsizetype kLeaf = 4;
    static constexpr qsizetype kFanout = 8; // span() shifts by its three bits

    // 32 bytes: a summary costs about 9 bytes per event (a block per 4 events at the lowest
    // level, 8/7 of that with the levels above).
    struct Block
    {
        double earliest = 0;
        double latest = 0;
        float bytes = 0;
        float messages = 0;
        quint32 reads = 0;
        // The largest positive evidence value in the low 31 bits (socket buffers stay below
        // 2 GiB), 0 if none; the top bit: the block holds an alarming call.
        quint32 evidenceAndAlarm = 0;

        static constexpr quint32 kAlarm = 0x80000000U;
        bool alarming() const { return (evidenceAndAlarm & kAlarm) != 0; }
        qint64 evidence() const { return qint64(evidenceAndAlarm & ~kAlarm); }
    };
    static_assert(sizeof(Block) == 32);

    // What one event adds to a block or a column.
    struct Event
    {
        double time = 0;
        qint64 evidence = 0;
        double bytes = 0;
        double messages = 0;
        int reads = 0;
        bool alarming = false;
    };
    template<typename Lane> Event event(const Lane &lane, qsizetype i) const;
    static void addEvent(const Event &e, Block &block);
    bool alarming(qsizetype i) const { return (m_alarms[size_t(i / 64)] >> (i % 64)) & 1; }
    static void addBlock(const Block &child, Block &block);
    static void mark(Columns &out, int column, const Block &block, qint32 calls);
    static void mark(Columns &out, int column, const Event &e);
    // Events covered by one block of level `level` (level 0 holds kLeaf events a block).
    static qsizetype span(int level) { return kLeaf << (3 * level); }

    // Marks the columns of whole blocks; lists the event ranges of the smallest blocks that
    // straddle a column edge in `open`.
    template<typename ColumnOf>
    void visit(int level, qsizetype block, qsizetype begin, qsizetype end, const ColumnOf &columnOf,
               Columns &out, std::vector<std::pair<qsizetype, qsizetype>> &open) const;

    std::vector<std::vector<Block>> m_levels;
    // One bit per event: working out whether a send is alarming means looking up its message's
    // fate, a second trip through memory per event.
    std::vector<quint64> m_alarms;
    qsizetype m_size = 0;
    bool m_anyEvidence = false;
    qint64 m_maxEvidence = 0;
    qsizetype m_endsOfFile = 0;
};

template<typename Lane> LaneSummary::Event LaneSummary::event(const Lane &lane, qsizetype i) const
{
    const std::optional<qint64> v = lane.evidence(i);
    return Event{ lane.time(i),          v ? std::max<qint64>(*v, 0) : 0,
                  double(lane.bytes(i)), lane.messages(i),
                  lane.reads(i),         alarming(i) };
}

template<typename Lane> void LaneSummary::extend(const Lane &lane)
{
    const qsizetype n = lane.size();
    if (n <= m_size)
        return;
    m_alarms.resize(size_t((n + 63) / 64), 0);
    for (qsizetype i = m_size; i < n; ++i) {
        if (lane.alarming(i))
            m_alarms[size_t(i / 64)] |= quint64(1) << (i % 64);
        if (lane.endOfFile(i))
            ++m_endsOfFile;
        if (const std::optional<qint64> v = lane.evidence(i)) {
            m_anyEvidence = true;
            m_maxEvidence = std::max(m_maxEvidence, *v);
        }
    }
    // The last block of each level may have been partial: it is summarised again.
    qsizetype dirty = m_size / kLeaf;
    qsizetype count = (n + kLeaf - 1) / kLeaf;
    for (int level = 0;; ++level) {
        if (size_t(level) == m_levels.size())
            m_levels.emplace_back();
        std::vector<Block> &blocks = m_levels[size_t(level)];
        blocks.resize(size_t(count));
        for (qsizetype b = dirty; b < count; ++b) {
            Block block;
            block.earliest = block.latest = lane.time(b * span(level));
            if (level == 0) {
                // Sums in double, then stored: a block's sums round once, not once per event.
                double bytes = 0;
                double messages = 0;
                for (qsizetype i = b * kLeaf; i < std::min(n, (b + 1) * kLeaf); ++i) {
                    const Event e = event(lane, i);
                    addEvent(e, block);
                    bytes += e.bytes;
                    messages += e.messages;
                }
                block.bytes = float(bytes);
                block.messages = float(messages);
            } else {
                const std::vector<Block> &children = m_levels[size_t(level - 1)];
                const qsizetype last = std::min(qsizetype(children.size()), (b + 1) * kFanout);
                double bytes = 0;
                double messages = 0;
                for (qsizetype c = b * kFanout; c < last; ++c) {
                    addBlock(children[size_t(c)], block);
                    bytes += double(children[size_t(c)].bytes);
                    messages += double(children[size_t(c)].messages);
                }
                block.bytes = float(bytes);
                block.messages = float(messages);
            }
            blocks[size_t(b)] = block;
        }
        if (count <= kFanout)
            break;
        dirty /= kFanout;
        count = (count + kFanout - 1) / kFanout;
    }
    m_size = n;
}

template<typename Lane, typename ColumnOf>
void LaneSummary::collect(const Lane &lane, qsizetype begin, qsizetype end,
                          const ColumnOf &columnOf, Columns &out) const
{
    end = std::min(end, m_size);
    if (begin >= end || m_levels.empty())
        return;
    // Two passes: the walk over blocks lists the events it has to read, then they are read in
    // one simple loop, where the processor can fetch many of them from memory at once instead
    // of waiting for each in turn.
    std::vector<std::pair<qsizetype, qsizetype>> open;
    const int top = int(m_levels.size()) - 1;
    for (qsizetype b = begin / span(top); b <= (end - 1) / span(top); ++b)
        visit(top, b, begin, end, columnOf, out, open);
    const int columns = int(out.kinds.size());
    for (const auto &[from, to] : open) {
        for (qsizetype i = from; i < to; ++i) {
            const int c = columnOf(lane.time(i));
            if (c < 0 || c >= columns)
                continue;
            mark(out, c, event(lane, i));
        }
    }
}

template<typename ColumnOf>
void LaneSummary::visit(int level, qsizetype block, qsizetype begin, qsizetype end,
                        const ColumnOf &columnOf, Columns &out,
                        std::vector<std::pair<qsizetype, qsizetype>> &open) const
{
    const qsizetype first = block * span(level);
    const qsizetype last = std::min(first + span(level), m_size);
    if (last <= begin || first >= end)
        return;
    if (first >= begin && last <= end) {
        const Block &b = m_levels[size_t(level)][size_t(block)];
        const int from = columnOf(b.earliest);
        const int to = columnOf(b.latest);
        if (to < 0 || from >= int(out.kinds.size()))
            return;
        if (from == to) {
            mark(out, from, b, qint32(last - first));
            return;
        }
    }
    if (level == 0) {
        open.emplace_back(std::max(first, begin), std::min(last, end));
        return;
    }
    for (qsizetype c = block * kFanout; c < (block + 1) * kFanout; ++c)
        visit(level - 1, c, begin, end, columnOf, out, open);
}

} // namespace sockscope
