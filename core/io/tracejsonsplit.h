#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace sockscope {

// A large trace JSON cut so that simdjson indexes a few hundred KiB of it at a time instead of
// the whole file (its index is 4 bytes per token, about the input's size again, and it cannot index
// more than 4 GiB at all). The event lists of each run (runs[i].sends, recvs, frames, messages and
// segments) are left out of a *skeleton*, a copy of the rest of the input where each such list is
// written "[]"; the list's elements are read from *chunks* of the input instead, a whole number
// of elements each, parsed one after the other as "[" chunk "]". Everything else (the header,
// the scenario, a run's options) is the skeleton, read as one small document.
//
// Where a chunk may end is found in one of two ways:
//  - Guessed: the list's end is the first `]` after `}` found by memchr, and a cut is the first
//    `}` `,` `{` (whitespace allowed) past every chunkBytes. It reads the bytes between once,
//    with memchr, and nothing else. A guess inside a string or a nested object is never taken for
//    a true boundary: a chunk parsed from the list's first element (a known state: outside any
//    string, at the list's depth) that ends inside a string or an object is not valid JSON. So
//    a read that succeeds proves every guess right; any JSON error means the reader starts again
//    with exact cuts.
//  - Exact: every byte of a list is scanned (strings, escapes, depth), which finds the true end
//    and cuts even in a file that is broken or made to mislead the guess; an error found then is
//    the file's own.
// Offsets in the skeleton map back to the input's for error messages (inputOffset()).
class TraceJsonSplit
{
public:
    enum class Cuts { Guessed, Exact };

    struct Range
    {
        std::size_t from = 0; // [from, to) of the input: elements and the commas between them
        std::size_t to = 0;
    };
    struct Elided
    {
        std::size_t skeletonAt = 0; // where its "[]" is in the skeleton
        std::vector<Range> chunks;
    };

    // chunkBytes: the size a chunk is cut at (it ends at the next element's end); a list shorter
    // than a quarter of it stays in the skeleton. scanned(bytes) is told now and then how far
    // the scan is (the input before it is not read again by the scan); when it returns false
    // the scan stops there and stopped() says so.
    static TraceJsonSplit split(const char *data, std::size_t size, Cuts cuts,
                                std::size_t chunkBytes,
                                const std::function<bool(std::size_t)> &scanned = {});

    bool stopped() const { return m_stopped; }

    // The skeleton, followed by padding() zero bytes for simdjson.
    const char *skeleton() const { return m_skeleton.data(); }
    std::size_t skeletonSize() const { return m_skeletonSize; }
    std::size_t skeletonCapacity() const { return m_skeleton.size(); }
    const std::vector<Elided> &elided() const { return m_elided; }
    // The elided list whose "[]" starts at this offset of the skeleton, or null.
    const Elided *elidedAt(std::size_t skeletonAt) const;
    // Where a byte of the skeleton is in the input.
    std::size_t inputOffset(std::size_t skeletonAt) const;

private:
    class Scanner;
    struct Piece
    {
        std::size_t skeletonAt;
        std::size_t inputAt;
    };

    std::string m_skeleton;
    std::size_t m_skeletonSize = 0;
    std::vector<Elided> m_elided;
    std::vector<Piece> m_pieces; // from skeletonAt on, the skeleton copies the input from inputAt
    bool m_stopped = false;
};

} // namespace sockscope
