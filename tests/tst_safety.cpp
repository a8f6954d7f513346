// Safety: in a classroom, SockScope must not open a port to the network unless asked.
// Every socket the lesson runners and observe mode hold is bound to 127.0.0.1 by default; the
// proof asks the kernel (getsockname) about every socket descriptor of this process.

#include "model/lessoncatalogue.h"
#include "observe/observesession.h"
#include "record/nativesocket.h"
#include "record/stopsignal.h"
#include "run/runcontroller.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace sockscope;

namespace {

struct KernelSocket
{
    QString table; // tcp, udp, tcp6, udp6
    QString local; // address:port as the kernel reports it (getsockname)
};

// This process's IP sockets as the kernel reports them: every descriptor in /proc/self/fd that
// is a socket, asked for its address with getsockname(). (Reading /proc/net/tcp instead was not
// one snapshot: with tens of thousands of sockets in TIME_WAIT after the observe soak, an entry
// could be skipped between two pages of the read, and a socket went missing.)
QList<KernelSocket> ownInetSockets()
{
    QList<KernelSocket> found;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name :
         fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
        if (!QFile::symLinkTarget(fds.filePath(name)).contains(QLatin1String("socket:[")))
            continue;
        const int fd = name.toInt();
        sockaddr_storage addr{};
        socklen_t len = sizeof addr;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            continue; // closed meanwhile
        if (addr.ss_family != AF_INET && addr.ss_family != AF_INET6)
            continue; // Unix sockets (Qt's, the event loop's)
        int type = 0;
        socklen_t typeLen = sizeof type;
        ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLen);
        QString table = type == SOCK_DGRAM ? QStringLiteral("udp") : QStringLiteral("tcp");
        char text[INET6_ADDRSTRLEN] = {};
        quint16 port = 0;
        if (addr.ss_family == AF_INET6) {
            table += QLatin1Char('6');
            const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&addr);
            ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
            port = ntohs(in6->sin6_port);
        } else {
            const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
            ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
            port = ntohs(in->sin_port);
        }
        found.append(
            { table, QString::fromLatin1(text) + QLatin1Char(':') + QString::number(port) });
    }
    return found;
}

bool isLoopbackV4(const KernelSocket &s)
{
    return (s.table == QLatin1String("tcp") || s.table == QLatin1String("udp"))
        && s.local.startsWith(QLatin1String("127.0.0.1:"));
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
