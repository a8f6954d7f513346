#include "observe/recordinggate.h"

#include "observe/memorybudget.h"
#include "observe/observenotes.h"
#include "record/monotonicclock.h"

#include <QVariant>

namespace sockscope {

namespace {

// A malloc block for n bytes on glibc x86-64: 8 bytes of header, 16-byte steps, 32 at least.
qint64 heapBlock(qint64 n)
{
    return n <= 0 ? 0 : std::max<qint64>(32, (n + 8 + 15) / 16 * 16);
}

// Qt 6's QArrayData header in front of every list's and string's elements.
constexpr qint64 kArrayHeader = 16;

template<typename T> qint64 listBytes(const QList<T> &list)
{
    return list.capacity() == 0
        ? 0
        : heapBlock(kArrayHeader + qint64(list.capacity()) * qint64(sizeof(T)));
}

} // namespace

RecordingGate::RecordingGate(Run &run, qint64 maxRecvs, MemoryBudget *budget, ObserveNotes *notes,
                             const MonotonicClock &clock)
    : m_run(run), m_maxRecvs(maxRecvs), m_budget(budget), m_notes(notes), m_clock(clock)
{
    // The run itself, whatever it records: a flood of connections costs this much each.
    qint64 header = qint64(sizeof(Run)) + stringBytes(run.label) + listBytes(run.peers)
        + run.sends.capacityBytes();
    for (const QString &peer : run.peers)
        header += stringBytes(peer);
    keep(header);
    hold();
}

qint64 RecordingGate::stringBytes(const QString &text)
{
    return text.capacity() == 0 ? 0 : heapBlock(kArrayHeader + 2 * (qint64(text.capacity()) + 1));
}

qint64 RecordingGate::frameBytes(const Frame &frame)
{
    qint64 bytes = listBytes(frame.recvs) + stringBytes(frame.error);
    if (frame.preview.capacity() > 0)
        bytes += heapBlock(kArrayHeader + frame.preview.capacity() + 1);
    if (!frame.fields.isEmpty()) {
        // A QMap is a shared std::map: a block for the map, one tree node per field.
        bytes += heapBlock(64);
        for (auto it = frame.fields.cbegin(); it != frame.fields.cend(); ++it) {
            bytes += heapBlock(32 + qint64(sizeof(QString) + sizeof(QVariant)))
                + stringBytes(it.key());
            if (it.value().typeId() == QMetaType::QString)
                bytes += stringBytes(it.value().toString());
        }
    }
    return bytes;
}

qint64 RecordingGate::measured() const
{
    return m_run.recvs.capacityBytes() + qint64(m_run.frames.capacity()) * qint64(sizeof(Frame));
}

bool RecordingGate::admit()
{
    if (m_stopped)
        return false;
    if (m_run.recvs.size() >= m_maxRecvs)
        stop(Unrecorded::Reason::MaxRecvs);
    else if (m_budget && m_budget->exhausted())
        stop(Unrecorded::Reason::MemoryBudget);
    return !m_stopped;
}

void RecordingGate::stop(Unrecorded::Reason reason)
{
    m_stopped = true;
    m_unrecorded.reason = reason;
    m_unrecorded.limit = reason == Unrecorded::Reason::MaxRecvs ? m_maxRecvs : m_budget->limit();
    // The session's note says when the budget ran out; a run's own cap is this run's news.
    if (reason == Unrecorded::Reason::MaxRecvs && m_notes)
        m_notes->announce(
            tr("%1: recording stopped: %2; what arrives is still read, and only "
               "counted")
                .arg(m_run.label, m_unrecorded.because(m_run.protocol == Protocol::Udp)));
}

void RecordingGate::skip(qint64 returnedNs, qint64 bytes)
{
    if (m_unrecorded.recvs == 0)
        m_unrecorded.fromNs = returnedNs;
    ++m_unrecorded.recvs;
    m_unrecorded.bytes += bytes;
}

void RecordingGate::hold(qint64 extraBytes)
{
    if (!m_budget)
        return;
    const qint64 held = m_kept + measured() + extraBytes;
    if (held == m_charged)
        return;
    const bool reached = m_budget->charge(held - m_charged, m_clock.nowNs());
    m_charged = held;
    if (reached)
        budgetReached(*m_budget, m_notes, m_run.protocol == Protocol::Udp);
}

void RecordingGate::budgetReached(const MemoryBudget &budget, ObserveNotes *notes, bool udp)
{
    if (!notes)
        return;
    Unrecorded u;
    u.reason = Unrecorded::Reason::MemoryBudget;
    u.limit = budget.limit();
    notes->announce(tr("recording stopped: %1; every client is still read (and relayed), "
                       "nothing more is recorded")
                        .arg(u.because(udp)));
}

void RecordingGate::finish()
{
    if (m_unrecorded.recvs == 0)
        return;
    m_run.unrecorded = m_unrecorded;
    const bool udp = m_run.protocol == Protocol::Udp;
    if (m_unrecorded.reason == Unrecorded::Reason::MaxRecvs && m_notes)
        m_notes->add(tr("%1: recording stopped: %2; %3")
                         .arg(m_run.label, m_unrecorded.because(udp), m_unrecorded.what(udp)),
                     ObserveNotes::Kind::Always, m_unrecorded.fromNs);
}

} // namespace sockscope
