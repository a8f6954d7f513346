// Lessons that check themselves: every lesson's claims hold in the simulator (deterministic;
// tst_lessons checks them on real sockets), a doctored trace turns a ✓ into a ⚠, a changed
// lesson or a stopped run is "does not apply" instead of a failure of the kernel, and the
// results reach the JSON, the reader and the text table's first line.

#include "analysis/analysis.h"
#include "analysis/lessonexpectations.h"
#include "io/textreport.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "sim/simulator.h"
#include "view/eventtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sockscope;

namespace {

Trace simulate(const QString &name, const QStringList &settings = {})
{
    const Lesson *lesson = LessonCatalogue::find(name);
    if (!lesson)
        qFatal("no lesson %s", qPrintable(name));
    Scenario scenario = lesson->scenario;
    QStringList userKeys;
    for (const QString &setting : settings) {
        const QString key = setting.section(QLatin1Char('='), 0, 0);
        if (!scenario.set(key, setting.section(QLatin1Char('='), 1)).isEmpty())
            qFatal("bad setting %s", qPrintable(setting));
        userKeys << key;
    }
    StopSignal stop;
    return PlanRunner::run(lesson->plan(scenario, userKeys), name, Mode::Sim, stop);
}

const Expectation *find(const Trace &trace, const char *claimStart, int run = -1)
{
    for (const Expectation &e : trace.expectations) {
        if (e.claim.source.startsWith(QLatin1String(claimStart)) && (run < 0 || e.run == run))
            return &e;
    }
    return nullptr;
}

QString all(const Trace &trace)
{
    QStringList lines{ LessonExpectations::headline(trace) };
    for (const Expectation &e : trace.expectations)
        lines << LessonExpectations::mark(e) + QLatin1Char(' ')
                + LessonExpectations::describe(trace, e);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestLessonExpectations : public QObject
{
    Q_OBJECT

private slots:
    void everyLessonHasClaims();
    void everyClaimHoldsInTheSimulator_data();
    void everyClaimHoldsInTheSimulator();
    void mergedRecvsDoctoredAway();
    void roundTripsDoctoredToOneMillisecond();
    void changedLessonDoesNotApply();
    void stoppedRunDoesNotApply();
    void onlyTheNagleVariant();
    void runsArePickedByEffectiveState();
    void noLessonNoClaims();
    void jsonRoundTrip();
    void jsonRejectsBadHolds();
    void textReportStartsWithHeadline();
    void claimOnSeveralRunsNamesEach();
    void headerCountsTheRecvsTheHeadlineCounts();
    void headlineCountsTheMessagesSent();
    void countsTakeTheirPluralForm();
    void eachNagleSideGetsItsOwnReason();
};

void TestLessonExpectations::everyLessonHasClaims()
{
    QStringList catalogue;
    for (const Lesson &lesson : LessonCatalogue::all())
        catalogue << lesson.name;
    QCOMPARE(LessonExpectations::lessons(), catalogue);
}

void TestLessonExpectations::everyClaimHoldsInTheSimulator_data()
{
    QTest::addColumn<QString>("name");
    for (const Lesson &lesson : LessonCatalogue::all())
        QTest::newRow(qPrintable(lesson.name)) << lesson.name;
}

void TestLessonExpectations::everyClaimHoldsInTheSimulator()
{
    QFETCH(QString, name);
    const Trace trace = simulate(name);
    QVERIFY(!trace.headline.isEmpty());
    QVERIFY(!trace.expectations.isEmpty());
    // A variant the model cannot run (tcp-cork's corked one) fails with the refusal and is
    // judged by no claim; every other run is simulated.
    for (const Run &run : trace.runs)
        QCOMPARE(run.error, Simulator::unsupported(run.scenario));
    for (const Expectation &e : trace.expectations) {
        QCOMPARE(e.lesson, name);
        QVERIFY2(e.holds == std::optional<bool>(true), qPrintable(all(trace)));
        QVERIFY(e.reason.isEmpty());
        QVERIFY(!e.measured.isEmpty());
        QVERIFY(e.run >= 0 && e.run < trace.runs.size());
    }
    // Judging again gives the same: it is a function of the trace.
    Trace again = trace;
    LessonExpectations::judge(again);
    QCOMPARE(again.expectations, trace.expectations);
    QCOMPARE(again.headline, trace.headline);
}

// The recvs rewritten so that each one returns exactly one message: nothing is merged any
// more, and the lesson says the kernel did something else (⚠), with a reason.
void TestLessonExpectations::mergedRecvsDoctoredAway()
{
    Trace trace = simulate(QStringLiteral("tcp-slow-reader"));
    const Expectation *before = find(trace, "TCP: a recv returns bytes of two");
    QVERIFY(before);
    QCOMPARE(before->holds, std::optional<bool>(true));

    Run &run = trace.runs[0];
    RecvList recvs;
    qint64 offset = 0;
    for (int n = 0; n < run.messages.size(); ++n) {
        RecvEvent r;
        r.id = n;
        r.tNs = 50'000'000LL * (n + 1);
        r.requested = run.scenario.recvSize;
        r.bytes = run.messages[n].size();
        r.offset = offset;
        offset += r.bytes;
        recvs.append(r);
    }
    RecvEvent close;
    close.id = int(run.messages.size());
    close.tNs = 50'000'000LL * (run.messages.size() + 1);
    close.requested = run.scenario.recvSize;
    close.offset = offset;
    recvs.append(close);
    run.recvs = recvs;
    Analysis::analyse(run);
    QCOMPARE(run.summary.merged, 0);
    LessonExpectations::judge(trace);

    const Expectation *after = find(trace, "TCP: a recv returns bytes of two");
    QVERIFY(after);
    QCOMPARE(after->holds, std::optional<bool>(false));
    QVERIFY(!after->reason.isEmpty());
    QVERIFY2(after->measured.english().startsWith(QLatin1String("at most 1 message in one recv")),
             qPrintable(after->measured.english()));
    QCOMPARE(LessonExpectations::mark(*after), QStringLiteral("⚠"));
    QVERIFY(LessonExpectations::describe(trace, *after).contains(QLatin1String("likely:")));
}

// Every reply now arrives 1 ms after its request: no delayed-ACK stall with Nagle on.
void TestLessonExpectations::roundTripsDoctoredToOneMillisecond()
{
    Trace trace = simulate(QStringLiteral("tcp-nagle-delayed-ack"));
    QCOMPARE(trace.runs.size(), 4);
    QVERIFY(find(trace, "Nagle on: the median request", 0));
    QCOMPARE(find(trace, "Nagle on: the median request", 0)->holds, std::optional<bool>(true));

    const Run &requests = trace.runs[0];
    Run &replies = trace.runs[1];
    QCOMPARE(replies.requestsRun, 0);
    for (const MessageFate &f : replies.fates) {
        const qint64 sent = requests.sends[requests.fates[f.message].firstSend].tNs;
        for (int r : f.recvs) {
            replies.recvs.edit(r)->tNs = sent + 1'000'000 - replies.recvs[r].durNs;
        }
    }
    LessonExpectations::judge(trace);
    const Expectation *after = find(trace, "Nagle on: the median request", 0);
    QVERIFY(after);
    QCOMPARE(after->holds, std::optional<bool>(false));
    QVERIFY2(after->measured.english().startsWith(QLatin1String("median 1.0 ms")),
             qPrintable(after->measured.english()));
    QVERIFY(after->reason.english().contains(QLatin1String("quick-ACK")));
    // The headline says what the doctored trace shows.
    QVERIFY2(LessonExpectations::headline(trace).startsWith(
                 QLatin1String("Nagle on, simulated: 1.0 ms per request")),
             qPrintable(LessonExpectations::headline(trace)));
}

// A reader that keeps up (read_interval_ms=0) no longer merges: the claim does not apply, and
// the reason names the key the user changed instead of blaming the kernel.
void TestLessonExpectations::changedLessonDoesNotApply()
{
    const Trace trace
        = simulate(QStringLiteral("tcp-slow-reader"),
                   { QStringLiteral("read_interval_ms=0"), QStringLiteral("interval_ms=100") });
    const Expectation *e = find(trace, "TCP: a recv returns bytes of two");
    QVERIFY(e);
    QVERIFY2(!e->holds.has_value(), qPrintable(all(trace)));
    QVERIFY2(e->reason.english().contains(QLatin1String("you changed interval_ms, "
                                                        "read_interval_ms")),
             qPrintable(e->reason.english()));
    QCOMPARE(LessonExpectations::mark(*e), QStringLiteral("–"));
    QVERIFY(LessonExpectations::describe(trace, *e).contains(QLatin1String("does not apply")));

    // A change that leaves the phenomenon in place is still ✓.
    const Trace more = simulate(QStringLiteral("tcp-slow-reader"), { QStringLiteral("count=20") });
    QCOMPARE(find(more, "TCP: a recv returns bytes of two")->holds, std::optional<bool>(true));
}

void TestLessonExpectations::stoppedRunDoesNotApply()
{
    Trace trace = simulate(QStringLiteral("udp-overflow"));
    Run &run = trace.runs[0];
    run.aborted = true;
    run.summary.lost = 0; // what a run stopped before the burst shows
    LessonExpectations::judge(trace);
    const Expectation *e = find(trace, "Some datagrams are lost");
    QVERIFY(e);
    QVERIFY(!e->holds.has_value());
    QCOMPARE(e->reason.english(), QStringLiteral("the run was stopped before the end"));
}

// A plan with only the Nagle-on variant (`--set nodelay=false` on a plan that runs only the
// matching variant): the headline and the claims are about the runs that are there.
void TestLessonExpectations::onlyTheNagleVariant()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("tcp-nagle-delayed-ack"));
    const QList<PlannedRun> plan{ lesson->plan(lesson->scenario).first() };
    QCOMPARE(plan.first().scenario.nodelay, false);
    StopSignal stop;
    const Trace trace = PlanRunner::run(plan, lesson->name, Mode::Sim, stop);
    QCOMPARE(trace.headline.size(), 1);
    QVERIFY(LessonExpectations::headline(trace).startsWith(QLatin1String("Nagle on, simulated: ")));
    QCOMPARE(trace.expectations.size(), 1);
    QCOMPARE(trace.expectations[0].holds, std::optional<bool>(true));
    QVERIFY(!find(trace, "TCP_NODELAY"));
}

// Runs are told apart by what was recorded (effective TCP_NODELAY), not by their label.
void TestLessonExpectations::runsArePickedByEffectiveState()
{
    Trace trace = simulate(QStringLiteral("tcp-nagle"));
    QCOMPARE(trace.runs.size(), 2);
    trace.runs[0].label = QStringLiteral("TCP_NODELAY on");
    trace.runs[1].label = QStringLiteral("Nagle on (TCP_NODELAY off)");
    LessonExpectations::judge(trace);
    QCOMPARE(find(trace, "Nagle on: bytes stay unsent")->run, 0);
    QCOMPARE(find(trace, "TCP_NODELAY: most sends")->run, 1);
    QVERIFY(LessonExpectations::headline(trace).startsWith(QLatin1String("Nagle on, simulated")));
}

void TestLessonExpectations::noLessonNoClaims()
{
    Trace trace = simulate(QStringLiteral("tcp-slow-reader"));
    trace.lesson.clear();
    LessonExpectations::judge(trace);
    QVERIFY(trace.headline.isEmpty());
    QVERIFY(trace.expectations.isEmpty());
    const QByteArray json = TraceJsonWriter::toJson(trace);
    QVERIFY(!json.contains("\"expectations\""));
    QVERIFY(!json.contains("\"headline\""));
}

void TestLessonExpectations::jsonRoundTrip()
{
    Trace trace = simulate(QStringLiteral("tcp-nagle"));
    // One of each kind: ✓, ⚠ with a reason, and one that does not apply.
    trace.expectations[1].holds = false;
    trace.expectations[1].reason.source = QStringLiteral("the congestion window was full");
    trace.expectations[2].holds = std::nullopt;
    trace.expectations[2].reason.source = QStringLiteral("you changed count");
    const QByteArray json = TraceJsonWriter::toJson(trace);
    QString error;
    const auto read = TraceJsonReader::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->expectations.size(), trace.expectations.size());
    for (qsizetype i = 0; i < trace.expectations.size(); ++i) {
        const Expectation &a = trace.expectations[i];
        const Expectation &b = read->expectations[i];
        QCOMPARE(b.lesson, QStringLiteral("tcp-nagle"));
        QCOMPARE(b.run, a.run);
        QCOMPARE(b.claim.english(), a.claim.english());
        QCOMPARE(b.holds, a.holds);
        QCOMPARE(b.measured.english(), a.measured.english());
        QCOMPARE(b.reason.english(), a.reason.english());
    }
    QCOMPARE(LessonExpectations::headline(*read), LessonExpectations::headline(trace));
    // The array is plain JSON for scripts: claim in English, holds true/false/null.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonArray array = root.value(QStringLiteral("expectations")).toArray();
    QCOMPARE(array.size(), trace.expectations.size());
    const QJsonObject first = array[0].toObject();
    QCOMPARE(first.value(QStringLiteral("lesson")).toString(), QStringLiteral("tcp-nagle"));
    QCOMPARE(first.value(QStringLiteral("run")).toInt(), 0);
    QVERIFY(first.value(QStringLiteral("claim")).toString().startsWith(QLatin1String("Nagle on")));
    QCOMPARE(first.value(QStringLiteral("holds")), QJsonValue(true));
    QVERIFY(first.value(QStringLiteral("reason")).isNull());
    QCOMPARE(array[1].toObject().value(QStringLiteral("holds")), QJsonValue(false));
    QVERIFY(array[2].toObject().value(QStringLiteral("holds")).isNull());

    // A trace written before expectations existed still reads, with none.
    QJsonObject old = root;
    old.remove(QStringLiteral("expectations"));
    old.remove(QStringLiteral("headline"));
    const auto older = TraceJsonReader::fromJson(QJsonDocument(old).toJson(), &error);
    QVERIFY2(older, qPrintable(error));
    QVERIFY(older->expectations.isEmpty());
    QVERIFY(older->headline.isEmpty());
}

void TestLessonExpectations::jsonRejectsBadHolds()
{
    QJsonObject root
        = QJsonDocument::fromJson(TraceJsonWriter::toJson(simulate(QStringLiteral("udp-overflow"))))
              .object();
    QJsonArray array = root.value(QStringLiteral("expectations")).toArray();
    QJsonObject e = array[1].toObject();
    e.insert(QStringLiteral("holds"), QStringLiteral("yes"));
    array[1] = e;
    root.insert(QStringLiteral("expectations"), array);
    QString error;
    QVERIFY(!TraceJsonReader::fromJson(QJsonDocument(root).toJson(), &error));
    QCOMPARE(error, QStringLiteral("expectations[1].holds: expected true, false or null"));

    e.insert(QStringLiteral("holds"), true);
    e.insert(QStringLiteral("run"), 7);
    array[1] = e;
    root.insert(QStringLiteral("expectations"), array);
    QVERIFY(!TraceJsonReader::fromJson(QJsonDocument(root).toJson(), &error));
    QCOMPARE(error, QStringLiteral("expectations[1].run: 7 is not a run of this trace"));
}

void TestLessonExpectations::textReportStartsWithHeadline()
{
    const Trace trace = simulate(QStringLiteral("tcp-nagle-delayed-ack"));
    const QStringList lines = TextReport::render(trace).split(QLatin1Char('\n'));
    QCOMPARE(lines[0], LessonExpectations::headline(trace));
    QVERIFY2(lines[0].startsWith(QStringLiteral("Nagle on, simulated: 80 ms per request · "
                                                "TCP_NODELAY, simulated: 20 ms per request")),
             qPrintable(lines[0]));
    for (qsizetype i = 0; i < trace.expectations.size(); ++i)
        QVERIFY2(lines[1 + i].startsWith(QStringLiteral("  ✓ ")), qPrintable(lines[1 + i]));
    QVERIFY(lines[1 + trace.expectations.size()].isEmpty());
    QVERIFY(lines[2 + trace.expectations.size()].startsWith(QLatin1String("Lesson ")));
}

// A claim judged on two runs (a real run and its simulated twin, or two variants) is listed
// twice: each line says which run it is about, or the class reads the same line twice.
void TestLessonExpectations::claimOnSeveralRunsNamesEach()
{
    Trace trace = simulate(QStringLiteral("tcp-slow-reader"));
    QCOMPARE(trace.runs.size(), 1);
    Run twin = trace.runs.first();
    twin.label = QStringLiteral("the twin");
    trace.runs.append(twin);
    LessonExpectations::judge(trace);
    QStringList lines;
    for (const Expectation &e : trace.expectations) {
        if (e.claim.source.startsWith(QLatin1String("TCP: a recv returns bytes of two")))
            lines << LessonExpectations::describe(trace, e);
    }
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0] != lines[1], qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(trace.runs[0].label + QLatin1String(": ")), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QLatin1String("the twin: simulated: ")), qPrintable(lines[1]));
}

// The headline counts recvs with data ("10 messages in 3 recvs"); the run header above the
// figure must not say 4 for the same run because it also counted the end of file.
void TestLessonExpectations::headerCountsTheRecvsTheHeadlineCounts()
{
    const Trace trace = simulate(QStringLiteral("tcp-slow-reader"));
    const Run &run = trace.runs.first();
    QVERIFY(run.recvs.last().bytes == 0); // the EOF
    qsizetype data = 0;
    for (const RecvEvent &r : run.recvs)
        data += r.bytes > 0 ? 1 : 0;
    const QString headline = LessonExpectations::headline(trace);
    QVERIFY2(headline.contains(QStringLiteral("in %1 recvs").arg(data)), qPrintable(headline));
    const QString header = EventText::outcome(run);
    // (No translator here: the numerus form stays "recv()", without the English plural.)
    QVERIFY2(header.contains(QStringLiteral("→ %1 recv() + EOF").arg(data)), qPrintable(header));
}

// "1 message in 1 recv", never "1 messages in 1 recvs": counts are arguments with their noun,
// in the JSON's English and on screen.
void TestLessonExpectations::countsTakeTheirPluralForm()
{
    const Trace trace = simulate(QStringLiteral("udp-boundaries"), { QStringLiteral("count=1") });
    const QString headline = LessonExpectations::headline(trace);
    QVERIFY2(headline.contains(QLatin1String("1 message in 1 recv (")), qPrintable(headline));
    QVERIFY2(!headline.contains(QLatin1String("recvs")), qPrintable(headline));
    QVERIFY2(!headline.contains(QLatin1String("(s)")), qPrintable(headline));
    QStringList english;
    for (const Expectation &e : trace.expectations)
        english << e.measured.english() << LessonExpectations::describe(trace, e);
    const QString text = english.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("1 recv; datagrams in one recv")), qPrintable(text));
    for (const char *wrong : { "1 recvs", "1 messages", "1 datagrams", "(s)" })
        QVERIFY2(!text.contains(QLatin1String(wrong)), qPrintable(text));
    // Many still read as many.
    const Trace three = simulate(QStringLiteral("udp-boundaries"));
    QVERIFY2(LessonExpectations::headline(three).contains(QLatin1String("3 messages in 3 recvs")),
             qPrintable(LessonExpectations::headline(three)));
}

// tcp-nagle on a loaded machine: Nagle held nothing, TCP_NODELAY held bytes after 6 of 40 sends.
// The ⚠ names both causes from the numbers: the slowed sender for Nagle; for TCP_NODELAY the
// congestion window when the burst's last sends waited, autocorking when held sends sit between
// sends that left.
void TestLessonExpectations::eachNagleSideGetsItsOwnReason()
{
    const auto doctored = [](bool atTheEnd) {
        Trace trace = simulate(QStringLiteral("tcp-nagle"));
        for (Run &run : trace.runs) {
            const bool nodelay = run.effective.nodelay.value_or(false);
            const qsizetype n = run.sends.size();
            for (qsizetype i = 0; i < n; ++i) {
                SendEvent s = run.sends.at(i);
                // Six held sends: the burst's last six, or every fifth from the third on.
                const bool held = atTheEnd ? i >= n - 6 : (i % 5 == 2 && i < 30);
                s.unsentAfter = nodelay && held ? 8 : 0;
                run.sends.set(i, s);
            }
        }
        LessonExpectations::judge(trace);
        const Expectation *fewer = find(trace, "TCP_NODELAY: bytes stay unsent after fewer");
        return fewer ? *fewer : Expectation{};
    };
    const Expectation corked = doctored(false);
    QCOMPARE(corked.holds, std::optional<bool>(false));
    QString reason = corked.reason.english();
    QVERIFY2(reason.contains(QLatin1String("slowed down")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("after 6 sends because TCP autocorking")),
             qPrintable(reason));

    const Expectation window = doctored(true);
    QCOMPARE(window.holds, std::optional<bool>(false));
    reason = window.reason.english();
    QVERIFY2(reason.contains(QLatin1String("slowed down")), qPrintable(reason));
    QVERIFY2(
        reason.contains(QLatin1String("the last 6 sends waited because the congestion window")),
        qPrintable(reason));
}

// A run stopped (or cut at the event cap) before its last messages: the headline counts the
// messages that went out, and says how many never did, instead of the plan's count.
void TestLessonExpectations::headlineCountsTheMessagesSent()
{
    Trace trace = simulate(QStringLiteral("side-by-side"));
    QVERIFY2(LessonExpectations::headline(trace).startsWith(QLatin1String("TCP, simulated: 12 ")),
             qPrintable(LessonExpectations::headline(trace)));
    Run &tcp = trace.runs[0];
    QCOMPARE(tcp.protocol, Protocol::Tcp);
    for (int m = 10; m < 12; ++m) {
        MessageFate &f = tcp.fates[m];
        f.fate = Fate::Unsent;
        f.firstSend = -1;
        f.recvs.clear();
    }
    trace.headline.clear();
    trace.expectations.clear();
    LessonExpectations::judge(trace);
    const QString headline = LessonExpectations::headline(trace);
    QVERIFY2(headline.startsWith(QLatin1String("TCP, simulated: 10 messages in ")),
             qPrintable(headline));
    QVERIFY2(headline.contains(QLatin1String("; 2 messages never sent")), qPrintable(headline));
    QVERIFY2(!headline.contains(QLatin1String("unread")), qPrintable(headline));
    // The claims' ratios too: recvs for the messages sent.
    const Expectation *merged = find(trace, "TCP: a recv returns bytes of two or more", 0);
    QVERIFY(merged);
    QVERIFY2(merged->measured.english().contains(QLatin1String(" for 10 messages)")),
             qPrintable(merged->measured.english()));

    // Stopped with 3 of the messages sent whole not read: the headline counts them apart.
    for (int m = 7; m < 10; ++m) {
        tcp.fates[m].fate = Fate::Unread;
        tcp.fates[m].recvs.clear();
    }
    tcp.summary.unread = 3;
    tcp.aborted = true;
    LessonExpectations::judge(trace);
    const QString stopped = LessonExpectations::headline(trace);
    QVERIFY2(stopped.contains(QLatin1String("; 2 messages never sent, 3 messages unread")),
             qPrintable(stopped));
}

QTEST_GUILESS_MAIN(TestLessonExpectations)
#include "tst_lessonexpectations.moc"
