// RunHeader::relabel: the runs a plan recorded are named again from it (the window's language
// switch), in trace order in every mode, and runs the plan did not record keep their labels.

#include "model/lessoncatalogue.h"
#include "model/runheader.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QTest>

using namespace sockscope;

namespace {

QStringList labels(const QList<Run> &runs)
{
    QStringList out;
    for (const Run &run : runs)
        out << run.label;
    return out;
}

// The lesson's plan with each variant's label replaced, as another language would name it.
QList<PlannedRun> renamed(QList<PlannedRun> plan)
{
    for (PlannedRun &planned : plan) {
        if (!planned.label.isEmpty())
            planned.label = QStringLiteral("«%1»").arg(planned.label);
    }
    return plan;
}

} // namespace

class TestRunHeader : public QObject
{
    Q_OBJECT

private slots:
    void relabelsEveryMode_data();
    void relabelsEveryMode();
    void keepsRunsOfAnotherPlan();
    void oneConnectionPerClient();
};

void TestRunHeader::relabelsEveryMode_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<Mode>("mode");
    // Requests and replies per variant; TCP and UDP at once; the real and simulated runs
    // interleaved.
    QTest::newRow("delayed ACK, simulated") << QStringLiteral("tcp-nagle-delayed-ack") << Mode::Sim;
    QTest::newRow("side by side, simulated") << QStringLiteral("side-by-side") << Mode::Sim;
    QTest::newRow("delayed ACK, both") << QStringLiteral("tcp-nagle-delayed-ack") << Mode::Both;
    // One run per client's connection.
    QTest::newRow("clients, simulated") << QStringLiteral("concurrent-clients") << Mode::Sim;
}

void TestRunHeader::relabelsEveryMode()
{
    QFETCH(QString, lesson);
    QFETCH(Mode, mode);
    const Lesson *l = LessonCatalogue::find(lesson);
    QVERIFY(l);
    const QList<PlannedRun> plan = l->plan(l->scenario);
    StopSignal stop;
    const Trace trace = PlanRunner::run(plan, lesson, mode, stop, nullptr, false);
    QVERIFY(!trace.runs.isEmpty());

    QList<Run> runs = trace.runs;
    QVERIFY(RunHeader::relabel(runs, renamed(plan)));
    bool renamedAny = false;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        // The variant's new name, the run's own part ("TCP replies …") kept.
        QString after = runs[i].label;
        renamedAny = renamedAny || after != trace.runs[i].label;
        QCOMPARE(after.remove(QChar(u'«')).remove(QChar(u'»')), trace.runs[i].label);
    }
    QCOMPARE(renamedAny, !plan.first().label.isEmpty());
    // And back: the plan's own names are the recorded ones.
    QVERIFY(RunHeader::relabel(runs, plan));
    QCOMPARE(labels(runs), labels(trace.runs));
}

void TestRunHeader::keepsRunsOfAnotherPlan()
{
    const Lesson *nagle = LessonCatalogue::find(QStringLiteral("tcp-nagle-delayed-ack"));
    QVERIFY(nagle);
    StopSignal stop;
    const QList<PlannedRun> plan = nagle->plan(nagle->scenario);
    const Trace trace = PlanRunner::run(plan, nagle->name, Mode::Sim, stop, nullptr, false);
    // One variant fewer, another lesson, an edited scenario: nothing is renamed.
    QList<Run> runs = trace.runs;
    QVERIFY(!RunHeader::relabel(runs, renamed(plan.mid(1))));
    const Lesson *sideBySide = LessonCatalogue::find(QStringLiteral("side-by-side"));
    QVERIFY(!RunHeader::relabel(runs, renamed(sideBySide->plan(sideBySide->scenario))));
    QList<PlannedRun> edited = renamed(plan);
    edited.first().scenario.count += 1;
    QVERIFY(!RunHeader::relabel(runs, edited));
    QCOMPARE(labels(runs), labels(trace.runs));
    // Observed runs are not a plan's.
    QList<Run> observed = trace.runs;
    observed.first().role = Role::Observer;
    QVERIFY(!RunHeader::relabel(observed, renamed(plan)));
    QList<Run> none;
    QVERIFY(!RunHeader::relabel(none, plan));
}

// clients > 1: each client's connection has its runs, in client order, each sending the
// messages {c} makes for it; a replies run points back to its own client's requests.
void TestRunHeader::oneConnectionPerClient()
{
    Scenario s;
    for (const auto &[key, value] :
         { std::pair{ "protocol", "tcp" }, std::pair{ "clients", "3" }, std::pair{ "count", "2" },
           std::pair{ "payload", "c{c}-m{n};" }, std::pair{ "reply_size", "16" } })
        QCOMPARE(s.set(QString::fromLatin1(key), QString::fromLatin1(value)), QString());
    QCOMPARE(RunHeader::tcpCount(s), 6);
    const QList<Run> runs = RunHeader::tcp(s, QString(), Mode::Real, 5);
    QCOMPARE(runs.size(), 6);
    for (int k = 0; k < 3; ++k) {
        const Run &requests = runs[2 * k];
        const Run &replies = runs[2 * k + 1];
        QVERIFY2(requests.label.startsWith(QStringLiteral("client %1 · ").arg(k)),
                 qPrintable(requests.label));
        QCOMPARE(requests.requestsRun, -1);
        QCOMPARE(replies.requestsRun, 5 + 2 * k);
        QCOMPARE(requests.messages,
                 (QList<QByteArray>{ QStringLiteral("c%1-m0;").arg(k).toLatin1(),
                                     QStringLiteral("c%1-m1;").arg(k).toLatin1() }));
    }
    // One client: no client number in the labels, and {c} reads 0.
    QCOMPARE(s.set(QStringLiteral("clients"), QStringLiteral("1")), QString());
    const QList<Run> one = RunHeader::tcp(s, QString(), Mode::Real, 0);
    QCOMPARE(one.size(), 2);
    QCOMPARE(one[0].label, QStringLiteral("TCP requests (client → server)"));
    QCOMPARE(one[0].messages.first(), QByteArray("c0-m0;"));
}

QTEST_MAIN(TestRunHeader)
#include "tst_runheader.moc"
