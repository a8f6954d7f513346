#pragma once

namespace sockscope {

// The message a user clicked: its whole path (send → bytes → recvs) is drawn emphasised and
// every other message faded. Runs are addressed by index in Trace::runs.
struct TimelineSelection
{
    int run = -1;
    int message = -1;

    bool isValid() const { return run >= 0 && message >= 0; }
    bool operator==(const TimelineSelection &) const = default;
};

} // namespace sockscope
