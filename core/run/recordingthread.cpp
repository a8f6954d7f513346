#include "run/recordingthread.h"

#include "record/recordingpriority.h"

namespace sockscope {

RecordingThread::RecordingThread(std::unique_ptr<LiveTraceFeed> feed) : m_feed(std::move(feed))
{ }

RecordingThread::~RecordingThread()
{
    stopAndTake();
}

void RecordingThread::start(Job job)
{
    m_thread = std::thread([this, job = std::move(job)] {
        RecordingPriority::lowerCurrentThread();
        m_result = job(m_stop, m_feed.get());
        m_feed->finish(m_result);
    });
}

Trace RecordingThread::stopAndTake()
{
    m_stop.stop();
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

} // namespace sockscope
