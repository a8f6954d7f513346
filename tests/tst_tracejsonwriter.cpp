#include "analysis/analysis.h"
#include "io/tracejsonwriter.h"
#include "model/errnoname.h"
#include "model/wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace sockscope;

namespace {

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

QStringList keysOf(const QJsonValue &value)
{
    return sorted(value.toObject().keys());
}

QStringList words(const char *text)
{
    return sorted(QString::fromLatin1(text).split(QLatin1Char(' ')));
}

Run tcpRun()
{
    Run run;
    run.label = QStringLiteral("TCP, Nagle on");
    run.protocol = Protocol::Tcp;
    run.requested.sndbuf = 4096;
    run.effective.sndbuf = 8192;
    run.effective.rcvbuf = 4608;
    run.effective.nodelay = false;
    run.durationNs = 123456789;
    run.messages = { "hello", "world" };
    SendEvent s0;
    s0.id = 0;
    s0.tNs = 1000;
    s0.durNs = 20;
    s0.requested = s0.accepted = 5;
    s0.unsentAfter = 5;
    s0.preview = "hello";
    SendEvent again = s0;
    again.id = 1;
    again.message = 1;
    again.accepted = 0;
    again.offset = 5;
    again.unsentAfter.reset();
    again.error = EAGAIN;
    again.preview = "world";
    SendEvent s1 = again;
    s1.id = 2;
    s1.accepted = 5;
    s1.error = 0;
    RecvEvent r;
    r.requested = 1024;
    r.bytes = 10;
    r.queuedBefore = 10;
    r.preview = "helloworld";
    run.sends = { s0, again, s1 };
    run.recvs = { r };
    Analysis::analyse(run);
    return run;
}

Run udpRun()
{
    Run run;
    run.label = QStringLiteral("UDP");
    run.protocol = Protocol::Udp;
    run.mode = Mode::Sim;
    run.scenario.protocol = Scenario::Protocols::Udp;
    run.messages = { "hi", "lost" };
    for (int i = 0; i < 2; ++i) {
        SendEvent s;
        s.id = i;
        s.message = i;
        s.requested = s.accepted = run.messages[i].size();
        run.sends << s;
    }
    RecvEvent r;
    r.requested = 1024;
    r.bytes = 2;
    r.datagramSize = 2;
    r.seq = 0;
    run.recvs << r;
    Analysis::analyse(run);
    return run;
}

Run framedRun()
{
    Run run = tcpRun();
    run.scenario.protocol = Scenario::Protocols::Tcp;
    run.scenario.framing = QStringLiteral("json-header:4:be:size");
    Frame f;
    f.length = 10;
    f.recvs = { 0 };
    f.fields
        = { { QStringLiteral("name"), QStringLiteral("a.bin") }, { QStringLiteral("size"), 3 } };
    f.preview = "abc";
    Frame bad;
    bad.id = 1;
    bad.offset = 10;
    bad.length = 4;
    bad.complete = false;
    bad.error = QStringLiteral("the frame header is not a JSON object");
    run.frames = { f, bad };
    return run;
}

Trace sampleTrace()
{
    Trace trace;
    trace.lesson = QStringLiteral("side-by-side");
    trace.runs = { tcpRun(), udpRun(), framedRun() };
    return trace;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON error at %d: %s", error.offset, qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class tst_TraceJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void parsesAsJson();
    void fieldNames();
    void nullsForUnmeasured();
    void values();
    void framesOnlyWithFraming();
    void escaping_data();
    void escaping();
    void errnoNames();
    void writeFile();
    void writeFailureNamesPath();
    void largeTraceIsWrittenInPieces();
};

void tst_TraceJsonWriter::parsesAsJson()
{
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(TraceJsonWriter::toJson(sampleTrace()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
}

void tst_TraceJsonWriter::fieldNames()
{
    const QJsonObject root = parse(TraceJsonWriter::toJson(sampleTrace()));
    QCOMPARE(sorted(root.keys()), words("format version lesson scenario runs"));
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("sockscope-trace"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("scenario")).toObject(), Scenario().toJson());

    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 3);
    const QJsonObject tcp = runs[0].toObject();
    QCOMPARE(sorted(tcp.keys()),
             words("label protocol mode requested effective aborted error "
                   "duration_ns scenario sends recvs messages summary"));
    QCOMPARE(keysOf(tcp[QStringLiteral("requested")]), words("sndbuf rcvbuf nodelay"));
    QCOMPARE(keysOf(tcp[QStringLiteral("effective")]), words("sndbuf rcvbuf nodelay"));
    for (const QJsonValue &send : tcp[QStringLiteral("sends")].toArray())
        QCOMPARE(keysOf(send),
                 words("id message t_ns dur_ns requested accepted offset unsent_after "
                       "error preview"));
    for (const QJsonValue &recv : tcp[QStringLiteral("recvs")].toArray())
        QCOMPARE(keysOf(recv),
                 words("id t_ns dur_ns requested bytes offset queued_before "
                       "datagram_size truncated seq error preview"));
    for (const QJsonValue &message : tcp[QStringLiteral("messages")].toArray())
        QCOMPARE(keysOf(message), words("send fate recvs offset length preview"));
    QCOMPARE(
        keysOf(tcp[QStringLiteral("summary")]),
        words("sent_bytes received_bytes truncated_bytes lost_bytes unread_bytes messages intact "
              "merged split truncated lost empty unsent unread partial_sends recv_calls "
              "conserved"));

    const QJsonObject framed = runs[2].toObject();
    QVERIFY(framed.contains(QStringLiteral("frames")));
    for (const QJsonValue &frame : framed[QStringLiteral("frames")].toArray())
        QCOMPARE(keysOf(frame), words("id offset length complete recvs fields error preview"));
}

void tst_TraceJsonWriter::nullsForUnmeasured()
{
    const QJsonArray runs
        = parse(TraceJsonWriter::toJson(sampleTrace()))[QStringLiteral("runs")].toArray();
    const QJsonObject tcp = runs[0].toObject();
    QVERIFY(tcp[QStringLiteral("error")].isNull());
    QVERIFY(tcp[QStringLiteral("requested")][QStringLiteral("rcvbuf")].isNull());
    QVERIFY(tcp[QStringLiteral("requested")][QStringLiteral("nodelay")].isNull());
    const QJsonArray sends = tcp[QStringLiteral("sends")].toArray();
    QCOMPARE(sends[0][QStringLiteral("unsent_after")].toInt(), 5);
    QVERIFY(sends[0][QStringLiteral("error")].isNull());
    QVERIFY(sends[1][QStringLiteral("unsent_after")].isNull());
    const QJsonObject recv = tcp[QStringLiteral("recvs")][0].toObject();
    QVERIFY(recv[QStringLiteral("seq")].isNull());
    QVERIFY(recv[QStringLiteral("datagram_size")].isNull());
    QVERIFY(recv[QStringLiteral("error")].isNull());
    QCOMPARE(recv[QStringLiteral("queued_before")].toInt(), 10);

    const QJsonObject udp = runs[1].toObject();
    QVERIFY(udp[QStringLiteral("recvs")][0][QStringLiteral("queued_before")].isNull());
    QCOMPARE(udp[QStringLiteral("recvs")][0][QStringLiteral("seq")].toInt(), 0);

    Run unsent = udpRun();
    unsent.sends.removeLast();
    Analysis::analyse(unsent);
    Trace trace;
    trace.runs = { unsent };
    const QJsonObject run
        = parse(TraceJsonWriter::toJson(trace))[QStringLiteral("runs")][0].toObject();
    QVERIFY(run[QStringLiteral("messages")][1][QStringLiteral("send")].isNull());
    QVERIFY(parse(TraceJsonWriter::toJson(trace))[QStringLiteral("lesson")].isNull());
}

void tst_TraceJsonWriter::values()
{
    const QJsonArray runs
        = parse(TraceJsonWriter::toJson(sampleTrace()))[QStringLiteral("runs")].toArray();
    const QJsonObject tcp = runs[0].toObject();
    QCOMPARE(tcp[QStringLiteral("label")].toString(), QStringLiteral("TCP, Nagle on"));
    QCOMPARE(tcp[QStringLiteral("protocol")].toString(), QStringLiteral("tcp"));
    QCOMPARE(tcp[QStringLiteral("mode")].toString(), QStringLiteral("real"));
    QCOMPARE(tcp[QStringLiteral("duration_ns")].toInteger(), 123456789);
    QCOMPARE(tcp[QStringLiteral("aborted")].toBool(true), false);
    QCOMPARE(tcp[QStringLiteral("effective")][QStringLiteral("nodelay")].toBool(true), false);
    QCOMPARE(tcp[QStringLiteral("effective")][QStringLiteral("sndbuf")].toInt(), 8192);
    QCOMPARE(tcp[QStringLiteral("sends")][1][QStringLiteral("error")].toString(),
             QStringLiteral("EAGAIN"));
    QCOMPARE(tcp[QStringLiteral("sends")][2][QStringLiteral("offset")].toInt(), 5);

    const QJsonArray messages = tcp[QStringLiteral("messages")].toArray();
    QCOMPARE(messages[0][QStringLiteral("fate")].toString(), QStringLiteral("merged"));
    QCOMPARE(messages[1][QStringLiteral("send")].toInt(), 1);
    QCOMPARE(messages[1][QStringLiteral("recvs")].toArray(), QJsonArray{ 0 });
    QCOMPARE(messages[1][QStringLiteral("offset")].toInt(), 5);
    QCOMPARE(messages[1][QStringLiteral("preview")].toString(), QStringLiteral("world"));

    const QJsonObject summary = tcp[QStringLiteral("summary")].toObject();
    QCOMPARE(summary[QStringLiteral("sent_bytes")].toInt(), 10);
    QCOMPARE(summary[QStringLiteral("merged")].toInt(), 2);
    QCOMPARE(summary[QStringLiteral("recv_calls")].toInt(), 1);
    QCOMPARE(summary[QStringLiteral("conserved")].toBool(), true);

    const QJsonObject udp = runs[1].toObject();
    QCOMPARE(udp[QStringLiteral("mode")].toString(), QStringLiteral("sim"));
    QCOMPARE(udp[QStringLiteral("messages")][1][QStringLiteral("fate")].toString(),
             QStringLiteral("lost"));
    QCOMPARE(udp[QStringLiteral("messages")][0][QStringLiteral("preview")].toString(),
             QStringLiteral("hi"));
    QCOMPARE(udp[QStringLiteral("summary")][QStringLiteral("lost_bytes")].toInt(), 4); // "lost"

    const QJsonArray frames = runs[2][QStringLiteral("frames")].toArray();
    QCOMPARE(frames[0][QStringLiteral("fields")][QStringLiteral("size")].toInt(), 3);
    QCOMPARE(frames[0][QStringLiteral("complete")].toBool(), true);
    QVERIFY(frames[0][QStringLiteral("error")].isNull());
    QCOMPARE(frames[1][QStringLiteral("complete")].toBool(true), false);
    QCOMPARE(frames[1][QStringLiteral("error")].toString(),
             QStringLiteral("the frame header is not a JSON object"));
}

void tst_TraceJsonWriter::framesOnlyWithFraming()
{
    Trace trace;
    Run length = tcpRun();
    length.scenario.protocol = Scenario::Protocols::Tcp;
    length.scenario.framing = QStringLiteral("length:4:be");
    Frame f;
    f.length = 9;
    length.frames = { f };
    trace.runs = { tcpRun(), length };
    const QJsonArray runs = parse(TraceJsonWriter::toJson(trace))[QStringLiteral("runs")].toArray();
    QVERIFY(!runs[0].toObject().contains(QStringLiteral("frames")));
    const QJsonObject frame = runs[1][QStringLiteral("frames")][0].toObject();
    QVERIFY(!frame.contains(QStringLiteral("fields"))); // fields are for json-header only
    QCOMPARE(frame[QStringLiteral("length")].toInt(), 9);
}

void tst_TraceJsonWriter::escaping_data()
{
    QTest::addColumn<QByteArray>("preview");
    QTest::addColumn<QString>("label");

    QTest::newRow("plain") << QByteArray("msg-0;") << QStringLiteral("plain");
    QTest::newRow("quotes and backslash")
        << QByteArray("say \"hi\" \\o/") << QStringLiteral("a \"b\" \\c");
    QTest::newRow("control bytes")
        << QByteArray("a\nb\rc\td\0e", 9) << QStringLiteral("line\nbreak\ttab\x01\x1f");
    QTest::newRow("high bytes") << QByteArray("\xff\x80\x7f") << QStringLiteral("粘包 sticky");
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_TraceJsonWriter::escaping()
{
    QFETCH(QByteArray, preview);
    QFETCH(QString, label);

    Run run = tcpRun();
    run.label = label;
    run.error = label;
    run.sends.edit(0)->preview = preview;
    run.recvs.edit(0)->preview = preview;
    Trace trace;
    trace.runs = { run };
    const QByteArray json = TraceJsonWriter::toJson(trace);
    const QJsonObject out = parse(json)[QStringLiteral("runs")][0].toObject();
    QVERIFY2(!out.isEmpty(), json.constData());

    QCOMPARE(out[QStringLiteral("label")].toString(), label);
    if (!label.isEmpty())
        QCOMPARE(out[QStringLiteral("error")].toString(), label);
    const QString text = WireFormat::previewText(preview);
    QCOMPARE(out[QStringLiteral("sends")][0][QStringLiteral("preview")].toString(), text);
    QCOMPARE(out[QStringLiteral("recvs")][0][QStringLiteral("preview")].toString(), text);
    for (char c : json)
        QVERIFY2(uchar(c) >= 0x20 || c == '\n', "raw control byte in the JSON text");
}

void tst_TraceJsonWriter::errnoNames()
{
    QCOMPARE(ErrnoName::name(0), QString());
    QCOMPARE(ErrnoName::name(EAGAIN), QStringLiteral("EAGAIN"));
    QCOMPARE(ErrnoName::name(EPIPE), QStringLiteral("EPIPE"));
    QCOMPARE(ErrnoName::name(ECONNRESET), QStringLiteral("ECONNRESET"));
    QCOMPARE(ErrnoName::name(EMSGSIZE), QStringLiteral("EMSGSIZE"));
    QCOMPARE(ErrnoName::name(99999), QStringLiteral("errno 99999"));
}

void tst_TraceJsonWriter::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("trace.json"));
    const Trace trace = sampleTrace();
    QCOMPARE(TraceJsonWriter::write(trace, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), TraceJsonWriter::toJson(trace));
}

void tst_TraceJsonWriter::writeFailureNamesPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/trace.json"));
    const QString error = TraceJsonWriter::write(sampleTrace(), path);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
}

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

// Saving a trace never holds its whole text: a million tiny recvs are ~180 MB of JSON, several
// times what the recording holds, and saving an observation that filled its memory budget ran
// out of memory. The file still gets every byte, the same as toJson().
void tst_TraceJsonWriter::largeTraceIsWrittenInPieces()
{
    Trace trace;
    Run run;
    run.role = Role::Observer;
    run.peers = { QStringLiteral("127.0.0.1:4000") };
    RecvEvent r;
    r.requested = 1;
    r.bytes = 1;
    r.preview = "x";
    r.queuedBefore = 1;
    constexpr int kRecvs = 400'000;
    for (int i = 0; i < kRecvs; ++i) {
        r.tNs = 1'000'000'000 + qint64(i) * 1000;
        r.offset = i;
        run.recvs.appendNumbered(r);
    }
    Analysis::analyse(run);
    trace.runs = { run };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));

    // The peak RSS from here (writing 5 to clear_refs resets VmHWM to the current RSS).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    const bool peakReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    clear.close();
    const qint64 before = statusKiB("VmRSS:");
    QCOMPARE(TraceJsonWriter::write(trace, path), QString());
    const qint64 peak = statusKiB("VmHWM:");

    const QByteArray whole = TraceJsonWriter::toJson(trace);
    QVERIFY(whole.size() > 40 * 1024 * 1024);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), whole.size());
    QVERIFY(file.readAll() == whole);
#ifndef SOCKSCOPE_SANITIZED // ASan's quarantine and shadow memory change what RSS says
    if (!peakReset || before < 0 || peak < 0)
        QSKIP("no peak RSS to read (/proc/self/clear_refs)");
    QVERIFY2(peak - before < 16 * 1024,
             qPrintable(QStringLiteral("%1 KiB more at the peak, for %2 KiB of JSON")
                            .arg(peak - before)
                            .arg(whole.size() / 1024)));
#else
    Q_UNUSED(peakReset);
    Q_UNUSED(before);
    Q_UNUSED(peak);
#endif
}

QTEST_GUILESS_MAIN(tst_TraceJsonWriter)
#include "tst_tracejsonwriter.moc"
