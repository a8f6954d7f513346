#pragma once

#include "model/trace.h"
#include "record/stopsignal.h"
#include "run/livetrace.h"

#include <functional>
#include <memory>
#include <thread>

namespace sockscope {

// One recording on a thread of its own, for a controller on the GUI thread (RunController,
// ObserveController): the job runs at the window's lowered recording priority with the
// recording's StopSignal and LiveFeed, and its trace goes to the feed, which posts it to the
// LiveTrace. stopAndTake() may also end it early from the owner's thread. Not movable: the
// thread refers to it.
class RecordingThread
{
public:
    using Job = std::function<Trace(StopSignal &stop, LiveFeed *feed)>;

    explicit RecordingThread(std::unique_ptr<LiveTraceFeed> feed);
    ~RecordingThread();
    RecordingThread(const RecordingThread &) = delete;
    RecordingThread &operator=(const RecordingThread &) = delete;

    // For what the job needs built before it starts (an observe session listens first).
    StopSignal &stopSignal() { return m_stop; }
    LiveFeed *feed() const { return m_feed.get(); }

    void start(Job job);
    // Stops the job and waits for its thread; every socket call sees the stop within ~50 ms.
    // Returns what it recorded, and again on later calls.
    Trace stopAndTake();

private:
    std::unique_ptr<LiveTraceFeed> m_feed;
    StopSignal m_stop;
    Trace m_result;
    std::thread m_thread;
};

} // namespace sockscope
