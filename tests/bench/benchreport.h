#pragma once

#include <QString>

#include <cstdio>

namespace sockscope::bench {

// Prints one figure per line as JSON, as soon as it is measured, so a slow figure never hides
// the ones before it: {"name":..,"value":N,"unit":..,"goal":N,"better":"lower|higher"}.
// Notes (what was measured, the conditions) go to stderr and never mix with the figures.
class BenchReport
{
public:
    enum class Better { Lower, Higher };

    void figure(const char *name, double value, const char *unit, double goal, Better better);
    void note(const QString &text);
    int missed() const { return m_missed; }

private:
    int m_missed = 0;
};

} // namespace sockscope::bench
