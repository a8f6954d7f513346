#include "view/lanesummary.h"

namespace sockscope {

void LaneSummary::Columns::assign(int columns)
{
    const size_t n = size_t(std::max(0, columns));
    kinds.assign(n, 0);
    evidence.assign(n, 0);
    calls.assign(n, 0);
    bytes.assign(n, 0);
    reads.assign(n, 0);
    messages.assign(n, 0);
}

void LaneSummary::addEvent(const Event &e, Block &block)
{
    block.earliest = std::min(block.earliest, e.time);
    block.latest = std::max(block.latest, e.time);
    const quint32 evidence = quint32(std::min<qint64>(e.evidence, 0x7fffffff));
    block.evidenceAndAlarm = std::max(block.evidenceAndAlarm & ~Block::kAlarm, evidence)
        | (block.evidenceAndAlarm & Block::kAlarm) | (e.alarming ? Block::kAlarm : 0);
    block.reads += quint32(e.reads);
}

void LaneSummary::addBlock(const Block &child, Block &block)
{
    block.earliest = std::min(block.earliest, child.earliest);
    block.latest = std::max(block.latest, child.latest);
    block.evidenceAndAlarm
        = std::max(block.evidenceAndAlarm & ~Block::kAlarm, child.evidenceAndAlarm & ~Block::kAlarm)
        | ((block.evidenceAndAlarm | child.evidenceAndAlarm) & Block::kAlarm);
    block.reads += child.reads;
}

void LaneSummary::mark(Columns &out, int column, const Block &block, qint32 calls)
{
    const auto c = size_t(column);
    out.kinds[c] = std::max<quint8>(out.kinds[c], block.alarming() ? 2 : 1);
    out.evidence[c] = std::max(out.evidence[c], block.evidence());
    out.calls[c] += calls;
    out.bytes[c] += double(block.bytes);
    out.reads[c] += qint32(block.reads);
    out.messages[c] += double(block.messages);
}

void LaneSummary::mark(Columns &out, int column, const Event &e)
{
    const auto c = size_t(column);
    out.kinds[c] = std::max<quint8>(out.kinds[c], e.alarming ? 2 : 1);
    out.evidence[c] = std::max(out.evidence[c], e.evidence);
    out.calls[c] += 1;
    out.bytes[c] += e.bytes;
    out.reads[c] += e.reads;
    out.messages[c] += e.messages;
}

} // namespace sockscope
