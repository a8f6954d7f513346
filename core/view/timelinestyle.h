#pragma once

#include "model/previewtext.h"

#include <QColor>
#include <QFont>
#include <QList>

class QPalette;

namespace sockscope {

// Colours, fonts and sizes of the timeline picture. A plain value so that the widget, the
// exporter and the tests can each hold their own (a slide export is light even when the
// teacher's desktop is dark).
struct TimelineStyle
{
    QColor background;
    QColor foreground;
    QColor muted; // secondary text, lane labels
    QColor grid;
    QColor laneBackground;
    QColor boxOutline;
    QColor lost; // lost datagrams and cut-off bytes: the one alarming colour
    QColor evidence; // kernel evidence bars
    QColor highlight;
    // Okabe–Ito: distinguishable with every common colour-vision deficiency. Vermillion is kept
    // out of the message colours because it means "lost".
    QList<QColor> messageColors;

    QFont font; // box labels; everything else is sized from it
    double lineWidth = 1.0;
    bool dark = false;
    // How payload labels and tooltips read; carried with the style so that the widget, every
    // painter and an export of what is shown agree without a parameter of their own.
    PreviewText::Encoding payloadEncoding = PreviewText::Encoding::Utf8;

    static TimelineStyle light();
    static TimelineStyle darkTheme();
    // Light or dark, whichever the palette's window colour says the system uses.
    static TimelineStyle forPalette(const QPalette &palette);

    // Large fonts and thick lines for the back of a classroom.
    TimelineStyle presentation() const;
    TimelineStyle scaled(double factor) const;
    // The smallest factor for scaled() that keeps every text of the picture, the small font's
    // (lane names, kernel evidence, wire labels, a run's options) included, at least px pixels.
    double smallestScale(int px) const;

    QColor messageColor(int message) const;
    // The message colour mixed toward the background: box fills that keep black (or, dark,
    // white) labels readable on every palette colour.
    QColor messageTint(int message) const;
    QFont smallFont() const;
    QFont boldFont() const;
    int lineHeight() const;

    static QColor mix(const QColor &a, const QColor &b, double t);
};

} // namespace sockscope
