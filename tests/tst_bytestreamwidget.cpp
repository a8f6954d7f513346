#include "gui/bytestreamwidget.h"
#include "gui/mainwindow.h"
#include "gui/timelinewidget.h"
#include "tracefixture.h"
#include "view/bytestreamgeometry.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace sockscope;
using namespace windowtest;

// The byte-stream view in the window: B switches to it and back, and it shares the timeline's
// trace and selection, so a message picked in one view is the one picked in the other.
class TestByteStreamWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void keySwitchesViews();
    void clickSelectsInBothViews();
    void timelineSelectionRedrawsTheByteView();
    void zoomKeepsTheByteUnderTheCursor();
};

namespace {

ByteStreamWidget *bytes(const QObject &window)
{
    return part<ByteStreamWidget>(window, QStringLiteral("byteStream"));
}

} // namespace

void TestByteStreamWidget::keySwitchesViews()
{
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    timeline(w)->setTrace(fixture::trace({ fixture::tcpMerged() }));
    QVERIFY(timeline(w)->isVisible());
    QVERIFY(!bytes(w)->isVisible());
    QTest::keyClick(timeline(w), Qt::Key_B);
    QVERIFY(bytes(w)->isVisible());
    QVERIFY(!timeline(w)->isVisible());
    QVERIFY(part<QAction>(w, QStringLiteral("byteViewAction"))->isChecked());
    QTest::keyClick(bytes(w), Qt::Key_B);
    QVERIFY(timeline(w)->isVisible());
    QVERIFY(!bytes(w)->isVisible());
}

void TestByteStreamWidget::clickSelectsInBothViews()
{
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    timeline(w)->setTrace(fixture::trace({ fixture::tcpMerged() }));
    QTest::keyClick(timeline(w), Qt::Key_B);
    ByteStreamWidget *view = bytes(w);
    QVERIFY(view->isVisible());
    const Trace &trace = timeline(w)->shownTrace();
    const ByteStreamGeometry g(trace, view->rect(), view->shownStyle());
    // The one recv holds both messages: a click on its second half picks message 1.
    const QPoint inRecv(int(g.axis(0).x(7.5)),
                        int(g.rowRect(0, ByteStreamGeometry::Row::Recvs).center().y()));
    QTest::mouseClick(view, Qt::LeftButton, {}, inRecv);
    QCOMPARE(timeline(w)->selection(), (TimelineSelection{ 0, 1 }));
    // Back on the timeline the same message is selected.
    QTest::keyClick(view, Qt::Key_B);
    QCOMPARE(timeline(w)->selection(), (TimelineSelection{ 0, 1 }));
    // Clicking it again clears it, as on the timeline.
    QTest::keyClick(timeline(w), Qt::Key_B);
    QTest::mouseClick(view, Qt::LeftButton, {}, inRecv);
    QVERIFY(!timeline(w)->selection().isValid());
}

void TestByteStreamWidget::timelineSelectionRedrawsTheByteView()
{
    TimelineWidget timelineWidget;
    timelineWidget.setTrace(fixture::trace({ fixture::tcpMerged() }));
    ByteStreamWidget view(&timelineWidget);
    view.resize(1000, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage before = view.grab().toImage();
    timelineWidget.setSelection({ 0, 0 });
    const QImage after = view.grab().toImage();
    QVERIFY(before != after); // message 1 faded, message 0 outlined
    timelineWidget.setSelection({});
    QCOMPARE(view.grab().toImage(), before);
}

void TestByteStreamWidget::zoomKeepsTheByteUnderTheCursor()
{
    TimelineWidget timelineWidget;
    timelineWidget.setTrace(fixture::trace({ fixture::udpLossAndTruncation() }));
    ByteStreamWidget view(&timelineWidget);
    view.resize(1000, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ByteStreamGeometry whole(timelineWidget.trace(), view.rect(), view.shownStyle());
    const double x = whole.axis(0).x(30);
    view.zoomAround(x, 4);
    QVERIFY(view.viewFrom() > 0);
    const ByteStreamGeometry zoomed(timelineWidget.trace(), view.rect(), view.shownStyle(),
                                    view.viewFrom(), view.viewTo());
    QVERIFY(std::abs(zoomed.axis(0).x(30) - x) < 0.5);
    QVERIFY(std::abs((zoomed.axis(0).to() - zoomed.axis(0).from()) - 132.0 / 4) < 0.5);
    view.fit();
    QCOMPARE(view.viewFrom(), 0.0);
    QCOMPARE(view.viewTo(), 1.0);
}

QTEST_MAIN(TestByteStreamWidget)
#include "tst_bytestreamwidget.moc"
