#include "observe/observenotes.h"

#include "record/livefeed.h"
#include "record/monotonicclock.h"

#include <algorithm>
#include <limits>

namespace sockscope {

QString ObserveNotes::line(const QString &text, qint64 atNs)
{
    return tr("at %1 s: %2").arg(double(atNs) / 1e9, 0, 'f', 3).arg(text);
}

void ObserveNotes::add(const QString &text, Kind kind, std::optional<qint64> atNs)
{
    const QString note = line(text, atNs.value_or(m_clock.nowNs()));
    // One lock around keeping and telling: the feed hears the notes one at a time, in order.
    const std::lock_guard lock(m_mutex);
    if (kind == Kind::Routine && m_routine >= kMaxRoutine) {
        ++m_dropped;
        return;
    }
    m_routine += kind == Kind::Routine ? 1 : 0;
    m_notes.append(note);
    if (m_feed)
        m_feed->noteAdded(note);
}

void ObserveNotes::announce(const QString &text)
{
    const QString note = line(text, m_clock.nowNs());
    const std::lock_guard lock(m_mutex);
    if (m_feed)
        m_feed->noteAdded(note);
}

QStringList ObserveNotes::take()
{
    const std::lock_guard lock(m_mutex);
    QStringList notes = std::move(m_notes);
    m_notes.clear();
    if (m_dropped > 0)
        notes.append(tr("%1 more note(s) like the ones above were not kept (the first %2 were)",
                        nullptr, int(std::min<qint64>(m_dropped, std::numeric_limits<int>::max())))
                         .arg(m_dropped)
                         .arg(kMaxRoutine));
    m_dropped = 0;
    m_routine = 0;
    return notes;
}

} // namespace sockscope
