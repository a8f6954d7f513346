// Safety: in a classroom, SockScope must not open a port to the network unless asked.
// Every socket the lesson runners and observe mode hold is bound to 127.0.0.1 by default; the
// proof reads the kernel's own tables (/proc/net/*, what `ss` shows) for this process's sockets.

#include "model/lessoncatalogue.h"
#include "observe/observesession.h"
#include "record/nativesocket.h"
#include "record/stopsignal.h"
#include "run/runcontroller.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <sys/socket.h>

using namespace sockscope;

namespace {

struct KernelSocket
{
    QString table; // tcp, udp, tcp6, udp6
    QString local; // hex address:port as /proc/net shows it
};

// The inodes of this process's sockets, from the /proc/self/fd links ("socket:[12345]").
QSet<QString> ownSocketInodes()
{
    QSet<QString> inodes;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd :
         fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(QLatin1String("socket:[")))
            inodes.insert(target.section(QLatin1Char('['), 1).chopped(1));
    }
    return inodes;
}

// This process's IP sockets as the kernel lists them.
QList<KernelSocket> ownInetSockets()
{
    const QSet<QString> inodes = ownSocketInodes();
    QList<KernelSocket> found;
    for (const char *table : { "tcp", "udp", "tcp6", "udp6" }) {
        QFile f(QStringLiteral("/proc/net/") + QLatin1String(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine(); // header
        while (!f.atEnd()) {
            const QList<QByteArray> cols = f.readLine().simplified().split(' ');
            if (cols.size() > 9 && inodes.contains(QString::fromLatin1(cols[9])))
                found.append({ QLatin1String(table), QString::fromLatin1(cols[1]) });
        }
    }
    return found;
}

// 127.0.0.1 in /proc/net/tcp's little-endian hex.
bool isLoopbackV4(const KernelSocket &s)
{
    return (s.table == QLatin1String("tcp") || s.table == QLatin1String("udp"))
        && s.local.section(QLatin1Char(':'), 0, 0).endsWith(QLatin1String("7F"));
}

QString describe(const QList<KernelSocket> &sockets)
{
    QStringList out;
    for (const KernelSocket &s : sockets)
        out << s.table + QLatin1Char(' ') + s.local;
    return out.join(QStringLiteral(", "));
}

} // namespace

class tst_Safety : public QObject
{
    Q_OBJECT

private slots:
    void nativeSocketBindsLoopbackByDefault_data();
    void nativeSocketBindsLoopbackByDefault();
    void lessonSocketsAreLoopbackOnly();
    void observeListensOnLoopbackByDefault_data();
    void observeListensOnLoopbackByDefault();
};

void tst_Safety::nativeSocketBindsLoopbackByDefault_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("tcp") << int(SOCK_STREAM);
    QTest::newRow("udp") << int(SOCK_DGRAM);
}

void tst_Safety::nativeSocketBindsLoopbackByDefault()
{
    QFETCH(int, type);
    QString error;
    NativeSocket s = NativeSocket::create(type, &error);
    QCOMPARE(s.bind(), QString());
    QCOMPARE(s.localAddress(), QStringLiteral("127.0.0.1")); // getsockname()
}

// While a lesson records (both protocols, the reader asleep so the sockets stay open), every
// socket of the process is IPv4 and bound to 127.0.0.1.
void tst_Safety::lessonSocketsAreLoopbackOnly()
{
    Scenario s;
    QCOMPARE(s.set(QStringLiteral("protocol"), QStringLiteral("both")), QString());
    QCOMPARE(s.set(QStringLiteral("count"), QStringLiteral("100")), QString());
    QCOMPARE(s.set(QStringLiteral("interval_ms"), QStringLiteral("50")), QString());
    QCOMPARE(s.set(QStringLiteral("read_delay_ms"), QStringLiteral("10000")), QString());
    RunController controller;
    controller.start({ PlannedRun{ QString(), s } }, QString());
    QTRY_VERIFY_WITH_TIMEOUT(controller.trace().runs.size() == 2
                                 && !controller.trace().runs[0].sends.isEmpty()
                                 && !controller.trace().runs[1].sends.isEmpty(),
                             5000);
    const QList<KernelSocket> sockets = ownInetSockets();
    controller.stop();
    // TCP client and server, UDP sender and receiver (the sender binds when it first sends).
    QVERIFY2(sockets.size() >= 4, qPrintable(describe(sockets)));
    for (const KernelSocket &k : sockets)
        QVERIFY2(isLoopbackV4(k), qPrintable(describe(sockets)));
}

void tst_Safety::observeListensOnLoopbackByDefault_data()
{
    QTest::addColumn<bool>("udp");
    QTest::newRow("tcp") << false;
    QTest::newRow("udp") << true;
}

void tst_Safety::observeListensOnLoopbackByDefault()
{
    QFETCH(bool, udp);
    ObserveOptions options; // what `sockscope observe --tcp|--udp --port 0` uses
    options.protocol = udp ? Protocol::Udp : Protocol::Tcp;
    QVERIFY(options.bindsLoopback());
    StopSignal stop;
    ObserveSession session(options, stop);
    QCOMPARE(session.open(), QString());
    QCOMPARE(session.address(), QStringLiteral("127.0.0.1"));
    const QList<KernelSocket> sockets = ownInetSockets();
    QCOMPARE(sockets.size(), 1);
    QVERIFY2(isLoopbackV4(sockets.first()), qPrintable(describe(sockets)));
}

QTEST_GUILESS_MAIN(tst_Safety)
#include "tst_safety.moc"
