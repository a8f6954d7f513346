#pragma once

#include "model/trace.h"

#include <QList>

#include <optional>

namespace sockscope {

// Where a decoded frame's bytes lie in the recv() calls it was assembled from, and which
// application message it carries. Frames and recvs share the stream's offsets, so this is
// computed from the events alone, like RunAttribution does for sends and recvs.
struct FrameSpan
{
    int recv = -1; // index in run.recvs
    qint64 bytes = 0;
    double recvFrom = 0; // where the span lies in the recv's bytes, as fractions (0..1)
    double recvTo = 1;
};

class FrameAttribution
{
public:
    // The frame's bytes in each recv it lists, in stream order. Recvs the trace does not hold
    // (a capped recording) are left out.
    static QList<FrameSpan> spans(const Run &run, int frame);

    // The message whose colour and selection the frame shares: on a loopback run the message
    // that starts at the frame's offset (the sender framed it); on a one-sided run, where the
    // frames are the only messages known, the frame's own number; -1 when nothing matches
    // (bytes the sender never framed that way).
    static int messageOf(const Run &run, int frame);
    // The frame carrying message, the inverse of messageOf(); -1 when none does.
    static int frameOf(const Run &run, int message);

    // A frame the decoder could not finish or rejected (untrusted peer): drawn as an alarm.
    static bool isBad(const Frame &frame) { return !frame.complete || !frame.error.isEmpty(); }
    // After rejecting a frame the decoder stops for good (the stream has lost its framing): the
    // bytes the recvs got after that frame's end, which nobody decoded. nullopt when the
    // decoder did not stop.
    static std::optional<qint64> undecodedBytes(const Run &run);
};

} // namespace sockscope
