#include "view/mergescale.h"

#include "view/timelinestyle.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sockscope {

int MergeScale::band(double messagesPerRead)
{
    if (!(messagesPerRead > 0))
        return 0;
    // A small allowance so that a sum of fractions that should be exactly 1.41… (or 2, 4) does
    // not fall into the band below by rounding.
    const double b = std::round(std::log2(messagesPerRead) + 1e-9);
    return int(std::clamp(b + kOne, 0.0, double(kBands - 1)));
}

double MergeScale::height(double messagesPerRead)
{
    if (!(messagesPerRead > 0))
        return 0;
    return std::clamp((std::log2(messagesPerRead) + kOne) / (kBands - 1), 0.0, 1.0);
}

QColor MergeScale::colour(int band, const TimelineStyle &style)
{
    // Pink for split, grey for one message per recv, yellow-green to navy for merged (a
    // diverging scale that stays apart for the common colour-vision deficiencies), away from
    // the one alarming colour (vermillion), and on each side ordered by lightness, so a
    // greyscale projector keeps the order. On a dark background the order of lightness is
    // turned round: more merged or more split is brighter.
    static constexpr std::array<QRgb, kBands> light
        = { 0xC51B7D, 0xE9A3C9, 0xC4C7CC, 0xC7E9B4, 0x7FCDBB,
            0x41B6C4, 0x1D91C0, 0x225EA8, 0x253494, 0x081D58 };
    static constexpr std::array<QRgb, kBands> dark
        = { 0xF08CC0, 0x9A4A76, 0x64686E, 0x2C5F4A, 0x2F8073,
            0x2FA0A8, 0x4DBBD5, 0x7FD1EE, 0xB3E3F7, 0xE6F6FF };
    const int b = std::clamp(band, 0, kBands - 1);
    return QColor::fromRgb((style.dark ? dark : light)[size_t(b)]);
}

QString MergeScale::label(int band)
{
    // Fractions in ASCII digits: the small vulgar fraction glyphs (¼, ½) are illegible in the
    // CJK fonts at the legend's size.
    switch (std::clamp(band, 0, kBands - 1)) {
    case 0:
        return QStringLiteral("≤1/4");
    case 1:
        return QStringLiteral("1/2");
    case kBands - 1:
        return QStringLiteral("≥%1").arg(1 << (kBands - 1 - kOne));
    default:
        return QString::number(1 << (band - kOne));
    }
}

} // namespace sockscope
