#include "io/tracejsonwriter.h"
#include "model/scenariokey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <cerrno>

using namespace sockscope;

// Pins the trace JSON writer byte for byte, so that making it faster can never change what
// users' scripts read. Every shape of value is in the golden trace: nulls, errors, escapes,
// non-printable previews, observed peers, frames with header fields, a simulated wire lane,
// notes, the lesson's headline and expectations. After an intended format change, regenerate the
// file with SOCKSCOPE_WRITE_GOLDEN=1.
namespace {

const QString kGolden = QStringLiteral(SOCKSCOPE_TESTS_DIR "/golden/trace-bytes.json");
constexpr char kLargeDigest[] = "d50c6818aa79756485014a60233fcb4bd75ddb7c088d3231b78be5f041218e6c";

SendEvent send(int id, int message, qint64 t, qint64 bytes, qint64 offset,
               const QByteArray &preview)
{
    SendEvent s;
    s.id = id;
    s.message = message;
    s.tNs = t;
    s.durNs = 1234 + id;
    s.requested = s.accepted = bytes;
    s.offset = offset;
    s.preview = preview;
    return s;
}

RecvEvent recv(int id, qint64 t, qint64 bytes, qint64 offset, const QByteArray &preview)
{
    RecvEvent r;
    r.id = id;
    r.tNs = t;
    r.durNs = 777 + id;
    r.requested = 1024;
    r.bytes = bytes;
    r.offset = offset;
    r.preview = preview;
    return r;
}

Run tcpRun()
{
    Run run;
    run.label = QStringLiteral("TCP, Nagle on · \"quoted\" 粘包");
    run.requested.sndbuf = 4096;
    // The lessons' own options (cork, quickack, rcvlowat, nonblocking) are written only where
    // measured: all four here.
    run.effective = { 8192, 4608, false, true, true, 64, false };
    run.durationNs = 987654321;
    run.scenario.framing = QStringLiteral("json-header:2:be:size");
    run.messages = { "hello", QByteArray("\x00\x01\\\"\n\x7f\xff", 7), "", QByteArray(100, 'z') };
    run.sends = { send(0, 0, 1000, 5, 0, "hello"), send(1, 1, 2000, 7, 5, run.messages[1]),
                  send(2, 2, 3000, 0, 12, ""), send(3, 3, 4000, 100, 12, QByteArray(64, 'z')) };
    run.sends.edit(0)->unsentAfter = 5;
    run.sends.edit(1)->unsentAfter = 0;
    run.sends.edit(3)->accepted = 0;
    run.sends.edit(3)->error = EAGAIN;
    run.recvs = { recv(0, 5000, 12, 0, "hello" + run.messages[1]), recv(1, 6000, 0, 12, "") };
    run.recvs.edit(0)->queuedBefore = 12;
    run.recvs.edit(1)->error = ECONNRESET;
    Frame frame;
    frame.offset = 0;
    frame.length = 12;
    frame.recvs = { 0 };
    frame.fields
        = { { QStringLiteral("name"), QStringLiteral("a.txt") }, { QStringLiteral("size"), 5 } };
    frame.preview = "hello";
    Frame broken = frame;
    broken.id = 1;
    broken.complete = false;
    broken.recvs = { 0, 1 };
    broken.error = QStringLiteral("header is not JSON");
    run.frames = { frame, broken };
    MessageFate merged;
    merged.firstSend = 0;
    merged.length = 5;
    merged.fate = Fate::Merged;
    merged.recvs = { 0 };
    merged.preview = "hello";
    MessageFate empty;
    empty.message = 2;
    empty.firstSend = 2;
    empty.offset = 12;
    empty.fate = Fate::Empty;
    MessageFate unread;
    unread.message = 3;
    unread.firstSend = -1;
    unread.offset = 12;
    unread.length = 100;
    unread.fate = Fate::Unread;
    run.fates = { merged, empty, unread };
    run.summary = { 112, 12, 0, 100, 4, 0, 1, 0, 0, 0, 1, 1, 2, false };
    run.summary.unread = 1;
    run.error = QStringLiteral("recv() failed: ECONNRESET");
    // Captured on loopback: a SYN and an ACK that resets.
    run.wire = Wire::Captured;
    Segment syn;
    syn.tNs = syn.arriveNs = 5;
    syn.syn = true;
    Segment reset;
    reset.tNs = reset.arriveNs = 40;
    reset.ack = true;
    reset.offset = 12;
    reset.window = 65536;
    reset.rst = true;
    run.segments = { syn, reset };
    return run;
}

Run simUdpRun()
{
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    run.mode = Mode::Sim;
    run.wire = Wire::Simulated;
    run.requestsRun = 0;
    run.messages = { "abc", "defghij" };
    run.sends = { send(0, 0, 10, 3, 0, "abc"), send(1, 1, 20, 7, 0, "defghij") };
    run.recvs = { recv(0, 30, 2, 0, "ab") };
    run.recvs.edit(0)->datagramSize = 3;
    run.recvs.edit(0)->seq = 0;
    run.recvs.edit(0)->truncated = true;
    Segment data;
    data.tNs = 10;
    data.arriveNs = 25;
    data.bytes = 3;
    data.message = 0;
    Segment ack;
    ack.tNs = 26;
    ack.ack = true;
    ack.offset = 7;
    ack.window = 65535;
    ack.lost = ack.retransmit = ack.fin = ack.piggybacked = ack.duplicate = ack.dropped = true;
    run.segments = { data, ack };
    run.summary = { 10, 2, 1, 7, 2, 0, 0, 0, 1, 1, 0, 0, 1, true };
    run.summary.unsent = 1;
    run.summary.unread = 2;
    run.summary.unreadBytes = 3;
    return run;
}

Run observedRun()
{
    Run run;
    run.label = QStringLiteral("observed");
    run.protocol = Protocol::Udp;
    run.role = Role::Observer;
    run.peers = { QStringLiteral("127.0.0.1:5555"), QStringLiteral("127.0.0.1:6666") };
    run.recvs = { recv(0, 100, 3, 0, "\t\r\b") };
    run.recvs.edit(0)->peer = 1;
    run.recvs.edit(0)->seq = 7;
    run.aborted = true;
    return run;
}

Trace goldenTrace()
{
    Trace trace;
    trace.lesson = QStringLiteral("framing-json-header");
    trace.runs = { tcpRun(), simUdpRun(), observedRun() };
    trace.notes = { QStringLiteral("client 127.0.0.1:7 turned away: too many clients"),
                    QStringLiteral("\u0001") };
    // The lesson's self-check: a headline of two parts, a claim that holds (reason null), one
    // that does not, and one that does not apply (holds null); arguments filled in, escapes.
    trace.headline
        = { ExpectationText{ QStringLiteral("%1: %2 ms per request"),
                             { QStringLiteral("Nagle on"), QStringLiteral("44") } },
            ExpectationText{ QStringLiteral("%1: \"%2\""),
                             { QStringLiteral("TCP_NODELAY"), QStringLiteral("0.011") } } };
    trace.expectations = {
        Expectation{ trace.lesson,
                     0,
                     ExpectationText{ QStringLiteral("Every message whole"), {} },
                     true,
                     ExpectationText{ QStringLiteral("%1 of %2"),
                                      { QStringLiteral("3"), QStringLiteral("3") } },
                     {} },
        Expectation{ trace.lesson, 1, ExpectationText{ QStringLiteral("Some lost"), {} }, false,
                     ExpectationText{ QStringLiteral("0 of 5 lost"), {} },
                     ExpectationText{ QStringLiteral("the reader kept up \u00b7 \\"), {} } },
        Expectation{
            trace.lesson, 2, ExpectationText{ QStringLiteral("No error"), {} }, std::nullopt,
            ExpectationText{ QStringLiteral("not measured"), {} },
            ExpectationText{ QStringLiteral("you changed %1"), { QStringLiteral("count") } } },
    };
    return trace;
}

// The scenario objects come from Scenario::toJson(), which grows with every new scenario key;
// this test pins the writer's own bytes, so they are replaced by a placeholder.
QByteArray normalised(const QByteArray &json, const Trace &trace)
{
    QByteArray out = json;
    QList<QJsonObject> scenarios{ trace.scenario.toJson() };
    for (const Run &run : trace.runs) {
        scenarios.append(run.scenario.toJson());
        // One-sided runs name only their own end's keys.
        scenarios.append(ScenarioKey::toJson(run.scenario, ScenarioKey::Side::Receiver));
        scenarios.append(ScenarioKey::toJson(run.scenario, ScenarioKey::Side::Sender));
    }
    for (const QJsonObject &s : std::as_const(scenarios))
        out.replace(QJsonDocument(s).toJson(QJsonDocument::Compact), "@scenario@");
    return out;
}

} // namespace

class tst_TraceJsonBytes : public QObject
{
    Q_OBJECT

private slots:
    void identicalToGolden();
    void largeTraceDigest();
};

void tst_TraceJsonBytes::identicalToGolden()
{
    const Trace trace = goldenTrace();
    const QByteArray json = normalised(TraceJsonWriter::toJson(trace), trace);
    QFile file(kGolden);
    if (qEnvironmentVariableIsSet("SOCKSCOPE_WRITE_GOLDEN")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        QSKIP("golden file written");
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(kGolden));
    const QByteArray golden = file.readAll();
    qsizetype at = 0;
    while (at < std::min(json.size(), golden.size()) && json[at] == golden[at])
        ++at;
    QVERIFY2(
        json == golden,
        qPrintable(QStringLiteral("first difference at byte %1: ...%2")
                       .arg(at)
                       .arg(QString::fromUtf8(json.mid(std::max<qsizetype>(0, at - 40), 80)))));
}

void tst_TraceJsonBytes::largeTraceDigest()
{
    // Many events through the fast path: the same bytes as the golden run's events repeated.
    // The digest was taken from the writer before it was optimised, before traces had a
    // lesson's self-check (which identicalToGolden() pins); taken again when the golden TCP run
    // gained the effective cork, quickack, rcvlowat and nonblocking, and again when summaries
    // gained the unread messages and bytes.
    Trace trace = goldenTrace();
    trace.headline.clear();
    trace.expectations.clear();
    Run &run = trace.runs[0];
    const SendList sends = run.sends;
    const RecvList recvs = run.recvs;
    for (int i = 1; i < 5000; ++i) {
        for (SendEvent s : sends) {
            s.id += 4 * i;
            s.tNs += 1'000'003LL * i;
            s.offset += 112LL * i;
            run.sends.append(s);
        }
        for (RecvEvent r : recvs) {
            r.id += 2 * i;
            r.tNs = -r.tNs * i;
            run.recvs.append(r);
        }
    }
    const QByteArray digest
        = QCryptographicHash::hash(normalised(TraceJsonWriter::toJson(trace), trace),
                                   QCryptographicHash::Sha256)
              .toHex();
    if (qEnvironmentVariableIsSet("SOCKSCOPE_WRITE_GOLDEN"))
        qInfo("digest %s", digest.constData());
    QCOMPARE(digest, QByteArray(kLargeDigest));
}

QTEST_GUILESS_MAIN(tst_TraceJsonBytes)
#include "tst_tracejsonbytes.moc"
