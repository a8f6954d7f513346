#include "util/idlistslicer.h"

#include <algorithm>

namespace sockscope {

IdListSlicer::IdListSlicer(const std::vector<int> &ids)
{
    if (ids.empty())
        return;
    const auto n = qsizetype(ids.size());
    const auto [header, data] = QTypedArrayData<int>::allocate(n);
    std::copy(ids.cbegin(), ids.cend(), data);
    m_block = QArrayDataPointer<int>(header, data, n);
}

QList<int> IdListSlicer::slice(qsizetype first, qsizetype count) const
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= size());
    if (count == 0)
        return {};
    // The copy takes a reference on the block. Elements that start inside their block, with
    // free space before and after them, are what QList itself makes (removeFirst(), prepend()):
    // every QList operation allows for it.
    QArrayDataPointer<int> part(m_block);
    part.ptr += first;
    part.size = count;
    return { std::move(part) };
}

} // namespace sockscope
