#pragma once

#include "model/trace.h"
#include "view/timelinelayout.h"
#include "view/timelineviewport.h"

#include <QHash>

namespace sockscope {

// Where each event's box is, given a layout and a viewport. Shared by the renderer and the hit
// test so that what is clicked is what was drawn.
//
// A send() is placed where the call started: that is when the application handed the bytes
// over. A recv() is placed where the call returned: a blocking recv() waits in the kernel, and
// the moment it hands data to the application is when the bytes "arrive".
class TimelineGeometry
{
public:
    struct Range
    {
        int begin = 0;
        int end = 0;
        qsizetype count() const { return end - begin; }
    };

    TimelineGeometry(const TimelineLayout &layout, TimelineViewport viewport);

    static double time(const SendEvent &send) { return double(send.tNs); }
    static double time(const RecvEvent &recv) { return double(recv.tNs + recv.durNs); }
    // The same, reading only the fields it needs (the per-event loops of a million-event lane).
    static double time(const SendList &sends, qsizetype i)
    {
        return double(sends.get<&SendEvent::tNs>(i));
    }
    static double time(const RecvList &recvs, qsizetype i)
    {
        return double(recvs.get<&RecvEvent::tNs>(i) + recvs.get<&RecvEvent::durNs>(i));
    }

    // From call i's end to where call i + 1's box stands (a recv()'s box stands at its return):
    // the pause a compact axis marks with its length when it is TimeWarp::kMarkedPauseNs or
    // more.
    static double pauseAfter(const SendList &sends, qsizetype i)
    {
        return time(sends, i + 1) - time(sends, i) - double(sends.get<&SendEvent::durNs>(i));
    }
    static double pauseAfter(const RecvList &recvs, qsizetype i)
    {
        return time(recvs, i + 1) - time(recvs, i);
    }

    // A TCP recv() that returned end of file: 0 bytes and no error. Its box is as wide as its
    // word; a call with data gets the room.
    static bool isEof(const RecvList &recvs, qsizetype i)
    {
        return recvs.get<&RecvEvent::bytes>(i) == 0 && recvs.get<&RecvEvent::error>(i) == 0;
    }
    static bool isEof(const Run &run, qsizetype recv)
    {
        return run.protocol == Protocol::Tcp && isEof(run.recvs, recv);
    }
    // A call that carried no bytes: an end of file, a failed call (EAGAIN), an empty send or
    // datagram. Its box needs only its word; the room goes to the calls with data.
    // A call whose box holds a word and no message: an end of file, a failure, EAGAIN. An
    // empty message is a message: its send() of 0 bytes and the UDP datagram of 0 bytes a
    // recv() returned are what the empty-message lesson is about, and keep a readable box.
    static bool isBrief(const RecvList &recvs, qsizetype i)
    {
        if (recvs.get<&RecvEvent::error>(i) != 0)
            return true;
        const std::optional<qint64> datagram = recvs.get<&RecvEvent::datagramSize>(i);
        return recvs.get<&RecvEvent::bytes>(i) <= 0 && !(datagram && *datagram == 0);
    }
    static bool isBrief(const SendList &sends, qsizetype i)
    {
        if (sends.get<&SendEvent::error>(i) != 0)
            return true;
        return sends.get<&SendEvent::accepted>(i) <= 0 && sends.get<&SendEvent::requested>(i) > 0;
    }

    const TimelineLayout &layout() const { return m_layout; }
    const TimelineViewport &viewport() const { return m_viewport; }

    QRectF sendBox(const Run &run, int runIndex, int send) const;
    QRectF recvBox(const Run &run, int runIndex, int recv) const;

    // Events whose boxes may reach into view (a box starts up to maxBoxWidth() left of it).
    Range visibleSends(const Run &run) const;
    Range visibleRecvs(const Run &run) const;
    bool sendsDense(const Run &run) const { return m_layout.isDense(visibleSends(run).count()); }
    bool recvsDense(const Run &run) const { return m_layout.isDense(visibleRecvs(run).count()); }

    // The event under x: the box that contains it, or in a dense lane the nearest event within
    // a few pixels. -1 when there is none.
    int sendAt(const Run &run, double x) const;
    int recvAt(const Run &run, double x) const;

private:
    // Where event i starts; calls at one instant each get their own slot on a compact axis.
    template<typename Event> double eventX(const EventList<Event> &events, int i) const;
    template<typename Event>
    QRectF box(const EventList<Event> &events, int i, const QRectF &lane,
               bool durationIsWidth) const;
    template<typename Event> Range visible(const EventList<Event> &events) const;
    // On a compact axis: the width of a box with data in this lane. Most calls of the lane get
    // it (half of them have that much room before the next one; fewer made the boxes of a
    // crowded lane too narrow for "m0"), so equal calls look equal and none stretches over the
    // pause after it; never less than the axis gives its slot.
    // 0 on a linear axis, where a box takes the room up to the next call.
    template<typename Event> double dataWidth(const EventList<Event> &events) const;
    template<typename Event>
    int eventAt(const EventList<Event> &events, double x, bool durationIsWidth) const;

    TimelineLayout m_layout;
    TimelineViewport m_viewport;
    mutable QHash<const void *, double> m_dataWidths; // by lane (its event list), when asked
};

} // namespace sockscope
