#pragma once

#include "model/recvevent.h"
#include "model/sendevent.h"

#include <limits>
#include <optional>
#include <tuple>
#include <type_traits>

namespace sockscope {

// How an EventList stores each field of an event as a whole number whose usual value is 0, so
// that a PackedColumn of usual values takes no memory (seq and peer are -1 when absent, an
// absent optional is 0 and a present one is shifted off 0). The id and the preview are kept
// apart by EventList itself.
// FromIndex: the field is stored as its distance from the event's index (a send's message
// number, which counts up with the calls when each message takes one call).
// Blocked: stored in blocks of differences from each block's first value (PackedColumn), for the
// fields that grow steadily (times, stream offsets) or repeat one value (sizes).
template<auto Member, qint64 Usual = 0, bool FromIndex = false, bool Blocked = false>
struct EventField
{
    static constexpr auto member = Member;
    static constexpr bool fromIndex = FromIndex;
    static constexpr bool blocked = Blocked;

    template<typename T> static qint64 encode(const T &value, qsizetype index)
    {
        if constexpr (std::is_same_v<T, std::optional<qint64>>) {
            // Present values are shifted off 0: v + 1 for v >= 0 (INT64_MAX, which has no room
            // above it, is kept as INT64_MAX and reads back one less; no socket reports it).
            const qint64 v = value.value_or(0);
            if (!value.has_value())
                return 0;
            return v < 0 ? v : v < std::numeric_limits<qint64>::max() ? v + 1 : v;
        } else {
            return qint64(value) - Usual - (FromIndex ? index : 0);
        }
    }

    template<typename T> static T decode(qint64 stored, qsizetype index)
    {
        if constexpr (std::is_same_v<T, std::optional<qint64>>) {
            if (stored == 0)
                return std::nullopt;
            return stored > 0 ? stored - 1 : stored;
        } else if constexpr (std::is_same_v<T, bool>) {
            return stored != 0;
        } else {
            return T(stored + Usual + (FromIndex ? index : 0));
        }
    }
};

template<typename Event> struct EventFields;

template<> struct EventFields<SendEvent>
{
    using Columns
        = std::tuple<EventField<&SendEvent::message, 0, true>,
                     EventField<&SendEvent::tNs, 0, false, true>, EventField<&SendEvent::durNs>,
                     EventField<&SendEvent::requested, 0, false, true>,
                     EventField<&SendEvent::accepted, 0, false, true>,
                     EventField<&SendEvent::offset, 0, false, true>,
                     EventField<&SendEvent::unsentAfter>, EventField<&SendEvent::error>>;
};

template<> struct EventFields<RecvEvent>
{
    using Columns = std::tuple<
        EventField<&RecvEvent::tNs, 0, false, true>, EventField<&RecvEvent::durNs>,
        EventField<&RecvEvent::requested, 0, false, true>,
        EventField<&RecvEvent::bytes, 0, false, true>,
        EventField<&RecvEvent::offset, 0, false, true>, EventField<&RecvEvent::queuedBefore>,
        EventField<&RecvEvent::datagramSize, 0, false, true>, EventField<&RecvEvent::truncated>,
        EventField<&RecvEvent::seq, -1>, EventField<&RecvEvent::peer, -1>,
        EventField<&RecvEvent::error>, EventField<&RecvEvent::drops>, EventField<&RecvEvent::peek>>;
};

} // namespace sockscope
