#pragma once

#include "model/trace.h"
#include "view/lanesummary.h"
#include "view/pixelmapper.h"

namespace sockscope {

// What the renderer needs of a whole send or recv lane without visiting each of its events
// every frame: the scale of its evidence bars (the largest value of the run) and, for a dense
// lane, its per-pixel-column picture. Both come from a LaneSummary per event list, kept in a
// per-thread cache and extended over the events appended since the previous frame.
//
// The cache recognises a list by the address of its storage, the number of events summarised
// so far (the list may have grown since), the times of its first and last summarised events,
// and the run's fates. It holds a reference to the fates, so that their storage cannot be
// reused for other fates while a summary built on them is kept: re-analysing a run, replaying
// it or simulating it again with other losses always gives fates at a new address. Summaries
// no picture used since the previous one are dropped (startPicture()), which keeps the cache
// to what is on screen and a freed list's address from being mistaken for a new list's.
class LaneColumns
{
public:
    enum class Side { Sends, Recvs };

    struct Scale
    {
        bool any = false; // some event carries the kernel's evidence
        qint64 maximum = 0; // its largest value in the run
    };

    static Scale scale(const Run &run, Side side);

    // Whether the recv lane's columns know how many messages their recvs held: a UDP run's
    // datagrams always, a TCP run's once analysed (a one-sided run's decoded frames are not
    // counted: its columns show bytes only).
    static bool knowsMessages(const Run &run);
    // CallCount::endsOfFile from the recv lane's summary: the same count, without a visit of
    // every recv on every frame.
    static qsizetype endsOfFile(const Run &run);

    // The picture of events [begin, end) over `columns` pixel columns starting at plotLeft.
    // A send is alarming when it failed, was partial or its message was lost (marked on the
    // message's first send); a recv when it failed or was truncated.
    static LaneSummary::Columns collect(const Run &run, Side side, qsizetype begin, qsizetype end,
                                        const PixelMapper &x, double plotLeft, int columns);

    // Called once at the start of each picture (TimelineRenderer::paint).
    static void startPicture();
};

} // namespace sockscope
