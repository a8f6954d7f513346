#include "windowtesthelpers.h"

#include "capture/loopbackcapture.h"
#include "view/timelinelayout.h"

#include "gui/clientexample.h"
#include "gui/mainwindow.h"
#include "gui/observepanel.h"
#include "gui/observesettings.h"
#include "gui/timelinewidget.h"
#include "run/observecontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <unistd.h>

using namespace sockscope;
using namespace windowtest;

namespace {

QByteArray lengthPrefixed(const QByteArray &body)
{
    QByteArray wire(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), wire.data());
    return wire + body;
}

} // namespace

// The Observe tab on the offscreen platform, driven by a real TCP client.
class TestObservePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void clientMessagesAppearDecoded();
    void wireLaneAppearsWhenTheClientCloses();
    void hostileLengthPrefixIsANote();
    void portInUseIsShownNotCrashed();
    void remoteBindNeedsAChoiceAndWarns();
    void exampleClientSpeaksTheFraming();
    void mainWindowHasTheTab();
    void udpListeningSaysWhatUdpDoes();

private:
    std::unique_ptr<ObservePanel> m_panel;
    void listen(const QString &framing);
};

void TestObservePanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sockscope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_observepanel"));
    QStandardPaths::setTestModeEnabled(true); // keep the user's real settings out of it
}

void TestObservePanel::init()
{
    // Every test starts from the defaults (TCP), whatever a run before it saved.
    QSettings().clear();
    m_panel = std::make_unique<ObservePanel>();
    m_panel->resize(1400, 900);
    m_panel->show();
}

void TestObservePanel::listen(const QString &framing)
{
    m_panel->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0);
    m_panel->findChild<QComboBox *>(QStringLiteral("framing"))->setCurrentText(framing);
    QCOMPARE(m_panel->start(), QString());
    QVERIFY(m_panel->isListening());
    QVERIFY(observeController(*m_panel)->port() != 0);
    // The address is on screen for the board.
    const auto *address = m_panel->findChild<QLabel *>(QStringLiteral("address"));
    QVERIFY(address->text().contains(QString::number(observeController(*m_panel)->port())));
}

void TestObservePanel::clientMessagesAppearDecoded()
{
    listen(QStringLiteral("length:4:be"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), observeController(*m_panel)->port());
    QVERIFY(client.waitForConnected(5000));
    const QList<QByteArray> bodies{ "hello", "world", "sticky packets" };
    QByteArray wire;
    for (const QByteArray &b : bodies)
        wire += lengthPrefixed(b);
    // Written in odd pieces: the decoder must not care where the recvs cut.
    for (qsizetype i = 0; i < wire.size(); i += 7) {
        client.write(wire.mid(i, 7));
        QVERIFY(client.waitForBytesWritten(5000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(observeTimeline(*m_panel)->trace().runs.size(), qsizetype(1), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(observeTimeline(*m_panel)->trace().runs.at(0).frames.size(),
                              qsizetype(3), 10000);
    const Run &run = observeTimeline(*m_panel)->trace().runs.at(0);
    for (int i = 0; i < bodies.size(); ++i) {
        QCOMPARE(run.frames[i].preview, bodies[i]);
        QVERIFY(run.frames[i].complete);
    }
    // The counts line is refreshed with the panel's next announcement, which may come a
    // moment after the timeline already shows the frames.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->findChild<QLabel *>(QStringLiteral("counts"))->text().contains(QLatin1String("3")),
        10000);
    // The window's status bar says what the tab is doing: where it listens, what came in.
    const QString where
        = QStringLiteral("Listening on TCP 127.0.0.1:%1").arg(observeController(*m_panel)->port());
    QVERIFY2(m_panel->statusText().startsWith(where), qPrintable(m_panel->statusText()));
    QVERIFY2(m_panel->statusText().contains(QLatin1String("1 connection")),
             qPrintable(m_panel->statusText()));
    client.disconnectFromHost();
    // The client's close is an EOF, counted apart from the recv() calls with data, as each run
    // counts it ("1 recv() + EOF").
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QLabel *>(QStringLiteral("counts"))
                                 ->text()
                                 .contains(QLatin1String(" + EOF")),
                             10000);
    m_panel->stop();
    QVERIFY(!m_panel->isListening());
    QVERIFY2(m_panel->statusText().startsWith(QLatin1String("Stopped listening")),
             qPrintable(m_panel->statusText()));
    // The trace stays for saving and export.
    QCOMPARE(observeTimeline(*m_panel)->trace().runs.at(0).frames.size(), qsizetype(3));
}

// With the permission to capture (root in CI), a client's run has a wire lane from the start,
// and its packets are drawn there as soon as its connection ends, while the tab still listens.
void TestObservePanel::wireLaneAppearsWhenTheClientCloses()
{
    if (const QString why = LoopbackCapture::probe(); !why.isEmpty()) {
        if (geteuid() == 0)
            QFAIL(qPrintable(QStringLiteral("capture unavailable although root: ") + why));
        QSKIP("capturing packets needs CAP_NET_RAW (run as root, as CI does)");
    }
    listen(QStringLiteral("none"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), observeController(*m_panel)->port());
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(observeTimeline(*m_panel)->trace().runs.size(), qsizetype(1), 10000);
    const auto run = [this] { return observeTimeline(*m_panel)->trace().runs.at(0); };
    QCOMPARE(run().wire, Wire::Captured);
    QVERIFY(TimelineLayout::shapeOf(run()).wire);
    client.write("hello, wire");
    QVERIFY(client.waitForBytesWritten(5000));
    client.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(!run().segments.isEmpty(), 10000);
    QVERIFY(m_panel->isListening());
    qint64 bytes = 0;
    for (const Segment &g : run().segments)
        bytes += g.ack ? 0 : g.bytes;
    QCOMPARE(bytes, qint64(11));
    m_panel->stop();
    QCOMPARE(observeTimeline(*m_panel)->trace().runs.at(0).wire, Wire::Captured);
}

void TestObservePanel::hostileLengthPrefixIsANote()
{
    listen(QStringLiteral("length:4:be"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), observeController(*m_panel)->port());
    QVERIFY(client.waitForConnected(5000));
    client.write(lengthPrefixed("ok")
                 + QByteArray("\xff\xff\xff\xff"
                              "garbage",
                              11));
    QVERIFY(client.waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(observeTimeline(*m_panel)->trace().runs.value(0).frames.size(),
                              qsizetype(2), 10000);
    const Frame bad = observeTimeline(*m_panel)->trace().runs.at(0).frames.at(1);
    QVERIFY(!bad.complete);
    QVERIFY(!bad.error.isEmpty());
    QTRY_VERIFY(observeNotes(*m_panel).join(QLatin1Char('\n')).contains(bad.error));
    QVERIFY(m_panel->isListening()); // a bad peer does not stop the observation
    m_panel->stop();
}

void TestObservePanel::portInUseIsShownNotCrashed()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    m_panel->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(busy.serverPort());
    const QString error = m_panel->start();
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_panel->isListening());
    const auto *shown = m_panel->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(shown->isVisible());
    QVERIFY(shown->text().contains(error));
    // A bad framing spec is refused the same way.
    m_panel->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0);
    m_panel->findChild<QComboBox *>(QStringLiteral("framing"))
        ->setCurrentText(QStringLiteral("length:3:be"));
    QVERIFY(m_panel->start().contains(QLatin1String("--framing")));
    QVERIFY(!m_panel->isListening());
}

void TestObservePanel::remoteBindNeedsAChoiceAndWarns()
{
    ObserveSettings *settings = observeSettings(*m_panel);
    QCOMPARE(settings->options().bindAddress, QStringLiteral("127.0.0.1"));
    auto *warning = settings->findChild<QLabel *>(QStringLiteral("bindWarning"));
    QVERIFY(!warning->isVisible());
    settings->findChild<QCheckBox *>(QStringLiteral("allow-remote"))->setChecked(true);
    QCOMPARE(settings->options().bindAddress, QStringLiteral("0.0.0.0"));
    QVERIFY(warning->isVisible());
    settings->findChild<QCheckBox *>(QStringLiteral("allow-remote"))->setChecked(false);
    QCOMPARE(settings->options().bindAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(!warning->isVisible());
}

void TestObservePanel::exampleClientSpeaksTheFraming()
{
    ObserveOptions o;
    o.framing = QStringLiteral("length:4:le");
    QVERIFY(ClientExample::python(o, QStringLiteral("127.0.0.1"), 9000)
                .contains(QLatin1String("struct.pack('<I'")));
    QVERIFY(ClientExample::netcat(o, QStringLiteral("127.0.0.1"), 9000).isEmpty()); // binary prefix
    o.framing = QStringLiteral("delimiter:\\n");
    QVERIFY(ClientExample::python(o, QStringLiteral("127.0.0.1"), 9000)
                .contains(QLatin1String("m + b'\\n'")));
    QCOMPARE(ClientExample::netcat(o, QStringLiteral("127.0.0.1"), 9000),
             QStringLiteral("nc 127.0.0.1 9000"));
    o.protocol = Protocol::Udp;
    o.framing = QStringLiteral("none");
    QVERIFY(ClientExample::python(o, QStringLiteral("10.0.0.2"), 53)
                .contains(QLatin1String("SOCK_DGRAM")));
    QCOMPARE(ClientExample::netcat(o, QStringLiteral("10.0.0.2"), 53),
             QStringLiteral("nc -u 10.0.0.2 53"));
}

void TestObservePanel::mainWindowHasTheTab()
{
    m_panel.reset();
    MainWindow window;
    window.show();
    QVERIFY(observePanel(window));
    QVERIFY(!window.isObserveTabShown());
    const auto status = [&window] {
        return window.statusBar()->findChild<QLabel *>(QStringLiteral("status"))->text();
    };
    const QString lessons = status();
    window.setObserveTabShown(true);
    QVERIFY(window.isObserveTabShown());
    QVERIFY(observePanel(window)->isVisible());
    // The Observe tab has no Run button: the status bar does not ask for one.
    QVERIFY2(!status().contains(QLatin1String("Run")), qPrintable(status()));
    QCOMPARE(status(), observePanel(window)->statusText());
    // View → Legend shows the key under this tab's timeline too.
    auto *legend = observePanel(window)->findChild<QWidget *>(QStringLiteral("observeLegend"));
    QVERIFY(legend);
    auto *legendAction = window.findChild<QAction *>(QStringLiteral("legendAction"));
    QVERIFY(legendAction);
    if (!legendAction->isChecked()) // remembered from an earlier run of the tests
        legendAction->trigger();
    QVERIFY(legend->isVisible());
    legendAction->trigger();
    QVERIFY(!legend->isVisible());
    legendAction->trigger();
    QVERIFY(legend->isVisible());
    window.setObserveTabShown(false);
    QVERIFY(timeline(window)->isVisible());
    QCOMPARE(status(), lessons);
}

// Listening for UDP, the banner says what becomes of datagrams, not of TCP connections.
void TestObservePanel::udpListeningSaysWhatUdpDoes()
{
    m_panel->findChild<QRadioButton *>(QStringLiteral("udp"))->setChecked(true);
    m_panel->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0);
    QCOMPARE(m_panel->start(), QString());
    QVERIFY(m_panel->isListening());
    const QString hint = m_panel->findChild<QLabel *>(QStringLiteral("addressHint"))->text();
    QVERIFY2(hint.contains(QLatin1String("UDP datagram")), qPrintable(hint));
    QVERIFY2(!hint.contains(QLatin1String("TCP")), qPrintable(hint));
    m_panel->stop();
    // Listening remembers the settings: listen for TCP once more, so that the next run of the
    // tests starts with TCP as it found it.
    m_panel->findChild<QRadioButton *>(QStringLiteral("tcp"))->setChecked(true);
    QCOMPARE(m_panel->start(), QString());
    m_panel->stop();
}

QTEST_MAIN(TestObservePanel)
#include "tst_observepanel.moc"
