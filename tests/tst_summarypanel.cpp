// "What happened" opens with the lesson's headline and its checked claims.

#include "analysis/lessonexpectations.h"
#include "gui/summarypanel.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QLabel>
#include <QTest>
#include <QTextDocument>

using namespace sockscope;

namespace {

Trace simulated(const QString &name)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    StopSignal stop;
    return PlanRunner::run(lesson->plan(lesson->scenario), name, Mode::Sim, stop);
}

// The label's text as a reader sees it, without the markup.
QString plain(const SummaryPanel &panel)
{
    QTextDocument doc;
    doc.setHtml(panel.findChild<QLabel *>(QStringLiteral("summary"))->text());
    return doc.toPlainText().trimmed();
}

} // namespace

class TestSummaryPanel : public QObject
{
    Q_OBJECT

private slots:
    void headlineComesFirst();
    void failedClaimIsMarked();
    void traceOfNoLesson();
};

void TestSummaryPanel::headlineComesFirst()
{
    SummaryPanel panel;
    const Trace trace = simulated(QStringLiteral("tcp-nagle-delayed-ack"));
    panel.setTrace(trace);
    const QStringList lines = plain(panel).split(QLatin1Char('\n'));
    QCOMPARE(lines[0], LessonExpectations::headline(trace));
    QVERIFY(lines[0].startsWith(QLatin1String("Nagle on, simulated: 80 ms per request")));
    // Then each claim with its mark and measured numbers, before the runs.
    const QString text = plain(panel);
    for (const Expectation &e : trace.expectations)
        QVERIFY2(text.contains(LessonExpectations::describe(trace, e)), qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("✓")) < text.indexOf(trace.runs[0].label));
}

void TestSummaryPanel::failedClaimIsMarked()
{
    Trace trace = simulated(QStringLiteral("udp-overflow"));
    trace.expectations[0].holds = false;
    trace.expectations[0].reason.source = QStringLiteral("the reader emptied the buffer in time");
    SummaryPanel panel;
    panel.setTrace(trace);
    const QString html = panel.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY(html.contains(QStringLiteral("⚠")));
    QVERIFY(plain(panel).contains(QLatin1String("likely: the reader emptied the buffer in time")));
}

void TestSummaryPanel::traceOfNoLesson()
{
    Trace trace = simulated(QStringLiteral("udp-overflow"));
    trace.lesson.clear();
    LessonExpectations::judge(trace);
    SummaryPanel panel;
    panel.setTrace(trace);
    // No headline and no claims: the panel starts with the run.
    QVERIFY(!plain(panel).contains(QLatin1String("datagrams lost")));
    QVERIFY(!plain(panel).contains(QLatin1String("Some datagrams are lost")));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("summary"))
                 ->text()
                 .contains(QLatin1String("<hr>")));
}

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
