#include "livetrace.h"

#include <QTimer>

namespace sockscope {

void LiveTraceFeed::runStarted(int index, const Run &header)
{
    post([index, header](Trace &t) {
        if (t.runs.size() <= index)
            t.runs.resize(index + 1);
        t.runs[index] = header;
    });
}

void LiveTraceFeed::sendsAdded(int index, const QList<SendEvent> &batch)
{
    post([index, batch](Trace &t) {
        if (index < t.runs.size())
            t.runs[index].sends.append(batch);
    });
}

void LiveTraceFeed::recvsAdded(int index, const QList<RecvEvent> &batch)
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

void LiveTraceFeed::noteAdded(const QString &note)
{
    QPointer<LiveTrace> live = m_live;
    post([live, note](Trace &t) {
        t.notes.append(note);
        if (live)
            emit live->noteArrived(note);
    });
}

void LiveTraceFeed::finish(const Trace &result)
{
    QPointer<LiveTrace> live = m_live;
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        live, [live, generation, result] { if (live) live->finished(generation, result); },
        Qt::QueuedConnection);
}

void LiveTraceFeed::post(std::function<void(Trace &)> change)
{
    QPointer<LiveTrace> live = m_live;
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        live, [live, generation, change = std::move(change)] { if (live) live->deliver(generation, change); },
        Qt::QueuedConnection);
}

LiveTrace::LiveTrace(QObject *parent) : QObject(parent) {}

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
    m_trace = std::move(result);
    emit traceChanged();
    emit ended();
}

void LiveTrace::deliver(int generation, const std::function<void(Trace &)> &change)
{
    if (generation != m_generation || !m_recording)
        return;
    change(m_trace);
    if (m_changePending)
        return;
    m_changePending = true;
    QTimer::singleShot(33, this, [this] {
        m_changePending = false;
        emit traceChanged();
    });
}

void LiveTrace::finished(int generation, Trace result)
{
    if (generation == m_generation)
        end(std::move(result));
}

} // namespace sockscope
