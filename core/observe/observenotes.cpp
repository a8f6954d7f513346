#include "observe/observenotes.h"

#include "record/livefeed.h"
#include "record/monotonicclock.h"

#include <QCoreApplication>

namespace sockscope {

void ObserveNotes::add(const QString &text)
{
    // Stamped and told under the lock, so that the list, its times and the feed agree on the
    // order.
    std::lock_guard lock(m_mutex);
    m_notes.append(QCoreApplication::translate("sockscope::ObserveNotes", "at %1 s: %2")
                       .arg(double(m_clock.nowNs()) / 1e9, 0, 'f', 3)
                       .arg(text));
    if (m_feed)
        m_feed->noteAdded(m_notes.constLast());
}

QStringList ObserveNotes::list() const
{
    std::lock_guard lock(m_mutex);
    return m_notes;
}

} // namespace sockscope
