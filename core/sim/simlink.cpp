#include "sim/simlink.h"

#include "sim/simrandom.h"

#include <algorithm>

namespace sockscope {

namespace {

// A reordered packet is held back by up to one RTT (at least 1 ms so that back-to-back packets
// really overtake it), as netem's reorder does: the others go ahead, this one comes late.
constexpr qint64 kMinReorderNs = 1'000'000;
// A duplicate trails its original closely, as one made by a retransmitting link layer does.
constexpr qint64 kDuplicateGapNs = 10'000;

} // namespace

SimLink::SimLink(const Scenario &scenario, SimRandom &random)
    : m_oneWayNs(qint64(scenario.rttMs) * 1'000'000 / 2),
      m_bitsPerSecond(qint64(scenario.bandwidthKbps) * 1000), m_loss(scenario.loss),
      m_reorder(scenario.reorder), m_duplicate(scenario.duplicate), m_random(random)
{ }

SimLink::Delivery SimLink::transmit(qint64 nowNs, qint64 wireBytes)
{
    Delivery d;
    d.departNs = std::max(nowNs, m_freeAtNs);
    qint64 serialisationNs = 0;
    if (m_bitsPerSecond > 0)
        serialisationNs = (wireBytes * 8 * 1'000'000'000 + m_bitsPerSecond - 1) / m_bitsPerSecond;
    m_freeAtNs = d.departNs + serialisationNs;
    // Decisions are drawn in the same order for every packet, lost or not, so a trace depends
    // only on the seed and the scenario.
    const bool lost = m_random.chance(m_loss);
    const bool late = m_random.chance(m_reorder);
    const bool twice = m_random.chance(m_duplicate);
    qint64 extra = 0;
    if (late)
        extra = kMinReorderNs + qint64(m_random.uniform() * double(2 * m_oneWayNs));
    if (lost)
        return d;
    d.arriveNs = m_freeAtNs + m_oneWayNs + extra;
    if (twice)
        d.duplicateNs = d.arriveNs + kDuplicateGapNs;
    return d;
}

} // namespace sockscope
