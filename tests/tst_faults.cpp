// Faults a class will meet: a peer that closes or resets mid-run, a receiver that
// never reads, a thousand start/stop cycles, a run that reaches the event cap, invalid values
// for every scenario key. Each test fails if the behaviour regresses. (Port in use is
// tst_observecli::portInUseExitsOne; Stop of the GUI's RunController with a blocked sender is
// tst_runcontroller::stopWhileRecording; the cap's notice in the CLI is
// tst_faultscli.)

#include "model/lessoncatalogue.h"
#include "observe/endpoint.h"
#include "observe/observesession.h"
#include "observe/remotesender.h"
#include "record/eventrecorder.h"
#include "record/nativesocket.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "run/runcontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cerrno>
#include <future>
#include <sys/socket.h>
#include <thread>

using namespace sockscope;

namespace {

// The sanitizers keep freed memory in quarantine and shadow memory of their own, so RSS says
// nothing about our leaks there (LeakSanitizer checks those instead).
#ifdef SOCKSCOPE_SANITIZED // set by CMake for -DSOCKSCOPE_SANITIZE=..., with gcc and clang alike
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
// Stop returns within 500 ms; the sanitizers slow every instruction 5-15x (and the analysis
// after a stop with it), so their builds check the same path with a looser bound.
constexpr qint64 kStopBudgetMs = kSanitized ? 5000 : 500;
// 1,000 cycles; 200 under the sanitizers, whose builds run them for the leak and race checks.
constexpr int kCycles = kSanitized ? 200 : 1000;

Scenario scenario(const QList<QPair<const char *, const char *>> &settings)
{
    Scenario s;
    for (const auto &[key, value] : settings) {
        const QString error = s.set(QLatin1String(key), QLatin1String(value));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    return s;
}

qsizetype entries(const char *dir)
{
    return QDir(QLatin1String(dir)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size();
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(1).toLongLong() * 4; // pages of 4 KiB
}

// A student's server that accepts one client, reads `readFirst` bytes, then goes away: closed
// normally, or with SO_LINGER 0 so the kernel sends a reset.
class VanishingServer
{
public:
    VanishingServer(qint64 readFirst, bool reset)
    {
        QString error;
        m_listener = NativeSocket::create(SOCK_STREAM, &error);
        QVERIFY2(m_listener.bind().isEmpty() && m_listener.listen().isEmpty(), qPrintable(error));
        m_thread = std::thread([this, readFirst, reset] {
            QString ignored;
            NativeSocket client = m_listener.accept(&ignored);
            QByteArray buffer(4096, Qt::Uninitialized);
            for (qint64 got = 0; got < readFirst;) {
                const ssize_t r = ::recv(client.fd(), buffer.data(), size_t(buffer.size()), 0);
                if (r <= 0)
                    break;
                got += r;
            }
            if (reset) {
                const linger abortive{ 1, 0 };
                ::setsockopt(client.fd(), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
            }
            client.close();
        });
    }
    ~VanishingServer()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    quint16 port() const { return m_listener.localPort(); }

private:
    NativeSocket m_listener;
    std::thread m_thread;
};

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private slots:
    void peerGoesAwayMidRun_data();
    void peerGoesAwayMidRun();
    void observedClientResets();
    void stopReturnsWithAReceiverThatNeverReads_data();
    void stopReturnsWithAReceiverThatNeverReads();
    void startStopCycles();
    void eventCapStopsRecording_data();
    void eventCapStopsRecording();
    void everyKeyRejectsGarbage_data();
    void everyKeyRejectsGarbage();
    void simulatorKeysRejectOutOfRange_data();
    void simulatorKeysRejectOutOfRange();
    void hugeJsonNumbersAreRejected_data();
    void hugeJsonNumbersAreRejected();
    void payloadStartingWithABracketRoundTrips();
};

void tst_Faults::peerGoesAwayMidRun_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("peer closes") << false;
    QTest::newRow("peer resets (SO_LINGER 0)") << true;
}

// Send-to mode is where SockScope's sender has a peer that is not its own: the student's server
// reads a little and goes away. The run must end by itself, keep what was sent, and say why.
void tst_Faults::peerGoesAwayMidRun()
{
    QFETCH(bool, reset);
    VanishingServer server(1000, reset);
    const Scenario s = scenario(
        { { "protocol", "tcp" }, { "count", "2000" }, { "size", "100" }, { "interval_ms", "1" } });
    StopSignal stop;
    QElapsedTimer timer;
    timer.start();
    const Trace trace
        = RemoteSender::run({ PlannedRun{ QString(), s } }, QString(),
                            Endpoint{ QStringLiteral("127.0.0.1"), server.port() }, stop);
    QVERIFY2(timer.elapsed() < 10'000, "the run must end when the peer goes away");
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QVERIFY(!run.aborted);
    QVERIFY2(run.sends.size() >= 10, "the trace up to the failure is kept");
    QVERIFY2(run.sends.size() < 2000, "the run stopped at the failure");
    QVERIFY2(run.error.contains(QLatin1String("EPIPE"))
                 || run.error.contains(QLatin1String("ECONNRESET")),
             qPrintable(run.error));
    QVERIFY(run.sends.last().error == EPIPE || run.sends.last().error == ECONNRESET);
}

// Observe mode: the student's client sends, then resets. The recvs so far stay in the trace and
// the reset is shown on the last recv; the run ends normally (it is the peer's doing).
void tst_Faults::observedClientResets()
{
    ObserveOptions options;
    StopSignal stop;
    ObserveSession session(options, stop);
    QCOMPARE(session.open(), QString());
    auto observed = std::async(std::launch::async, [&] { return session.run(); });

    QString error;
    NativeSocket client = NativeSocket::create(SOCK_STREAM, &error);
    QCOMPARE(client.connectTo(session.port()), QString());
    const QByteArray hello("hello, observer");
    QCOMPARE(::send(client.fd(), hello.constData(), size_t(hello.size()), MSG_NOSIGNAL),
             ssize_t(hello.size()));
    QTest::qWait(200);
    const linger abortive{ 1, 0 };
    ::setsockopt(client.fd(), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    client.close();
    QTest::qWait(300);
    stop.stop();
    QCOMPARE(observed.wait_for(std::chrono::seconds(5)), std::future_status::ready);
    const Trace trace = observed.get();

    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QVERIFY(!run.recvs.isEmpty());
    QCOMPARE(run.recvs.first().bytes, qint64(hello.size()));
    QCOMPARE(run.recvs.last().error, ECONNRESET);
    QVERIFY(!run.aborted);
}

void tst_Faults::stopReturnsWithAReceiverThatNeverReads_data()
{
    QTest::addColumn<bool>("remote");
    QTest::addColumn<bool>("nonblocking");
    // The CLI's path (Ctrl+C): PlanRunner::run on this thread, the stop from another one.
    QTest::newRow("lesson, blocking sender") << false << false;
    QTest::newRow("lesson, non-blocking sender") << false << true;
    // Send-to mode: the external server accepts and never calls recv().
    QTest::newRow("send-to, blocking sender") << true << false;
    QTest::newRow("send-to, non-blocking sender") << true << true;
}

void tst_Faults::stopReturnsWithAReceiverThatNeverReads()
{
    QFETCH(bool, remote);
    QFETCH(bool, nonblocking);
    Scenario s = scenario({ { "protocol", "tcp" },
                            { "count", "200" },
                            { "size", "65536" },
                            { "sndbuf", "4096" },
                            { "rcvbuf", "4096" },
                            { "read_delay_ms", "60000" } });
    s.nonblocking = nonblocking;

    QString error;
    NativeSocket listener = NativeSocket::create(SOCK_STREAM, &error);
    QVERIFY(listener.bind().isEmpty() && listener.listen().isEmpty());

    StopSignal stop;
    auto result = std::async(std::launch::async, [&] {
        if (remote)
            return RemoteSender::run({ PlannedRun{ QString(), s } }, QString(),
                                     Endpoint{ QStringLiteral("127.0.0.1"), listener.localPort() },
                                     stop);
        return PlanRunner::run({ PlannedRun{ QString(), s } }, QString(), Mode::Real, stop);
    });
    // Long enough for the send buffer to fill and the sender to block.
    QTest::qWait(400);
    QElapsedTimer timer;
    timer.start();
    stop.stop();
    QCOMPARE(result.wait_for(std::chrono::seconds(5)), std::future_status::ready);
    QVERIFY2(timer.elapsed() < kStopBudgetMs, qPrintable(QString::number(timer.elapsed())));
    const Trace trace = result.get();
    QVERIFY(!trace.runs.isEmpty());
    QVERIFY(trace.runs.first().aborted); // the run (and its trace so far) is kept, marked stopped
}

// 1,000 starts and stops of the GUI's controller, at every moment of a run: no descriptor, no
// thread and (outside the sanitizers) no memory may be left behind.
void tst_Faults::startStopCycles()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    QVERIFY(lesson);
    const QList<PlannedRun> plan = lesson->plan(lesson->scenario);
    RunController controller;
    auto cycle = [&](int i) {
        controller.start(plan, lesson->name);
        // Stop at different moments: before the threads start, while connecting, recording.
        if (i % 4 == 1)
            QCoreApplication::processEvents();
        else if (i % 4 == 2)
            QTest::qWait(i % 7);
        controller.stop();
        QVERIFY(!controller.isRunning());
    };
    for (int i = 0; i < 20; ++i) // warm-up: lazily created Qt state, allocator pools
        cycle(i);
    QCoreApplication::processEvents();
    const qsizetype fds = entries("/proc/self/fd");
    const qsizetype threads = entries("/proc/self/task");
    const qint64 rss = rssKiB();
    for (int i = 0; i < kCycles; ++i)
        cycle(i);
    QCoreApplication::processEvents();
    qInfo("fds %lld -> %lld, threads %lld -> %lld, RSS %lld -> %lld KiB", qint64(fds),
          qint64(entries("/proc/self/fd")), qint64(threads), qint64(entries("/proc/self/task")),
          rss, rssKiB());
    QCOMPARE(entries("/proc/self/fd"), fds);
    QCOMPARE(entries("/proc/self/task"), threads);
    if (!kSanitized)
        QVERIFY2(rssKiB() - rss < 16 * 1024, "RSS grew by more than 16 MiB over 1,000 cycles");
}

void tst_Faults::eventCapStopsRecording_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("nonblocking");
    QTest::newRow("tcp") << QStringLiteral("tcp") << false;
    // A non-blocking sender whose reader is slow: partial sends and EAGAIN add events.
    QTest::newRow("tcp, non-blocking") << QStringLiteral("tcp") << true;
    QTest::newRow("udp") << QStringLiteral("udp") << false;
}

void tst_Faults::eventCapStopsRecording()
{
    QFETCH(QString, protocol);
    QFETCH(bool, nonblocking);
    Scenario s = scenario({ { "count", "100000" }, { "size", "10" } });
    s.set(QStringLiteral("protocol"), protocol);
    if (nonblocking)
        s = scenario({ { "protocol", "tcp" },
                       { "count", "1000" },
                       { "size", "65536" },
                       { "sndbuf", "4096" },
                       { "rcvbuf", "4096" },
                       { "nonblocking", "true" } });
    constexpr qint64 cap = 300;
    EventCap::setLimit(cap);
    StopSignal stop;
    QElapsedTimer timer;
    timer.start();
    const Trace trace
        = PlanRunner::run({ PlannedRun{ QString(), s } }, QString(), Mode::Real, stop);
    EventCap::setLimit(EventCap::kDefault);
    QVERIFY2(timer.elapsed() < 10'000, "the run must stop at the cap, not run to its end");
    QCOMPARE(trace.runs.size(), 1);
    const Run &run = trace.runs.first();
    QVERIFY(run.sends.size() <= cap);
    QVERIFY(run.recvs.size() <= cap);
    QVERIFY(run.sends.size() == cap || run.recvs.size() == cap);
    QCOMPARE(run.error, EventCap::notice(cap));
    QVERIFY(!run.aborted);
}

void tst_Faults::everyKeyRejectsGarbage_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    // Every key, present and future; payload is free text by design (its invalid values are
    // JSON types, tst_scenario::fromJsonRejects).
    for (const QString &key : Scenario::keys()) {
        if (key == QLatin1String("payload"))
            continue;
        for (const char *garbage :
             { "", "x", "-1e999", "nan", "1;rm -rf /", "\xff\xfe", "99999999999999999999" })
            QTest::addRow("%s = \"%s\"", qPrintable(key), garbage)
                << key << QString::fromUtf8(garbage);
    }
}

void tst_Faults::everyKeyRejectsGarbage()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Scenario s;
    const Scenario before = s;
    const QString error = s.set(key, value);
    // "x" is garbage for every key. An empty framing means none; a key that accepts one of the
    // others must at least leave a valid scenario.
    if (error.isEmpty()) {
        QVERIFY2(s.validate().isEmpty(), qPrintable(key + QLatin1String(" accepted ") + value));
        QVERIFY(value != QLatin1String("x") && value != QLatin1String("1;rm -rf /"));
        return;
    }
    QVERIFY2(error.contains(key), qPrintable(error));
    QVERIFY(s == before);
}

void tst_Faults::simulatorKeysRejectOutOfRange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("rtt_ms negative") << QStringLiteral("rtt_ms") << QStringLiteral("-1");
    QTest::newRow("bandwidth_kbps negative")
        << QStringLiteral("bandwidth_kbps") << QStringLiteral("-1");
    QTest::newRow("mss 0") << QStringLiteral("mss") << QStringLiteral("0");
    QTest::newRow("loss above 1") << QStringLiteral("loss") << QStringLiteral("1.5");
    QTest::newRow("reorder negative") << QStringLiteral("reorder") << QStringLiteral("-0.1");
    QTest::newRow("duplicate nan") << QStringLiteral("duplicate") << QStringLiteral("nan");
    QTest::newRow("delayed_ack_ms negative")
        << QStringLiteral("delayed_ack_ms") << QStringLiteral("-5");
    QTest::newRow("seed negative") << QStringLiteral("seed") << QStringLiteral("-1");
    QTest::newRow("seed fraction") << QStringLiteral("seed") << QStringLiteral("1.5");
}

void tst_Faults::simulatorKeysRejectOutOfRange()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Scenario s;
    const QString error = s.set(key, value);
    QVERIFY2(!error.isEmpty(), qPrintable(key));
    QVERIFY2(error.contains(key), qPrintable(error));
    QCOMPARE(s, Scenario());
}

void tst_Faults::hugeJsonNumbersAreRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    // Found by fuzz_scenario: a JSON number beyond qint64 was converted before the range check
    // (undefined behaviour). Every whole-number key, each way out of range.
    for (const char *key : { "count", "size", "interval_ms", "sndbuf", "rcvbuf", "recv_size",
                             "read_interval_ms", "read_delay_ms", "parts", "reply_size", "rtt_ms",
                             "bandwidth_kbps", "mss", "delayed_ack_ms", "seed" }) {
        for (double v : { 7.6e82, 9223372036854775808.0, -1e19, -1.7e308 })
            QTest::addRow("%s = %g", key, v) << QString::fromLatin1(key) << v;
    }
}

void tst_Faults::hugeJsonNumbersAreRejected()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QJsonObject json = Scenario().toJson();
    json[key] = value;
    QString error;
    QVERIFY(!Scenario::fromJson(json, &error));
    QVERIFY2(error.contains(key), qPrintable(error));
}

// Found by fuzz_scenarioset: payload=["[x"] (one template that starts with '[') was saved as the
// string "[x", which loads back as a malformed JSON list.
void tst_Faults::payloadStartingWithABracketRoundTrips()
{
    Scenario s;
    QCOMPARE(s.set(QStringLiteral("payload"), QStringLiteral("[\"[x\"]")), QString());
    QCOMPARE(s.payload, QStringList{ QStringLiteral("[x") });
    QString error;
    const auto loaded = Scenario::fromJson(s.toJson(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->payload, s.payload);
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
