#pragma once

#include "model/trace.h"

#include <QCoreApplication>

namespace sockscope {

// The one sentence a teacher would say about a run ("TCP merged 11 messages into 4 recv()
// calls…"), from its analysed summary, in the user's language.
class RunNarrative
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::RunNarrative)

public:
    static QString sentence(const Run &run);

private:
    static QString tcp(const Run &run);
    static QString udp(const Run &run);
};

} // namespace sockscope
