#include "view/lanesummary.h"

namespace sockscope {

void LaneSummary::addBlock(const Block &child, Block &block)
{
    block.earliest = std::min(block.earliest, child.earliest);
    block.latest = std::max(block.latest, child.latest);
    block.evidence = std::max(block.evidence, child.evidence);
    block.alarming = block.alarming || child.alarming;
}

void LaneSummary::mark(Columns &out, int column, bool alarming, qint64 evidence)
{
    quint8 &kind = out.kinds[size_t(column)];
    kind = std::max<quint8>(kind, alarming ? 2 : 1);
    if (evidence > 0) {
        qint64 &tallest = out.evidence[size_t(column)];
        tallest = std::max(tallest, evidence);
    }
}

} // namespace sockscope
