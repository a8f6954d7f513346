#include "observe/observedrunlabel.h"

namespace sockscope {

QString ObservedRunLabel::tcpFrom(const QString &client)
{
    return tr("TCP from %1").arg(client);
}

QString ObservedRunLabel::clientToServer(const QString &client, const QString &server)
{
    return tr("%1 → %2 (client → server)").arg(client, server);
}

QString ObservedRunLabel::serverToClient(const QString &server, const QString &client)
{
    return tr("%1 → %2 (server → client)").arg(server, client);
}

QString ObservedRunLabel::udpOn(const QString &address, quint16 port)
{
    return tr("UDP on %1:%2").arg(address).arg(port);
}

void ObservedRunLabel::relabel(Trace &trace)
{
    for (Run &run : trace.runs) {
        if (run.role == Role::Relay && run.peers.size() >= 2) {
            // The reply direction points back at its requests run; peers are client, server.
            run.label = run.requestsRun >= 0 ? serverToClient(run.peers.at(1), run.peers.at(0))
                                             : clientToServer(run.peers.at(0), run.peers.at(1));
        } else if (run.role == Role::Observer && run.protocol == Protocol::Tcp
                   && !run.peers.isEmpty()) {
            run.label = tcpFrom(run.peers.at(0));
        } else if (run.role == Role::Observer && run.protocol == Protocol::Udp && trace.observe
                   && !trace.observe->address.isEmpty()) {
            run.label = udpOn(trace.observe->address, trace.observe->port);
        }
    }
}

} // namespace sockscope
