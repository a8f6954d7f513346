#pragma once

#include "util/progressmeter.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

#include <unistd.h>

namespace sockscope {

// How far a long read or write is, on one line of the terminal ("sockscope: writing t.csv:
// 42%"), rewritten in place and erased when the work ends. Only when the descriptor is a
// terminal: to a pipe or a file (scripts and tests parse stderr) nothing is printed at all. A
// write shows its line only once it has taken `after`, so a small file prints nothing.
// The meters it makes also stop their work once stop() says so (Ctrl+C during a write).
class TerminalProgress
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TerminalProgress)
public:
    static constexpr std::chrono::milliseconds kAfter{ 500 };
    // The line for done of total, without "sockscope: ".
    using Text = std::function<QString(qint64 done, qint64 total)>;

    explicit TerminalProgress(int fd = STDERR_FILENO, std::chrono::milliseconds after = kAfter);
    // Erases the line, if one is shown.
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    // Whether anything will be printed (the descriptor is a terminal).
    bool active() const { return m_tty; }
    // Checked at every report: true stops the work.
    void setStop(std::function<bool()> stop) { m_state->stop = std::move(stop); }

    // A meter's callback that prints text's line, whenever the whole percent changes.
    ProgressMeter::Callback callback(Text text) const;
    // "writing PATH: N%".
    ProgressMeter::Callback writing(const QString &path) const;
    // Erases the line now, if one is shown.
    void clear() const;

private:
    struct State
    {
        int fd = STDERR_FILENO;
        bool shown = false;
        std::function<bool()> stop;
    };
    std::shared_ptr<State> m_state;
    std::chrono::milliseconds m_after;
    bool m_tty = false;
};

} // namespace sockscope
