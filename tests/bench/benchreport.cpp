#include "benchreport.h"

#include <QByteArray>

#include <cmath>

namespace sockscope::bench {

namespace {

// Enough digits to compare against the goal, no exponent (JSON allows it, people read it).
QByteArray number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 10 ? 2 : 4;
    return QByteArray::number(value, 'f', decimals);
}

} // namespace

void BenchReport::figure(const char *name, double value, const char *unit, double goal,
                         Better better)
{
    const bool met = better == Better::Lower ? value <= goal : value >= goal;
    if (!met)
        ++m_missed;
    std::printf("{\"name\":\"%s\",\"value\":%s,\"unit\":\"%s\",\"goal\":%s,\"better\":\"%s\"}\n",
                name, number(value).constData(), unit, number(goal).constData(),
                better == Better::Lower ? "lower" : "higher");
    std::fflush(stdout);
}

void BenchReport::note(const QString &text)
{
    std::fprintf(stderr, "# %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace sockscope::bench
