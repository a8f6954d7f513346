#pragma once

#include <QList>

#include <vector>

namespace sockscope {

// Many short id lists (each message's recvs) cut from one block, without an allocation each: a
// slice is an ordinary QList<int> that shares the block, as an implicit copy of a QList does,
// and shows only its part. Like any shared QList it detaches on its first write, and the block
// lives until the last slice is gone. A million fates cost one allocation instead of a million
// (the allocations were most of Analysis::analyse).
class IdListSlicer
{
public:
    explicit IdListSlicer(const std::vector<int> &ids);

    qsizetype size() const { return m_block.size; }
    // Ids [first, first + count); an empty (null) list when count is 0.
    QList<int> slice(qsizetype first, qsizetype count) const;

private:
    // Qt 6's array data pointer, the one member of every QList: QList has no public way to
    // share part of its block, so the slicer holds the pointer itself.
    QArrayDataPointer<int> m_block;
};

} // namespace sockscope
