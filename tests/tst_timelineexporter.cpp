#include "render/timelineexporter.h"
#include "tracefixture.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sockscope;

namespace {

// Rectangles drawn with the box outline: the event boxes (legend and caption off).
int outlinedRects(const QByteArray &svg, const QColor &outline, QString *error)
{
    QXmlStreamReader xml(svg);
    QStringList strokes;
    int n = 0;
    const QString wanted = outline.name(QColor::HexRgb).toLower();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString stroke
                = xml.attributes().value(QStringLiteral("stroke")).toString().toLower();
            strokes.append(stroke.isEmpty() && !strokes.isEmpty() ? strokes.last() : stroke);
            if (xml.name() == QLatin1String("rect") && strokes.last() == wanted)
                ++n;
        } else if (xml.isEndElement()) {
            strokes.removeLast();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return n;
}

double inkFraction(const QImage &image, const QColor &background)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixelColor(x, y).rgb() != background.rgb() ? 1 : 0;
    }
    return double(ink) / (double(image.width() / 2) * double(image.height() / 2));
}

} // namespace

class TestTimelineExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngHasTheRequestedSize_data();
    void pngHasTheRequestedSize();
    void svgIsValidWithOneElementPerBox_data();
    void svgIsValidWithOneElementPerBox();
    void pdfIsWritten();
    void visibleRangeChangesThePicture();
    void captionSaysWhereTheLanesCameFrom();
    void oneSidedCaptionsDescribeWhatRan();
    void errorsAreSentences_data();
    void errorsAreSentences();

private:
    QTemporaryDir m_dir;
    Trace m_trace;
};

void TestTimelineExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_trace = fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() });
}

void TestTimelineExporter::pngHasTheRequestedSize_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("width");

    QTest::newRow("1×") << 1.0 << 1600;
    QTest::newRow("2×") << 2.0 << 1600;
    QTest::newRow("4×") << 4.0 << 1600;
    QTest::newRow("narrow 1×") << 1.0 << 800;
}

void TestTimelineExporter::pngHasTheRequestedSize()
{
    QFETCH(double, scale);
    QFETCH(int, width);

    TimelineExportOptions options;
    options.scale = scale;
    options.width = width;
    const QSizeF logical = TimelineExporter::logicalSize(m_trace, options);
    QCOMPARE(logical.width(), double(width));
    QVERIFY(logical.height() > 300); // caption, two runs, legend

    const QString path = m_dir.filePath(QStringLiteral("figure-%1-%2.png").arg(scale).arg(width));
    QCOMPARE(TimelineExporter::exportPng(m_trace, path, options), QString());
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(
        image.size(),
        QSize(int(std::ceil(logical.width() * scale)), int(std::ceil(logical.height() * scale))));
    const double ink = inkFraction(image, options.style.background);
    QVERIFY2(ink > 0.05 && ink < 0.9, qPrintable(QStringLiteral("ink %1").arg(ink)));
}

void TestTimelineExporter::svgIsValidWithOneElementPerBox_data()
{
    QTest::addColumn<int>("datagrams");

    QTest::newRow("1") << 1;
    QTest::newRow("5") << 5;
    QTest::newRow("12") << 12;
}

void TestTimelineExporter::svgIsValidWithOneElementPerBox()
{
    QFETCH(int, datagrams);

    const Trace trace = fixture::trace({ fixture::udpIntact(datagrams) });
    TimelineExportOptions options;
    options.legend = false; // its swatches are boxes too
    const QString path = m_dir.filePath(QStringLiteral("boxes-%1.svg").arg(datagrams));
    QCOMPARE(TimelineExporter::exportSvg(trace, path, options), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QString error;
    const int boxes = outlinedRects(svg, options.style.boxOutline, &error);
    QCOMPARE(error, QString());
    QCOMPARE(boxes, 2 * datagrams); // one send box and one recv box per datagram
    QVERIFY(svg.contains("<title>"));
}

void TestTimelineExporter::pdfIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("figure.pdf"));
    QCOMPARE(TimelineExporter::exportFile(m_trace, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 2000);
}

void TestTimelineExporter::visibleRangeChangesThePicture()
{
    TimelineExportOptions whole;
    TimelineExportOptions part;
    part.startNs = 0;
    part.endNs = 12'000'000; // the two TCP sends only
    const QImage a = TimelineExporter::render(m_trace, whole);
    const QImage b = TimelineExporter::render(m_trace, part);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b);
}

// A figure pasted on a slide must say whether it was measured or predicted; a --mode both
// figure holds both kinds of lane and must not claim to be only one.
void TestTimelineExporter::captionSaysWhereTheLanesCameFrom()
{
    Trace both = m_trace;
    both.runs[1].mode = Mode::Sim;
    const QString real = TimelineExporter::caption(m_trace, false);
    const QString mixed = TimelineExporter::caption(both, false);
    both.runs[0].mode = Mode::Sim;
    const QString sim = TimelineExporter::caption(both, false);
    QVERIFY2(real.contains(QStringLiteral("real sockets"))
                 && !real.contains(QStringLiteral("model")),
             qPrintable(real));
    QVERIFY2(sim.contains(QStringLiteral("network model"))
                 && !sim.contains(QStringLiteral("sockets")),
             qPrintable(sim));
    QVERIFY2(mixed.contains(QStringLiteral("Real sockets"))
                 && mixed.contains(QStringLiteral("network model")),
             qPrintable(mixed));

    // Whose packets the wire lanes are, from each run's recorded wire.
    QVERIFY(!real.contains(QStringLiteral("Wire lane")));
    Trace captured = m_trace;
    captured.runs[0].wire = Wire::Captured;
    const QString capturedText = TimelineExporter::caption(captured, false);
    QVERIFY2(capturedText.contains(QStringLiteral("captured on loopback"))
                 && !capturedText.contains(QStringLiteral("model")),
             qPrintable(capturedText));
    captured.runs[1].mode = Mode::Sim;
    captured.runs[1].wire = Wire::Simulated;
    const QString bothWires = TimelineExporter::caption(captured, false);
    QVERIFY2(bothWires.contains(QStringLiteral("captured on loopback for the real runs"))
                 && bothWires.contains(QStringLiteral("the model's packets")),
             qPrintable(bothWires));
}

// Observe, relay and send-to figures: the caption names the settings that ran and nothing of a
// lesson's scenario that did not (SockScope's sender in observe, its receiver in send-to).
void TestTimelineExporter::oneSidedCaptionsDescribeWhatRan()
{
    Run observed;
    observed.role = Role::Observer;
    observed.peers = { QStringLiteral("127.0.0.1:5555") };
    observed.scenario.protocol = Scenario::Protocols::Tcp;
    observed.scenario.recvSize = 512;
    observed.scenario.readIntervalMs = 50;
    observed.scenario.framing = QStringLiteral("length:4:be");
    Trace observe;
    observe.scenario = observed.scenario;
    observe.runs = { observed };
    ObservationSettings settings;
    settings.address = QStringLiteral("127.0.0.1");
    settings.port = 9000;
    settings.recvSize = 512;
    settings.readIntervalMs = 50;
    settings.framing = QStringLiteral("length:4:be");
    settings.maxFrame = 1024;
    observe.observe = settings;
    // A trace saved before the settings were recorded: what its runs say.
    Trace legacy = observe;
    legacy.observe.reset();
    const QString lessonWords[] = { QStringLiteral("message(s)"), QStringLiteral("TCP_NODELAY"),
                                    QStringLiteral("SO_SNDBUF"), QStringLiteral("back to back"),
                                    QStringLiteral("loopback") };
    for (const Trace &trace : { observe, legacy }) {
        const QString caption = TimelineExporter::caption(trace, false);
        for (const char *word :
             { "recv(512)", "every 50 ms", "length:4:be", "127.0.0.1:5555", "receiving program" })
            QVERIFY2(caption.contains(QLatin1String(word)), qPrintable(caption));
        for (const QString &word : lessonWords)
            QVERIFY2(!caption.contains(word), qPrintable(caption));
        QVERIFY(!TimelineExporter::title(trace, {}).contains(QLatin1String("SockScope trace")));
    }
    QVERIFY(TimelineExporter::caption(observe, false).contains(QLatin1String("127.0.0.1:9000")));
    QVERIFY(TimelineExporter::caption(observe, false).contains(QLatin1String("1 KiB")));

    Trace relay = observe;
    relay.runs[0].role = Role::Relay;
    relay.runs[0].peers << QStringLiteral("127.0.0.1:8000");
    relay.observe->relay = QStringLiteral("127.0.0.1:8000");
    const QString relayed = TimelineExporter::caption(relay, false);
    QVERIFY2(relayed.contains(QStringLiteral("127.0.0.1:9000 → 127.0.0.1:8000"))
                 && relayed.contains(QLatin1String("relay"))
                 && relayed.contains(QLatin1String("1 client(s): 127.0.0.1:5555")),
             qPrintable(relayed));

    Run sent;
    sent.role = Role::Sender;
    sent.peers = { QStringLiteral("127.0.0.1:7000") };
    Trace sendTo;
    sendTo.lesson = QStringLiteral("tcp-slow-reader");
    sendTo.scenario.protocol = Scenario::Protocols::Tcp;
    sendTo.scenario.intervalMs = 10;
    sendTo.scenario.readIntervalMs = 50;
    sendTo.runs = { sent };
    const QString sending = TimelineExporter::caption(sendTo, false);
    for (const char *word :
         { "every 10 ms", "TCP_NODELAY", "to 127.0.0.1:7000", "sending program" })
        QVERIFY2(sending.contains(QLatin1String(word)), qPrintable(sending));
    for (const char *word :
         { "recv(1024)", "SO_RCVBUF", "read every", "read when ready", "loopback" })
        QVERIFY2(!sending.contains(QLatin1String(word)), qPrintable(sending));
    // The lesson's title is about its slow reader, which did not run.
    QVERIFY(!TimelineExporter::title(sendTo, {}).contains(QLatin1String("slow reader")));
}

void TestTimelineExporter::errorsAreSentences_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown type") << QStringLiteral("figure.bmp") << QStringLiteral("bmp");
    QTest::newRow("missing folder png") << QStringLiteral("/nonexistent-dir/figure.png")
                                        << QStringLiteral("/nonexistent-dir/figure.png");
    QTest::newRow("missing folder svg")
        << QStringLiteral("/nonexistent-dir/figure.svg") << QStringLiteral("cannot write");
    QTest::newRow("missing folder pdf")
        << QStringLiteral("/nonexistent-dir/figure.pdf") << QStringLiteral("cannot write");
}

void TestTimelineExporter::errorsAreSentences()
{
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const QString error = TimelineExporter::exportFile(m_trace, path);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_MAIN(TestTimelineExporter)
#include "tst_timelineexporter.moc"
