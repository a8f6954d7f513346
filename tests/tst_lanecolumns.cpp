#include "tracefixture.h"
#include "view/lanecolumns.h"
#include "view/timelinegeometry.h"
#include "view/timelineviewport.h"

#include <QTest>

using namespace sockscope;

// The per-column picture of a dense lane comes from block summaries instead of a visit of
// every event: it must be exactly what visiting every event gives, for any window, after the
// run grows, and after the run's fates change.
namespace {

constexpr double kPlotLeft = 100.5;
constexpr int kColumns = 700;

// n sends and recvs at irregular times (bursts and gaps, several calls at one instant), with
// failed, partial and lost sends, truncated and failed recvs, and evidence on some calls.
Run irregularRun(int n)
{
    Run run;
    run.protocol = Protocol::Udp;
    qint64 t = 0;
    for (int i = 0; i < n; ++i) {
        t += (i % 97 < 60) ? (i % 3) * 7 : 1000 + (i % 11) * 313; // bursts, ties, gaps
        SendEvent s = fixture::send(i, i, t, 14, 0, "m");
        s.unsentAfter
            = (i % 5 == 0) ? std::optional<qint64>() : std::optional<qint64>((i * 37) % 900);
        if (i % 211 == 17)
            s.error = 11;
        if (i % 307 == 5)
            s.accepted = 7;
        run.sends.append(s);
        RecvEvent r = fixture::recv(i, t + 300, 14, 0, "m");
        r.durNs = (i % 4) * 50;
        r.queuedBefore
            = (i % 3 == 0) ? std::optional<qint64>() : std::optional<qint64>((i * 53) % 1200);
        r.truncated = i % 401 == 9;
        if (i % 503 == 2)
            r.error = 104;
        run.recvs.append(r);
        run.fates.append(
            fixture::fate(i, i, 0, 14, i % 173 == 40 ? Fate::Lost : Fate::Intact, { i }));
    }
    run.durationNs = t + 1000;
    return run;
}

// A TCP run of n messages of 1 to 40 bytes read by recvs of 1 to 60 bytes, at the times of
// irregularRun: recvs that hold part of one message, several whole ones, or parts of both;
// a failed recv every so often and the end of the stream last.
Run tcpIrregularRun(int n)
{
    const Run times = irregularRun(n);
    Run run;
    run.protocol = Protocol::Tcp;
    qint64 offset = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 length = 1 + (i * 13) % 40;
        run.sends.append(fixture::send(i, i, times.sends.at(i).tNs, length, offset, "m"));
        run.fates.append(fixture::fate(i, i, offset, length, Fate::Intact, {}));
        offset += length;
    }
    qint64 read = 0;
    for (int i = 0; read < offset; ++i) {
        const qint64 want = (i / 500) % 2 == 0 ? 1 + (i * 7) % 23 : 1 + (i * 31) % 60;
        RecvEvent r
            = fixture::recv(i, 1000 + qint64(i) * 997, std::min(want, offset - read), read, "m");
        if (i % 211 == 3) {
            r.error = 104;
            r.bytes = 0;
        }
        read += r.bytes;
        run.recvs.append(r);
    }
    run.recvs.append(
        fixture::recv(int(run.recvs.size()), 1000 + run.recvs.size() * 997, 0, offset, ""));
    run.durationNs = std::max(times.durationNs, 2000 + run.recvs.size() * 997);
    return run;
}

// The messages a TCP recv holds, the long way: the share of its bytes of every message from
// the first that ends after the recv's first byte.
double messagesOf(const Run &run, const RecvEvent &r)
{
    double held = 0;
    const auto first
        = std::partition_point(run.fates.cbegin(), run.fates.cend(), [&](const MessageFate &f) {
              return f.offset + f.length <= r.offset;
          });
    for (auto it = first; it != run.fates.cend() && it->offset < r.offset + r.bytes; ++it) {
        const MessageFate &f = *it;
        const qint64 from = std::max(f.offset, r.offset);
        const qint64 to = std::min(f.offset + f.length, r.offset + r.bytes);
        if (to > from && f.length > 0)
            held += double(to - from) / double(f.length);
    }
    return held;
}

// Every event visited: what the renderer drew before it had summaries.
LaneSummary::Columns everyEvent(const Run &run, LaneColumns::Side side, qsizetype begin,
                                qsizetype end, const PixelMapper &x)
{
    LaneSummary::Columns out;
    out.assign(kColumns);
    for (qsizetype i = begin; i < end; ++i) {
        const bool sends = side == LaneColumns::Side::Sends;
        const double t = sends ? TimelineGeometry::time(run.sends.at(i))
                               : TimelineGeometry::time(run.recvs.at(i));
        const int c = x.column(t, kPlotLeft);
        if (c < 0 || c >= kColumns)
            continue;
        bool alarming = false;
        std::optional<qint64> v;
        const size_t at = size_t(c);
        ++out.calls[at];
        if (sends) {
            const SendEvent &s = run.sends.at(i);
            const MessageFate &f = run.fates.at(s.message);
            alarming = s.error != 0 || s.accepted < s.requested
                || (f.fate == Fate::Lost && f.firstSend == i);
            v = s.unsentAfter;
            out.bytes[at] += s.error != 0 ? 0 : double(s.accepted);
        } else {
            const RecvEvent &r = run.recvs.at(i);
            alarming = r.error != 0 || r.truncated;
            v = r.queuedBefore;
            const bool read = r.error == 0 && (run.protocol == Protocol::Udp || r.bytes > 0);
            out.bytes[at] += r.error != 0 ? 0 : double(r.bytes);
            out.reads[at] += read ? 1 : 0;
            out.messages[at] += !read ? 0 : run.protocol == Protocol::Udp ? 1 : messagesOf(run, r);
        }
        out.kinds[at] = std::max<quint8>(out.kinds[at], alarming ? 2 : 1);
        if (v && *v > 0)
            out.evidence[at] = std::max(out.evidence[at], *v);
    }
    return out;
}

TimelineViewport window(const Run &run, double from, double to)
{
    TimelineViewport v(0, double(run.durationNs), kPlotLeft, kColumns - 1);
    v.setVisibleRange(from * double(run.durationNs), to * double(run.durationNs));
    return v;
}

void compareSides(const Run &run, const TimelineViewport &viewport, qsizetype begin, qsizetype end)
{
    const PixelMapper x(viewport);
    for (const LaneColumns::Side side : { LaneColumns::Side::Sends, LaneColumns::Side::Recvs }) {
        const LaneSummary::Columns fast
            = LaneColumns::collect(run, side, begin, end, x, kPlotLeft, kColumns);
        const LaneSummary::Columns slow = everyEvent(run, side, begin, end, x);
        QCOMPARE(fast.kinds, slow.kinds);
        QCOMPARE(fast.evidence, slow.evidence);
        QCOMPARE(fast.calls, slow.calls);
        QCOMPARE(fast.reads, slow.reads);
        // Blocks keep their sums in single precision: equal to 6 digits.
        for (size_t c = 0; c < slow.bytes.size(); ++c) {
            QVERIFY2(std::abs(fast.bytes[c] - slow.bytes[c]) <= 1e-6 * slow.bytes[c],
                     qPrintable(QStringLiteral("column %1: %2 bytes, not %3")
                                    .arg(c)
                                    .arg(fast.bytes[c])
                                    .arg(slow.bytes[c])));
            QVERIFY2(std::abs(fast.messages[c] - slow.messages[c]) <= 1e-6 * slow.messages[c],
                     qPrintable(QStringLiteral("column %1: %2 messages, not %3")
                                    .arg(c)
                                    .arg(fast.messages[c])
                                    .arg(slow.messages[c])));
        }
    }
}

} // namespace

class tst_LaneColumns : public QObject
{
    Q_OBJECT

private slots:
    void sameAsVisitingEveryEvent_data();
    void sameAsVisitingEveryEvent();
    void followsAGrowingRun();
    void seesNewFates();
    void scaleIsTheRunsLargestValue();
    void streamSameAsVisitingEveryEvent_data();
    void streamSameAsVisitingEveryEvent();
    void sumsAddUpAcrossLevels();
    void knowsMessagesOnlyWhenAnalysed();
};

void tst_LaneColumns::sameAsVisitingEveryEvent_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    // Fractions of the run's span, and the event range handed in (as the renderer's visible
    // range, which may start and end inside a block).
    QTest::newRow("whole run") << 0.0 << 1.0 << 0 << 30'000;
    QTest::newRow("middle, range inside blocks") << 0.3 << 0.6 << 7'003 << 21'999;
    QTest::newRow("a few events per column") << 0.41 << 0.43 << 0 << 30'000;
    QTest::newRow("narrow range") << 0.0 << 1.0 << 1'234 << 1'301;
    QTest::newRow("empty range") << 0.0 << 1.0 << 500 << 500;
}

void tst_LaneColumns::sameAsVisitingEveryEvent()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, begin);
    QFETCH(int, end);
    const Run run = irregularRun(30'000);
    const TimelineViewport viewport = window(run, from, to);
    compareSides(run, viewport, begin, end);
    compareSides(run, viewport, begin, end); // painted again: the remembered picture
}

void tst_LaneColumns::followsAGrowingRun()
{
    const Run whole = irregularRun(20'000);
    Run run = whole;
    run.sends.truncate(5'001); // a live run part way: later calls are appended in place
    run.recvs.truncate(5'001);
    run.sends.reserve(whole.sends.size());
    run.recvs.reserve(whole.recvs.size());
    LaneColumns::startPicture();
    compareSides(run, window(whole, 0, 1), 0, 5'001);
    for (qsizetype i = 5'001; i < whole.sends.size(); ++i) {
        run.sends.append(whole.sends.at(i));
        run.recvs.append(whole.recvs.at(i));
    }
    LaneColumns::startPicture();
    compareSides(run, window(whole, 0, 1), 0, 20'000);
}

void tst_LaneColumns::seesNewFates()
{
    Run run = irregularRun(10'000);
    for (MessageFate &f : run.fates)
        f.fate = Fate::Intact;
    LaneColumns::startPicture();
    compareSides(run, window(run, 0, 1), 0, 10'000);
    // Analysed again (a replay, another loss pattern): the same sends, other fates.
    QList<MessageFate> fates = run.fates;
    fates[4'321].fate = Fate::Lost;
    run.fates = fates;
    LaneColumns::startPicture();
    compareSides(run, window(run, 0, 1), 0, 10'000);
    const LaneSummary::Columns columns
        = LaneColumns::collect(run, LaneColumns::Side::Sends, 0, 10'000,
                               PixelMapper(window(run, 0, 1)), kPlotLeft, kColumns);
    QVERIFY(std::count(columns.kinds.cbegin(), columns.kinds.cend(), quint8(2)) > 0);
}

void tst_LaneColumns::scaleIsTheRunsLargestValue()
{
    const Run run = irregularRun(3'000);
    qint64 unsent = 0;
    for (const SendEvent &s : run.sends)
        unsent = std::max(unsent, s.unsentAfter.value_or(0));
    const LaneColumns::Scale scale = LaneColumns::scale(run, LaneColumns::Side::Sends);
    QVERIFY(scale.any);
    QCOMPARE(scale.maximum, unsent);
    QVERIFY(!LaneColumns::scale(Run{}, LaneColumns::Side::Recvs).any);
}

void tst_LaneColumns::streamSameAsVisitingEveryEvent_data()
{
    sameAsVisitingEveryEvent_data();
}

void tst_LaneColumns::streamSameAsVisitingEveryEvent()
{
    // A stream's recvs hold fractions of messages: the summary's sums of them, its bytes and
    // its reads are those of the events, whichever blocks a window opens.
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, begin);
    QFETCH(int, end);
    const Run run = tcpIrregularRun(30'000);
    QVERIFY(run.recvs.size() > 20'000);
    const TimelineViewport viewport = window(run, from, to);
    compareSides(run, viewport, begin, std::min<int>(end, int(run.recvs.size())));
    compareSides(run, viewport, begin, std::min<int>(end, int(run.recvs.size())));
}

void tst_LaneColumns::sumsAddUpAcrossLevels()
{
    // Every recv in one column: the picture is made of the largest blocks, whose sums must be
    // the whole run's: every byte read, every message once (the recvs hold each message's
    // bytes exactly once between them).
    const Run run = tcpIrregularRun(20'000);
    TimelineViewport all(0, double(run.durationNs), kPlotLeft, 0.5);
    all.setVisibleRange(0, double(run.durationNs));
    LaneColumns::startPicture();
    const LaneSummary::Columns one = LaneColumns::collect(
        run, LaneColumns::Side::Recvs, 0, run.recvs.size(), PixelMapper(all), kPlotLeft, 1);
    qint64 bytes = 0;
    int reads = 0;
    for (const RecvEvent &r : run.recvs) {
        bytes += r.error != 0 ? 0 : r.bytes;
        reads += r.error == 0 && r.bytes > 0 ? 1 : 0;
    }
    QCOMPARE(one.calls.at(0), int(run.recvs.size()));
    QCOMPARE(one.reads.at(0), reads);
    QVERIFY2(std::abs(one.bytes.at(0) - double(bytes)) < 1e-6 * double(bytes),
             qPrintable(QString::number(one.bytes.at(0), 'f', 3)));
    QVERIFY2(std::abs(one.messages.at(0) - 20'000) < 0.01,
             qPrintable(QString::number(one.messages.at(0), 'f', 3)));
}

void tst_LaneColumns::knowsMessagesOnlyWhenAnalysed()
{
    Run run = tcpIrregularRun(100);
    QVERIFY(LaneColumns::knowsMessages(run));
    run.fates.clear(); // still recording: the analysis has not placed the messages
    QVERIFY(!LaneColumns::knowsMessages(run));
    run.role = Role::Observer; // a foreign stream: its messages are unknown
    QVERIFY(!LaneColumns::knowsMessages(run));
    Run udp = irregularRun(10);
    udp.role = Role::Observer; // a datagram is a message, whoever sent it
    QVERIFY(LaneColumns::knowsMessages(udp));
}

QTEST_GUILESS_MAIN(tst_LaneColumns)
#include "tst_lanecolumns.moc"
