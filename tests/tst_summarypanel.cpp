// "What happened" opens with the lesson's headline and its checked claims.

#include "analysis/analysis.h"
#include "analysis/lessonexpectations.h"
#include "gui/summarypanel.h"
#include "io/textreport.h"
#include "model/eventcap.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "tracefixture.h"
#include "view/eventtext.h"

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
    void observedRunSaysWhatWasNotRecorded();
    void kernelCountersAreSaid();
    void optionsKeepTheirValuesWhole();
    void recvCallsCountTheEndOfFileApart();
    void runAtTheEventCapIsCheckedByItsBytes();
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
    QVERIFY(text.indexOf(QStringLiteral("✓")) < text.indexOf(EventText::runTitle(trace.runs[0])));
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

// A saved observation opened in the window: each run says what it received, never
// "Recording…", and one whose recording stopped says when and how much it did not record.
void TestSummaryPanel::observedRunSaysWhatWasNotRecorded()
{
    Trace trace;
    for (int i = 0; i < 2; ++i) {
        Run run;
        run.label = QStringLiteral("TCP from 127.0.0.1:%1").arg(4000 + i);
        run.role = Role::Observer;
        run.peers = { QStringLiteral("127.0.0.1:%1").arg(4000 + i) };
        RecvEvent r;
        r.requested = 1024;
        r.bytes = 5;
        r.preview = "hello";
        run.recvs.append(r);
        run.durationNs = 2'000'000'000;
        Analysis::analyse(run);
        trace.runs.append(run);
    }
    Unrecorded u;
    u.reason = Unrecorded::Reason::MaxRecvs;
    u.limit = 1;
    u.fromNs = 1'500'000'000;
    u.recvs = 3;
    u.bytes = 4096;
    trace.runs[1].unrecorded = u;
    SummaryPanel panel;
    panel.setTrace(trace);
    const QString text = plain(panel);
    QVERIFY2(!text.contains(QStringLiteral("Recording…")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("SockScope received 5 B in")), 2);
    QCOMPARE(text.count(u.sentence(false)), 1);
    QVERIFY(text.indexOf(u.sentence(false)) > text.indexOf(trace.runs[1].label));
}

// The kernel's own counters reach "What happened": an observed UDP run's drops with their
// caveat, a TCP run's segments against its sends.
void TestSummaryPanel::kernelCountersAreSaid()
{
    Trace trace;
    Run udp;
    udp.label = QStringLiteral("UDP on 127.0.0.1:9000");
    udp.protocol = Protocol::Udp;
    udp.role = Role::Observer;
    udp.peers = { QStringLiteral("127.0.0.1:4000") };
    RecvEvent r;
    r.requested = 2000;
    r.bytes = 1000;
    r.datagramSize = 1000;
    r.drops = 7;
    r.peer = 0;
    udp.recvs.append(r);
    udp.kernelDrops = 2696;
    udp.durationNs = 2'000'000'000;
    Analysis::analyse(udp);
    QCOMPARE(udp.summary.lost, 2696);
    trace.runs.append(udp);

    const Trace nagle = simulated(QStringLiteral("tcp-nagle"));
    Run tcp = nagle.runs.value(0);
    tcp.mode = Mode::Real; // as if recorded: TCP_INFO comes from real sockets only
    TcpInfo info;
    info.dataSegsOut = 20;
    info.segsOut = 22;
    info.rttUs = 1178;
    tcp.tcpInfoSender = info;
    trace.runs.append(tcp);

    SummaryPanel panel;
    panel.setTrace(trace);
    const QString text = plain(panel);
    QVERIFY2(text.contains(QStringLiteral("The kernel dropped 2696 datagram")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("this socket's full receive buffer only")));
    QVERIFY2(text.contains(QStringLiteral("carried the bytes of 40 send() call")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("joined small sends into shared segments")));
    QVERIFY(text.contains(QStringLiteral("1.178 ms")));
    QVERIFY(text.contains(QStringLiteral("segments with data (TCP_INFO)")));
}

// "SO_RCVBUF 128 KiB" never wraps inside itself in the narrow panel: the line breaks only
// between the options.
void TestSummaryPanel::optionsKeepTheirValuesWhole()
{
    SummaryPanel panel;
    Trace trace = simulated(QStringLiteral("tcp-nagle"));
    QVERIFY(!trace.runs.isEmpty());
    trace.runs[0].effective.sndbuf = 3'984'588;
    trace.runs[0].effective.rcvbuf = 131'072;
    panel.setTrace(trace);
    // The label's own text: a reader's plain text turns no-break spaces into spaces.
    const QString html = panel.findChild<QLabel *>(QStringLiteral("summary"))->text();
    // "~" stands for a no-break space.
    auto nb = [](QString text) { return text.replace(QLatin1Char('~'), QChar(0x00A0)); };
    QVERIFY2(html.contains(nb(QStringLiteral("SO_SNDBUF~3.8~MiB · SO_RCVBUF~128~KiB"))),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("128 KiB")), qPrintable(html));
}

// A TCP reader's last recv() returned 0: the table counts the calls that returned bytes and
// the end of file apart ("1 + EOF"), as the run's header and sentence count them; a run that
// never saw its end of file says its count alone.
void TestSummaryPanel::recvCallsCountTheEndOfFileApart()
{
    // The value beside "recv() calls" in the run's table (a row reads as its two cells).
    const auto recvCalls = [](const Trace &trace) {
        SummaryPanel panel;
        panel.setTrace(trace);
        const QStringList lines = plain(panel).split(QLatin1Char('\n'));
        const qsizetype row = lines.indexOf(QStringLiteral("recv() calls"));
        return row >= 0 && row + 1 < lines.size() ? lines.at(row + 1) : plain(panel);
    };
    Run eof = fixture::tcpMerged();
    eof.recvs.append(fixture::recv(1, 55'000'000, 0, 10, {}));
    QCOMPARE(recvCalls(fixture::trace({ eof })), QStringLiteral("1 + EOF"));
    const Run open = fixture::tcpMerged();
    QCOMPARE(recvCalls(fixture::trace({ open })), QStringLiteral("1"));
    SummaryPanel panel;
    panel.setTrace(fixture::trace({ open }));
    QVERIFY2(!plain(panel).contains(QLatin1String("EOF")), qPrintable(plain(panel)));
    // A UDP recv() of an empty datagram is a datagram, not an end of file.
    Run udp = fixture::udpIntact(1);
    udp.sends.append(fixture::send(1, 1, 5'000'000, 4, 0, {}));
    RecvEvent empty = fixture::recv(1, 6'000'000, 0, 0, {});
    empty.seq = 1;
    empty.datagramSize = 0;
    udp.recvs.append(empty);
    udp.fates.append(fixture::fate(1, 1, 0, 0, Fate::Empty, { 1 }));
    QCOMPARE(recvCalls(fixture::trace({ udp })), QStringLiteral("2"));
}

// A run stopped at the event cap whose reader got every byte sent lost none: "conserved" says
// yes, as the CLI table does, also for a trace written when the check said false for it. One
// whose reader had not read everything when the cap stopped it is not checked, not "no ✗".
void TestSummaryPanel::runAtTheEventCapIsCheckedByItsBytes()
{
    const auto conserved = [](const Run &run) {
        SummaryPanel panel;
        panel.setTrace(fixture::trace({ run }));
        const QStringList lines = plain(panel).split(QLatin1Char('\n'));
        const qsizetype row = lines.indexOf(QStringLiteral("conserved"));
        return row >= 0 && row + 1 < lines.size() ? lines.at(row + 1) : plain(panel);
    };
    const auto table = [](const Run &run) {
        const QString report = TextReport::render(fixture::trace({ run }));
        return report.section(QStringLiteral("Bytes:"), 1).section(QLatin1Char('\n'), 0, 0);
    };
    Run capped = fixture::tcpMerged();
    capped.messages = { "hello", "world" };
    capped.error = EventCap::notice(2);
    Analysis::analyse(capped);
    QCOMPARE(capped.summary.receivedBytes, capped.summary.sentBytes);
    QCOMPARE(conserved(capped), QStringLiteral("yes ✓"));
    QVERIFY2(table(capped).endsWith(QStringLiteral("— conserved ✓")), qPrintable(table(capped)));
    // Its sentence tells what the run did until the cap, not a socket's failure.
    SummaryPanel panel;
    panel.setTrace(fixture::trace({ capped }));
    QVERIFY2(plain(panel).contains(QLatin1String("Recording stopped at the event cap of 2 calls")),
             qPrintable(plain(panel)));
    QVERIFY2(!plain(panel).contains(QLatin1String("socket level")), qPrintable(plain(panel)));
    Run older = capped;
    older.summary.conserved = false; // as a trace of an earlier version says
    QCOMPARE(conserved(older), QStringLiteral("yes ✓"));

    Run unread = fixture::tcpMerged();
    unread.messages = { "hello", "world" };
    unread.recvs = { fixture::recv(0, 50'000'000, 5, 0, "hello") };
    unread.error = EventCap::notice(1);
    Analysis::analyse(unread);
    QCOMPARE(conserved(unread), QStringLiteral("not checked (ended early)"));
    QVERIFY2(table(unread).endsWith(QStringLiteral("— not checked: the run ended early")),
             qPrintable(table(unread)));
    // The same bytes on a run that ran to its end are not conserved.
    unread.error.clear();
    QCOMPARE(conserved(unread), QStringLiteral("no ✗"));
}

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
