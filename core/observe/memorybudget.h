#pragma once

#include <QtGlobal>

#include <atomic>

namespace sockscope {

// What the recordings of one observe session may hold in memory, all connections together
// (ObserveOptions::memoryBudget): caps per connection alone let 16 clients of zero-length frames
// grow the observer to gigabytes. Each run's RecordingGate charges what its run holds as it
// grows; the charge that reaches the limit exhausts the budget for the rest of the session, and
// from then on nothing more is recorded. Shared by the connection threads, hence atomics.
class MemoryBudget
{
public:
    explicit MemoryBudget(qint64 limitBytes) : m_limit(limitBytes) { }

    qint64 limit() const { return m_limit; }
    qint64 held() const { return m_held.load(std::memory_order_relaxed); }
    bool exhausted() const { return m_exhausted.load(std::memory_order_relaxed); }
    // When the budget was reached (the session's clock); read once the connections are joined.
    qint64 exhaustedAtNs() const { return m_exhaustedAtNs.load(std::memory_order_relaxed); }

    // Adds delta bytes (negative: memory given back, a decoder's buffer) to what the recordings
    // hold. True for the one charge that reached the limit, so that its caller says so once.
    bool charge(qint64 delta, qint64 nowNs)
    {
        const qint64 held = m_held.fetch_add(delta, std::memory_order_relaxed) + delta;
        if (delta <= 0 || held < m_limit || m_exhausted.exchange(true))
            return false;
        m_exhaustedAtNs.store(nowNs, std::memory_order_relaxed);
        return true;
    }

private:
    const qint64 m_limit;
    std::atomic<qint64> m_held{ 0 };
    std::atomic<bool> m_exhausted{ false };
    std::atomic<qint64> m_exhaustedAtNs{ 0 };
};

} // namespace sockscope
