#pragma once

#include "render/textwidths.h"
#include "view/timelinestyle.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace sockscope {

// The words in a call's or a decoded message's box: its contents over its bytes, cut to the
// box by whole parts, never mid-number, and fitted per lane so that equal calls read alike
// (RunPainter's send and recv lanes, FrameLanePainter's decoded messages).
class BoxLabels
{
public:
    // What a box says: its contents over its bytes, and the shorter words it falls back to.
    struct Label
    {
        QString top;
        QString bottom;
        // The message numbers the call holds ("m3", "m0–m4"): instead of top when the box is
        // too narrow for all of it (a cut payload says less than the message's name).
        QString shortTop;
        QString shortBottom; // instead of bottom when no part of it fits ("350 B")
        bool wholeTop = false; // a word (EOF, EAGAIN), not a payload: shown whole or not at all
        bool backdrop = false; // drawn over hatching: the text gets the background under it
        // A decoded message's payload is worth its first words: cut ("file 0 contents. fi…")
        // rather than named, while the box shows at least a few letters of it.
        bool preferPayload = false;
    };
    // The words that fit a box whose inside is `width` wide: the lines drawn, or only the
    // message numbers (centred) in a box too narrow for more.
    struct Fitted
    {
        QString top;
        QString bottom;
        bool numbersOnly = false;
        // How many of the bottom line's " · " parts are shown: 0 when its short form is.
        int bottomParts = 0;
    };
    // At most maxParts of the bottom line's parts (0: its short form), and with `named` the
    // message numbers instead of the payload, for equal calls that must read alike.
    static Fitted fit(const Label &label, double width, const TextWidths &text,
                      const TextWidths &small, int maxParts = -1, bool named = false);
    // A lane's labels, fitted together: calls with the same bottom line ("100 B · truncated")
    // show as much of it as the narrowest of them can, so that a wider box never seems to say
    // something about its call that its equal neighbours do not; and when one box has room
    // only for its message's name, every box gives its name. `pad` is the padding inside each
    // box, on every side.
    struct Placed
    {
        QRectF box;
        Label label;
    };
    static QList<Fitted> fitLane(const QList<Placed> &labels, double pad, const TextWidths &text,
                                 const TextWidths &small);
    // Draws fitted words in a box, in the style's fonts (text: its font, small: its small font).
    static void paint(QPainter &painter, const QRectF &box, const Fitted &fitted, bool overHatching,
                      const TimelineStyle &style, const TextWidths &text, const TextWidths &small);
    // text without its trailing " · " parts until it fits `width`; empty when none does.
    static QString wholeParts(const QString &text, double width, const TextWidths &widths);
    // "m3", "m0–m4": messages as the CLI's table numbers them.
    static QString messageRange(int first, int last);
};

} // namespace sockscope
