// TcpModel's output pinned: a fingerprint of every event of a few scenarios, taken before the
// model was split into classes with one job each (sender, receiver, programs). Any change of
// behaviour, however small, changes a fingerprint; a deliberate one updates the table below.
// The fingerprint covers the events themselves (not the JSON writer or the scenario's keys), so
// other parts of the program can evolve without touching it.

#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "scenariofixture.h"

#include <QCryptographicHash>
#include <QTest>

using namespace sockscope;

namespace {

using fixture::scenarioOf;

QByteArray fingerprint(const Trace &trace)
{
    QByteArray text;
    auto add = [&text](auto... values) {
        ((text += QByteArray::number(values) + ','), ...);
        text += '\n';
    };
    for (const Run &run : trace.runs) {
        text += run.label.toUtf8() + '|' + run.error.toUtf8() + '\n';
        add(run.durationNs, run.requestsRun, int(run.aborted), run.effective.sndbuf.value_or(-1),
            run.effective.rcvbuf.value_or(-1));
        for (const SendEvent &e : run.sends) {
            add(e.id, e.message, e.tNs, e.durNs, e.requested, e.accepted, e.offset,
                e.unsentAfter.value_or(-1), e.error);
            text += e.preview.toByteArray() + '\n';
        }
        for (const RecvEvent &e : run.recvs) {
            add(e.id, e.tNs, e.durNs, e.requested, e.bytes, e.offset, e.queuedBefore.value_or(-1),
                e.datagramSize.value_or(-1), int(e.truncated), e.seq, e.error);
            text += e.preview.toByteArray() + '\n';
        }
        for (const Segment &g : run.segments)
            add(g.tNs, g.arriveNs, int(g.ack), g.offset, g.bytes, g.window, g.message, int(g.lost),
                int(g.dropped), int(g.retransmit), int(g.fin), int(g.piggybacked),
                int(g.duplicate));
        for (const Frame &f : run.frames)
            add(f.id, f.offset, f.length, int(f.complete), f.recvs.size());
        for (const MessageFate &f : run.fates)
            add(f.message, f.firstSend, f.offset, f.length, int(f.fate), f.recvs.size());
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16);
}

} // namespace

class tst_TcpModel : public QObject
{
    Q_OBJECT

private slots:
    void pinned_data();
    void pinned();
};

void tst_TcpModel::pinned_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QByteArray>("expected");
    auto row = [](const char *name, const QString &settings, const char *hash) {
        QTest::newRow(name) << settings.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                            << QByteArray(hash);
    };
    row("nagle wan", QStringLiteral("protocol=tcp count=40 size=10 interval_ms=0 rtt_ms=100"),
        "c3cdc464d5e77a38");
    row("nodelay wan",
        QStringLiteral("protocol=tcp count=40 size=10 interval_ms=0 rtt_ms=100 nodelay=true"),
        "e0d1cc74397fe95c");
    row("mss split, slow reader",
        QStringLiteral("protocol=tcp count=5 size=4000 recv_size=1024 read_interval_ms=30 "
                       "mss=536 rtt_ms=40"),
        "5695831cfd74760a");
    row("loss reorder duplicate",
        QStringLiteral("protocol=tcp count=200 size=700 interval_ms=1 loss=0.2 reorder=0.1 "
                       "duplicate=0.05 seed=7 bandwidth_kbps=2000"),
        "00de5d6ab1a64a93");
    row("window exhaustion",
        QStringLiteral("protocol=tcp count=30 size=3000 rcvbuf=4096 sndbuf=4096 "
                       "read_interval_ms=20 recv_size=512"),
        "184c593e4b5a4758");
    row("nonblocking partial",
        QStringLiteral("protocol=tcp count=30 size=3000 rcvbuf=4096 sndbuf=4096 "
                       "read_interval_ms=20 nonblocking=true"),
        "c0059d41ea67126d");
    row("write-write-read",
        QStringLiteral("protocol=tcp count=10 size=20 parts=2 reply_size=100 rtt_ms=10 "
                       "delayed_ack_ms=40"),
        "b18fb9b908940c17");
    row("reply read once, lossy",
        QStringLiteral("protocol=tcp count=8 size=50 reply_size=5000 reply_read=once "
                       "recv_size=1024 loss=0.1 seed=3 rtt_ms=20"),
        "1b5a61cbf1ed57f7");
    row("framed",
        QStringLiteral(
            "protocol=tcp count=20 interval_ms=5 read_interval_ms=25 framing=length:4:be"),
        "5e398a0df7f01b02");
    row("udp alongside",
        QStringLiteral("protocol=both count=50 size=300 loss=0.1 reorder=0.2 duplicate=0.1 seed=11 "
                       "rcvbuf=4096 read_interval_ms=10"),
        "5d33f763beb22a00"); // UDP datagrams are the bare messages
}

void tst_TcpModel::pinned()
{
    QFETCH(QStringList, settings);
    QFETCH(QByteArray, expected);
    StopSignal stop;
    const Trace trace = PlanRunner::run({ PlannedRun{ QString(), scenarioOf(settings) } },
                                        QString(), Mode::Sim, stop);
    const QByteArray actual = fingerprint(trace);
    if (expected.isEmpty())
        qWarning("fingerprint %s", actual.constData());
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(tst_TcpModel)
#include "tst_tcpmodel.moc"
