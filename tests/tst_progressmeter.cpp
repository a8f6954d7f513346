// Progress and cancel of long reads and writes: every writer reports from 0 to its total,
// never backwards, and a stop on any report leaves no file behind and an existing one exactly
// as it was.

#include "io/chrometracewriter.h"
#include "io/pcapngwriter.h"
#include "io/tracecsvwriter.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "render/timelineexporter.h"
#include "render/worksheetwriter.h"
#include "run/planrunner.h"
#include "util/progressmeter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sockscope;

namespace {

using Writer = std::function<QString(const Trace &, const QString &, ProgressMeter::Callback)>;

// A simulated TCP run of many small messages: thousands of sends, recvs and wire segments.
Trace manyMessages()
{
    static const Trace trace = [] {
        const Lesson *lesson = LessonCatalogue::find(QStringLiteral("tcp-nagle"));
        Scenario s = lesson->scenario;
        if (!s.set(QStringLiteral("count"), QStringLiteral("3000")).isEmpty())
            qFatal("bad test setting");
        StopSignal stop;
        return PlanRunner::run(lesson->plan(s, { QStringLiteral("count") }), lesson->name,
                               Mode::Sim, stop);
    }();
    return trace;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Writer)

class TestProgressMeter : public QObject
{
    Q_OBJECT

private slots:
    void reportsFromZeroToTheTotal();
    void stopsWhenTheCallbackSaysSo();
    void writersReportAndStop_data();
    void writersReportAndStop();
};

void TestProgressMeter::reportsFromZeroToTheTotal()
{
    QList<qint64> done;
    ProgressMeter meter([&](qint64 at, qint64 total) {
        if (total != 1'000'000)
            qFatal("wrong total");
        done << at;
        return true;
    });
    QVERIFY(meter.start(1'000'000));
    for (int i = 0; i < 999'999; ++i)
        QVERIFY(meter.add());
    meter.add(10); // a work that counted more than it expected is still at its total
    QVERIFY(meter.finish());
    QCOMPARE(done.first(), 0);
    QCOMPARE(done.last(), 1'000'000);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    // Often enough for a smooth bar, rarely enough to cost nothing.
    QVERIFY2(done.size() >= 500 && done.size() <= 1100, qPrintable(QString::number(done.size())));

    ProgressMeter silent; // no callback: counts, never stops
    QVERIFY(silent.start(10) && silent.add(100) && silent.finish());
}

void TestProgressMeter::stopsWhenTheCallbackSaysSo()
{
    int calls = 0;
    ProgressMeter meter([&](qint64, qint64) { return ++calls < 3; });
    QVERIFY(meter.start(10));
    QVERIFY(meter.add()); // report 2
    QVERIFY(!meter.add()); // report 3 says stop
    QVERIFY(meter.stopped());
    QVERIFY(!meter.add());
    QVERIFY(!meter.finish());
    QCOMPARE(calls, 3); // no report after the stop
    QCOMPARE(ProgressMeter::cancelled(), QStringLiteral("cancelled"));
}

void TestProgressMeter::writersReportAndStop_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("minReports"); // the images count two steps, the rest their events
    const auto enc = PreviewText::Encoding::Utf8;
    QTest::newRow("json") << Writer(
        [](const Trace &t, const QString &p, auto cb) { return TraceJsonWriter::write(t, p, cb); })
                          << QStringLiteral("json") << 100;
    QTest::newRow("csv") << Writer([enc](const Trace &t, const QString &p, auto cb) {
        return TraceCsvWriter::write(t, p, enc, cb);
    }) << QStringLiteral("csv")
                         << 100;
    QTest::newRow("chrome") << Writer([enc](const Trace &t, const QString &p, auto cb) {
        return ChromeTraceWriter::write(t, p, enc, cb);
    }) << QStringLiteral("json")
                            << 100;
    QTest::newRow("pcapng") << Writer(
        [](const Trace &t, const QString &p, auto cb) { return PcapngWriter::write(t, p, cb); })
                            << QStringLiteral("pcapng") << 100;
    for (const char *suffix : { "png", "svg", "pdf" }) {
        QTest::newRow(suffix) << Writer([](const Trace &t, const QString &p, auto cb) {
            return TimelineExporter::exportFile(t, p, {}, cb);
        }) << QString::fromLatin1(suffix)
                              << 3;
    }
    QTest::newRow("worksheet") << Writer([](const Trace &t, const QString &p, auto cb) {
        const Lesson *lesson = LessonCatalogue::find(t.lesson);
        return WorksheetWriter::exportPdf(*lesson, t.scenario, t, p, cb);
    }) << QStringLiteral("pdf") << 3;
}

void TestProgressMeter::writersReportAndStop()
{
    QFETCH(Writer, writer);
    QFETCH(QString, suffix);
    QFETCH(int, minReports);
    const Trace trace = manyMessages();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + suffix);

    // Written whole: from 0 to the total, never backwards, the same file as without a meter.
    QList<qint64> done;
    qint64 total = -1;
    bool sameTotal = true;
    QCOMPARE(writer(trace, path,
                    [&](qint64 at, qint64 all) {
                        sameTotal = sameTotal && (total < 0 || all == total);
                        total = all;
                        done << at;
                        return true;
                    }),
             QString());
    QVERIFY(sameTotal);
    QVERIFY2(done.size() >= minReports, qPrintable(QString::number(done.size())));
    QCOMPARE(done.first(), 0);
    QCOMPARE(done.last(), total);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    const QByteArray whole = readAll(path);
    QVERIFY(!whole.isEmpty());
    QVERIFY(QFile::remove(path));

    // Stopped at the start, in the middle or at the very end: nothing is left, and a file that
    // was there before is exactly as it was.
    for (const qsizetype stopAt : { qsizetype(0), done.size() / 2, done.size() - 1 }) {
        for (const bool existing : { false, true }) {
            if (existing) {
                QFile old(path);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("the previous file");
            }
            qsizetype reports = 0;
            const QString error
                = writer(trace, path, [&](qint64, qint64) { return reports++ < stopAt; });
            QVERIFY2(error.contains(QLatin1String("(cancelled)")), qPrintable(error));
            QCOMPARE(reports, stopAt + 1);
            if (existing)
                QCOMPARE(readAll(path), QByteArray("the previous file"));
            else
                QVERIFY(!QFile::exists(path));
            // No temporary file either.
            const QStringList left = QDir(dir.path()).entryList(QDir::Files);
            QCOMPARE(left, existing ? QStringList{ QFileInfo(path).fileName() } : QStringList());
            QFile::remove(path);
        }
    }
}

QTEST_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
