#include "view/timelinestyle.h"

#include <QFontMetrics>
#include <QPalette>

#include <cmath>

namespace sockscope {

namespace {

QList<QColor> okabeIto()
{
    // Blue, orange, bluish green, sky blue, reddish purple, yellow.
    return { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
             QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7), QColor(0xF0, 0xE4, 0x42) };
}

QFont baseFont(int pixelSize)
{
    // DejaVu Sans and Noto cover Latin and CJK on the Linux machines this is taught on; the
    // family is a hint, Qt falls back per glyph.
    QFont f(QStringLiteral("Sans Serif"));
    f.setPixelSize(pixelSize);
    return f;
}

} // namespace

TimelineStyle TimelineStyle::light()
{
    TimelineStyle s;
    s.background = QColor(0xFF, 0xFF, 0xFF);
    s.foreground = QColor(0x1A, 0x1A, 0x1A);
    s.muted = QColor(0x5F, 0x63, 0x68);
    s.grid = QColor(0xE3, 0xE5, 0xE8);
    s.laneBackground = QColor(0xF6, 0xF7, 0xF9);
    s.boxOutline = QColor(0x3C, 0x40, 0x43);
    s.lost = QColor(0xD5, 0x5E, 0x00);
    s.evidence = QColor(0x6A, 0x5A, 0xCD);
    s.highlight = QColor(0x00, 0x00, 0x00);
    s.messageColors = okabeIto();
    s.font = baseFont(13);
    return s;
}

TimelineStyle TimelineStyle::darkTheme()
{
    TimelineStyle s = light();
    s.dark = true;
    s.background = QColor(0x1E, 0x1F, 0x22);
    s.foreground = QColor(0xEC, 0xEC, 0xEC);
    s.muted = QColor(0xA8, 0xAD, 0xB4);
    s.grid = QColor(0x34, 0x37, 0x3C);
    s.laneBackground = QColor(0x27, 0x29, 0x2D);
    s.boxOutline = QColor(0xC8, 0xCB, 0xD0);
    s.lost = QColor(0xFF, 0x7A, 0x1F);
    s.evidence = QColor(0xA9, 0x9C, 0xFF);
    s.highlight = QColor(0xFF, 0xFF, 0xFF);
    return s;
}

TimelineStyle TimelineStyle::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? darkTheme() : light();
}

TimelineStyle TimelineStyle::presentation() const
{
    // 13 px → 24 px: readable from ten metres on a 1080p projector.
    return scaled(24.0 / std::max(1, font.pixelSize()));
}

TimelineStyle TimelineStyle::scaled(double factor) const
{
    TimelineStyle s = *this;
    s.font.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * factor))));
    s.lineWidth = lineWidth * factor;
    return s;
}

double TimelineStyle::smallestScale(int px) const
{
    // The small font is 4/5 of the labels', rounded down: try label sizes upward from px.
    const int requested = std::max(1, font.pixelSize());
    int labels = px;
    while (scaled(double(labels) / requested).smallFont().pixelSize() < px)
        ++labels;
    return double(labels) / requested;
}

QColor TimelineStyle::messageColor(int message) const
{
    if (messageColors.isEmpty() || message < 0)
        return muted;
    return messageColors.at(message % messageColors.size());
}

QColor TimelineStyle::messageTint(int message) const
{
    return mix(messageColor(message), background, dark ? 0.45 : 0.55);
}

QFont TimelineStyle::smallFont() const
{
    QFont f = font;
    f.setPixelSize(std::max(6, font.pixelSize() * 4 / 5));
    return f;
}

QFont TimelineStyle::boldFont() const
{
    QFont f = font;
    f.setBold(true);
    f.setPixelSize(font.pixelSize() * 11 / 10);
    return f;
}

int TimelineStyle::lineHeight() const
{
    return QFontMetrics(font).height();
}

QColor TimelineStyle::mix(const QColor &a, const QColor &b, double t)
{
    auto lerp = [t](double x, double y) { return x + (y - x) * t; };
    return QColor::fromRgbF(float(lerp(a.redF(), b.redF())), float(lerp(a.greenF(), b.greenF())),
                            float(lerp(a.blueF(), b.blueF())), float(lerp(a.alphaF(), b.alphaF())));
}

} // namespace sockscope
