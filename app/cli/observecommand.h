#pragma once

#include "cli/traceoutputs.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

namespace sockscope {

class VerbParser;

// `sockscope observe`: listen on a port (127.0.0.1 unless --bind says otherwise) and record every
// recv() of whatever program connects — a student's client, netcat — or relay it to a server.
class ObserveCommand
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ObserveCommand)

public:
    // arguments: the whole command line, verb included. Returns the process exit code.
    static int exec(const QStringList &arguments);

    // observe's options, declared on a parser by declare(): exec() parses with them, the manual
    // page and the shell completion list them.
    struct Options
    {
        QCommandLineOption tcp;
        QCommandLineOption udp;
        QCommandLineOption port;
        QCommandLineOption bind;
        QCommandLineOption framing;
        QCommandLineOption recvSize;
        QCommandLineOption interval;
        QCommandLineOption duration;
        QCommandLineOption maxFrame;
        QCommandLineOption maxClients;
        QCommandLineOption memoryBudget;
        QCommandLineOption idleTimeout;
        QCommandLineOption relay;
        QCommandLineOption allowRemote;
        QCommandLineOption quiet;
        TraceOutputs outputs;
    };
    static Options declare(VerbParser &parser);
};

} // namespace sockscope
