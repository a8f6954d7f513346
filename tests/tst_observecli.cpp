// `sockscope observe` and `sockscope run --to` as a user and a script call them: the printed
// address, exit codes, one clear line for bad input, Ctrl+C and --duration writing the JSON.

#include "clitesthelpers.h"
#include "observetesthelpers.h"

#include "io/tracejsonreader.h"
#include "record/nativesocket.h"
#include "render/timelinerenderer.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/socket.h>

using namespace sockscope;
using namespace observetest;

namespace {

using clitest::cLocale;
using clitest::Result;
using clitest::runSockscope;

// Starts `sockscope observe ARGS` and reads "listening on ADDR:PORT" from its stderr, the way
// a script would. Returns the port, 0 on failure; *address gets ADDR.
quint16 startObserve(QProcess &p, const QStringList &args, QString *address = nullptr)
{
    p.setProcessEnvironment(cLocale());
    p.setReadChannel(QProcess::StandardError);
    p.start(QStringLiteral(SOCKSCOPE_BINARY), QStringList{ QStringLiteral("observe") } + args);
    static const QRegularExpression listening(QStringLiteral("listening on ([0-9.]+):([0-9]+)"));
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        while (p.canReadLine()) {
            const QString line = QString::fromUtf8(p.readLine());
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                if (address)
                    *address = match.captured(1);
                return quint16(match.captured(2).toUInt());
            }
        }
        if (!p.waitForReadyRead(1000) && p.state() != QProcess::Running)
            break;
    }
    return 0;
}

// Ends an observation the way a user does (Ctrl+C) and returns its table.
QString stopObserve(QProcess &p)
{
    ::kill(pid_t(p.processId()), SIGINT);
    if (!p.waitForFinished(10'000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int countColour(const QImage &image, const QRectF &area, const QColor &colour)
{
    int n = 0;
    const QRect r = area.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            n += qAbs(qRed(c) - colour.red()) <= 40 && qAbs(qGreen(c) - colour.green()) <= 40
                    && qAbs(qBlue(c) - colour.blue()) <= 40
                ? 1
                : 0;
        }
    }
    return n;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_ObserveCli : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void portInUseExitsOne();
    void durationEndsAndWritesJson();
    void ctrlCWritesJson();
    void netcatClient();
    void sendToAnObserver();
    void udpTruncationShows();
    void resetAndUndecodedBytesInTheTable();
    void relayClientGoneIsNotTheSessionsFailure();
    void closedStdoutKeepsTheOutputs();
    void memoryBudgetInTheTableAndJson();
};

void tst_ObserveCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    auto row = [](const char *tag, const QString &args, const char *named) {
        QTest::newRow(tag) << args.split(QLatin1Char(' ')) << QString::fromUtf8(named);
    };
    row("no protocol", QStringLiteral("observe --port 0"), "--udp");
    row("both protocols", QStringLiteral("observe --tcp --udp --port 0"), "--tcp");
    row("no port", QStringLiteral("observe --tcp"), "--port");
    row("port too big", QStringLiteral("observe --tcp --port 70000"), "--port");
    row("recv size 0", QStringLiteral("observe --tcp --port 0 --recv-size 0"), "--recv-size");
    row("bad framing", QStringLiteral("observe --tcp --port 0 --framing length:3:be"), "--framing");
    row("framing on UDP", QStringLiteral("observe --udp --port 0 --framing delimiter:\\n"),
        "--framing");
    row("bad duration", QStringLiteral("observe --tcp --port 0 --duration -1"), "--duration");
    row("bad bind", QStringLiteral("observe --tcp --port 0 --bind localhost"), "--bind");
    row("max frame 0", QStringLiteral("observe --tcp --port 0 --max-frame 0"), "--max-frame");
    row("max clients 0", QStringLiteral("observe --tcp --port 0 --max-clients 0"), "--max-clients");
    row("memory budget 0", QStringLiteral("observe --tcp --port 0 --memory-budget 0"),
        "--memory-budget");
    row("memory budget huge",
        QStringLiteral("observe --tcp --port 0 --memory-budget 99999999999999999"),
        "--memory-budget");
    row("idle timeout negative", QStringLiteral("observe --tcp --port 0 --idle-timeout -1"),
        "--idle-timeout");
    row("idle timeout not a number", QStringLiteral("observe --tcp --port 0 --idle-timeout soon"),
        "--idle-timeout");
    row("relay no port", QStringLiteral("observe --tcp --port 0 --relay 127.0.0.1"), "--relay");
    row("relay remote", QStringLiteral("observe --tcp --port 0 --relay 192.0.2.1:80"),
        "--allow-remote");
    row("relay on UDP", QStringLiteral("observe --udp --port 0 --relay 127.0.0.1:80"), "--relay");
    row("to remote", QStringLiteral("run --lesson tcp-slow-reader --to 192.0.2.1:80"),
        "--allow-remote");
    row("to both protocols", QStringLiteral("run --lesson side-by-side --to 127.0.0.1:80"),
        "protocol");
    row("to bad address", QStringLiteral("run --lesson tcp-slow-reader --to nowhere"), "--to");
}

void tst_ObserveCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Result r = runSockscope(args);
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(named), qPrintable(lines[0]));
}

void tst_ObserveCli::portInUseExitsOne()
{
    QString error;
    NativeSocket taken = NativeSocket::create(SOCK_STREAM, &error);
    QCOMPARE(taken.bind(), QString());
    QCOMPARE(taken.listen(), QString());
    const Result r = runSockscope({ QStringLiteral("observe"), QStringLiteral("--tcp"),
                                    QStringLiteral("--port"), QString::number(taken.localPort()) });
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(QLatin1String("Address already in use")), qPrintable(lines[0]));
    QVERIFY(lines[0].contains(QString::number(taken.localPort())));
}

void tst_ObserveCli::durationEndsAndWritesJson()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QProcess p;
    QString address;
    QElapsedTimer timer;
    timer.start();
    const quint16 port = startObserve(p,
                                      { QStringLiteral("--tcp"), QStringLiteral("--port"),
                                        QStringLiteral("0"), QStringLiteral("--duration"),
                                        QStringLiteral("0.8"), QStringLiteral("--json"), json },
                                      &address);
    QVERIFY(port != 0);
    QCOMPARE(address, QStringLiteral("127.0.0.1")); // loopback unless --bind says otherwise
    QVERIFY(p.waitForFinished(10'000));
    QVERIFY2(timer.elapsed() >= 750 && timer.elapsed() < 5000,
             qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject trace = readJson(json);
    QCOMPARE(trace.value(QStringLiteral("format")).toString(), QStringLiteral("sockscope-trace"));
    QVERIFY(trace.value(QStringLiteral("runs")).toArray().isEmpty());
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                .contains(QLatin1String("No client connected")));
}

void tst_ObserveCli::ctrlCWritesJson()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to play the external client");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QProcess p;
    const quint16 port
        = startObserve(p,
                       { QStringLiteral("--tcp"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--framing"), QStringLiteral("length:4:be"),
                         QStringLiteral("--json"), json });
    QVERIFY(port != 0);
    QVERIFY(runClient(QStringLiteral("length"), port));
    QTest::qWait(300);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString table = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(table.contains(QLatin1String("sticky packets")), qPrintable(table));

    const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs[0].toObject();
    QCOMPARE(run.value(QStringLiteral("role")).toString(), QStringLiteral("observer"));
    QVERIFY(!run.contains(QStringLiteral("sends"))); // an observe run has no sends, no messages
    QVERIFY(!run.contains(QStringLiteral("messages")));
    QCOMPARE(run.value(QStringLiteral("frames")).toArray().size(), 5);
    QVERIFY(run.value(QStringLiteral("summary"))
                .toObject()
                .value(QStringLiteral("conserved"))
                .isNull());
}

void tst_ObserveCli::netcatClient()
{
    QString nc = QStandardPaths::findExecutable(QStringLiteral("nc"));
    if (nc.isEmpty())
        nc = QStandardPaths::findExecutable(QStringLiteral("ncat"));
    if (nc.isEmpty())
        QSKIP("nc is not installed");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QProcess p;
    const quint16 port
        = startObserve(p,
                       { QStringLiteral("--tcp"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--framing"), QStringLiteral("delimiter:\\n"),
                         QStringLiteral("--json"), json });
    QVERIFY(port != 0);
    QProcess client;
    client.start(nc, { QStringLiteral("127.0.0.1"), QString::number(port) });
    QVERIFY(client.waitForStarted());
    client.write("hello from nc\nsecond line\n");
    client.closeWriteChannel();
    QTest::qWait(500); // nc variants differ in when they close; the bytes are in by now
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(5000));
    client.kill();
    client.waitForFinished();
    const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonArray frames = runs[0].toObject().value(QStringLiteral("frames")).toArray();
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].toObject().value(QStringLiteral("preview")).toString(),
             QStringLiteral("hello from nc"));
}

void tst_ObserveCli::sendToAnObserver()
{
    QTemporaryDir dir;
    const QString seenJson = dir.filePath(QStringLiteral("seen.json"));
    const QString sentJson = dir.filePath(QStringLiteral("sent.json"));
    QProcess observer;
    const quint16 port = startObserve(observer,
                                      { QStringLiteral("--udp"), QStringLiteral("--port"),
                                        QStringLiteral("0"), QStringLiteral("--json"), seenJson });
    QVERIFY(port != 0);
    const Result r = runSockscope(
        { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("udp-boundaries"),
          QStringLiteral("--set"), QStringLiteral("protocol=udp"), QStringLiteral("--to"),
          QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--json"), sentJson });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("send() call")), qPrintable(r.out));
    QTest::qWait(200);
    ::kill(pid_t(observer.processId()), SIGINT);
    QVERIFY(observer.waitForFinished(5000));
    const QJsonObject sent
        = readJson(sentJson).value(QStringLiteral("runs")).toArray().at(0).toObject();
    QCOMPARE(sent.value(QStringLiteral("role")).toString(), QStringLiteral("sender"));
    QVERIFY(!sent.contains(QStringLiteral("recvs")));
    const int sends = int(sent.value(QStringLiteral("sends")).toArray().size());
    QVERIFY(sends > 0);
    const QJsonObject seen
        = readJson(seenJson).value(QStringLiteral("runs")).toArray().at(0).toObject();
    QCOMPARE(seen.value(QStringLiteral("recvs")).toArray().size(), sends);
}

// Datagrams longer than --recv-size: the JSON, the table and the picture all show the cut, and
// the caption names the observation, not a lesson's scenario.
void tst_ObserveCli::udpTruncationShows()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to play the external client");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    QProcess p;
    const quint16 port
        = startObserve(p,
                       { QStringLiteral("--udp"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--recv-size"), QStringLiteral("512"),
                         QStringLiteral("--json"), json, QStringLiteral("--svg"), svg });
    QVERIFY(port != 0);
    QVERIFY(runClient(QStringLiteral("udp-big"), port));
    QTest::qWait(300);
    const QString table = stopObserve(p);
    QCOMPARE(p.exitCode(), 0);
    const qint64 cut = (2000 - 512) + (65507 - 512);

    // JSON: every datagram's true size, the cut in the summary, the settings that ran.
    const QJsonObject trace = readJson(json);
    const QJsonObject run = trace.value(QStringLiteral("runs")).toArray().at(0).toObject();
    const QJsonArray recvs = run.value(QStringLiteral("recvs")).toArray();
    QCOMPARE(recvs.size(), 3);
    QCOMPARE(recvs[0].toObject().value(QStringLiteral("datagram_size")).toInt(), 2000);
    QCOMPARE(recvs[1].toObject().value(QStringLiteral("datagram_size")).toInt(), 65507);
    QVERIFY(recvs[0].toObject().value(QStringLiteral("truncated")).toBool());
    QVERIFY(recvs[1].toObject().value(QStringLiteral("truncated")).toBool());
    QVERIFY(!recvs[2].toObject().value(QStringLiteral("truncated")).toBool());
    const QJsonObject summary = run.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("truncated_bytes")).toInteger(), cut);
    QCOMPARE(summary.value(QStringLiteral("truncated")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("received_bytes")).toInt(), 512 + 512 + 10);
    const QJsonObject observe = trace.value(QStringLiteral("observe")).toObject();
    QCOMPARE(observe.value(QStringLiteral("protocol")).toString(), QStringLiteral("udp"));
    QCOMPARE(observe.value(QStringLiteral("port")).toInt(), int(port));
    QCOMPARE(observe.value(QStringLiteral("recv_size")).toInt(), 512);
    QCOMPARE(observe.value(QStringLiteral("read_interval_ms")).toInt(), 0);
    // The scenario names the reader's keys only: nothing of a sender that was not SockScope's.
    for (const QJsonObject &scenario : { trace.value(QStringLiteral("scenario")).toObject(),
                                         run.value(QStringLiteral("scenario")).toObject() }) {
        QCOMPARE(scenario.value(QStringLiteral("recv_size")).toInt(), 512);
        for (const char *key :
             { "count", "size", "interval_ms", "payload", "nodelay", "sndbuf", "rtt_ms" })
            QVERIFY2(!scenario.contains(QLatin1String(key)), key);
    }

    // The table: the cut stays visible next to a long payload, and is counted.
    QVERIFY2(table.contains(QLatin1String("[truncated: 512 of 2000 bytes kept]"))
                 && table.contains(QLatin1String("[truncated: 512 of 65507 bytes kept]")),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("%1 B cut off by truncation").arg(cut)),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Observing UDP on 127.0.0.1:%1").arg(port))
                 && table.contains(QLatin1String("recv(512)")),
             qPrintable(table));

    // The caption of the exported figure says the same and nothing of the default lesson.
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString figure = QString::fromUtf8(svgFile.readAll());
    QVERIFY(figure.contains(QStringLiteral("Observing UDP on 127.0.0.1:%1").arg(port)));
    QVERIFY(figure.contains(QLatin1String("recv(512)")));
    for (const char *lesson : { "message(s)", "TCP_NODELAY", "SO_SNDBUF", "back to back" })
        QVERIFY2(!figure.contains(QLatin1String(lesson)), lesson);

    // The picture: the saved trace, drawn as `show` draws it, hatches the cut-off part of each
    // truncated datagram's box and of no other.
    QString error;
    const auto saved = TraceJsonReader::read(json, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->runs.at(0).summary.truncatedBytes, cut);
    const TimelineStyle style = TimelineStyle::light();
    const QRect rect(0, 0, 1400, 300);
    const TimelineViewport viewport = TimelineRenderer::fittedViewport(*saved, rect, style);
    QImage image(rect.size(), QImage::Format_RGB32);
    {
        QPainter painter(&image);
        TimelineRenderer::paint(painter, rect, *saved, viewport, style);
    }
    const TimelineGeometry g(TimelineLayout(rect, *saved, style), viewport);
    const Run &observed = saved->runs.at(0);
    for (int i = 0; i < 2; ++i) {
        const QRectF box = g.recvBox(observed, 0, i);
        const QRectF tail(box.left() + 0.3 * box.width(), box.top(), 0.7 * box.width(),
                          box.height());
        QVERIFY2(countColour(image, tail, style.lost) > 20, qPrintable(QString::number(i)));
    }
    QCOMPARE(countColour(image, g.recvBox(observed, 0, 2), style.lost), 0);
}

// A peer that resets the connection and one whose framing the decoder rejects: the table says
// what the image says, the errno on its recv and the bytes nobody decoded.
void tst_ObserveCli::resetAndUndecodedBytesInTheTable()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to play the external client");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QProcess p;
    const quint16 port
        = startObserve(p,
                       { QStringLiteral("--tcp"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--framing"), QStringLiteral("length:4:be"),
                         QStringLiteral("--json"), json });
    QVERIFY(port != 0);
    QVERIFY(runClient(QStringLiteral("reset"), port));
    QVERIFY(runClient(QStringLiteral("malformed:huge-length"), port));
    QTest::qWait(500);
    const QString table = stopObserve(p);
    QCOMPARE(p.exitCode(), 0);

    const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    const QJsonArray resetRecvs = runs[0].toObject().value(QStringLiteral("recvs")).toArray();
    QVERIFY(!resetRecvs.isEmpty());
    QCOMPARE(resetRecvs.last().toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("ECONNRESET"));
    QVERIFY2(table.contains(QLatin1String("recv() failed: ECONNRESET")), qPrintable(table));
    QVERIFY2(table.contains(QLatin1String("1 recv() call failed: ECONNRESET")), qPrintable(table));

    // Everything after the rejected 4-byte header went undecoded.
    const QJsonObject bad = runs[1].toObject();
    const QJsonObject lastFrame = bad.value(QStringLiteral("frames")).toArray().last().toObject();
    const qint64 decodedEnd = lastFrame.value(QStringLiteral("offset")).toInteger()
        + lastFrame.value(QStringLiteral("length")).toInteger();
    const qint64 received = bad.value(QStringLiteral("summary"))
                                .toObject()
                                .value(QStringLiteral("received_bytes"))
                                .toInteger();
    QVERIFY(received - decodedEnd > 0);
    QVERIFY2(
        table.contains(
            QStringLiteral("%1 B received after it were not decoded").arg(received - decodedEnd)),
        qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Observing TCP on 127.0.0.1:%1").arg(port))
                 && table.contains(QLatin1String("framing length:4:be"))
                 && table.contains(QLatin1String("2 clients")),
             qPrintable(table));
}

// A relay's client goes away while the server still streams to it (curl interrupted): the
// relay's send() gets EPIPE or ECONNRESET. That is this connection's note and its runs; the
// session ran and exits 0, with the JSON written.
void tst_ObserveCli::relayClientGoneIsNotTheSessionsFailure()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to play the external client and server");
    QProcess server;
    const quint16 serverPort = startPeerServer(server, QStringLiteral("server-stream"));
    QVERIFY(serverPort != 0);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QProcess p;
    const quint16 port
        = startObserve(p,
                       { QStringLiteral("--tcp"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--relay"), QStringLiteral("127.0.0.1:%1").arg(serverPort),
                         QStringLiteral("--json"), json, QStringLiteral("--quiet") });
    QVERIFY(port != 0);
    QCOMPARE(runPeerClient(QStringLiteral("client-quit"), port), QByteArray());
    QVERIFY(server.waitForFinished(10'000)); // it learnt that its client was gone
    QTest::qWait(300);
    stopObserve(p);
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);

    const QJsonObject trace = readJson(json);
    QCOMPARE(trace.value(QStringLiteral("runs")).toArray().size(), 2);
    const QJsonArray notes = trace.value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 1);
    // Whichever direction noticed first (the client's RST on a recv(), or EPIPE on a send()),
    // the server was reset in turn.
    const QString note = notes[0].toString();
    QVERIFY2(note.contains(QStringLiteral("the server 127.0.0.1:%1 was reset").arg(serverPort)),
             qPrintable(note));
}

// A reader of the table that went away (`sockscope observe ... | head -1`): writing the table
// fails, and the recording's outputs are still written; SIGPIPE must not end the program.
void tst_ObserveCli::closedStdoutKeepsTheOutputs()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to start sockscope with SIGPIPE at its default");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    // Python starts sockscope with its stdout a pipe nobody reads and SIGPIPE at its default
    // action, as a shell's pipeline does (QProcess ignores SIGPIPE, and children inherit that).
    QProcess p;
    p.setProcessEnvironment(cLocale());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(python(),
            { QStringLiteral("-c"),
              QStringLiteral("import os, signal, sys\n"
                             "signal.signal(signal.SIGPIPE, signal.SIG_DFL)\n"
                             "r, w = os.pipe()\n"
                             "os.close(r)\n"
                             "os.dup2(w, 1)\n"
                             "os.execv(sys.argv[1], sys.argv[1:])\n"),
              QStringLiteral(SOCKSCOPE_BINARY), QStringLiteral("observe"), QStringLiteral("--tcp"),
              QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--duration"),
              QStringLiteral("0.5"), QStringLiteral("--json"), json });
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(readJson(json).value(QStringLiteral("format")).toString(),
             QStringLiteral("sockscope-trace"));
}

// Recording stopped by --memory-budget: the run's summary, the notes and the JSON say when and
// how much was not recorded; the client was read to its end all the same.
void tst_ObserveCli::memoryBudgetInTheTableAndJson()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("t.json"));
    QProcess p;
    const quint16 port = startObserve(
        p,
        { QStringLiteral("--tcp"), QStringLiteral("--port"), QStringLiteral("0"),
          QStringLiteral("--framing"), QStringLiteral("length:4:be"),
          QStringLiteral("--memory-budget"), QStringLiteral("1"), QStringLiteral("--json"), json });
    QVERIFY(port != 0);
    // 2 MiB of empty frames (zero length prefixes): far more frames than 1 MiB holds.
    const int fd = connectTcp(port);
    QVERIFY(fd >= 0);
    const QByteArray zeros(2 * 1024 * 1024, '\0');
    QVERIFY(sendAll(fd, zeros.constData(), zeros.size()));
    ::shutdown(fd, SHUT_WR);
    char byte = 0;
    QCOMPARE(::recv(fd, &byte, 1, 0), 0); // read to the end, then closed
    ::close(fd);
    const QString table = stopObserve(p);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(table.contains(QLatin1String("Recording stopped at")), qPrintable(table));
    QVERIFY2(table.contains(QLatin1String("memory budget of 1 MiB (--memory-budget)")),
             qPrintable(table));

    const QJsonArray runs = readJson(json).value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs[0].toObject();
    const QJsonObject unrecorded = run.value(QStringLiteral("unrecorded")).toObject();
    QCOMPARE(unrecorded.value(QStringLiteral("reason")).toString(),
             QStringLiteral("memory_budget"));
    QCOMPARE(unrecorded.value(QStringLiteral("limit")).toInteger(), 1024 * 1024);
    const qint64 received = run.value(QStringLiteral("summary"))
                                .toObject()
                                .value(QStringLiteral("received_bytes"))
                                .toInteger();
    QCOMPARE(received + unrecorded.value(QStringLiteral("bytes")).toInteger(), zeros.size());
    const QJsonArray notes = readJson(json).value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes[0].toString().contains(QLatin1String("--memory-budget")));
}

QTEST_MAIN(tst_ObserveCli)
#include "tst_observecli.moc"
