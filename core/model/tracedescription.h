#pragma once

#include "model/trace.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

// One line saying what ran, for a figure's caption and the CLI table's header. A lesson: its
// scenario. Send-to: the sender's keys only and the server they went to (the receiver was not
// SockScope's). Observe and relay: the session's settings and the peers that connected, never a
// scenario's sender keys (the sender was not SockScope's).
class TraceDescription
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TraceDescription)
public:
    enum class Kind { Lesson, SendTo, Observe };

    static Kind kind(const Trace &trace);
    static QString settings(const Trace &trace);
    // An observe or relay trace's settings, from Trace::observe, or for a trace written before
    // it existed, from its runs' reader scenario (with no address).
    static ObservationSettings observeSettings(const Trace &trace);
    // The distinct peers of the trace's runs in order of appearance: TCP clients, UDP senders
    // (a relay's server is not one of them), or the servers a send-to trace sent to.
    static QStringList peers(const Trace &trace);

private:
    static QString describeObserve(const Trace &trace);
    static QString describeSendTo(const Trace &trace);
};

} // namespace sockscope
