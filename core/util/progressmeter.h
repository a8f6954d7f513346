#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sockscope {

// How far a long piece of work is (reading or writing a trace of millions of events), told to
// whoever waits for it, and whether it should go on. The work counts in its own unit (bytes
// read, events written) and calls add() for each; the meter calls the callback now and then
// (about a thousand times over the whole work, and at its start and end), from the thread that
// does the work. The callback returns false to stop it: the work then ends as soon as it can,
// writes nothing (util/OutputFile cancels the file) and returns cancelled() as its error.
class ProgressMeter
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ProgressMeter)
public:
    // done of total; false = stop. Called with done = 0 first and done = total last, never
    // with a smaller done than before.
    using Callback = std::function<bool(qint64 done, qint64 total)>;

    // Without a callback the meter only counts and never stops.
    explicit ProgressMeter(Callback callback = {}, qint64 total = 0);

    // The work's size, known once it starts; reports done = 0 (a callback that refuses at once
    // stops the work before its first piece). False once stopped.
    bool start(qint64 total);
    // n more of total done; false once stopped (then the work should end).
    bool add(qint64 n = 1)
    {
        m_done += n;
        return m_done < m_next || report();
    }
    // Everything done: reports done = total. False when stopped before or now.
    bool finish();
    bool stopped() const { return m_stopped; }
    qint64 total() const { return m_total; }

    // The error of work that was stopped, one word, for "cannot write the trace (cancelled)".
    static QString cancelled();

private:
    bool report();

    Callback m_callback;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_next = 0; // the next done to report at
    qint64 m_reported = -1;
    bool m_stopped = false;
};

} // namespace sockscope
