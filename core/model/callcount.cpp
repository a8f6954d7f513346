#include "model/callcount.h"

#include <algorithm>

namespace sockscope {

qsizetype CallCount::endsOfFile(const Run &run)
{
    if (run.protocol != Protocol::Tcp)
        return 0;
    return std::count_if(run.recvs.cbegin(), run.recvs.cend(),
                         [](const RecvEvent &r) { return r.bytes == 0 && r.error == 0; });
}

QString CallCount::recvCalls(const Run &run)
{
    const qsizetype eofs = endsOfFile(run);
    const int data = int(run.recvs.size() - eofs);
    return eofs == 0 ? tr("%n recv() call(s)", nullptr, data)
                     : tr("%n recv() call(s) + EOF", nullptr, data);
}

QString CallCount::recvCalls(const QList<Run> &runs)
{
    qsizetype calls = 0;
    qsizetype eofs = 0;
    for (const Run &run : runs) {
        calls += run.recvs.size();
        eofs += endsOfFile(run);
    }
    const int data = int(calls - eofs);
    if (eofs <= 1)
        return eofs == 0 ? tr("%n recv() call(s)", nullptr, data)
                         : tr("%n recv() call(s) + EOF", nullptr, data);
    return tr("%1 + %2").arg(tr("%n recv() call(s)", nullptr, data),
                             tr("%n EOF(s)", nullptr, int(eofs)));
}

} // namespace sockscope
