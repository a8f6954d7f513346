#include "analysis/runmeasures.h"

#include "analysis/analysis.h"
#include "analysis/frameattribution.h"
#include "analysis/runattribution.h"

#include <algorithm>
#include <vector>

namespace sockscope {

int RunMeasures::mostMessagesInOneRecv(const Run &run)
{
    std::vector<int> perRecv(size_t(run.recvs.size()), 0);
    int most = 0;
    for (const MessageFate &f : run.fates) {
        for (int r : f.recvs) {
            if (r >= 0 && r < int(perRecv.size()))
                most = std::max(most, ++perRecv[size_t(r)]);
        }
    }
    return most;
}

int RunMeasures::dataRecvs(const Run &run)
{
    int n = 0;
    for (const RecvEvent &r : run.recvs)
        n += r.error == 0 && !r.peek && (r.bytes > 0 || run.protocol == Protocol::Udp);
    return n;
}

int RunMeasures::zeroByteRecvs(const Run &run)
{
    int n = 0;
    for (const RecvEvent &r : run.recvs)
        n += r.error == 0 && r.bytes == 0;
    return n;
}

int RunMeasures::errors(const Run &run)
{
    int n = 0;
    for (const SendEvent &s : run.sends)
        n += s.error != 0;
    for (const RecvEvent &r : run.recvs)
        n += r.error != 0;
    return n;
}

RunMeasures::Held RunMeasures::held(const Run &run)
{
    Held h;
    h.sends = int(run.sends.size());
    bool leftAfterHeld = false;
    for (const SendEvent &s : run.sends) {
        if (!s.unsentAfter)
            continue;
        ++h.measured;
        const bool heldHere = *s.unsentAfter > 0;
        leftAfterHeld = leftAfterHeld || (h.held > 0 && !heldHere);
        h.held += heldHere;
        h.most = std::max(h.most, *s.unsentAfter);
    }
    h.heldAtTheEnd = h.held > 0 && !leftAfterHeld;
    return h;
}

int RunMeasures::repliesOf(const Trace &trace, int requests)
{
    for (qsizetype j = 0; j < trace.runs.size(); ++j) {
        if (trace.runs[j].requestsRun == requests && trace.runs[j].role == Role::Loopback)
            return int(j);
    }
    return -1;
}

QList<qint64> RunMeasures::trips(const Trace &trace, int requests)
{
    const int replies = repliesOf(trace, requests);
    return replies < 0 ? QList<qint64>{}
                       : Analysis::roundTripsNs(trace.runs[requests], trace.runs[replies]);
}

qint64 RunMeasures::median(const QList<qint64> &sorted)
{
    return sorted[sorted.size() / 2];
}

qint64 RunMeasures::bytesOfMessageIn(const Run &run, int message, int recv)
{
    qint64 bytes = 0;
    for (const ByteSpan &span : RunAttribution::ofRecv(run, recv))
        bytes += span.message == message ? span.bytes : 0;
    return bytes;
}

int RunMeasures::recovered(const Run &run)
{
    int n = 0;
    for (qsizetype f = 0; f < run.frames.size(); ++f) {
        const Frame &frame = run.frames[f];
        const int message = FrameAttribution::messageOf(run, int(f));
        n += !FrameAttribution::isBad(frame) && message >= 0 && message < run.fates.size()
            && run.fates[message].length == frame.length;
    }
    return n;
}

} // namespace sockscope
