// The Chrome trace opens in Perfetto / chrome://tracing: valid JSON, one named process per run,
// one named track per lane, one complete event per recorded call.

#include "io/chrometracewriter.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sockscope;

class TestChromeTraceWriter : public QObject
{
    Q_OBJECT

private slots:
    void oneEventPerCall();
};

void TestChromeTraceWriter::oneEventPerCall()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("framing-length-prefix"));
    StopSignal stop;
    const Trace trace
        = PlanRunner::run(lesson->plan(lesson->scenario), lesson->name, Mode::Real, stop, nullptr,
                          false); // the calls only: no captured wire lane
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ChromeTraceWriter::toJson(trace), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
    const Run &run = trace.runs[0];
    QMap<int, int> perLane;
    QStringList trackNames;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("ph")) == QLatin1String("X")) {
            ++perLane[e.value(QStringLiteral("tid")).toInt()];
            QVERIFY(e.value(QStringLiteral("dur")).toDouble() > 0);
            QVERIFY(e.value(QStringLiteral("ts")).toDouble() >= 0);
        } else if (e.value(QStringLiteral("name")) == QLatin1String("thread_name")) {
            trackNames << e.value(QStringLiteral("args"))
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
        }
    }
    QCOMPARE(perLane.value(ChromeTraceWriter::SendLane), run.sends.size());
    QCOMPARE(perLane.value(ChromeTraceWriter::RecvLane), run.recvs.size());
    QCOMPARE(perLane.value(ChromeTraceWriter::FrameLane), run.frames.size());
    QCOMPARE(trackNames,
             (QStringList{ QStringLiteral("send()"), QStringLiteral("recv()"),
                           QStringLiteral("decoded frames") }));
}

QTEST_GUILESS_MAIN(TestChromeTraceWriter)
#include "tst_chrometracewriter.moc"
