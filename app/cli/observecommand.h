#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sockscope {

// `sockscope observe`: listen on a port (127.0.0.1 unless --bind says otherwise) and record every
// recv() of whatever program connects — a student's client, netcat — or relay it to a server.
class ObserveCommand
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ObserveCommand)

public:
    // arguments: the whole command line, verb included. Returns the process exit code.
    static int exec(const QStringList &arguments);
};

} // namespace sockscope
