#include "run/livetrace.h"

namespace sockscope {

void LiveTraceFeed::runStarted(int index, const Run &header)
{
    post([index, header](Trace &t) {
        if (t.runs.size() <= index)
            t.runs.resize(index + 1);
        t.runs[index] = header;
    });
}

void LiveTraceFeed::sendsAdded(int index, const SendList &batch)
{
    post([index, batch](Trace &t) {
        if (index < t.runs.size())
            t.runs[index].sends.append(batch);
    });
}

void LiveTraceFeed::recvsAdded(int index, const RecvList &batch)
{
    post([index, batch](Trace &t) {
        if (index < t.runs.size())
            t.runs[index].recvs.append(batch);
    });
}

void LiveTraceFeed::framesAdded(int index, const QList<Frame> &batch)
{
    post([index, batch](Trace &t) {
        if (index < t.runs.size())
            t.runs[index].frames.append(batch);
    });
}

void LiveTraceFeed::segmentsAdded(int index, const QList<Segment> &segments)
{
    post([index, segments](Trace &t) {
        if (index < t.runs.size())
            t.runs[index].segments = segments;
    });
}

void LiveTraceFeed::noteAdded(const QString &note)
{
    const int generation = m_generation;
    send([generation, note](LiveTrace &live) {
        live.deliver(generation, [&live, note](Trace &t) {
            t.notes.append(note);
            emit live.noteArrived(note);
        });
    });
}

void LiveTraceFeed::finish(const Trace &result)
{
    const int generation = m_generation;
    send([generation, result](LiveTrace &live) { live.finished(generation, result); });
}

void LiveTraceFeed::post(std::function<void(Trace &)> change)
{
    const int generation = m_generation;
    send([generation, change = std::move(change)](LiveTrace &live) {
        live.deliver(generation, change);
    });
}

void LiveTraceFeed::send(std::function<void(LiveTrace &)> call)
{
    m_live->enqueue(std::move(call));
}

LiveTrace::LiveTrace(QObject *parent) : QObject(parent)
{
    m_announce.setSingleShot(true);
    m_announce.setInterval(33);
    connect(&m_announce, &QTimer::timeout, this, &LiveTrace::traceChanged);
}

// The closures cross threads through a std::mutex-guarded queue, and only a wake-up goes through
// Qt's event queue (by name: no functor slot object shared by the two threads). The hand-off is
// then visible to ThreadSanitizer, which cannot see the futexes inside Debian's uninstrumented Qt.
void LiveTrace::enqueue(std::function<void(LiveTrace &)> call)
{
    bool wake = false;
    {
        const std::lock_guard lock(m_pendingMutex);
        wake = m_pending.empty();
        m_pending.push_back(std::move(call));
    }
    if (wake)
        QMetaObject::invokeMethod(this, "drain", Qt::QueuedConnection);
}

void LiveTrace::drain()
{
    std::vector<std::function<void(LiveTrace &)>> calls;
    {
        const std::lock_guard lock(m_pendingMutex);
        calls.swap(m_pending);
    }
    for (const auto &call : calls)
        call(*this);
}

std::unique_ptr<LiveTraceFeed> LiveTrace::nextFeed()
{
    return std::make_unique<LiveTraceFeed>(this, m_generation + 1);
}

void LiveTrace::begin(Trace initial)
{
    ++m_generation;
    m_trace = std::move(initial);
    m_recording = true;
}

void LiveTrace::end(Trace result)
{
    if (!m_recording)
        return;
    ++m_generation; // anything still queued from this recording is stale now
    m_recording = false;
    m_announce.stop(); // announced below, with the result
    m_trace = std::move(result);
    emit traceChanged();
    emit ended();
}

void LiveTrace::edit(const std::function<void(Trace &)> &change)
{
    change(m_trace);
    emit traceChanged();
}

void LiveTrace::deliver(int generation, const std::function<void(Trace &)> &change)
{
    if (generation != m_generation || !m_recording)
        return;
    change(m_trace);
    if (!m_announce.isActive())
        m_announce.start();
}

void LiveTrace::finished(int generation, Trace result)
{
    if (generation == m_generation)
        end(std::move(result));
}

} // namespace sockscope
