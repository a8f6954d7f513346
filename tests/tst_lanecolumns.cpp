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

// Every event visited: what the renderer drew before it had summaries.
LaneSummary::Columns everyEvent(const Run &run, LaneColumns::Side side, qsizetype begin,
                                qsizetype end, const PixelMapper &x)
{
    LaneSummary::Columns out;
    out.kinds.assign(kColumns, 0);
    out.evidence.assign(kColumns, 0);
    for (qsizetype i = begin; i < end; ++i) {
        const bool sends = side == LaneColumns::Side::Sends;
        const double t = sends ? TimelineGeometry::time(run.sends.at(i))
                               : TimelineGeometry::time(run.recvs.at(i));
        const int c = x.column(t, kPlotLeft);
        if (c < 0 || c >= kColumns)
            continue;
        bool alarming = false;
        std::optional<qint64> v;
        if (sends) {
            const SendEvent &s = run.sends.at(i);
            const MessageFate &f = run.fates.at(s.message);
            alarming = s.error != 0 || s.accepted < s.requested
                || (f.fate == Fate::Lost && f.firstSend == i);
            v = s.unsentAfter;
        } else {
            const RecvEvent &r = run.recvs.at(i);
            alarming = r.error != 0 || r.truncated;
            v = r.queuedBefore;
        }
        out.kinds[size_t(c)] = std::max<quint8>(out.kinds[size_t(c)], alarming ? 2 : 1);
        if (v && *v > 0)
            out.evidence[size_t(c)] = std::max(out.evidence[size_t(c)], *v);
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

QTEST_GUILESS_MAIN(tst_LaneColumns)
#include "tst_lanecolumns.moc"
