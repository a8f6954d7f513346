// The run table's wire line (`sockscope run`, `sockscope show`): each run with a wire says, in
// one line, what crossed it — captured on loopback or simulated — counted from the segments the
// trace JSON holds; a run without a wire says nothing of one. Capturing needs CAP_NET_RAW: CI
// runs as root, so a real run without its wire there fails; elsewhere (not root) the real cases
// skip and say why.

#include "clitesthelpers.h"

#include "capture/loopbackcapture.h"
#include "capturetesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using clitest::runSockscope;

namespace {

QJsonArray runsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("runs")).toArray();
}

bool flag(const QJsonObject &segment, const char *name)
{
    return segment.value(QLatin1String(name)).toBool();
}

// The line the table must print for a run, made from its JSON segments.
QString expectedLine(const QJsonObject &run)
{
    const QString wire = run.value(QStringLiteral("wire")).toString();
    const bool simulated = wire == QStringLiteral("simulated");
    const bool udp = run.value(QStringLiteral("protocol")).toString() == QStringLiteral("udp");
    QSet<int> readMessages;
    for (const QJsonValue r : run.value(QStringLiteral("recvs")).toArray()) {
        if (!r.toObject().value(QStringLiteral("seq")).isNull())
            readMessages.insert(r.toObject().value(QStringLiteral("seq")).toInt());
    }
    qint64 data = 0;
    qint64 bytes = 0;
    qint64 pure = 0;
    qint64 riding = 0;
    qint64 syn = 0;
    qint64 fin = 0;
    qint64 rst = 0;
    qint64 again = 0;
    qint64 againBytes = 0;
    const QJsonValue sender
        = run.value(QStringLiteral("tcp_info")).toObject().value(QStringLiteral("sender"));
    const qint64 mss = udp ? 0 : sender.toObject().value(QStringLiteral("snd_mss")).toInteger();
    qint64 mssSegments = 0;
    qint64 lost = 0;
    qint64 read = 0;
    qint64 dropped = 0;
    for (const QJsonValue v : run.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject g = v.toObject();
        const bool ack = g.value(QStringLiteral("dir")).toString() == QStringLiteral("ack");
        const qint64 n = g.value(QStringLiteral("bytes")).toInteger();
        if (ack) {
            (flag(g, "piggybacked") ? riding : pure) += 1;
        } else if (udp || n > 0) {
            ++data;
            bytes += n;
            if (mss > 0)
                mssSegments += (n + mss - 1) / mss;
        }
        syn += flag(g, "syn");
        fin += flag(g, "fin");
        rst += flag(g, "rst");
        again += flag(g, "retransmit");
        if (flag(g, "retransmit") && !ack)
            againBytes += n;
        lost += flag(g, "lost");
        if (udp) {
            dropped += flag(g, "dropped") && !flag(g, "lost");
            read += !flag(g, "lost") && !flag(g, "dropped")
                && readMessages.contains(g.value(QStringLiteral("message")).toInt(-1));
        }
    }
    QStringList parts;
    if (udp) {
        parts << QStringLiteral("datagrams: %1 (%2 B)").arg(data).arg(bytes)
              << QStringLiteral("read by a recv(): %1").arg(read)
              << QStringLiteral("dropped at the full receive buffer: %1").arg(dropped);
        if (simulated)
            parts << QStringLiteral("lost on the way: %1").arg(lost);
    } else {
        parts << (againBytes > 0 ? QStringLiteral("data segments: %1 (%2 B, of which %3 B "
                                                  "retransmitted)")
                                       .arg(data)
                                       .arg(bytes)
                                       .arg(againBytes)
                                 : QStringLiteral("data segments: %1 (%2 B)").arg(data).arg(bytes));
        if (sender.isObject() && mssSegments > 0 && mssSegments != data)
            parts << QStringLiteral("in segments of at most the MSS (%1 B), as TCP_INFO counts "
                                    "them: %2")
                         .arg(mss)
                         .arg(mssSegments);
        parts << QStringLiteral("pure ACKs: %1").arg(pure);
        if (riding > 0)
            parts << QStringLiteral("ACKs riding on data: %1").arg(riding);
        if (syn > 0)
            parts << QStringLiteral("SYN: %1").arg(syn);
        if (fin > 0)
            parts << QStringLiteral("FIN: %1").arg(fin);
        if (rst > 0)
            parts << QStringLiteral("RST: %1").arg(rst);
        if (simulated)
            parts << QStringLiteral("lost on the way: %1").arg(lost);
        parts << QStringLiteral("retransmissions: %1").arg(again);
    }
    return (simulated ? QStringLiteral("Wire (simulated): ")
                      : QStringLiteral("Wire (captured on loopback): "))
        + parts.join(QStringLiteral(", "));
}

} // namespace

class tst_WireCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void eachRunSaysWhatCrossedItsWire_data();
    void eachRunSaysWhatCrossedItsWire();
    void withoutTheCaptureNoWireLine();

private:
    QTemporaryDir m_dir;
};

void tst_WireCli::eachRunSaysWhatCrossedItsWire_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("mode");
    QTest::newRow("tcp-nagle real") << QStringLiteral("tcp-nagle") << QStringLiteral("real");
    QTest::newRow("udp-overflow real") << QStringLiteral("udp-overflow") << QStringLiteral("real");
    QTest::newRow("tcp-partial-send real")
        << QStringLiteral("tcp-partial-send") << QStringLiteral("real");
    QTest::newRow("tcp-nagle simulated") << QStringLiteral("tcp-nagle") << QStringLiteral("sim");
    QTest::newRow("udp-overflow simulated")
        << QStringLiteral("udp-overflow") << QStringLiteral("sim");
}

// The table of `run`, and of `show` on the trace it wrote, has one wire line per run, with the
// counts of that run's JSON segments.
void tst_WireCli::eachRunSaysWhatCrossedItsWire()
{
    QFETCH(QString, lesson);
    QFETCH(QString, mode);
    if (mode == QStringLiteral("real"))
        REQUIRE_CAPTURE();
    const QString json = m_dir.filePath(lesson + mode + QStringLiteral(".json"));
    const auto r = runSockscope({ QStringLiteral("run"), QStringLiteral("--lesson"), lesson,
                                  QStringLiteral("--mode"), mode, QStringLiteral("--json"), json });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto shown = runSockscope({ QStringLiteral("show"), json });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonArray runs = runsOf(json);
    QVERIFY(!runs.isEmpty());
    const QString prefix = mode == QStringLiteral("real")
        ? QStringLiteral("Wire (captured on loopback): ")
        : QStringLiteral("Wire (simulated): ");
    for (const QString &table : { r.out, shown.out }) {
        QCOMPARE(table.count(prefix), runs.size());
        qsizetype at = 0;
        for (const QJsonValue run : runs) {
            QCOMPARE(run.toObject().value(QStringLiteral("wire")).toString(),
                     mode == QStringLiteral("real") ? QStringLiteral("captured")
                                                    : QStringLiteral("simulated"));
            // In the order of the runs, each in its own section.
            const QString line = expectedLine(run.toObject()) + QLatin1Char('\n');
            const qsizetype found = table.indexOf(line, at);
            QVERIFY2(found >= 0,
                     qPrintable(line + QStringLiteral("\nnot after ") + QString::number(at)
                                + QStringLiteral(" in\n") + table));
            at = found + line.size();
        }
    }
    // tcp-partial-send: its 2048-byte MSS makes the kernel send packets of two segments on
    // loopback (GSO), and retransmit some. TCP_INFO counts segments of MSS size, the capture
    // the packets: cut at the MSS, the captured bytes give TCP_INFO's count exactly, and the
    // table says both (the line above, "in segments of at most the MSS").
    if (lesson == QStringLiteral("tcp-partial-send")) {
        const QJsonObject run = runs.first().toObject();
        const QJsonObject sender = run.value(QStringLiteral("tcp_info"))
                                       .toObject()
                                       .value(QStringLiteral("sender"))
                                       .toObject();
        const qint64 mss = sender.value(QStringLiteral("snd_mss")).toInteger();
        QVERIFY(mss > 0);
        qint64 packets = 0;
        qint64 segments = 0;
        for (const QJsonValue v : run.value(QStringLiteral("segments")).toArray()) {
            const QJsonObject g = v.toObject();
            const qint64 n = g.value(QStringLiteral("bytes")).toInteger();
            if (g.value(QStringLiteral("dir")).toString() != QStringLiteral("ack") && n > 0) {
                ++packets;
                segments += (n + mss - 1) / mss;
            }
        }
        QCOMPARE(segments, sender.value(QStringLiteral("data_segs_out")).toInteger());
        QVERIFY2(packets < segments, "no packet of several segments: the line is not tested");
    }
    // udp-overflow: the datagrams the full buffer dropped are marked, as many as were lost.
    if (lesson == QStringLiteral("udp-overflow")) {
        for (const QJsonValue v : runs) {
            const QJsonObject run = v.toObject();
            const qint64 lost = run.value(QStringLiteral("summary"))
                                    .toObject()
                                    .value(QStringLiteral("lost"))
                                    .toInteger();
            QVERIFY(lost > 0);
            QVERIFY2(expectedLine(run).contains(
                         QStringLiteral("dropped at the full receive buffer: %1").arg(lost)),
                     qPrintable(expectedLine(run)));
        }
    }
}

// Without CAP_NET_RAW a real run has no wire: no line claims one, and the note says once how
// to allow it.
void tst_WireCli::withoutTheCaptureNoWireLine()
{
    if (clitest::capshAsRoot().isEmpty())
        QSKIP("needs root and capsh (libcap2-bin) to drop CAP_NET_RAW");
    const auto r = clitest::runSockscopeWithoutNetRaw(
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("udp-overflow") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(QStringLiteral("Wire (")), qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("setcap cap_net_raw+ep")), 1);
}

QTEST_GUILESS_MAIN(tst_WireCli)
#include "tst_wirecli.moc"
