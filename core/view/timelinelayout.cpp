#include "view/timelinelayout.h"

#include "model/framingspec.h"
#include "model/trace.h"
#include "view/eventtext.h"
#include "view/timelinestyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sockscope {

namespace {

// Heights in text lines: a box holds two lines (payload, then bytes and fate).
constexpr double kAxis = 2.0;
constexpr double kHeader = 1.6;
constexpr double kEvidence = 1.1;
constexpr double kBoxes = 3.0;
constexpr double kLinks = 3.2;
constexpr double kRunGap = 0.9;
constexpr double kSide = kEvidence + kBoxes; // a side's evidence and boxes
// The frames lane: a band for the brackets under the recvs, then boxes of two text lines.
constexpr double kFrameLinks = 1.3;
constexpr double kFrames = 2.8;
constexpr double kFramed = kFrameLinks + kFrames;

double runLines(const TimelineLayout::RunShape &shape)
{
    return kHeader + (shape.sends ? kSide : 0.0) + (shape.recvs ? kSide : 0.0)
        + ((shape.sends && shape.recvs) || shape.wire ? kLinks : 0.0)
        + (shape.frames ? kFramed : 0.0) + kRunGap;
}

double runLines(const QList<TimelineLayout::RunShape> &shapes)
{
    double lines = 0;
    for (const TimelineLayout::RunShape &shape : shapes)
        lines += runLines(shape);
    return lines;
}

double gutter(const TimelineStyle &style)
{
    const QFontMetricsF fm(style.boldFont());
    double widest = 0;
    for (const char *label : { "send()", "recv()", "messages" })
        widest = std::max(widest,
                          fm.horizontalAdvance(
                              QCoreApplication::translate("sockscope::TimelineRenderer", label)));
    const QFontMetricsF small(style.smallFont());
    // An evidence lane's name and its largest value share one line.
    for (const char *label : { "unsent", "queued" }) {
        const QString text = QCoreApplication::translate("sockscope::TimelineRenderer", label)
            + QStringLiteral(" 99.9 KiB");
        widest = std::max(widest, small.horizontalAdvance(text));
    }
    return widest + fm.height();
}

} // namespace

TimelineLayout::TimelineLayout(const QRectF &rect, int runCount, const TimelineStyle &style)
    : TimelineLayout(rect, QList<RunShape>(std::max(0, runCount)), style)
{ }

TimelineLayout::TimelineLayout(const QRectF &rect, const Trace &trace, const TimelineStyle &style)
    : TimelineLayout(rect, shapes(trace), style)
{ }

TimelineLayout::TimelineLayout(const QRectF &rect, const QList<RunShape> &shapes,
                               const TimelineStyle &style)
    : m_rect(rect)
{
    const int runCount = int(shapes.size());
    const double line = style.lineHeight();
    m_minBox = std::max(3.0, 3 * style.lineWidth);
    m_maxBox = 12 * line;
    m_gap = std::max(1.0, 2 * style.lineWidth);
    // A label has a quarter line of padding on each side (RunPainter::paintLabel).
    const QFontMetricsF text(style.font);
    const QFontMetricsF small(style.smallFont());
    const double padding = 0.5 * line + m_gap;
    // Runs whose labels are narrower than that ("m3", "100 B") need less; wider ones (a
    // thousand messages, "16.0 KiB") are not given more, so a crowded axis is not made worse.
    const RunShape widest;
    const double most
        = std::max(text.horizontalAdvance(widest.numbers), small.horizontalAdvance(widest.bytes));
    double label = 0;
    for (const RunShape &shape : shapes.isEmpty() ? QList<RunShape>{ widest } : shapes)
        label = std::max(
            { label, text.horizontalAdvance(shape.numbers), small.horizontalAdvance(shape.bytes) });
    m_readableBox = std::min({ m_maxBox, most + padding, label + padding });
    // The words of calls without bytes (RunPainter): end of file, the usual failure, empty.
    double word = small.horizontalAdvance(QStringLiteral("0 B"));
    for (const QString &w : { QCoreApplication::translate("sockscope::TimelineRenderer", "EOF"),
                              QCoreApplication::translate("sockscope::TimelineRenderer", "(empty)"),
                              QStringLiteral("EAGAIN") })
        word = std::max(word, text.horizontalAdvance(w));
    m_briefBox = std::min(m_readableBox, word + padding);
    // A run whose failures are the lesson (EMSGSIZE, ECONNREFUSED) shows their word whole, even
    // where its messages' labels are narrower ("m5", "7 B").
    for (const RunShape &shape : shapes)
        m_briefBox = std::max(m_briefBox,
                              std::min(m_maxBox, text.horizontalAdvance(shape.error) + padding));
    // A marked pause's length written across it (RunPainter::paintPauses), between the boxes'
    // label padding.
    m_pauseMark = small.horizontalAdvance(QStringLiteral("88 ms")) + line + 2 * m_gap;

    const double left = rect.left() + gutter(style);
    const double right = rect.right() - line; // room for the last tick label
    m_axis = QRectF(left, rect.top(), std::max(1.0, right - left), kAxis * line);
    m_plot = QRectF(left, m_axis.bottom(), m_axis.width(),
                    std::max(0.0, rect.bottom() - m_axis.bottom()));

    // Extra room goes to every lane alike, up to 1.5×; lack of room squeezes them down to 3/4.
    // The headers keep their height (below), so the factor is the room left beside them over
    // what the lanes want: counting the headers in squeezed the lanes too little, and the last
    // run's lanes ran off the bottom of a minimumHeight() rectangle.
    const double headers = runCount * kHeader * line;
    const double wanted = runLines(shapes) * line - headers;
    const double factor = runCount > 0 && wanted > 0
        ? std::clamp((m_plot.height() - headers) / wanted, 0.75, 1.5)
        : 1.0;
    const double unit = line * factor;
    double y = m_plot.top();
    for (int i = 0; i < runCount; ++i) {
        RunLanes lanes;
        auto take = [&](double lines) {
            const QRectF r(rect.left(), y, rect.width(), lines * unit);
            y += lines * unit;
            return r;
        };
        const double top = y;
        // The header keeps the text's height: squeezing it would clip the run's name.
        lanes.header = QRectF(rect.left(), y, rect.width(), kHeader * line);
        y += kHeader * line;
        const RunShape &shape = shapes.at(i);
        if (shape.sends) {
            lanes.unsent = take(kEvidence);
            lanes.sends = take(kBoxes);
            if (shape.recvs || shape.wire)
                lanes.links = take(kLinks);
        }
        // A receive-only run's wire comes down into its recv() lane from the peer above it.
        if (!shape.sends && shape.recvs && shape.wire)
            lanes.links = take(kLinks);
        if (shape.recvs) {
            lanes.recvs = take(kBoxes);
            lanes.queued = take(kEvidence);
        }
        if (shapes.at(i).frames) {
            lanes.frameLinks = take(kFrameLinks);
            lanes.frames = take(kFrames);
        }
        y += kRunGap * unit;
        lanes.block = QRectF(rect.left(), top, rect.width(), y - top);
        m_runs.append(lanes);
    }
}

bool TimelineLayout::hasFrameLane(const Run &run)
{
    if (!run.frames.isEmpty())
        return true;
    // A replies run (server → client) and a send-to run never decode: no empty lane for them.
    if (run.protocol != Protocol::Tcp || run.role == Role::Sender || run.requestsRun >= 0)
        return false;
    QString ignored;
    const auto spec = FramingSpec::parse(run.scenario.framing, &ignored);
    return spec && spec->kind != FramingSpec::Kind::None;
}

bool TimelineLayout::hasFrameLanes(const Trace &trace)
{
    return std::any_of(trace.runs.cbegin(), trace.runs.cend(), &hasFrameLane);
}

bool TimelineLayout::hasSendLanes(const Run &run)
{
    return (run.role != Role::Observer && run.role != Role::Relay) || !run.sends.isEmpty();
}

bool TimelineLayout::hasRecvLanes(const Run &run)
{
    // A send-to run: the receiver was someone else's program, nothing of it was recorded.
    return run.role != Role::Sender || !run.recvs.isEmpty();
}

bool TimelineLayout::hasWireLane(const Run &run)
{
    return isOneSided(run) && (run.wire != Wire::None || !run.segments.isEmpty());
}

TimelineLayout::RunShape TimelineLayout::shapeOf(const Run &run)
{
    const bool sends = hasSendLanes(run);
    const bool recvs = hasRecvLanes(run);
    RunShape out;
    out.sends = sends;
    out.frames = hasFrameLane(run);
    out.recvs = recvs;
    out.wire = hasWireLane(run) && !(sends && recvs);
    if (isOneSided(run))
        return out; // a foreign program's messages and calls: any number, any size
    // The highest message number, and the most bytes one call of the run can carry: a message
    // (framed: a header and a delimiter at most this much longer), a reply, or a recv() up to
    // its size. Only the digits matter; the bytes are written as the boxes write them.
    constexpr int kFramingOverhead = 64;
    const Scenario &s = run.scenario;
    const QString last = QString::number(std::max(0, s.count - 1)).fill(u'9');
    out.numbers = run.protocol == Protocol::Tcp ? QStringLiteral("m%1\u2013m%1").arg(last)
                                                : QStringLiteral("m%1").arg(last);
    const qint64 lastIndex = std::max(0, s.count - 1);
    const qint64 message = s.size >= 0 ? std::max<qint64>(s.size, s.size + lastIndex * s.sizeStep)
                                       : s.message(std::max(0, s.count - 1)).size();
    const qint64 send = std::max<qint64>(message, s.replySize)
        + (s.framing == QStringLiteral("none") ? 0 : kFramingOverhead);
    const qint64 recv = run.protocol == Protocol::Tcp
        ? std::min<qint64>(s.recvSize, qint64(std::max(1, s.count)) * send)
        : std::min<qint64>(s.recvSize, send);
    out.bytes = EventText::bytes(std::max(send, recv));
    // The largest UDP payload over IPv4 is 65,507 B (UdpModel, UdpRunner).
    if (run.protocol == Protocol::Udp && s.connected)
        out.error = QStringLiteral("ECONNREFUSED");
    else if (run.protocol == Protocol::Udp && message > 65507)
        out.error = QStringLiteral("EMSGSIZE");
    return out;
}

QList<TimelineLayout::RunShape> TimelineLayout::shapes(const Trace &trace)
{
    QList<RunShape> out;
    out.reserve(trace.runs.size());
    for (const Run &run : trace.runs)
        out.append(shapeOf(run));
    return out;
}

double TimelineLayout::naturalHeight(int runCount, const TimelineStyle &style)
{
    return naturalHeight(QList<RunShape>(std::max(0, runCount)), style);
}

double TimelineLayout::naturalHeight(const QList<RunShape> &shapes, const TimelineStyle &style)
{
    return (kAxis + runLines(shapes)) * style.lineHeight();
}

double TimelineLayout::minimumHeight(int runCount, const TimelineStyle &style)
{
    return minimumHeight(QList<RunShape>(std::max(0, runCount)), style);
}

double TimelineLayout::minimumHeight(const QList<RunShape> &shapes, const TimelineStyle &style)
{
    const double lines = runLines(shapes);
    return (kAxis + double(shapes.size()) * kHeader
            + 0.75 * (lines - double(shapes.size()) * kHeader))
        * style.lineHeight();
}

TimelineLayout::Lane TimelineLayout::laneAt(const QPointF &point, int *run) const
{
    if (run)
        *run = -1;
    if (!m_rect.contains(point))
        return Lane::None;
    if (m_axis.contains(point))
        return Lane::Axis;
    for (int i = 0; i < m_runs.size(); ++i) {
        const RunLanes &l = m_runs.at(i);
        if (!l.block.contains(point))
            continue;
        if (run)
            *run = i;
        const std::pair<const QRectF *, Lane> lanes[]
            = { { &l.header, Lane::Header },         { &l.unsent, Lane::Unsent },
                { &l.sends, Lane::Sends },           { &l.links, Lane::Links },
                { &l.recvs, Lane::Recvs },           { &l.queued, Lane::Queued },
                { &l.frameLinks, Lane::FrameLinks }, { &l.frames, Lane::Frames } };
        for (const auto &[r, lane] : lanes) {
            if (point.y() >= r->top() && point.y() < r->bottom())
                return lane;
        }
        return Lane::None;
    }
    return Lane::None;
}

double TimelineLayout::boxRight(double x0, double nextX0, double durationPx, bool brief,
                                double slotPx) const
{
    const double widest = brief && slotPx <= 0 ? m_briefBox : m_maxBox;
    double room = std::isfinite(nextX0) ? nextX0 - x0 - m_gap : m_readableBox;
    if (slotPx > 0)
        room = std::min(std::isfinite(nextX0) ? room : slotPx, slotPx - m_gap);
    const double width = std::clamp(room, m_minBox, std::max(m_minBox, widest));
    return x0 + std::max(width, durationPx);
}

TimeWarp TimelineLayout::fitWarp(const TimeWarp &warp, double fitWidth, double endNs) const
{
    // A slot is the distance from a call to the next: its box and the gap after it.
    return warp.fitted(TimeWarp::Room{ fitWidth, endNs, m_readableBox + m_gap, m_briefBox + m_gap,
                                       m_minBox + m_gap, m_pauseMark });
}

bool TimelineLayout::isDense(qsizetype visibleEvents) const
{
    // Five pixels per event on average still leaves distinct boxes; fewer turn into a smear.
    return double(visibleEvents) * 5 > m_plot.width();
}

} // namespace sockscope
