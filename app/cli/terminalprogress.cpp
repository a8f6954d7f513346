#include "cli/terminalprogress.h"

#include "cli/terminaltext.h"

#include <QByteArray>

#include <cstdio>

namespace sockscope {

namespace {

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + at, size_t(bytes.size() - at));
        if (n <= 0)
            return; // a terminal that went away: the progress line is not worth an error
        at += n;
    }
}

} // namespace

TerminalProgress::TerminalProgress(int fd, std::chrono::milliseconds after)
    : m_state(std::make_shared<State>()), m_after(after), m_tty(isatty(fd) != 0)
{
    m_state->fd = fd;
}

TerminalProgress::~TerminalProgress()
{
    clear();
}

void TerminalProgress::clear() const
{
    if (!m_state->shown)
        return;
    std::fflush(stderr); // anything stdio still holds for the terminal comes first
    writeAll(m_state->fd, QByteArrayLiteral("\r\x1b[K"));
    m_state->shown = false;
}

ProgressMeter::Callback TerminalProgress::callback(Text text) const
{
    using Clock = std::chrono::steady_clock;
    const bool tty = m_tty;
    return [state = m_state, text = std::move(text), tty, showAt = Clock::now() + m_after,
            percentShown = -1](qint64 done, qint64 total) mutable {
        if (state->stop && state->stop())
            return false;
        if (!tty)
            return true;
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent == percentShown || Clock::now() < showAt)
            return true;
        percentShown = percent;
        std::fflush(stderr);
        // What the line says comes from a file name: cleaned like any text from outside.
        writeAll(state->fd,
                 "\r\x1b[Ksockscope: " + TerminalText::clean(text(done, total)).toLocal8Bit());
        state->shown = true;
        return true;
    };
}

ProgressMeter::Callback TerminalProgress::writing(const QString &path) const
{
    return callback([path](qint64 done, qint64 total) {
        return tr("writing %1: %2%").arg(path).arg(total > 0 ? done * 100 / total : 0);
    });
}

} // namespace sockscope
