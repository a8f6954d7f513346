// A saved trace reads back to what was recorded, and a damaged or foreign file gives one clear
// sentence naming what is wrong — never a crash.

#include "analysis/analysis.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "model/lessoncatalogue.h"
#include "model/wireformat.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

namespace {

Trace lessonTrace(const QString &name)
{
    const Lesson *lesson = LessonCatalogue::find(name);
    StopSignal stop;
    return PlanRunner::run(lesson->plan(lesson->scenario), name, Mode::Real, stop);
}

// Reads json as one document, then again cut into chunks of every size in `chunks` (a chunk
// ends at the next element's end: 1 gives one element per chunk), and checks that every way
// reads the same trace, or refuses it with the same sentence. Returns the first way's result.
std::optional<Trace> readEveryWay(const QByteArray &json, QString *error,
                                  std::initializer_list<std::size_t> chunks = { 1, 200, 5000 })
{
    const auto whole = TraceJsonReader::fromJson(json, error);
    const QByteArray wholeJson = whole ? TraceJsonWriter::toJson(*whole) : QByteArray();
    for (const std::size_t chunk : chunks) {
        QString said;
        const auto split = TraceJsonReader::fromJson(json, &said, { 0, chunk });
        const QString how = QStringLiteral("in chunks of %1 bytes: ").arg(chunk);
        if (bool(split) != bool(whole)) {
            QTest::qFail(
                qPrintable(how
                           + (split ? QStringLiteral("read what one document refused: ") + *error
                                    : QStringLiteral("refused: ") + said)),
                __FILE__, __LINE__);
            return std::nullopt;
        }
        if (split ? TraceJsonWriter::toJson(*split) != wholeJson : said != *error) {
            QTest::qFail(
                qPrintable(how + QStringLiteral("read otherwise (%1 | %2)").arg(said, *error)),
                __FILE__, __LINE__);
            return std::nullopt;
        }
    }
    return whole;
}

} // namespace

class TestTraceJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void everySimulatedLessonReadsBack_data();
    void everySimulatedLessonReadsBack();
    void previewsAreExact();
    void rejects_data();
    void rejects();
    void truncatedAtEveryByte();
    void observeSettingsRoundTrip();
    void unrecordedRoundTrip();
    void readsWhatQtsReaderRead_data();
    void readsWhatQtsReaderRead();
    void refusesWhatIsNotJson_data();
    void refusesWhatIsNotJson();
    void readsAMappedFileOfEverySizeAroundAPage();
    void reportsProgress();
    void readsInChunksWhatMisleadsAGuess();
    void refusesABrokenListInChunksAsWhole();
    void readsALargeFileInChunks();
    void olderTcpLostIsUnread();
};

void TestTraceJsonReader::roundTrip_data()
{
    QTest::addColumn<QString>("lesson");
    for (const char *l : { "tcp-nagle-delayed-ack", "udp-truncation", "udp-peek", "udp-overflow",
                           "udp-connrefused", "empty-message", "framing-json-header" })
        QTest::newRow(l) << QString::fromLatin1(l);
}

void TestTraceJsonReader::roundTrip()
{
    QFETCH(QString, lesson);
    const Trace recorded = lessonTrace(lesson);
    const QByteArray json = TraceJsonWriter::toJson(recorded);
    QString error;
    const auto read = TraceJsonReader::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->lesson, recorded.lesson);
    QCOMPARE(read->scenario, recorded.scenario);
    QCOMPARE(read->runs.size(), recorded.runs.size());
    for (qsizetype i = 0; i < recorded.runs.size(); ++i) {
        const Run &a = recorded.runs[i];
        const Run &b = read->runs[i];
        QCOMPARE(b.label, a.label);
        QCOMPARE(b.scenario, a.scenario);
        QCOMPARE(b.requestsRun, a.requestsRun);
        QCOMPARE(b.effective.rcvbuf, a.effective.rcvbuf);
        QCOMPARE(b.effective.nodelay, a.effective.nodelay);
        QCOMPARE(b.sends.size(), a.sends.size());
        QCOMPARE(b.recvs.size(), a.recvs.size());
        QCOMPARE(b.frames.size(), a.frames.size());
        QCOMPARE(b.fates.size(), a.fates.size());
        for (qsizetype k = 0; k < a.recvs.size(); ++k) {
            QCOMPARE(b.recvs[k].tNs, a.recvs[k].tNs);
            QCOMPARE(b.recvs[k].bytes, a.recvs[k].bytes);
            QCOMPARE(b.recvs[k].queuedBefore, a.recvs[k].queuedBefore);
            QCOMPARE(b.recvs[k].datagramSize, a.recvs[k].datagramSize);
            QCOMPARE(b.recvs[k].seq, a.recvs[k].seq);
            QCOMPARE(b.recvs[k].drops, a.recvs[k].drops);
            QCOMPARE(b.recvs[k].peek, a.recvs[k].peek);
            QCOMPARE(b.recvs[k].preview, a.recvs[k].preview);
        }
        for (qsizetype k = 0; k < a.fates.size(); ++k) {
            QCOMPARE(b.fates[k].fate, a.fates[k].fate);
            QCOMPARE(b.fates[k].recvs, a.fates[k].recvs);
        }
        QCOMPARE(b.summary.conserved, a.summary.conserved);
        QCOMPARE(b.summary.sentBytes, a.summary.sentBytes);
        QCOMPARE(b.kernelDrops, a.kernelDrops);
        QCOMPARE(b.tcpInfoSender, a.tcpInfoSender);
        QCOMPARE(b.tcpInfoReceiver, a.tcpInfoReceiver);
        // Written again, a read trace gives the same bytes: nothing was lost on the way.
    }
    QCOMPARE(TraceJsonWriter::toJson(*read), json);
}

void TestTraceJsonReader::everySimulatedLessonReadsBack_data()
{
    QTest::addColumn<QString>("lesson");
    for (const Lesson &lesson : LessonCatalogue::all())
        QTest::newRow(qPrintable(lesson.name)) << lesson.name;
}

// What SockScope writes passes every check of what it reads (TraceValidator): request and reply
// runs, several calls per message, lost and duplicated packets, frames, empty messages.
void TestTraceJsonReader::everySimulatedLessonReadsBack()
{
    QFETCH(QString, lesson);
    const Lesson *l = LessonCatalogue::find(lesson);
    Scenario lossy = l->scenario;
    for (const char *key : { "loss", "duplicate", "reorder" })
        QCOMPARE(lossy.set(QLatin1String(key), QStringLiteral("0.2")), QString());
    QString error;
    for (const Scenario &scenario : { l->scenario, lossy }) {
        StopSignal stop;
        const Trace trace = PlanRunner::run(l->plan(scenario), lesson, Mode::Sim, stop);
        const QByteArray json = TraceJsonWriter::toJson(trace);
        const auto read = readEveryWay(json, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(TraceJsonWriter::toJson(*read), json);
    }
}

void TestTraceJsonReader::previewsAreExact()
{
    // Backslashes and \xNN look-alikes in the data must survive a save and a load.
    // (10 bytes: the length is the literal's, a count of 12 read past its end - found by ASan.)
    const QByteArray nasty("a\\x41\\\x01\xff\"\n");
    QCOMPARE(WireFormat::previewBytes(WireFormat::previewText(nasty)),
             std::optional<QByteArray>(nasty));
    QVERIFY(!WireFormat::previewBytes(QStringLiteral("\\x4")));
    QVERIFY(!WireFormat::previewBytes(QStringLiteral("\\q")));
}

void TestTraceJsonReader::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("not json") << QByteArray("{\"format\":") << QStringLiteral("not valid JSON");
    QTest::newRow("other format") << QByteArray(R"({"format":"pcap"})")
                                  << QStringLiteral("not a SockScope trace");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"sockscope-trace","version":2,"runs":[]})")
        << QStringLiteral("newer SockScope");
    const QByteArray head = R"({"format":"sockscope-trace","version":1,"scenario":{},"runs":[)";
    const QByteArray run
        = R"({"label":"TCP","protocol":"tcp","mode":"real","requested":{},"effective":{},"aborted":false,"error":null,)";
    const QByteArray summary
        = R"("summary":{"sent_bytes":0,"received_bytes":0,"intact":0,"merged":0,"split":0,"truncated":0,"lost":0,"conserved":true}})";
    QTest::newRow("bad scenario") << QByteArray(
        R"({"format":"sockscope-trace","version":1,"scenario":{"count":-4},"runs":[]})")
                                  << QStringLiteral("scenario.count");
    QTest::newRow("bad protocol") << head + QByteArray(run).replace("\"tcp\"", "\"sctp\"") + summary
            + "]}" << QStringLiteral("runs[0].protocol");
    QTest::newRow("bytes not a number") << head + run
            + R"("recvs":[{"id":0,"t_ns":1,"requested":9,"bytes":"x","offset":0,"truncated":false,"preview":""}],)"
            + summary + "]}" << QStringLiteral("runs[0].recvs[0].bytes");
    QTest::newRow("dangling recv id") << head + run
            + R"("messages":[{"send":null,"fate":"lost","recvs":[7],"preview":""}],)" + summary
            + "]}" << QStringLiteral("runs[0].messages[0].recvs");
    QTest::newRow("bad preview") << head + run
            + R"("sends":[{"id":0,"message":0,"t_ns":1,"requested":1,"accepted":1,"offset":0,"preview":"\\x"}],)"
            + summary + "]}" << QStringLiteral("runs[0].sends[0].preview");
    QTest::newRow("observe port out of range") << QByteArray(
        R"({"format":"sockscope-trace","version":1,"scenario":{},"observe":{"protocol":"tcp","address":"127.0.0.1","port":70000,"recv_size":1,"read_interval_ms":0,"framing":"none","max_frame":1,"max_clients":1,"relay":null,"duration_ms":null,"evidence":true},"runs":[]})")
                                               << QStringLiteral("observe.port");
    QTest::newRow("observe not an object") << QByteArray(
        R"({"format":"sockscope-trace","version":1,"scenario":{},"observe":7,"runs":[]})")
                                           << QStringLiteral("observe");
    QTest::newRow("bad unrecorded reason") << head + run
            + R"("unrecorded":{"reason":"tired","limit":1,"from_ns":5,"recvs":1,"bytes":9},)"
            + summary + "]}" << QStringLiteral("runs[0].unrecorded.reason");
    QTest::newRow("negative unrecorded bytes") << head + run
            + R"("unrecorded":{"reason":"max_recvs","limit":1,"from_ns":5,"recvs":1,"bytes":-9},)"
            + summary + "]}" << QStringLiteral("runs[0].unrecorded.bytes");
    QTest::newRow("kernel drops out of range") << head
            + QByteArray(run).replace("\"tcp\"", "\"udp\"")
            + R"("summary":{"sent_bytes":0,"received_bytes":0,"intact":0,"merged":0,"split":0,"truncated":0,"lost":0,"kernel_drops":4294967296,"conserved":true}})"
            + "]}" << QStringLiteral("runs[0].summary.kernel_drops");
    QTest::newRow("kernel drops on a TCP run") << head + run
            + R"("summary":{"sent_bytes":0,"received_bytes":0,"intact":0,"merged":0,"split":0,"truncated":0,"lost":0,"kernel_drops":3,"conserved":true}})"
            + "]}" << QStringLiteral("runs[0].summary.kernel_drops");
    QTest::newRow("recv drops not a number") << head + QByteArray(run).replace("\"tcp\"", "\"udp\"")
            + R"("recvs":[{"id":0,"t_ns":1,"requested":9,"bytes":0,"offset":0,"truncated":false,"drops":"many","preview":""}],)"
            + summary + "]}" << QStringLiteral("runs[0].recvs[0].drops");
    QTest::newRow("recv peek not a boolean") << head + QByteArray(run).replace("\"tcp\"", "\"udp\"")
            + R"("recvs":[{"id":0,"t_ns":1,"requested":9,"bytes":0,"offset":0,"truncated":false,"peek":"yes","preview":""}],)"
            + summary + "]}" << QStringLiteral("runs[0].recvs[0].peek");
    QTest::newRow("peek on a TCP recv") << head + run
            + R"("recvs":[{"id":0,"t_ns":1,"requested":9,"bytes":0,"offset":0,"truncated":false,"peek":true,"preview":""}],)"
            + summary + "]}" << QStringLiteral("runs[0].recvs[0].peek");
    QTest::newRow("peek with a seq") << head + QByteArray(run).replace("\"tcp\"", "\"udp\"")
            + R"("recvs":[{"id":0,"t_ns":1,"requested":9,"bytes":0,"offset":0,"truncated":false,"peek":true,"seq":0,"preview":""}],)"
            + summary + "]}" << QStringLiteral("runs[0].recvs[0].peek");
    QTest::newRow("tcp_info field missing") << head + run
            + R"("tcp_info":{"sender":{"total_retrans":0},"receiver":null},)" + summary
            + "]}" << QStringLiteral("runs[0].tcp_info.sender.rtt_us");
    QTest::newRow("tcp_info negative") << head + run
            + R"("tcp_info":{"sender":null,"receiver":{"total_retrans":-1}},)" + summary
            + "]}" << QStringLiteral("runs[0].tcp_info.receiver.total_retrans");
    QTest::newRow("tcp_info on a UDP run") << head + QByteArray(run).replace("\"tcp\"", "\"udp\"")
            + R"("tcp_info":{"sender":null,"receiver":{"total_retrans":0,"rtt_us":1,"rttvar_us":1,"segs_out":1,"segs_in":1,"data_segs_out":0,"data_segs_in":1,"snd_mss":1,"rcv_mss":1,"delivered":1}},)"
            + summary + "]}" << QStringLiteral("runs[0].tcp_info");
    QTest::newRow("bad fate") << head + run
            + R"("messages":[{"fate":"sticky","recvs":[],"preview":""}],)" + summary
            + "]}" << QStringLiteral("runs[0].messages[0].fate");
}

void TestTraceJsonReader::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!readEveryWay(json, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestTraceJsonReader::truncatedAtEveryByte()
{
    const QByteArray json = TraceJsonWriter::toJson(lessonTrace(QStringLiteral("udp-boundaries")));
    for (qsizetype cut = 0; cut < json.size() - 1; ++cut) { // the last byte is a newline
        QString error;
        const auto trace = readEveryWay(json.left(cut), &error, { 1, 300 });
        QVERIFY2(!trace, qPrintable(QStringLiteral("accepted a trace cut at byte %1").arg(cut)));
        QVERIFY(!error.isEmpty());
    }
}

// An observe trace keeps the session's settings, and only its reader's scenario keys.
void TestTraceJsonReader::observeSettingsRoundTrip()
{
    Trace trace;
    trace.scenario.protocol = Scenario::Protocols::Udp;
    trace.scenario.recvSize = 512;
    Run run;
    run.protocol = Protocol::Udp;
    run.role = Role::Observer;
    run.scenario = trace.scenario;
    run.peers = { QStringLiteral("127.0.0.1:4000") };
    trace.runs = { run };
    ObservationSettings settings;
    settings.protocol = Protocol::Udp;
    settings.address = QStringLiteral("127.0.0.1");
    settings.port = 9000;
    settings.recvSize = 512;
    settings.readIntervalMs = 20;
    settings.maxFrame = 1000;
    settings.maxClients = 3;
    settings.durationMs = 1500;
    settings.evidence = false;
    for (const QString &relay : { QString(), QStringLiteral("127.0.0.1:8000") }) {
        settings.relay = relay;
        trace.observe = settings;
        QString error;
        const QByteArray json = TraceJsonWriter::toJson(trace);
        QVERIFY(!json.contains("\"count\"")); // no sender key: the sender was not SockScope's
        const auto read = TraceJsonReader::fromJson(json, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->observe);
        QCOMPARE(*read->observe, settings);
        QCOMPARE(read->scenario, trace.scenario);
        QCOMPARE(read->runs.at(0).scenario, run.scenario);
    }
    // A trace without the object (a lesson, or an observe trace of an older SockScope).
    trace.observe.reset();
    QString error;
    const auto read = TraceJsonReader::fromJson(TraceJsonWriter::toJson(trace), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->observe);
}

// A run whose recording stopped early says so, and how much was not recorded; a trace of an
// older SockScope (no such field) reads as a run that recorded everything.
void TestTraceJsonReader::unrecordedRoundTrip()
{
    Trace trace;
    Run run;
    run.role = Role::Observer;
    run.peers = { QStringLiteral("127.0.0.1:4000") };
    Unrecorded u;
    u.reason = Unrecorded::Reason::MemoryBudget;
    u.limit = qint64(1) << 30;
    u.fromNs = 1'234'567'890;
    u.recvs = 5'000'000'000; // more than an int holds
    u.bytes = 7'000'000'000;
    run.unrecorded = u;
    trace.runs = { run };
    QString error;
    const QByteArray json = TraceJsonWriter::toJson(trace);
    QVERIFY2(json.contains(R"("unrecorded":{"reason":"memory_budget","limit":1073741824,)"
                           R"("from_ns":1234567890,"recvs":5000000000,"bytes":7000000000})"),
             json.constData());
    auto read = TraceJsonReader::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->runs.at(0).unrecorded, std::optional<Unrecorded>(u));

    // A captured run past the budget: the packets captured and not kept.
    u.packets = 1234;
    run.unrecorded = u;
    run.wire = Wire::Captured;
    trace.runs = { run };
    const QByteArray captured = TraceJsonWriter::toJson(trace);
    QVERIFY2(captured.contains(R"("bytes":7000000000,"packets":1234})"), captured.constData());
    read = TraceJsonReader::fromJson(captured, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->runs.at(0).unrecorded, std::optional<Unrecorded>(u));
    run.wire = Wire::None;

    run.unrecorded.reset();
    trace.runs = { run };
    const QByteArray old = TraceJsonWriter::toJson(trace);
    QVERIFY(!old.contains("unrecorded"));
    read = TraceJsonReader::fromJson(old, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->runs.at(0).unrecorded);
}

namespace {

// One run with one send and one recv of an observer; %1 goes among the run's fields, %2 among the
// recv's, %3 at the trace's top level.
QByteArray smallTrace(const QByteArray &runFields = {}, const QByteArray &recvFields = {},
                      const QByteArray &top = {})
{
    return QByteArray(R"({"format":"sockscope-trace","version":1,"scenario":{},)") + top
        + R"("runs":[{"label":"seen","protocol":"udp","mode":"real","role":"observer",)" + runFields
        + R"("requested":{},"effective":{},"aborted":false,"error":null,"recvs":[{"id":0,"t_ns":40,"dur_ns":5,"requested":512,"bytes":2,"offset":0,"queued_before":2,"datagram_size":2,"truncated":false,"seq":null,)"
        + recvFields
        + R"("error":null,"preview":"hi"}],"summary":{"sent_bytes":0,"received_bytes":2,"intact":0,"merged":0,"split":0,"truncated":0,"lost":0,"conserved":null}}]})";
}

} // namespace

// What the reader before this one (Qt's whole-document parser) accepted, and how it read it: the
// fields of an object in any order, a key given twice (the last counts), a byte-order mark, an
// integer past 64 bits (a number, but not a whole one in range).
void TestTraceJsonReader::readsWhatQtsReaderRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("label"); // of the run read, or the error
    const QByteArray peers = R"("peers":["127.0.0.1:4000"],)";
    const QByteArray peer = R"("peer":"127.0.0.1:4000",)";
    QTest::newRow("in the writer's order") << smallTrace(peers, peer) << QStringLiteral("seen");
    QByteArray reordered = smallTrace(peers, peer);
    reordered.replace(R"("label":"seen","protocol":"udp",)", R"("protocol":"udp",)");
    reordered.replace(R"("summary":)", R"("label":"seen","summary":)");
    QTest::newRow("fields in another order") << reordered << QStringLiteral("seen");
    QByteArray peersLast = smallTrace({}, peer);
    peersLast.replace(R"("summary":)", R"("peers":["127.0.0.1:4000"],"summary":)");
    QTest::newRow("peers after the recvs naming them") << peersLast << QStringLiteral("seen");
    QTest::newRow("a recv's peer the run does not have")
        << smallTrace({}, peer)
        << QStringLiteral(
               R"(runs[0].recvs[0].peer: "127.0.0.1:4000" is not one of the run's peers)");
    QTest::newRow("a key twice: the last counts")
        << smallTrace(peers + R"("label":7,"label":"again",)", peer) << QStringLiteral("again");
    QTest::newRow("a key twice: the last is wrong")
        << smallTrace(peers + R"("label":"again","label":7,)", peer)
        << QStringLiteral("runs[0].label: expected a string");
    QTest::newRow("a field of a newer SockScope")
        << smallTrace(peers + R"("future":{"a":[1,{"b":null}]},)", peer) << QStringLiteral("seen");
    QTest::newRow("a byte-order mark")
        << QByteArray("\xEF\xBB\xBF") + smallTrace(peers, peer) << QStringLiteral("seen");
    QTest::newRow("an integer past 64 bits")
        << smallTrace(peers + R"("duration_ns":123456789012345678901234,)", peer)
        << QStringLiteral("runs[0].duration_ns: expected a whole number");
    QTest::newRow("a whole number written as a double")
        << smallTrace(peers + R"("duration_ns":1.5e3,)", peer) << QStringLiteral("seen");
    QTest::newRow("a fraction") << smallTrace(peers + R"("duration_ns":1.5,)", peer)
                                << QStringLiteral("runs[0].duration_ns: expected a whole number");
    QTest::newRow("the first wrong field of the table, not of the file")
        << smallTrace(R"("peers":[7],)", peer).replace(R"("label":"seen")", R"("label":null)")
        << QStringLiteral("runs[0].label: expected a string");
}

void TestTraceJsonReader::readsWhatQtsReaderRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, label);
    QString error;
    const auto trace = readEveryWay(json, &error);
    QCOMPARE(trace ? trace->runs.value(0).label : error, label);
    if (trace && json.contains("peer\""))
        QCOMPARE(trace->runs.at(0).recvs.at(0).peer, 0);
}

// JSON that simdjson refuses and Qt's reader let through (RFC 8259 has none of it): one sentence,
// as for any file that is not JSON. And a value nobody reads is checked all the same.
void TestTraceJsonReader::refusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("a control character in a string")
        << smallTrace(R"("peers":["127.0.0.1:4000"],)", "\"peer\":\"127.0.0.1:4000\",")
               .replace("\"seen\"", "\"se\ten\"")
        << QStringLiteral("not valid JSON (a control character in a string (it must be escaped))");
    QTest::newRow("an unknown escape") << smallTrace().replace("\"seen\"", R"("se\qn")")
                                       << QStringLiteral("not valid JSON at byte");
    QTest::newRow("a number without its first digit")
        << smallTrace(R"("duration_ns":.5,)") << QStringLiteral("not valid JSON at byte");
    QTest::newRow("a number too small for a double")
        << smallTrace(R"("duration_ns":1e-400,)") << QStringLiteral("not valid JSON at byte");
    QTest::newRow("bad JSON in a field nobody reads")
        << smallTrace(R"("future":[tru],)") << QStringLiteral("not valid JSON at byte");
    QTest::newRow("more after the trace")
        << smallTrace() + "{}" << QStringLiteral("not valid JSON at byte");
}

void TestTraceJsonReader::refusesWhatIsNotJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString said;
    QVERIFY(!readEveryWay(json, &said));
    QVERIFY2(said.startsWith(error), qPrintable(said));
}

// A file is mapped with simdjson's padding after it: whatever its size against the page size,
// the bytes past its end are readable zeros and the trace reads as from memory.
void TestTraceJsonReader::readsAMappedFileOfEverySizeAroundAPage()
{
    QTemporaryDir dir;
    const QByteArray json = TraceJsonWriter::toJson(lessonTrace(QStringLiteral("udp-truncation")));
    QString error;
    const auto expected = TraceJsonReader::fromJson(json, &error);
    QVERIFY2(expected, qPrintable(error));
    constexpr qsizetype kPage = 4096;
    const qsizetype pages = json.size() / kPage + 1;
    for (qsizetype size = pages * kPage - 70; size <= pages * kPage + 2; ++size) {
        const QString path = dir.filePath(QStringLiteral("t%1.json").arg(size));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json.left(json.size() - 1) + QByteArray(size - json.size(), ' ') + '\n');
        file.close();
        const auto read = TraceJsonReader::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(TraceJsonWriter::toJson(*read), json);
    }
}

void TestTraceJsonReader::reportsProgress()
{
    Trace trace = lessonTrace(QStringLiteral("udp-truncation"));
    Run &run = trace.runs.first();
    run.recvs.clear();
    RecvEvent recv{};
    recv.requested = 1;
    for (int i = 0; i < 20'000; ++i) {
        recv.id = i;
        recv.tNs = i;
        run.recvs.append(recv);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray json = TraceJsonWriter::toJson(trace);
    file.write(json);
    file.close();
    QList<qint64> done;
    QString error;
    qint64 wrongTotal = -1;
    const auto read = TraceJsonReader::read(path, &error, [&](qint64 at, qint64 total) {
        if (total != json.size())
            wrongTotal = total;
        done << at;
        return true;
    });
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(wrongTotal, -1);
    QCOMPARE(read->runs.first().recvs.size(), 20'000);
    QVERIFY2(done.size() >= 6, qPrintable(QString::number(done.size())));
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    // From the start to the whole file, with reports in between.
    QCOMPARE(done.first(), 0);
    QCOMPARE(done.last(), json.size());
    QVERIFY(done.at(1) > 0 && done.at(done.size() - 2) < json.size());

    // Stopped on its n-th report, the read ends there with "cancelled" and no trace.
    for (const int stopAt : { 0, 1, 3 }) {
        int reports = 0;
        const auto stopped = TraceJsonReader::read(
            path, &error, [&](qint64, qint64) { return reports++ < stopAt; });
        QVERIFY(!stopped);
        QCOMPARE(error, path + QStringLiteral(": cancelled"));
        QCOMPARE(reports, stopAt + 1); // nothing more was reported after the stop
    }
}

// The chunks' cuts are guessed from the bytes ("},{" and "}]"); previews holding those bytes,
// and a file laid out otherwise (indented, one value per line), must read the same all the same:
// a wrong guess fails to parse and the reader cuts again, exactly.
void TestTraceJsonReader::readsInChunksWhatMisleadsAGuess()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    Scenario scenario = lesson->scenario;
    QCOMPARE(scenario.set(QStringLiteral("payload"), QStringLiteral(R"(x},{"id":0}]}] {n},)")),
             QString());
    QCOMPARE(scenario.set(QStringLiteral("count"), QStringLiteral("40")), QString());
    StopSignal stop;
    const Trace trace = PlanRunner::run(lesson->plan(scenario), lesson->name, Mode::Sim, stop);
    const QByteArray json = TraceJsonWriter::toJson(trace);
    QVERIFY(json.contains(R"(}]}] 7,)"));
    QString error;
    const auto read = readEveryWay(json, &error, { 1, 100, 1000 });
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(TraceJsonWriter::toJson(*read), json);

    const QByteArray indented = QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
    QVERIFY(indented.size() > json.size());
    const auto readIndented = readEveryWay(indented, &error, { 1, 100, 1000 });
    QVERIFY2(readIndented, qPrintable(error));
    QCOMPARE(TraceJsonWriter::toJson(*readIndented), json);
}

// A list closed by '}' instead of ']', found by the fuzzer (its input is in the corpus): in
// chunks each element is valid on its own, and a field of one was refused before the broken
// bracket. Either way the file gets the sentence a whole reading gives.
void TestTraceJsonReader::refusesABrokenListInChunksAsWhole()
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR)
               + QStringLiteral("/fuzz/corpus/tracejson/found-list-closed-by-brace.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QString error;
    QVERIFY(!readEveryWay(json, &error, { 1, 100, 1000 }));
    QVERIFY2(error.contains(QStringLiteral("JSON")), qPrintable(error));
}

// A file past TraceJsonReader::Split's default size is read in chunks from its mapping, with the
// pages behind released: the same trace as read whole.
void TestTraceJsonReader::readsALargeFileInChunks()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    Scenario scenario = lesson->scenario;
    QCOMPARE(scenario.set(QStringLiteral("count"), QStringLiteral("60000")), QString());
    QCOMPARE(scenario.set(QStringLiteral("read_interval_ms"), QStringLiteral("0")), QString());
    StopSignal stop;
    const Trace trace = PlanRunner::run(lesson->plan(scenario), lesson->name, Mode::Sim, stop);
    const QByteArray json = TraceJsonWriter::toJson(trace);
    QVERIFY2(json.size() > qsizetype(TraceJsonReader::Split().from),
             qPrintable(QString::number(json.size())));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), json.size());
    file.close();
    QString error;
    QList<qint64> done;
    const auto read = TraceJsonReader::read(path, &error, [&](qint64 at, qint64) {
        done << at;
        return true;
    });
    QVERIFY2(read, qPrintable(error));
    QVERIFY(TraceJsonWriter::toJson(*read) == json);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QVERIFY(!done.isEmpty() && done.last() > json.size() / 2);
    // Stopped while the cuts are scanned (the first reports), and while the chunks are read.
    for (const qsizetype stopAt : { qsizetype(2), qsizetype(done.size() * 3 / 4) }) {
        qsizetype reports = 0;
        const auto stopped = TraceJsonReader::read(
            path, &error, [&](qint64, qint64) { return ++reports < stopAt; });
        QVERIFY(!stopped);
        QVERIFY2(error.endsWith(QStringLiteral("cancelled")), qPrintable(error));
        QCOMPARE(reports, stopAt);
    }
}

void TestTraceJsonReader::olderTcpLostIsUnread()
{
    // A stopped TCP run: message 1 was sent whole, its reader read 2 of its 5 bytes. A UDP run
    // that ended as planned: datagram 1 never arrived.
    Trace trace;
    Run tcp;
    tcp.protocol = Protocol::Tcp;
    tcp.aborted = true;
    tcp.messages = { "hello", "world" };
    for (int i = 0; i < 2; ++i) {
        SendEvent s;
        s.id = s.message = i;
        s.requested = s.accepted = 5;
        s.offset = 5 * i;
        s.preview = tcp.messages.at(i);
        tcp.sends << s;
    }
    for (const auto &[bytes, offset] : { std::pair{ 5, 0 }, std::pair{ 2, 5 } }) {
        RecvEvent r;
        r.id = int(tcp.recvs.size());
        r.requested = 1024;
        r.bytes = bytes;
        r.offset = offset;
        r.preview = QByteArrayView("helloworld").sliced(offset, bytes);
        tcp.recvs << r;
    }
    Run udp;
    udp.protocol = Protocol::Udp;
    udp.messages = { "a", "b" };
    for (int i = 0; i < 2; ++i) {
        SendEvent s;
        s.id = s.message = i;
        s.requested = s.accepted = 1;
        s.preview = udp.messages.at(i);
        udp.sends << s;
    }
    RecvEvent r;
    r.requested = 1024;
    r.bytes = 1;
    r.datagramSize = 1;
    r.seq = 0;
    r.preview = QByteArrayView("a");
    udp.recvs << r;
    trace.runs = { tcp, udp };
    for (Run &run : trace.runs)
        Analysis::analyse(run);
    QCOMPARE(trace.runs[0].fates[1].fate, Fate::Unread);
    QCOMPARE(trace.runs[1].fates[1].fate, Fate::Lost);

    // As a trace written before "unread" existed said it: the TCP message "lost", no counts of
    // unread ones.
    QByteArray json = TraceJsonWriter::toJson(trace);
    QVERIFY(json.contains(R"("fate":"unread")"));
    json.replace(R"("fate":"unread")", R"("fate":"lost")");
    json.replace(R"("lost":0,"empty":0,"unsent":0,"unread":1)", R"("lost":1,"empty":0,"unsent":0)");
    json.replace(R"(,"unread":0)", "");
    json.replace(R"(,"unread_bytes":0)", "");
    QVERIFY(!json.contains("unread"));
    QString error;
    const auto read = TraceJsonReader::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    // A stream's "lost" could only mean unread; a datagram's stays lost.
    QCOMPARE(read->runs[0].fates[1].fate, Fate::Unread);
    QCOMPARE(read->runs[0].summary.unread, 1);
    QCOMPARE(read->runs[0].summary.lost, 0);
    QCOMPARE(read->runs[1].fates[1].fate, Fate::Lost);
    QCOMPARE(read->runs[1].summary.lost, 1);
    QCOMPARE(read->runs[1].summary.unread, 0);
    // Written again, it says what a trace written now says.
    QCOMPARE(TraceJsonWriter::toJson(*read), TraceJsonWriter::toJson(trace));
}

QTEST_GUILESS_MAIN(TestTraceJsonReader)
#include "tst_tracejsonreader.moc"
