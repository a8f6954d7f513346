#pragma once

#include <QtGlobal>

#include <random>

namespace sockscope {

// The simulator's only source of chance. std::mt19937_64's output is fixed by the C++
// standard, but the standard distributions are not (libstdc++ and libc++ differ), so the
// mapping from raw bits to numbers is done here: same seed, same numbers, on every platform.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed) : m_engine(seed) { }

    // Uniform in [0, 1) from the top 53 bits: every double step of that range equally likely.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }

    // True with probability p. Draws nothing when p is 0 or 1, so turning a knob off leaves
    // the other knobs' random sequence unchanged.
    bool chance(double p)
    {
        if (p <= 0)
            return false;
        if (p >= 1)
            return true;
        return uniform() < p;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace sockscope
