#pragma once

#include <QColor>
#include <QString>

namespace sockscope {

struct TimelineStyle;

// The overview's scale for a dense recv lane: how many messages the recvs of a pixel column
// held on average (messages' worth of bytes read / recvs that read). Colour bands a factor of
// 2 apart: below 1 a message took several recvs (split: pink), above 1 a recv held several
// messages (merged, 粘包: green to blue, darker the more); and a bar height that grows with the
// logarithm, from 1/4 (lowest) to 128 (full). The painter and the legend both read it.
class MergeScale
{
public:
    // ≤1/4 1/2 1 2 4 8 16 32 64 ≥128: band b is centred on 2^(b - 2) and reaches halfway (on a log
    // scale) to its neighbours; the first and last take everything beyond.
    static constexpr int kBands = 10;
    static constexpr int kOne = 2; // the band of one message per recv

    static int band(double messagesPerRead);
    // 0 at 1/4 message per recv or less, 1 at 128 or more, log-linear between.
    static double height(double messagesPerRead);
    static QColor colour(int band, const TimelineStyle &style);
    // The band's number as the legend writes it in its cell: "≤1/4", "1/2", "1", …, "≥128".
    static QString label(int band);
};

} // namespace sockscope
