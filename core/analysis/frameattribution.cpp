#include "analysis/frameattribution.h"

#include "analysis/runattribution.h"

#include <algorithm>

namespace sockscope {

QList<FrameSpan> FrameAttribution::spans(const Run &run, int frame)
{
    const Frame &f = run.frames.at(frame);
    const qint64 end = f.offset + f.length;
    QList<FrameSpan> out;
    for (int id : f.recvs) {
        // Recv ids are their index in run.recvs (RunAttribution relies on it too).
        if (id < 0 || id >= run.recvs.size())
            continue;
        const RecvEvent &r = run.recvs.at(id);
        if (r.bytes <= 0)
            continue;
        const qint64 from = std::max(f.offset, r.offset);
        const qint64 to = std::min(end, r.offset + r.bytes);
        if (to < from || (to == from && f.length > 0))
            continue;
        const auto size = double(r.bytes);
        out.append(FrameSpan{ id, to - from, double(from - r.offset) / size,
                              double(to - r.offset) / size });
    }
    return out;
}

int FrameAttribution::messageOf(const Run &run, int frame)
{
    const Frame &f = run.frames.at(frame);
    if (isOneSided(run))
        return f.id;
    // Fates are in stream order on TCP; before analysis fills them the sends tell the same.
    if (!run.fates.isEmpty()) {
        const auto it = std::lower_bound(
            run.fates.cbegin(), run.fates.cend(), f.offset,
            [](const MessageFate &m, qint64 offset) { return m.offset < offset; });
        // An empty message shares its offset with the next one: take the one with bytes.
        for (auto m = it; m != run.fates.cend() && m->offset == f.offset; ++m) {
            if (m->length > 0 || f.length == 0)
                return m->message;
        }
        return -1;
    }
    const auto it
        = std::lower_bound(run.sends.cbegin(), run.sends.cend(), f.offset,
                           [](const SendEvent &s, qint64 offset) { return s.offset < offset; });
    for (auto s = it; s != run.sends.cend() && s->offset == f.offset; ++s) {
        if (s->accepted > 0)
            return s->message;
    }
    return -1;
}

int FrameAttribution::frameOf(const Run &run, int message)
{
    if (message < 0)
        return -1;
    if (isOneSided(run))
        return message < run.frames.size() && run.frames.at(message).id == message ? message : -1;
    const MessageFate *fate = RunAttribution::fate(run, message);
    if (!fate || fate->length == 0)
        return -1;
    const auto it
        = std::lower_bound(run.frames.cbegin(), run.frames.cend(), fate->offset,
                           [](const Frame &f, qint64 offset) { return f.offset < offset; });
    return it != run.frames.cend() && it->offset == fate->offset ? int(it - run.frames.cbegin())
                                                                 : -1;
}

std::optional<qint64> FrameAttribution::undecodedBytes(const Run &run)
{
    if (run.frames.isEmpty() || run.recvs.isEmpty())
        return std::nullopt;
    const Frame &last = run.frames.last();
    if (!isBad(last) || last.error.isEmpty())
        return std::nullopt;
    const RecvEvent r = run.recvs.at(run.recvs.size() - 1);
    const qint64 received = r.offset + std::max<qint64>(r.bytes, 0);
    return std::max<qint64>(received - (last.offset + last.length), 0);
}

} // namespace sockscope
