#pragma once

#include "model/trace.h"
#include "record/livefeed.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace sockscope {

class LiveTrace;

// The LiveFeed handed to one recording's threads: every batch is copied into a closure and
// posted to the LiveTrace's thread, so the Trace is only ever touched there. finish() hands
// over the recording's final, analysed trace the same way.
class LiveTraceFeed : public LiveFeed
{
public:
    LiveTraceFeed(LiveTrace *live, int generation) : m_live(live), m_generation(generation) { }

    void runStarted(int index, const Run &header) override;
    void sendsAdded(int index, const SendList &batch) override;
    void recvsAdded(int index, const RecvList &batch) override;
    void framesAdded(int index, const QList<Frame> &batch) override;
    void segmentsAdded(int index, const QList<Segment> &segments) override;
    void noteAdded(const QString &note) override;
    void finish(const Trace &result);

private:
    void post(std::function<void(Trace &)> change);
    void send(std::function<void(LiveTrace &)> call);

    LiveTrace *m_live;
    int m_generation;
};

// The growing trace of a recording on worker threads, kept on the thread that owns this object
// (the GUI thread): RunController's lessons and ObserveController's observations both show
// theirs through one. Batches are only appended to the runs' lists, and changes are announced
// at most every 33 ms, so a view can follow the trace without copying it and look only at what
// is new (TimelineWidget::followTrace). begin() makes whatever is still queued from an earlier
// recording stale.
class LiveTrace : public QObject
{
    Q_OBJECT
public:
    explicit LiveTrace(QObject *parent = nullptr);

    const Trace &trace() const { return m_trace; }
    bool isRecording() const { return m_recording; }

    // The feed for the next recording's threads (made before begin(), so that a recording that
    // fails to open never shows); keep it alive until they are joined.
    std::unique_ptr<LiveTraceFeed> nextFeed();
    // The next recording starts: shows `initial` (the caller announces it); batches of any
    // earlier recording are stale from now on.
    void begin(Trace initial);
    // The recording is over (stopped here or finished by its thread): `result` replaces what
    // the batches built, and ended() is emitted once.
    void end(Trace result);

    // change applied to the trace now, on this object's thread, and announced (the titles of its
    // runs made again in another language). Batches still to come are appended as before.
    void edit(const std::function<void(Trace &)> &change);

signals:
    void traceChanged();
    void noteArrived(const QString &note);
    void ended();

private:
    friend class LiveTraceFeed;
    // Called from recording threads; drain() runs the calls on this object's thread.
    void enqueue(std::function<void(LiveTrace &)> call);
    Q_INVOKABLE void drain();
    void deliver(int generation, const std::function<void(Trace &)> &change);
    void finished(int generation, Trace result);

    Trace m_trace;
    int m_generation = 0;
    bool m_recording = false;
    QTimer m_announce; // single shot: traceChanged() at most every 33 ms
    std::mutex m_pendingMutex;
    std::vector<std::function<void(LiveTrace &)>> m_pending;
};

} // namespace sockscope
