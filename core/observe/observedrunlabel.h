#pragma once

#include "model/trace.h"

#include <QCoreApplication>

namespace sockscope {

// The titles of the runs an observe or relay session records, made from what the run itself
// holds (its role, its peers, the session's listening address), so they can be made again in
// the language now installed: a TCP client's run, a relay's two directions, the UDP port's run.
class ObservedRunLabel
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::ObservedRunLabel)

public:
    static QString tcpFrom(const QString &client);
    static QString clientToServer(const QString &client, const QString &server);
    static QString serverToClient(const QString &server, const QString &client);
    static QString udpOn(const QString &address, quint16 port);

    // Each observed or relayed run of trace titled again from its role and peers; runs of other
    // roles (lessons, send-to) and runs without the peers their title names are left as they are.
    static void relabel(Trace &trace);
};

} // namespace sockscope
