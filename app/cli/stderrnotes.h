#pragma once

#include "cli/terminaltext.h"
#include "record/livefeed.h"

#include <QCoreApplication>

#include <cstdio>

namespace sockscope {

// A LiveFeed for the CLI's observe and send-to runs: tells the terminal, as it happens, that a
// client connected (its run started) or that something happened outside the runs. Called from
// socket threads, so it writes with one stdio call per line (stdio locks the stream) instead of
// a QTextStream.
class StderrNotes : public LiveFeed
{
public:
    void runStarted(int index, const Run &header) override
    {
        Q_UNUSED(index);
        line(QCoreApplication::translate("sockscope::StderrNotes", "recording %1")
                 .arg(header.label));
    }
    void sendsAdded(int, const SendList &) override { }
    void recvsAdded(int, const RecvList &) override { }
    void noteAdded(const QString &note) override { line(note); }

private:
    static void line(const QString &text)
    {
        std::fprintf(stderr, "sockscope: %s\n", TerminalText::clean(text).toLocal8Bit().constData());
        std::fflush(stderr);
    }
};

} // namespace sockscope
