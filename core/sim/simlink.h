#pragma once

#include "model/scenario.h"

namespace sockscope {

class SimRandom;

// One direction of the imagined network: propagation (half the RTT), an optional bottleneck
// rate served first come first served, and per-packet loss, reordering and duplication.
class SimLink
{
public:
    struct Delivery
    {
        qint64 departNs = 0; // when the packet starts to leave (after packets ahead of it)
        qint64 arriveNs = -1; // -1 when the network lost it
        qint64 duplicateNs = -1; // a second copy's arrival, -1 when none
    };

    SimLink(const Scenario &scenario, SimRandom &random);

    // wireBytes includes the protocol headers: they cost link time too.
    Delivery transmit(qint64 nowNs, qint64 wireBytes);

private:
    qint64 m_oneWayNs;
    qint64 m_bitsPerSecond; // 0 = unlimited
    double m_loss;
    double m_reorder;
    double m_duplicate;
    SimRandom &m_random;
    qint64 m_freeAtNs = 0; // the bottleneck is busy until then
};

} // namespace sockscope
