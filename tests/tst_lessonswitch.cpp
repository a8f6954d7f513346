#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QTest>

using namespace sockscope;

// The framing lessons' switch: the same run without and with framing; and the Nagle lessons'
// variants, which a knob set by hand narrows to the one that matches it.
class TestLessonSwitch : public QObject
{
    Q_OBJECT

private slots:
    void framingLessonsHaveTheSwitch();
    void statesPlanTheRightRuns();
    void switchWinsOverTheUsersFraming();
    void bothShowsTheStickyPacketsThenTheFix();
    void aSetKnobRunsOnlyTheMatchingVariant_data();
    void aSetKnobRunsOnlyTheMatchingVariant();
    void labelsAgreeWithTheEffectiveOption();
};

void TestLessonSwitch::framingLessonsHaveTheSwitch()
{
    for (const Lesson &l : LessonCatalogue::all()) {
        QCOMPARE(l.hasSwitch(), l.name.startsWith(QLatin1String("framing-")));
        if (!l.hasSwitch()) {
            // A lesson without a switch ignores the state: its variants as before.
            QCOMPARE(l.plan(l.scenario, {}, LessonSwitch::Both).size(), l.plan(l.scenario).size());
        }
    }
}

void TestLessonSwitch::statesPlanTheRightRuns()
{
    const Lesson *l = LessonCatalogue::find(QStringLiteral("framing-length-prefix"));
    QVERIFY(l);
    const QList<PlannedRun> on = l->plan(l->scenario, {}, LessonSwitch::On);
    QCOMPARE(on.size(), 1);
    QCOMPARE(on[0].scenario.framing, QStringLiteral("length:4:be"));
    QCOMPARE(on[0].label, QString()); // the lesson as it always was (CLI, tests)

    const QList<PlannedRun> off = l->plan(l->scenario, {}, LessonSwitch::Off);
    QCOMPARE(off.size(), 1);
    QCOMPARE(off[0].scenario.framing, QStringLiteral("none"));
    QVERIFY(!off[0].label.isEmpty());

    const QList<PlannedRun> both = l->plan(l->scenario, {}, LessonSwitch::Both);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0].scenario.framing, QStringLiteral("none"));
    QCOMPARE(both[1].scenario.framing, QStringLiteral("length:4:be"));
    QVERIFY(both[0].label != both[1].label);
    // Apart from the framing, the two runs are the same run.
    Scenario a = both[0].scenario;
    a.framing = both[1].scenario.framing;
    QCOMPARE(a.toJson(), both[1].scenario.toJson());
}

void TestLessonSwitch::switchWinsOverTheUsersFraming()
{
    const Lesson *l = LessonCatalogue::find(QStringLiteral("framing-delimiter"));
    Scenario edited = l->scenario;
    edited.set(QStringLiteral("framing"), QStringLiteral("length:2:le"));
    const QStringList userKeys{ QStringLiteral("framing") };
    const QList<PlannedRun> both = l->plan(edited, userKeys, LessonSwitch::Both);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0].scenario.framing, QStringLiteral("none")); // "off" is off
    QCOMPARE(both[1].scenario.framing, QStringLiteral("length:2:le")); // "on" is the user's framing
}

void TestLessonSwitch::bothShowsTheStickyPacketsThenTheFix()
{
    const Lesson *l = LessonCatalogue::find(QStringLiteral("framing-length-prefix"));
    StopSignal stop;
    const Trace trace
        = PlanRunner::run(l->plan(l->scenario, {}, LessonSwitch::Both), l->name, Mode::Real, stop);
    QCOMPARE(trace.runs.size(), 2);
    const Run &raw = trace.runs[0];
    const Run &framed = trace.runs[1];
    // Without framing the recvs glue messages together and nothing tells them apart...
    QVERIFY(raw.frames.isEmpty());
    QVERIFY(raw.summary.merged + raw.summary.split >= 2);
    // ...with framing the same recvs still merge, and the decoder recovers every message.
    QVERIFY(framed.summary.merged + framed.summary.split >= 2);
    QCOMPARE(framed.frames.size(), qsizetype(framed.scenario.count));
    for (const Frame &f : framed.frames)
        QVERIFY2(f.complete && f.error.isEmpty(), qPrintable(f.error));
}

void TestLessonSwitch::aSetKnobRunsOnlyTheMatchingVariant_data()
{
    QTest::addColumn<QString>("lesson");
    for (const char *name : { "tcp-nagle", "tcp-nagle-delayed-ack" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestLessonSwitch::aSetKnobRunsOnlyTheMatchingVariant()
{
    QFETCH(QString, lesson);
    const Lesson *l = LessonCatalogue::find(lesson);
    QVERIFY(l);
    QCOMPARE(l->variedKeys(), QStringList{ QStringLiteral("nodelay") });
    // Untouched, both variants run, each with its own value.
    const QList<PlannedRun> both = l->plan(l->scenario);
    QCOMPARE(both.size(), 2);
    QVERIFY(!both[0].scenario.nodelay);
    QVERIFY(both[1].scenario.nodelay);
    // Set by hand (either value, whatever the lesson's own default), only the variant whose
    // label says that value runs.
    for (const bool nodelay : { false, true }) {
        Scenario edited = l->scenario;
        QCOMPARE(edited.set(QStringLiteral("nodelay"),
                            nodelay ? QStringLiteral("true") : QStringLiteral("false")),
                 QString());
        const QList<PlannedRun> runs = l->plan(edited, { QStringLiteral("nodelay") });
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].scenario.nodelay, nodelay);
        QCOMPARE(runs[0].label, both[nodelay ? 1 : 0].label);
    }
    // Another key set by hand leaves both variants.
    QCOMPARE(l->plan(l->scenario, { QStringLiteral("count") }).size(), 2);
}

void TestLessonSwitch::labelsAgreeWithTheEffectiveOption()
{
    // What the kernel applied (read back with getsockopt) is what the label says.
    const Lesson *l = LessonCatalogue::find(QStringLiteral("tcp-nagle-delayed-ack"));
    Scenario edited = l->scenario;
    edited.set(QStringLiteral("nodelay"), QStringLiteral("true"));
    edited.set(QStringLiteral("count"), QStringLiteral("2"));
    StopSignal stop;
    const Trace trace = PlanRunner::run(l->plan(edited, { QStringLiteral("nodelay") }), l->name,
                                        Mode::Real, stop);
    QVERIFY(!trace.runs.isEmpty());
    const QString onLabel = l->plan(l->scenario)[1].label;
    for (const Run &run : trace.runs) {
        QVERIFY(run.label.startsWith(onLabel));
        if (run.effective.nodelay.has_value())
            QVERIFY(*run.effective.nodelay);
    }
}

QTEST_GUILESS_MAIN(TestLessonSwitch)
#include "tst_lessonswitch.moc"
