#include "util/progressmeter.h"

#include <QtGlobal>

#include <limits>

namespace sockscope {

namespace {

// Reports over the whole work: often enough for a smooth bar and a quick stop, rarely enough
// that the callback (an atomic store, or a line on a terminal) costs nothing next to the work.
constexpr qint64 kReports = 1000;

} // namespace

ProgressMeter::ProgressMeter(Callback callback, qint64 total)
    : m_callback(std::move(callback)), m_total(qMax<qint64>(total, 0))
{
    m_next = m_callback ? 0 : std::numeric_limits<qint64>::max();
}

bool ProgressMeter::start(qint64 total)
{
    m_total = qMax<qint64>(total, 0);
    m_done = 0;
    m_next = m_callback ? 0 : std::numeric_limits<qint64>::max();
    return report();
}

bool ProgressMeter::finish()
{
    if (m_stopped)
        return false;
    m_done = qMax(m_done, m_total);
    m_next = 0;
    return report();
}

bool ProgressMeter::report()
{
    if (m_stopped)
        return false;
    if (!m_callback)
        return true;
    // Never past the total (a work that counted more than it expected), never backwards.
    const qint64 done = qBound(m_reported, qMin(m_done, m_total), m_total);
    m_reported = done;
    m_next = m_done + qMax<qint64>(1, m_total / kReports);
    if (!m_callback(done, m_total))
        m_stopped = true;
    return !m_stopped;
}

QString ProgressMeter::cancelled()
{
    return tr("cancelled");
}

} // namespace sockscope
