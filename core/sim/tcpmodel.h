#pragma once

#include "sim/tcpprograms.h"
#include "sim/tcpreceiverside.h"
#include "sim/tcpsenderside.h"
#include "sim/tcpsimcontext.h"

namespace sockscope {

// One TCP connection on the imagined network, as a discrete-event model of both kernels and
// both programs of TcpRunner. The model mirrors Linux where it matters for the lessons: a send
// buffer, Nagle with Minshall's rule, MSS segmentation, delayed and quick ACKs, the receive
// window with flow control, retransmission after a timeout, zero-window probes. Not modelled:
// congestion control (the sender may fill the whole window at once), SACK and fast
// retransmit, autocorking, the kernel's buffer autotuning.
//
// This class sets the connection up and runs the agenda; the work is split by job:
// TcpPrograms (the client and server programs and their system calls), TcpSenderSide and
// TcpReceiverSide (the two halves of each kernel), all sharing one TcpSimContext.
class TcpModel
{
public:
    // client: which client's connection (clients > 1), its runs those RunHeader::tcp() gives
    // it; firstIndex is the index of the plan's first TCP run.
    TcpModel(const Scenario &scenario, const QString &label, int firstIndex, int client = 0);

    QList<Run> run();

private:
    void dispatch(const SimEvent &e);

    TcpSimContext m_c;
    TcpReceiverSide m_receivers;
    TcpSenderSide m_senders;
    TcpPrograms m_programs;
    qint64 m_endNs = 0;
};

} // namespace sockscope
