#include "io/tracejsonsplit.h"

#include "io/paddedjson.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace sockscope {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The lists read in chunks: runs[i].<key>, each an array of objects.
bool isEventList(std::string_view key)
{
    return key == "sends" || key == "recvs" || key == "messages" || key == "segments"
        || key == "frames";
}

} // namespace

class TraceJsonSplit::Scanner
{
public:
    Scanner(const char *data, std::size_t size, Cuts cuts, std::size_t chunkBytes,
            const std::function<bool(std::size_t)> &scanned, TraceJsonSplit &out)
        : d(data), n(size), m_cuts(cuts), m_chunk(std::max<std::size_t>(chunkBytes, 1)),
          m_scanned(scanned), m_out(out)
    { }

    void run()
    {
        m_out.m_pieces.push_back({ 0, 0 });
        std::size_t i = 0;
        while (i < n) {
            if (!report(i))
                return;
            const char c = d[i];
            if (c == '"') {
                const std::size_t end = stringEnd(i + 1);
                if (end >= n)
                    break;
                // A key: the string an object's ':' follows.
                if (!m_stack.empty() && m_stack.back().open == '{') {
                    const std::size_t next = skipSpace(end + 1, n);
                    if (next < n && d[next] == ':')
                        m_stack.back().key = std::string_view(d + i + 1, end - i - 1);
                }
                i = end + 1;
                continue;
            }
            if (c == '[' && atEventList()) {
                if (const std::size_t after = elide(i); after != 0) {
                    i = after;
                    continue;
                }
            }
            if (c == '{' || c == '[')
                m_stack.push_back({ c, {} });
            else if ((c == '}' || c == ']') && !m_stack.empty())
                m_stack.pop_back();
            ++i;
        }
        std::string &skeleton = m_out.m_skeleton;
        skeleton.append(d + m_copied, n - m_copied);
        m_out.m_skeletonSize = skeleton.size();
        skeleton.append(PaddedJson::padding(), '\0');
    }

private:
    struct Level
    {
        char open;
        std::string_view key; // an object's last key so far
    };

    // Says how far the scan is; false once told to stop.
    bool report(std::size_t at)
    {
        if (at >= m_nextReport && m_scanned && !m_out.m_stopped) {
            m_out.m_stopped = !m_scanned(at);
            m_nextReport = at + (std::size_t(8) << 20);
        }
        return !m_out.m_stopped;
    }

    std::size_t skipSpace(std::size_t i, std::size_t end) const
    {
        while (i < end && isSpace(d[i]))
            ++i;
        return i;
    }

    // The closing quote of a string whose text starts at i, or n when there is none.
    std::size_t stringEnd(std::size_t i) const
    {
        while (i < n) {
            const void *quote = std::memchr(d + i, '"', n - i);
            if (!quote)
                return n;
            const auto at = std::size_t(static_cast<const char *>(quote) - d);
            std::size_t slashes = 0;
            while (at - slashes > i && d[at - slashes - 1] == '\\')
                ++slashes;
            if (slashes % 2 == 0)
                return at;
            i = at + 1;
        }
        return n;
    }

    // In runs[i], at the value of an event list's key.
    bool atEventList() const
    {
        return m_stack.size() == 3 && m_stack[0].open == '{' && m_stack[0].key == "runs"
            && m_stack[1].open == '[' && m_stack[2].open == '{' && isEventList(m_stack[2].key);
    }

    // The list whose '[' is at `open`, when it holds objects and is long enough, is cut into
    // chunks and left out of the skeleton. Returns where the scan goes on (after the list's
    // closing byte), or 0 when the list stays in the skeleton.
    std::size_t elide(std::size_t open)
    {
        const std::size_t first = open + 1;
        const std::size_t element = skipSpace(first, n);
        if (element >= n || d[element] != '{')
            return 0;
        std::vector<Range> chunks;
        const std::size_t end
            = m_cuts == Cuts::Exact ? exactCuts(first, chunks) : guessedCuts(first, chunks);
        if (end == 0 || (end < n && end - first < m_chunk / 4))
            return 0;
        std::string &skeleton = m_out.m_skeleton;
        skeleton.append(d + m_copied, first - m_copied);
        m_out.m_elided.push_back({ skeleton.size() - 1, std::move(chunks) });
        // The list's own closing byte follows its '[' (a '}' there leaves the skeleton as broken
        // as the input).
        m_out.m_pieces.push_back({ skeleton.size(), end });
        m_copied = end;
        return end < n ? end + 1 : n;
    }

    // Every byte scanned. Returns the closing byte's offset (n for a list never closed).
    std::size_t exactCuts(std::size_t first, std::vector<Range> &chunks)
    {
        std::size_t from = first;
        std::size_t depth = 0;
        std::size_t i = first;
        while (i < n) {
            const char c = d[i];
            if (c == '"') {
                i = stringEnd(i + 1) + 1;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0 && i - from >= m_chunk) {
                chunks.push_back({ from, i });
                from = i + 1;
                if (!report(i))
                    return n;
            }
            ++i;
        }
        const std::size_t end = std::min(i, n);
        chunks.push_back({ from, end });
        return end;
    }

    // The list's end is the first ']' after a '}'; a cut the first "},{" past every chunk.
    // Returns 0 when no end was found: the list stays in the skeleton.
    std::size_t guessedCuts(std::size_t first, std::vector<Range> &chunks)
    {
        std::size_t end = 0;
        for (std::size_t from = first; from < n;) {
            const void *bracket = std::memchr(d + from, ']', n - from);
            if (!bracket)
                break;
            const auto at = std::size_t(static_cast<const char *>(bracket) - d);
            std::size_t before = at;
            while (before > first && isSpace(d[before - 1]))
                --before;
            if (before > first && d[before - 1] == '}') {
                end = at;
                break;
            }
            from = at + 1;
        }
        if (end == 0)
            return 0;
        std::size_t from = first;
        while (end - from > m_chunk + m_chunk / 2) {
            bool cut = false;
            for (std::size_t t = from + m_chunk; t < end && !cut;) {
                const void *brace = std::memchr(d + t, '}', end - t);
                if (!brace)
                    break;
                const auto at = std::size_t(static_cast<const char *>(brace) - d);
                const std::size_t comma = skipSpace(at + 1, end);
                if (comma < end && d[comma] == ',') {
                    const std::size_t next = skipSpace(comma + 1, end);
                    if (next < end && d[next] == '{') {
                        chunks.push_back({ from, comma });
                        from = comma + 1;
                        cut = true;
                        if (!report(comma))
                            return n;
                    }
                }
                t = at + 1;
            }
            if (!cut)
                break;
        }
        chunks.push_back({ from, end });
        return end;
    }

    const char *d;
    std::size_t n;
    Cuts m_cuts;
    std::size_t m_chunk;
    const std::function<bool(std::size_t)> &m_scanned;
    TraceJsonSplit &m_out;
    std::vector<Level> m_stack;
    std::size_t m_copied = 0; // the input before this is in the skeleton or elided
    std::size_t m_nextReport = 0;
};

TraceJsonSplit TraceJsonSplit::split(const char *data, std::size_t size, Cuts cuts,
                                     std::size_t chunkBytes,
                                     const std::function<bool(std::size_t)> &scanned)
{
    TraceJsonSplit out;
    Scanner(data, size, cuts, chunkBytes, scanned, out).run();
    return out;
}

const TraceJsonSplit::Elided *TraceJsonSplit::elidedAt(std::size_t skeletonAt) const
{
    const auto it
        = std::lower_bound(m_elided.begin(), m_elided.end(), skeletonAt,
                           [](const Elided &e, std::size_t at) { return e.skeletonAt < at; });
    return it != m_elided.end() && it->skeletonAt == skeletonAt ? &*it : nullptr;
}

std::size_t TraceJsonSplit::inputOffset(std::size_t skeletonAt) const
{
    const auto it
        = std::upper_bound(m_pieces.begin(), m_pieces.end(), skeletonAt,
                           [](std::size_t at, const Piece &p) { return at < p.skeletonAt; });
    const Piece &piece = it == m_pieces.begin() ? m_pieces.front() : *std::prev(it);
    return piece.inputAt + (skeletonAt - piece.skeletonAt);
}

} // namespace sockscope
