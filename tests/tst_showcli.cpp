// `sockscope show` on crafted files: every reference a trace holds (messages, sends, recvs,
// frames, segments, peers, runs, claims) and every number it hands on is checked before the
// table, the writers and the renderer use it. Each bad file gets one line naming the field and
// what is wrong with it, and exit code 2, never a crash, a hang or an unbounded read.

#include "clitesthelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using clitest::runSockscope;

namespace {

// A small trace in the writer's shape with one of everything that refers to something else:
// run 0 a simulated TCP connection (message 2 takes two send() calls), run 1 simulated UDP (a
// truncated datagram, segments naming messages), run 2 the replies of run 0 with a decoded
// frame, run 3 an observed UDP socket with its peer, and a claim about run 0.
const char kTrace[]
    = R"({"format":"sockscope-trace","version":1,"lesson":null,"scenario":{},"runs":[
{"label":"TCP","protocol":"tcp","mode":"sim","requested":{},"effective":{},"aborted":false,"error":null,"duration_ns":9000,"sends":[
{"id":0,"message":0,"t_ns":1000,"dur_ns":100,"requested":5,"accepted":5,"offset":0,"unsent_after":null,"error":null,"preview":"hello"},
{"id":1,"message":1,"t_ns":2000,"dur_ns":100,"requested":5,"accepted":5,"offset":5,"unsent_after":null,"error":null,"preview":"world"},
{"id":2,"message":2,"t_ns":2500,"dur_ns":100,"requested":3,"accepted":1,"offset":10,"unsent_after":2,"error":null,"preview":"end"},
{"id":3,"message":2,"t_ns":2600,"dur_ns":100,"requested":2,"accepted":2,"offset":11,"unsent_after":0,"error":null,"preview":"nd"}],"recvs":[
{"id":0,"t_ns":3000,"dur_ns":200,"requested":1024,"bytes":10,"offset":0,"queued_before":10,"datagram_size":null,"truncated":false,"seq":null,"error":null,"preview":"helloworld"},
{"id":1,"t_ns":4000,"dur_ns":200,"requested":1024,"bytes":3,"offset":10,"queued_before":3,"datagram_size":null,"truncated":false,"seq":null,"error":null,"preview":"end"}],"messages":[
{"send":0,"fate":"merged","recvs":[0],"offset":0,"length":5,"preview":"hello"},
{"send":1,"fate":"merged","recvs":[0],"offset":5,"length":5,"preview":"world"},
{"send":2,"fate":"intact","recvs":[1],"offset":10,"length":3,"preview":"end"}],"segments":[
{"t_ns":1000,"arrive_ns":1500,"dir":"data","offset":0,"bytes":10,"window":null,"message":null,"lost":false},
{"t_ns":1500,"arrive_ns":2000,"dir":"ack","offset":10,"bytes":0,"window":65535,"message":null,"lost":false}],
"summary":{"sent_bytes":13,"received_bytes":13,"intact":1,"merged":2,"split":0,"truncated":0,"lost":0,"conserved":true}},
{"label":"UDP","protocol":"udp","mode":"sim","requested":{},"effective":{},"aborted":false,"error":null,"duration_ns":90,"sends":[
{"id":0,"message":0,"t_ns":10,"dur_ns":0,"requested":3,"accepted":3,"offset":0,"unsent_after":null,"error":null,"preview":"abc"},
{"id":1,"message":1,"t_ns":30,"dur_ns":0,"requested":4,"accepted":4,"offset":0,"unsent_after":null,"error":null,"preview":"defg"}],"recvs":[
{"id":0,"t_ns":50,"dur_ns":0,"requested":2,"bytes":2,"offset":0,"queued_before":3,"datagram_size":3,"truncated":true,"seq":0,"error":null,"preview":"ab"},
{"id":1,"t_ns":60,"dur_ns":0,"requested":8,"bytes":4,"offset":0,"queued_before":4,"datagram_size":4,"truncated":false,"seq":1,"error":null,"preview":"defg"}],"messages":[
{"send":0,"fate":"truncated","recvs":[0],"offset":0,"length":3,"preview":"abc"},
{"send":1,"fate":"intact","recvs":[1],"offset":0,"length":4,"preview":"defg"}],"segments":[
{"t_ns":10,"arrive_ns":20,"dir":"data","offset":0,"bytes":3,"window":null,"message":0,"lost":false},
{"t_ns":30,"arrive_ns":40,"dir":"data","offset":0,"bytes":4,"window":null,"message":1,"lost":false}],
"summary":{"sent_bytes":7,"received_bytes":6,"truncated_bytes":1,"intact":1,"merged":0,"split":0,"truncated":1,"lost":0,"conserved":true}},
{"label":"TCP replies","protocol":"tcp","mode":"real","requested":{},"effective":{},"aborted":false,"error":null,"duration_ns":5000,"requests_run":0,"sends":[
{"id":0,"message":0,"t_ns":3500,"dur_ns":10,"requested":2,"accepted":2,"offset":0,"unsent_after":0,"error":null,"preview":"ok"}],"recvs":[
{"id":0,"t_ns":4500,"dur_ns":10,"requested":64,"bytes":2,"offset":0,"queued_before":2,"datagram_size":null,"truncated":false,"seq":null,"error":null,"preview":"ok"}],"frames":[
{"id":0,"offset":0,"length":2,"complete":true,"recvs":[0],"error":null,"preview":"ok"}],"messages":[
{"send":0,"fate":"intact","recvs":[0],"offset":0,"length":2,"preview":"ok"}],
"summary":{"sent_bytes":2,"received_bytes":2,"intact":1,"merged":0,"split":0,"truncated":0,"lost":0,"conserved":true}},
{"label":"observed","protocol":"udp","mode":"real","role":"observer","peers":["127.0.0.1:4000"],"requested":{},"effective":{},"aborted":false,"error":null,"duration_ns":100,"recvs":[
{"id":0,"t_ns":40,"dur_ns":5,"requested":512,"bytes":2,"offset":0,"queued_before":2,"datagram_size":2,"truncated":false,"seq":null,"peer":"127.0.0.1:4000","error":null,"preview":"hi"}],
"summary":{"sent_bytes":0,"received_bytes":2,"intact":0,"merged":0,"split":0,"truncated":0,"lost":0,"conserved":null}}],
"expectations":[{"lesson":"tcp-nagle","run":0,"claim":"a claim","holds":true,"measured":"as measured","reason":null}]}
)";

} // namespace

class tst_ShowCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theCraftedBaseShows();
    void recvCallsCountTheEndOfFileApart();
    void refusesCraftedTraces_data();
    void refusesCraftedTraces();
    void refusesAFileLargerThanAnyTrace();
    void devZeroEndsWithTheSizeMessage();

private:
    QString write(const QByteArray &json, const QString &name = QStringLiteral("t.json"));
    QTemporaryDir m_dir;
};

void tst_ShowCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_ShowCli::write(const QByteArray &json, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Each crafted case below changes one thing of this trace: it is valid, and shows through every
// output (the table, JSON, CSV, Chrome trace, pcapng, PNG).
void tst_ShowCli::theCraftedBaseShows()
{
    const QString path = write(kTrace);
    QStringList args{ QStringLiteral("show"), path };
    for (const char *flag : { "--json", "--csv", "--chrome-trace", "--pcap", "--png" })
        args << QLatin1String(flag) << m_dir.filePath(QLatin1String(flag + 2));
    const auto r = runSockscope(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("helloworld")), qPrintable(r.out));
}

// The table counts a TCP reader's end of file (the recv() that returned 0) apart from the
// recv() calls that returned bytes, as the window's table and the run header do; a run that
// never read its end of file has no "+ EOF".
void tst_ShowCli::recvCallsCountTheEndOfFileApart()
{
    const auto open = runSockscope({ QStringLiteral("show"), write(kTrace) });
    QVERIFY2(open.exitCode == 0, qPrintable(open.err));
    QVERIFY2(open.out.contains(QLatin1String("4 send() calls, 2 recv() calls\n")),
             qPrintable(open.out));
    QVERIFY2(!open.out.contains(QLatin1String("EOF")), qPrintable(open.out));
    // Run 0's reader then reads its end of file.
    QByteArray closed(kTrace);
    const QByteArray last = R"("preview":"end"}],"messages")";
    QVERIFY(closed.contains(last));
    closed.replace(closed.indexOf(last), last.size(),
                   R"("preview":"end"},
{"id":2,"t_ns":5000,"dur_ns":200,"requested":1024,"bytes":0,"offset":13,"queued_before":0,"datagram_size":null,"truncated":false,"seq":null,"error":null,"preview":""}],"messages")");
    const auto r
        = runSockscope({ QStringLiteral("show"), write(closed, QStringLiteral("eof.json")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("4 send() calls, 2 recv() calls + EOF\n")),
             qPrintable(r.out));
}

void tst_ShowCli::refusesCraftedTraces_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("error");
    auto add = [](const char *name, const char *from, const char *to, const char *error) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QString::fromUtf8(error);
    };
    // A send's message, and the message's first send (they must name each other).
    add("send names no message", R"("id":1,"message":1,"t_ns":2000)",
        R"("id":1,"message":99,"t_ns":2000)",
        "runs[0].sends[1].message: 99 is not a message of this run");
    add("message id 2^31", R"("id":1,"message":1,"t_ns":2000)",
        R"("id":1,"message":2147483648,"t_ns":2000)",
        "runs[0].sends[1].message: 2147483648 is out of range: expected a whole number from 0 "
        "to 2147483647");
    add("negative message", R"("id":1,"message":1,"t_ns":2000)",
        R"("id":1,"message":-1,"t_ns":2000)",
        "runs[0].sends[1].message: -1 is out of range: expected a whole number from 0 to "
        "2147483647");
    add("sends out of message order", R"("id":2,"message":2,)", R"("id":2,"message":0,)",
        "runs[0].sends[2].message: 0 comes after message 1: sends go in message order");
    add("message names another message's send", R"({"send":0,"fate":"merged")",
        R"({"send":1,"fate":"merged")",
        "runs[0].messages[0].send: send 1 carries message 1, not this one");
    add("message names no send", R"({"send":2,"fate":"intact")", R"({"send":9,"fate":"intact")",
        "runs[0].messages[2].send: 9 is not a send of this run");
    add("message names its second send", R"({"send":2,"fate":"intact")",
        R"({"send":3,"fate":"intact")",
        "runs[0].messages[2].send: send 3 is not the message's first send: send 2 is");
    add("sent message says it was not sent", R"({"send":1,"fate":"merged")",
        R"({"send":null,"fate":"merged")",
        "runs[0].messages[1].send: null, but send 1 carries this message");
    add("message send 2^32", R"({"send":2,"fate":"intact")",
        R"({"send":4294967298,"fate":"intact")",
        "runs[0].messages[2].send: 4294967298 is out of range: expected a whole number from 0 "
        "to 2147483647");
    add("send outside its message", R"("id":2,"message":2,)", R"("id":2,"message":1,)",
        "runs[0].sends[2].offset: stream bytes 10 to 11 are not in message 1 (bytes 5 to 10)");
    add("messages leave a gap", R"("offset":5,"length":5,"preview":"world")",
        R"("offset":6,"length":5,"preview":"world")",
        "runs[0].sends[1].offset: stream bytes 5 to 10 are not in message 1 (bytes 6 to 11)");
    add("datagram is not its message",
        R"("requested":4,"accepted":4,"offset":0,"unsent_after":null,"error":null,"preview":"defg")",
        R"("requested":5,"accepted":4,"offset":0,"unsent_after":null,"error":null,"preview":"defgh")",
        "runs[1].sends[1].requested: 5 bytes, but message 1 is 4 bytes (a datagram is exactly its "
        "message)");

    // Ids: counting 0, 1, 2, … and fitting an int (2^32 + 1 used to wrap to 1).
    add("recv id skips", R"({"id":1,"t_ns":4000,)", R"({"id":7,"t_ns":4000,)",
        "runs[0].recvs[1].id: 7, expected 1 (ids count 0, 1, 2, …)");
    add("recv id wraps to its index", R"({"id":1,"t_ns":4000,)", R"({"id":4294967297,"t_ns":4000,)",
        "runs[0].recvs[1].id: 4294967297 is out of range: expected a whole number from 0 to "
        "2147483647");
    add("frame id", R"({"id":0,"offset":0,"length":2,)", R"({"id":1,"offset":0,"length":2,)",
        "runs[2].frames[0].id: 1, expected 0 (ids count 0, 1, 2, …)");

    // Recv lists of messages and frames.
    add("message's recv not in the run", R"("recvs":[1],"offset":10)", R"("recvs":[5],"offset":10)",
        "runs[0].messages[2].recvs[0]: 5 is not a recv of this run");
    add("message's recv 2^31", R"("recvs":[1],"offset":10)", R"("recvs":[2147483648],"offset":10)",
        "runs[0].messages[2].recvs[0]: 2147483648 is out of range: expected a whole number from 0 "
        "to 2147483647");
    add("frame's recv not in the run", R"("complete":true,"recvs":[0])",
        R"("complete":true,"recvs":[0,3])",
        "runs[2].frames[0].recvs[1]: 3 is not a recv of this run");

    // Segments, peers, runs, claims.
    add("segment names no message", R"("message":1,"lost":false)", R"("message":2,"lost":false)",
        "runs[1].segments[1].message: 2 is not a message of this run");
    add("segment arrives before it left", R"({"t_ns":10,"arrive_ns":20,)",
        R"({"t_ns":10,"arrive_ns":5,)",
        "runs[1].segments[0].arrive_ns: 5 is before the packet left (t_ns 10)");
    add("huge segment", R"("offset":0,"bytes":10,"window":null)",
        R"("offset":0,"bytes":9000000000000000,"window":null)",
        "runs[0].segments[0].bytes: 9000000000000000 is out of range: expected a whole number from "
        "0 to 65535");
    add("unknown peer", R"("peer":"127.0.0.1:4000")", R"("peer":"10.0.0.1:1")",
        R"(runs[3].recvs[0].peer: "10.0.0.1:1" is not one of the run's peers)");
    add("peers on a lesson's run", R"({"label":"TCP","protocol":"tcp",)",
        R"({"label":"TCP","peers":["10.0.0.1:1"],"protocol":"tcp",)",
        "runs[0].peers: only an observe, relay or send-to run has peers");
    add("a wire on a real run", R"({"label":"TCP","protocol":"tcp","mode":"sim")",
        R"({"label":"TCP","protocol":"tcp","mode":"real")",
        "runs[0].segments: a run without \"wire\" has no segments");
    add("replies of themselves", R"("requests_run":0)", R"("requests_run":2)",
        "runs[2].requests_run: 2 is not a requests run of this trace");
    add("replies of no run", R"("requests_run":0)", R"("requests_run":4)",
        "runs[2].requests_run: 4 is not a requests run of this trace");
    add("claim about no run", R"("run":0,"claim")", R"("run":4,"claim")",
        "expectations[0].run: 4 is not a run of this trace");

    // Times: never negative, and small enough that a time plus a duration cannot overflow.
    add("negative time", R"("message":0,"t_ns":1000,)", R"("message":0,"t_ns":-1,)",
        "runs[0].sends[0].t_ns: -1 is out of range: expected a whole number from 0 to "
        "9007199254740991");
    add("time near 2^63", R"("message":0,"t_ns":1000,)",
        R"("message":0,"t_ns":9223372036854775000,)",
        "runs[0].sends[0].t_ns: 9223372036854775000 is out of range: expected a whole number from "
        "0 to 9007199254740991");
    add("huge duration", R"({"id":0,"t_ns":3000,"dur_ns":200,)",
        R"({"id":0,"t_ns":3000,"dur_ns":9007199254740992,)",
        "runs[0].recvs[0].dur_ns: 9007199254740992 is out of range: expected a whole number "
        "from 0 to 9007199254740991");
    add("negative byte count", R"("bytes":10,"offset":0,)", R"("bytes":-10,"offset":0,)",
        "runs[0].recvs[0].bytes: -10 is out of range: expected a whole number from 0 to "
        "2147483647");

    // Byte counts and previews that must agree.
    add("recv bytes vs preview", R"("bytes":10,"offset":0,)", R"("bytes":9,"offset":0,)",
        "runs[0].recvs[0].preview: 10 bytes, expected 9 (the first of the 9 bytes the call "
        "returned)");
    add("preview longer than a preview",
        R"("requested":2,"accepted":2,"offset":0,"unsent_after":0,"error":null,"preview":"ok")",
        R"("requested":65,"accepted":2,"offset":0,"unsent_after":0,"error":null,"preview":"00000000001111111111222222222233333333334444444444555555555566666")",
        "runs[2].sends[0].preview: 65 bytes: a preview holds at most the first 64");

    // A datagram's recv (observed UDP): one of the run's, in the order of the datagrams.
    add("datagram names no recv", R"("bytes":4,"window":null,"message":1,"lost":false})",
        R"("bytes":4,"window":null,"message":1,"recv":7,"lost":false})",
        "runs[1].segments[1].recv: 7 is not a recv of this run");
    add("datagrams name recvs out of order",
        R"("message":0,"lost":false},
{"t_ns":30,"arrive_ns":40,"dir":"data","offset":0,"bytes":4,"window":null,"message":1,"lost")",
        R"("message":0,"recv":1,"lost":false},
{"t_ns":30,"arrive_ns":40,"dir":"data","offset":0,"bytes":4,"window":null,"message":1,"recv":0,"lost")",
        "runs[1].segments[1].recv: 0 is not after the recv of an earlier datagram (1)");
    add("a TCP segment names a recv", R"("window":65535,"message":null,"lost":false})",
        R"("window":65535,"message":null,"recv":0,"lost":false})",
        "runs[0].segments[1].recv: only a UDP datagram names its recv()");

    // Names the contract does not know.
    add("unknown segment direction", R"("dir":"ack")", R"("dir":"syn")",
        "runs[0].segments[1].dir: expected data or ack");
    add("unknown fate", R"("fate":"intact","recvs":[1],"offset":10)",
        R"("fate":"sticky","recvs":[1],"offset":10)",
        "runs[0].messages[2].fate: expected intact, merged, split, truncated, lost, empty, "
        "unsent or unread");
    add("conserved is not a yes or no", R"("conserved":null)", R"("conserved":"yes")",
        "runs[3].summary.conserved: expected true, false or null");

    // Cut short inside a string: Qt's parser counts the byte after the end.
    const QByteArray end = R"("measured":"as measured","reason":null}]}
)";
    const QByteArray cut = R"("measured":"as mea)";
    QTest::newRow("truncated input")
        << end << cut
        << QStringLiteral("not valid JSON at byte %1 (unterminated string)")
               .arg(QByteArray(kTrace).indexOf(end) + cut.size() + 1);
}

void tst_ShowCli::refusesCraftedTraces()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, error);
    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    QFile::remove(csv);
    QByteArray json(kTrace);
    QCOMPARE(json.count(from), 1); // the case changes exactly the field it names
    json.replace(from, to);
    const QString path = write(json);
    const auto r = runSockscope({ QStringLiteral("show"), path, QStringLiteral("--csv"), csv });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), QStringLiteral("sockscope: %1: %2").arg(path, error));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFile::exists(csv)); // refused before any output
}

// A file larger than a trace at the event cap can be is refused before a byte of it is read
// (sparse: it takes no disk).
void tst_ShowCli::refusesAFileLargerThanAnyTrace()
{
    const QString path = write(kTrace, QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.resize(6'000'000'001));
    const auto r = runSockscope({ QStringLiteral("show"), path });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("sockscope: %1: larger than 6000000000 bytes, the most a trace takes "
                            "(a run at the event cap of 10000000 sends and 10000000 recvs); not "
                            "read")
                 .arg(path));
}

// A device that never ends is read up to that size and refused: not forever, not until the
// memory is gone.
void tst_ShowCli::devZeroEndsWithTheSizeMessage()
{
    const auto r = runSockscope({ QStringLiteral("show"), QStringLiteral("/dev/zero") }, 60'000);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("sockscope: /dev/zero: a pipe or device of more than 2000000000 bytes "
                            "(it would be read into memory whole: save it to a file); not read"));
}

QTEST_GUILESS_MAIN(tst_ShowCli)
#include "tst_showcli.moc"
