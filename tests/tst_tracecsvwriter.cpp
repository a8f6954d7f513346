#include "analysis/analysis.h"
#include "io/tracecsvwriter.h"
#include "model/wireformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace sockscope;

namespace {

// A strict RFC 4180 reader, so the test checks the quoting rather than trusting it.
QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            row << QString::fromUtf8(field);
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << QString::fromUtf8(field));
    return rows;
}

const QStringList kColumns
    = QStringLiteral(
          "run,label,protocol,mode,kind,id,t_ns,dur_ns,message,requested,accepted_or_bytes,"
          "offset,unsent_after,queued_before,datagram_size,truncated,seq,fate,error,preview")
          .split(QLatin1Char(','));

int column(const char *name)
{
    return int(kColumns.indexOf(QLatin1String(name)));
}

Trace sampleTrace(const QString &label = QStringLiteral("TCP"))
{
    Run tcp;
    tcp.label = label;
    tcp.messages = { "hello", "world" };
    for (int i = 0; i < 3; ++i) {
        SendEvent s;
        s.id = i;
        s.message = i == 0 ? 0 : 1;
        s.requested = 5;
        s.accepted = i == 1 ? 0 : 5;
        s.error = i == 1 ? EAGAIN : 0;
        s.offset = i == 0 ? 0 : 5;
        s.unsentAfter = 5;
        s.preview = tcp.messages[s.message];
        tcp.sends << s;
    }
    RecvEvent r;
    r.requested = 1024;
    r.bytes = 10;
    r.preview = "hello\"world,\n";
    tcp.recvs << r;
    Frame f;
    f.length = 10;
    f.complete = false;
    f.error = QStringLiteral("the stream ended before the frame was complete");
    tcp.frames << f;
    Analysis::analyse(tcp);

    Run udp;
    udp.label = QStringLiteral("UDP");
    udp.protocol = Protocol::Udp;
    udp.messages = { QByteArray(100, 'x') };
    SendEvent s;
    s.requested = s.accepted = 100;
    udp.sends << s;
    RecvEvent d;
    d.requested = 10;
    d.bytes = 10;
    d.datagramSize = 100;
    d.truncated = true;
    d.seq = 0;
    udp.recvs << d;
    Analysis::analyse(udp);

    Trace trace;
    trace.runs = { tcp, udp };
    return trace;
}

} // namespace

class tst_TraceCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void headerAndRowCount();
    void values();
    void quoting_data();
    void quoting();
    void writeFile();
    void writeFailureNamesPath();
};

void tst_TraceCsvWriter::headerAndRowCount()
{
    const Trace trace = sampleTrace();
    const QByteArray csv = TraceCsvWriter::toCsv(trace);
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(csv);
    qsizetype events = 0;
    for (const Run &run : trace.runs)
        events += run.sends.size() + run.recvs.size() + run.frames.size();
    QCOMPARE(rows.size(), events + 1);
    QCOMPARE(rows.first(), kColumns);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), kColumns.size());
}

void tst_TraceCsvWriter::values()
{
    const QList<QStringList> rows = parseCsv(TraceCsvWriter::toCsv(sampleTrace()));
    const QStringList send0 = rows[1];
    QCOMPARE(send0[column("run")], QStringLiteral("0"));
    QCOMPARE(send0[column("protocol")], QStringLiteral("tcp"));
    QCOMPARE(send0[column("mode")], QStringLiteral("real"));
    QCOMPARE(send0[column("kind")], QStringLiteral("send"));
    QCOMPARE(send0[column("accepted_or_bytes")], QStringLiteral("5"));
    QCOMPARE(send0[column("unsent_after")], QStringLiteral("5"));
    QCOMPARE(send0[column("fate")], QStringLiteral("merged"));
    QCOMPARE(send0[column("error")], QString());
    QCOMPARE(send0[column("preview")], QStringLiteral("hello"));

    const QStringList eagain = rows[2];
    QCOMPARE(eagain[column("message")], QStringLiteral("1"));
    QCOMPARE(eagain[column("accepted_or_bytes")], QStringLiteral("0"));
    QCOMPARE(eagain[column("error")], QStringLiteral("EAGAIN"));

    const QStringList recv = rows[4];
    QCOMPARE(recv[column("kind")], QStringLiteral("recv"));
    QCOMPARE(recv[column("accepted_or_bytes")], QStringLiteral("10"));
    QCOMPARE(recv[column("queued_before")], QString()); // not measured: empty, not 0
    QCOMPARE(recv[column("seq")], QString());
    QCOMPARE(recv[column("truncated")], QStringLiteral("false"));

    const QStringList frame = rows[5];
    QCOMPARE(frame[column("kind")], QStringLiteral("frame"));
    QCOMPARE(frame[column("accepted_or_bytes")], QStringLiteral("10"));
    QCOMPARE(frame[column("truncated")], QStringLiteral("true"));
    QCOMPARE(frame[column("error")],
             QStringLiteral("the stream ended before the frame was complete"));

    const QStringList udpSend = rows[6];
    QCOMPARE(udpSend[column("run")], QStringLiteral("1"));
    QCOMPARE(udpSend[column("fate")], QStringLiteral("truncated"));
    const QStringList udpRecv = rows[7];
    QCOMPARE(udpRecv[column("datagram_size")], QStringLiteral("100"));
    QCOMPARE(udpRecv[column("truncated")], QStringLiteral("true"));
    QCOMPARE(udpRecv[column("seq")], QStringLiteral("0"));
}

void tst_TraceCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("quoted");

    QTest::newRow("plain") << QStringLiteral("TCP") << false;
    QTest::newRow("comma") << QStringLiteral("TCP, Nagle on") << true;
    QTest::newRow("quote") << QStringLiteral("the \"slow\" reader") << true;
    QTest::newRow("line break") << QStringLiteral("two\nlines") << true;
    QTest::newRow("carriage return") << QStringLiteral("cr\rhere") << true;
    QTest::newRow("unicode") << QStringLiteral("粘包 sticky") << false;
}

void tst_TraceCsvWriter::quoting()
{
    QFETCH(QString, label);
    QFETCH(bool, quoted);

    const QByteArray csv = TraceCsvWriter::toCsv(sampleTrace(label));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows[1][column("label")], label);
    QCOMPARE(csv.contains("0,\"" + label.toUtf8().replace('"', "\"\"") + "\","), quoted);
    // The recv preview holds a quote and a comma; previewText() already escaped the newline.
    QCOMPARE(rows[4][column("preview")], WireFormat::previewText("hello\"world,\n"));
    QCOMPARE(rows.size(), 8);
}

void tst_TraceCsvWriter::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("trace.csv"));
    QCOMPARE(TraceCsvWriter::write(sampleTrace(), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), TraceCsvWriter::toCsv(sampleTrace()));
}

void tst_TraceCsvWriter::writeFailureNamesPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/dir/trace.csv"));
    const QString error = TraceCsvWriter::write(sampleTrace(), path);
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_TraceCsvWriter)
#include "tst_tracecsvwriter.moc"
