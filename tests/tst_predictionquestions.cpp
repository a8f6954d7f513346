// "Predict, then run": every lesson of the catalogue gets 2–4 questions chosen by what it is
// about, each answered from a recorded (here simulated) trace of it; the answers are read off a
// known trace exactly, the run a question is about is the one that recorded it, and a
// prediction is checked within the question's margin.

#include "analysis/predictioncheck.h"
#include "analysis/predictionquestions.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "tracefixture.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace sockscope;

namespace {

// A simulated run of the lesson; a lesson the simulator refuses (it does not model TCP_CORK) is
// recorded on loopback instead.
Trace simulate(const Lesson &lesson)
{
    StopSignal stop;
    Trace trace = PlanRunner::run(lesson.plan(lesson.scenario), lesson.name, Mode::Sim, stop);
    if (std::any_of(trace.runs.cbegin(), trace.runs.cend(),
                    [](const Run &r) { return !r.error.isEmpty(); }))
        trace = PlanRunner::run(lesson.plan(lesson.scenario), lesson.name, Mode::Real, stop);
    return trace;
}

const PredictionQuestion *byId(const QList<PredictionQuestion> &qs, const QString &id)
{
    for (const PredictionQuestion &q : qs) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

PredictionQuestion ask(PredictionQuestion::Measure measure, PredictionQuestion::About about,
                       PredictionQuestion::Unit unit = PredictionQuestion::Unit::Count)
{
    PredictionQuestion q;
    q.measure = measure;
    q.about = about;
    q.unit = unit;
    return q;
}

} // namespace

class TestPredictionQuestions : public QObject
{
    Q_OBJECT

private slots:
    void everyLessonHasQuestions_data();
    void everyLessonHasQuestions();
    void questionsFollowWhatTheLessonIsAbout();
    void numbersComeFromTheScenario();
    void unknownLessonGetsTheGenericQuestions();
    void answersFromAKnownTrace();
    void runIsPickedByWhatWasRecorded();
    void realRunsBeforeSimulatedOnes();
    void predictionsCheckedWithinTheirMargin();
    void describeSaysHowFarOff();
};

void TestPredictionQuestions::everyLessonHasQuestions_data()
{
    QTest::addColumn<QString>("lesson");
    for (const Lesson &lesson : LessonCatalogue::all())
        QTest::newRow(qPrintable(lesson.name)) << lesson.name;
}

void TestPredictionQuestions::everyLessonHasQuestions()
{
    QFETCH(QString, lesson);
    const Lesson *l = LessonCatalogue::find(lesson);
    QVERIFY(l);
    const QList<PredictionQuestion> qs = PredictionQuestions::of(*l);
    QVERIFY2(qs.size() >= PredictionQuestions::kLeast && qs.size() <= PredictionQuestions::kMost,
             qPrintable(QString::number(qs.size())));
    QSet<QString> ids;
    const Trace trace = simulate(*l);
    for (const PredictionQuestion &q : qs) {
        QVERIFY2(!ids.contains(q.id), qPrintable(q.id));
        ids.insert(q.id);
        const QString words = q.text.english();
        QVERIFY2(words.endsWith(QLatin1Char('?')) || words.endsWith(QLatin1Char(')')),
                 qPrintable(words));
        QVERIFY2(!words.contains(QLatin1Char('%')), qPrintable(words));
        // Every question is answered by a run of its own lesson.
        const PredictionAnswer a = PredictionCheck::measure(trace, q);
        QVERIFY2(a.value.has_value(), qPrintable(q.id));
        QVERIFY(a.run >= 0 && a.run < trace.runs.size());
        QVERIFY2(!a.text.english().contains(QLatin1Char('%')), qPrintable(a.text.english()));
    }
}

void TestPredictionQuestions::questionsFollowWhatTheLessonIsAbout()
{
    const auto idsOf = [](const char *name) {
        QStringList ids;
        for (const PredictionQuestion &q :
             PredictionQuestions::of(*LessonCatalogue::find(QLatin1String(name))))
            ids << q.id;
        return ids;
    };
    QCOMPARE(idsOf("tcp-nagle-delayed-ack"),
             QStringList({ QStringLiteral("trip-ms/nagle"), QStringLiteral("trip-ms/nodelay") }));
    QVERIFY(idsOf("side-by-side").contains(QStringLiteral("data-recvs/tcp")));
    QVERIFY(idsOf("side-by-side").contains(QStringLiteral("data-recvs/udp")));
    QVERIFY(idsOf("side-by-side").contains(QStringLiteral("recv-of-message-end/tcp")));
    QVERIFY(idsOf("udp-overflow").contains(QStringLiteral("arrived/udp")));
    QVERIFY(idsOf("udp-truncation").contains(QStringLiteral("longest-recv/udp")));
    QVERIFY(idsOf("tcp-split").contains(QStringLiteral("recvs-of-first-reply/replies")));
    QVERIFY(idsOf("tcp-partial-send").contains(QStringLiteral("partial-sends/tcp")));
    QVERIFY(idsOf("tcp-nagle").contains(QStringLiteral("held-sends/nagle")));
    QVERIFY(idsOf("framing-delimiter").contains(QStringLiteral("recovered/framed")));
    QVERIFY(idsOf("empty-message").contains(QStringLiteral("stream-bytes/tcp")));
    QVERIFY(idsOf("empty-message").contains(QStringLiteral("zero-byte-recvs/udp")));
    // Replies read once: the question is where reply m0 went, not how long a request took.
    QVERIFY(!idsOf("tcp-split").contains(QStringLiteral("trip-ms/tcp")));
}

void TestPredictionQuestions::numbersComeFromTheScenario()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    Scenario s = lesson->scenario;
    QVERIFY(s.set(QStringLiteral("count"), QStringLiteral("7")).isEmpty());
    const auto qs = PredictionQuestions::of(*lesson, s);
    const PredictionQuestion *recvs = byId(qs, QStringLiteral("data-recvs/tcp"));
    QVERIFY(recvs);
    QCOMPARE(recvs->text.english(),
             QStringLiteral("How many recv() calls will TCP need for these "
                            "7 sends?"));
    // A message written in two send() calls: the question counts messages, not sends.
    Scenario twoParts = s;
    QVERIFY(twoParts.set(QStringLiteral("parts"), QStringLiteral("2")).isEmpty());
    QCOMPARE(byId(PredictionQuestions::of(*lesson, twoParts), QStringLiteral("data-recvs/tcp"))
                 ->text.english(),
             QStringLiteral("How many recv() calls will TCP need for these 7 messages?"));
    // Without UDP, no question about it.
    QVERIFY(s.set(QStringLiteral("protocol"), QStringLiteral("tcp")).isEmpty());
    QVERIFY(!byId(PredictionQuestions::of(*lesson, s), QStringLiteral("data-recvs/udp")));
}

void TestPredictionQuestions::unknownLessonGetsTheGenericQuestions()
{
    // A lesson no rule knows (a request/reply exchange without a Nagle comparison has one
    // question of its own): the generic ones fill it to two at least.
    Lesson lesson;
    lesson.name = QStringLiteral("someone-elses-lesson");
    QVERIFY(lesson.scenario.set(QStringLiteral("protocol"), QStringLiteral("tcp")).isEmpty());
    QVERIFY(lesson.scenario.set(QStringLiteral("reply_size"), QStringLiteral("64")).isEmpty());
    const auto qs = PredictionQuestions::of(lesson);
    QVERIFY(qs.size() >= 2);
    QVERIFY(byId(qs, QStringLiteral("data-recvs/first")));
    StopSignal stop;
    const Trace trace = PlanRunner::run(lesson.plan(lesson.scenario), QString(), Mode::Sim, stop);
    for (const PredictionQuestion &q : qs)
        QVERIFY2(PredictionCheck::measure(trace, q).value, qPrintable(q.id));
}

void TestPredictionQuestions::answersFromAKnownTrace()
{
    using Q = PredictionQuestion;
    const Trace trace = fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() });
    QCOMPARE(*PredictionCheck::measure(trace, ask(Q::Measure::DataRecvs, Q::About::Tcp)).value,
             1.0);
    QCOMPARE(*PredictionCheck::measure(trace, ask(Q::Measure::MostInOneRecv, Q::About::Tcp)).value,
             2.0);
    QCOMPARE(*PredictionCheck::measure(trace, ask(Q::Measure::DataRecvs, Q::About::Udp)).value,
             2.0);
    QCOMPARE(*PredictionCheck::measure(trace, ask(Q::Measure::Arrived, Q::About::Udp)).value, 2.0);
    QCOMPARE(*PredictionCheck::measure(trace, ask(Q::Measure::LongestRecv, Q::About::Udp)).value,
             14.0);
    QCOMPARE(*PredictionCheck::measure(trace, ask(Q::Measure::Errors, Q::About::Udp)).value, 0.0);
    Q pick = ask(Q::Measure::RecvOfMessageEnd, Q::About::Tcp, Q::Unit::RecvNumber);
    pick.message = 1;
    const PredictionAnswer picked = PredictionCheck::measure(trace, pick);
    QCOMPARE(*picked.value, 0.0);
    QCOMPARE(picked.run, 0);
    QCOMPARE(picked.text.english(), QStringLiteral("TCP: recv #0 returned the end of message 1"));
    // UDP's lost datagram ended in no recv.
    Q lost = ask(Q::Measure::RecvOfMessageEnd, Q::About::Udp, Q::Unit::RecvNumber);
    lost.message = 1;
    QVERIFY(!PredictionCheck::measure(trace, lost).value);
    QCOMPARE(
        PredictionCheck::measure(trace, ask(Q::Measure::DataRecvs, Q::About::Tcp)).text.english(),
        QStringLiteral("TCP: 1 recv returned data"));
}

void TestPredictionQuestions::runIsPickedByWhatWasRecorded()
{
    using Q = PredictionQuestion;
    Run nagleLabelled = fixture::tcpMerged();
    nagleLabelled.label = QStringLiteral("Nagle on (TCP_NODELAY off)");
    nagleLabelled.effective.nodelay = true; // what the socket said
    const Trace trace = fixture::trace({ nagleLabelled });
    QVERIFY(!PredictionCheck::measure(trace, ask(Q::Measure::DataRecvs, Q::About::NagleOn)).value);
    const PredictionAnswer a
        = PredictionCheck::measure(trace, ask(Q::Measure::DataRecvs, Q::About::Nodelay));
    QCOMPARE(a.run, 0);
    QVERIFY(a.text.english().startsWith(QLatin1String("TCP_NODELAY")));
}

void TestPredictionQuestions::realRunsBeforeSimulatedOnes()
{
    using Q = PredictionQuestion;
    Run simulated = fixture::tcpMerged();
    simulated.mode = Mode::Sim;
    simulated.recvs = { fixture::recv(0, 1, 5, 0, "hello"), fixture::recv(1, 2, 5, 5, "world") };
    Run real = fixture::tcpMerged();
    const Trace trace = fixture::trace({ simulated, real });
    const PredictionAnswer a
        = PredictionCheck::measure(trace, ask(Q::Measure::DataRecvs, Q::About::Tcp));
    QCOMPARE(a.run, 1);
    QCOMPARE(*a.value, 1.0);
    // Without a real run, the prediction is checked against the simulator's.
    const Trace simOnly = fixture::trace({ simulated });
    QCOMPARE(*PredictionCheck::measure(simOnly, ask(Q::Measure::DataRecvs, Q::About::Tcp)).value,
             2.0);
}

void TestPredictionQuestions::predictionsCheckedWithinTheirMargin()
{
    using Q = PredictionQuestion;
    using V = PredictionCheck::Verdict;
    Q trip = ask(Q::Measure::TripMs, Q::About::NagleOn, Q::Unit::Milliseconds);
    trip.tolerance = 0.25;
    trip.slack = 1.5;
    const PredictionAnswer stall{ 44.0, 0, {} };
    QCOMPARE(PredictionCheck::verdict(trip, 40.0, stall), V::Right);
    QCOMPARE(PredictionCheck::verdict(trip, 10.0, stall), V::Off);
    const PredictionAnswer fast{ 0.011, 0, {} };
    QCOMPARE(PredictionCheck::verdict(trip, 1.0, fast), V::Right);
    QCOMPARE(PredictionCheck::verdict(trip, 40.0, fast), V::Off);
    QCOMPARE(PredictionCheck::verdict(trip, std::nullopt, fast), V::NoPrediction);
    QCOMPARE(PredictionCheck::verdict(trip, 40.0, PredictionAnswer{}), V::NotMeasured);
    // A count asked exactly.
    const Q recvs = ask(Q::Measure::DataRecvs, Q::About::Tcp);
    QCOMPARE(PredictionCheck::verdict(recvs, 3.0, PredictionAnswer{ 3.0, 0, {} }), V::Right);
    QCOMPARE(PredictionCheck::verdict(recvs, 4.0, PredictionAnswer{ 3.0, 0, {} }), V::Off);
    QCOMPARE(PredictionCheck::mark(V::Right), QStringLiteral("✓"));
    QCOMPARE(PredictionCheck::mark(V::Off), QStringLiteral("✗"));
}

void TestPredictionQuestions::describeSaysHowFarOff()
{
    using Q = PredictionQuestion;
    const Trace trace = fixture::trace({ fixture::tcpMerged() });
    const Q recvs = ask(Q::Measure::DataRecvs, Q::About::Tcp);
    const PredictionAnswer a = PredictionCheck::measure(trace, recvs);
    QCOMPARE(PredictionCheck::describe(recvs, 12.0, a),
             QStringLiteral("you said 12; TCP: 1 recv returned data — 11 too high"));
    QCOMPARE(PredictionCheck::describe(recvs, 1.0, a),
             QStringLiteral("you said 1; TCP: 1 recv returned data"));
    QCOMPARE(PredictionCheck::describe(recvs, std::nullopt, a),
             QStringLiteral("no prediction; TCP: 1 recv returned data"));
    Q pick = ask(Q::Measure::RecvOfMessageEnd, Q::About::Tcp, Q::Unit::RecvNumber);
    pick.message = 1;
    QCOMPARE(PredictionCheck::describe(pick, 2.0, PredictionCheck::measure(trace, pick)),
             QStringLiteral("you picked recv #2; TCP: recv #0 returned the end of message 1 — 2 "
                            "recvs too late"));
}

QTEST_GUILESS_MAIN(TestPredictionQuestions)
#include "tst_predictionquestions.moc"
