#include "render/bytestreamrenderer.h"
#include "tracefixture.h"
#include "view/bytestreamgeometry.h"
#include "view/bytestreamhittest.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sockscope;
using Row = ByteStreamGeometry::Row;

// The byte-stream view without a window: where each call's bytes lie on the offset axis, how a
// million calls become a few hundred pieces, what UDP's hatching covers, and what a point hits.
class TestByteStream : public QObject
{
    Q_OBJECT

private slots:
    void boundariesSitAtTheirOffsets();
    void recvBoundariesDifferFromSends();
    void manyBoundariesInOnePixelAggregate();
    void udpTruncatedTailIsTheCutBytes();
    void udpLostDatagramKeepsItsPlace();
    void emptyDatagramIsAMark();
    void framesLineUpWithSends();
    void oneSidedRunsShowTheRecordedSide();
    void eachRunHasItsOwnRuler();
    void hitFindsTheMessageUnderThePoint();
    void hitOnUdpLostAndTruncated();
    void paintsMessageColoursAndHatch();
    void rulerLabelsCarryUnits();

private:
    static constexpr QRect kRect{ 0, 0, 1000, 400 };
    static TimelineStyle style() { return TimelineStyle::light(); }
};

void TestByteStream::boundariesSitAtTheirOffsets()
{
    const Trace trace = fixture::trace({ fixture::tcpMerged() });
    const ByteStreamGeometry g(trace, kRect, style());
    const ByteStreamAxis &axis = g.axis(0);
    QCOMPARE(axis.from(), 0.0);
    QCOMPARE(axis.to(), 10.0);
    const QList<BytePiece> sends = g.pieces(0, Row::Sends);
    QCOMPARE(sends.size(), 2);
    QCOMPARE(sends.at(0).from, 0.0);
    QCOMPARE(sends.at(0).to, 5.0);
    QCOMPARE(sends.at(1).from, 5.0);
    QCOMPARE(sends.at(1).to, 10.0);
    QCOMPARE(sends.at(1).message, 1);
    // Byte 5 is halfway along the plot: the boundary between the two sends.
    QCOMPARE(axis.x(5), axis.left() + axis.width() / 2);
    QCOMPARE(axis.x(0), axis.left());
    QCOMPARE(axis.x(10), axis.right());
    // The sends row lies above the bar, the recvs row under it.
    QVERIFY(g.rowRect(0, Row::Sends).bottom() <= g.rowRect(0, Row::Bytes).top());
    QVERIFY(g.rowRect(0, Row::Recvs).top() >= g.rowRect(0, Row::Bytes).bottom());
}

void TestByteStream::recvBoundariesDifferFromSends()
{
    // 粘包: two sends, one recv that holds both.
    const Trace trace = fixture::trace({ fixture::tcpMerged() });
    const ByteStreamGeometry g(trace, kRect, style());
    const QList<BytePiece> recvs = g.pieces(0, Row::Recvs);
    QCOMPARE(recvs.size(), 1);
    QCOMPARE(recvs.at(0).from, 0.0);
    QCOMPARE(recvs.at(0).to, 10.0);
    QCOMPARE(recvs.at(0).index, 0);
    // The bar: one piece per message, in its colour.
    const QList<BytePiece> bytes = g.pieces(0, Row::Bytes);
    QCOMPARE(bytes.size(), 2);
    QCOMPARE(bytes.at(0).message, 0);
    QCOMPARE(bytes.at(1).message, 1);
}

void TestByteStream::manyBoundariesInOnePixelAggregate()
{
    // 200,000 one-byte sends read by recvs of 1000 bytes: far more calls than pixels.
    Run run;
    run.protocol = Protocol::Tcp;
    constexpr int n = 200'000;
    for (int i = 0; i < n; ++i)
        run.sends.append(fixture::send(i, i, i, 1, i, "x"));
    for (int i = 0; i < n / 1000; ++i)
        run.recvs.append(fixture::recv(i, n + i, 1000, qint64(i) * 1000, "x"));
    for (int i = 0; i < n; ++i)
        run.fates.append(fixture::fate(i, i, i, 1, Fate::Merged, { i / 1000 }));
    const Trace trace = fixture::trace({ run });
    const ByteStreamGeometry g(trace, kRect, style());
    const QList<BytePiece> sends = g.pieces(0, Row::Sends);
    QVERIFY2(sends.size() <= int(g.axis(0).width()) + 1, qPrintable(QString::number(sends.size())));
    int counted = 0;
    for (const BytePiece &p : sends) {
        QVERIFY(p.aggregated());
        QVERIFY(p.to - p.from <= 1.0 / g.axis(0).pixelsPerByte() + 1e-9);
        counted += p.count;
    }
    QCOMPARE(counted, n); // every call is in some column, none twice
    // The recvs (200 of them, ~4 px each) stay single boxes at their offsets.
    const QList<BytePiece> recvs = g.pieces(0, Row::Recvs);
    QCOMPARE(recvs.size(), n / 1000);
    QCOMPARE(recvs.at(7).from, 7000.0);
    QVERIFY(!recvs.at(7).aggregated());
    // Zoomed in on 100 bytes, the sends are single boxes again.
    const ByteStreamGeometry zoomed(trace, kRect, style(), 1000.0 / n, 1100.0 / n);
    const QList<BytePiece> close = zoomed.pieces(0, Row::Sends);
    QVERIFY(close.size() >= 100 && close.size() <= 102);
    for (const BytePiece &p : close)
        QVERIFY(!p.aggregated());
}

void TestByteStream::udpTruncatedTailIsTheCutBytes()
{
    // Datagrams of 14, 14 and 104 bytes; the third read with recvfrom(10).
    const Trace trace = fixture::trace({ fixture::udpLossAndTruncation() });
    const ByteStreamGeometry g(trace, kRect, style());
    QCOMPARE(g.axis(0).to(), 132.0);
    const QList<BytePiece> recvs = g.pieces(0, Row::Recvs);
    const auto cut
        = std::find_if(recvs.begin(), recvs.end(), [](const BytePiece &p) { return p.index == 1; });
    QVERIFY(cut != recvs.end());
    QCOMPARE(cut->from, 28.0); // its block starts after the two 14-byte datagrams
    QCOMPARE(cut->to, 38.0); // 10 bytes read
    QCOMPARE(cut->cutTo, 132.0); // 94 bytes cut off: the hatched span
    QCOMPARE(cut->cutTo - cut->to, 94.0);
    QCOMPARE(cut->message, 2);
    const auto whole
        = std::find_if(recvs.begin(), recvs.end(), [](const BytePiece &p) { return p.index == 0; });
    QVERIFY(whole != recvs.end());
    QCOMPARE(whole->cutTo, -1.0); // nothing hatched on a datagram read whole
}

void TestByteStream::udpLostDatagramKeepsItsPlace()
{
    const Trace trace = fixture::trace({ fixture::udpLossAndTruncation() });
    const ByteStreamGeometry g(trace, kRect, style());
    const QList<BytePiece> recvs = g.pieces(0, Row::Recvs);
    const auto lost
        = std::find_if(recvs.begin(), recvs.end(), [](const BytePiece &p) { return p.lost; });
    QVERIFY(lost != recvs.end());
    QCOMPARE(lost->from, 14.0);
    QCOMPARE(lost->to, 28.0);
    QCOMPARE(lost->message, 1);
    // The sends row has all three datagrams, each its own block.
    const QList<BytePiece> sends = g.pieces(0, Row::Sends);
    QCOMPARE(sends.size(), 3);
    QCOMPARE(sends.at(2).from, 28.0);
    QCOMPARE(sends.at(2).to, 132.0);
}

void TestByteStream::emptyDatagramIsAMark()
{
    // Datagrams of 5, 0 and 5 bytes, each read by its own recv.
    Run run;
    run.protocol = Protocol::Udp;
    const qint64 sizes[] = { 5, 0, 5 };
    for (int i = 0; i < 3; ++i) {
        run.sends.append(fixture::send(i, i, i * 1000, sizes[i], 0, "x"));
        RecvEvent r = fixture::recv(i, i * 1000 + 500, sizes[i], 0, "x");
        r.seq = i;
        r.datagramSize = sizes[i];
        run.recvs.append(r);
        run.fates.append(
            fixture::fate(i, i, 0, sizes[i], sizes[i] ? Fate::Intact : Fate::Empty, { i }));
    }
    const Trace trace = fixture::trace({ run });
    const ByteStreamGeometry g(trace, kRect, style());
    const QList<BytePiece> recvs = g.pieces(0, Row::Recvs);
    QCOMPARE(recvs.size(), 3);
    const auto empty
        = std::find_if(recvs.begin(), recvs.end(), [](const BytePiece &p) { return p.empty; });
    QVERIFY(empty != recvs.end());
    QCOMPARE(empty->index, 1);
    QCOMPARE(empty->from, 5.0);
    QCOMPARE(empty->to, 5.0);
    // The pointer on the boundary finds the empty datagram, not its neighbours.
    const ByteStreamHit h = ByteStreamHitTest::hit(
        trace, g, QPointF(g.axis(0).x(5) + 1, g.rowRect(0, Row::Recvs).center().y()));
    QCOMPARE(h.kind, ByteStreamHit::Kind::Recv);
    QCOMPARE(h.index, 1);
    QCOMPARE(h.message, 1);
}

void TestByteStream::framesLineUpWithSends()
{
    Run run = fixture::tcpMerged();
    Frame a;
    a.id = 0;
    a.offset = 0;
    a.length = 5;
    a.recvs = { 0 };
    Frame b = a;
    b.id = 1;
    b.offset = 5;
    run.frames = { a, b };
    const Trace trace = fixture::trace({ run });
    const ByteStreamGeometry g(trace, kRect, style());
    QVERIFY(!g.rowRect(0, Row::Frames).isEmpty());
    QVERIFY(g.rowRect(0, Row::Frames).top() >= g.rowRect(0, Row::Recvs).bottom());
    const QList<BytePiece> frames = g.pieces(0, Row::Frames);
    const QList<BytePiece> sends = g.pieces(0, Row::Sends);
    QCOMPARE(frames.size(), sends.size());
    for (int i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames.at(i).from, sends.at(i).from);
        QCOMPARE(frames.at(i).to, sends.at(i).to);
    }
    // Without framing there is no third row.
    const Trace plain = fixture::trace({ fixture::tcpMerged() });
    QVERIFY(ByteStreamGeometry(plain, kRect, style()).rowRect(0, Row::Frames).isEmpty());
}

void TestByteStream::oneSidedRunsShowTheRecordedSide()
{
    Run observed = fixture::tcpMerged();
    observed.role = Role::Observer;
    observed.sends = {};
    observed.fates = {};
    Run sender = fixture::tcpMerged();
    sender.role = Role::Sender;
    sender.recvs = {};
    const Trace trace = fixture::trace({ observed, sender });
    const ByteStreamGeometry g(trace, kRect, style());
    QVERIFY(g.rowRect(0, Row::Sends).isEmpty());
    QVERIFY(!g.rowRect(0, Row::Recvs).isEmpty());
    QCOMPARE(g.pieces(0, Row::Recvs).size(), 1);
    QVERIFY(!g.rowRect(1, Row::Sends).isEmpty());
    QVERIFY(g.rowRect(1, Row::Recvs).isEmpty());
    QCOMPARE(g.pieces(1, Row::Sends).size(), 2);
}

void TestByteStream::eachRunHasItsOwnRuler()
{
    // A 10-byte request run over 132 bytes of datagrams: each fills the width.
    const Trace trace = fixture::trace({ fixture::tcpMerged(), fixture::udpLossAndTruncation() });
    const ByteStreamGeometry g(trace, kRect, style());
    QCOMPARE(g.axis(0).to(), 10.0);
    QCOMPARE(g.axis(1).to(), 132.0);
    QCOMPARE(g.axis(0).x(10), g.axis(1).x(132));
    // A zoom is the same part of each: the first half.
    const ByteStreamGeometry half(trace, kRect, style(), 0, 0.5);
    QCOMPARE(half.axis(0).to(), 5.0);
    QCOMPARE(half.axis(1).to(), 66.0);
}

void TestByteStream::hitFindsTheMessageUnderThePoint()
{
    const Trace trace = fixture::trace({ fixture::tcpMerged() });
    const ByteStreamGeometry g(trace, kRect, style());
    const double yRecv = g.rowRect(0, Row::Recvs).center().y();
    const double ySend = g.rowRect(0, Row::Sends).center().y();
    const double yBar = g.rowRect(0, Row::Bytes).center().y();
    // Offset 7 is in the one recv, and in message 1.
    ByteStreamHit h = ByteStreamHitTest::hit(trace, g, QPointF(g.axis(0).x(7.5), yRecv));
    QCOMPARE(h.kind, ByteStreamHit::Kind::Recv);
    QCOMPARE(h.index, 0);
    QCOMPARE(h.message, 1);
    h = ByteStreamHitTest::hit(trace, g, QPointF(g.axis(0).x(2.5), yRecv));
    QCOMPARE(h.kind, ByteStreamHit::Kind::Recv);
    QCOMPARE(h.message, 0);
    h = ByteStreamHitTest::hit(trace, g, QPointF(g.axis(0).x(7.5), ySend));
    QCOMPARE(h.kind, ByteStreamHit::Kind::Send);
    QCOMPARE(h.index, 1);
    QCOMPARE(h.message, 1);
    h = ByteStreamHitTest::hit(trace, g, QPointF(g.axis(0).x(2.5), yBar));
    QCOMPARE(h.kind, ByteStreamHit::Kind::Message);
    QCOMPARE(h.message, 0);
    // The gutter and the header hit nothing.
    QCOMPARE(ByteStreamHitTest::hit(trace, g, QPointF(2, yRecv)).kind, ByteStreamHit::Kind::None);
    QCOMPARE(ByteStreamHitTest::hit(trace, g,
                                    QPointF(g.axis(0).x(5), g.runs().at(0).header.center().y()))
                 .kind,
             ByteStreamHit::Kind::None);
}

void TestByteStream::hitOnUdpLostAndTruncated()
{
    const Trace trace = fixture::trace({ fixture::udpLossAndTruncation() });
    const ByteStreamGeometry g(trace, kRect, style());
    const double y = g.rowRect(0, Row::Recvs).center().y();
    ByteStreamHit h = ByteStreamHitTest::hit(trace, g, QPointF(g.axis(0).x(20), y));
    QVERIFY(h.lost);
    QCOMPARE(h.message, 1);
    // The hatched tail belongs to the recv that cut it.
    h = ByteStreamHitTest::hit(trace, g, QPointF(g.axis(0).x(100), y));
    QCOMPARE(h.kind, ByteStreamHit::Kind::Recv);
    QCOMPARE(h.index, 1);
    QCOMPARE(h.message, 2);
}

void TestByteStream::paintsMessageColoursAndHatch()
{
    const TimelineStyle s = style();
    const Trace trace = fixture::trace({ fixture::udpLossAndTruncation() });
    QImage image(kRect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        ByteStreamRenderer::paint(p, kRect, trace, s);
    }
    const ByteStreamGeometry g(trace, kRect, s);
    // The bar over datagram 0 is message 0's colour.
    const QRectF bar = g.rowRect(0, Row::Bytes);
    const QPoint inBar(int(g.axis(0).x(4)), int(bar.top() + 2));
    QCOMPARE(image.pixelColor(inBar), s.messageColor(0));
    // The cut-off tail of datagram 2 in the recvs row is hatched: the lost colour shows there,
    // and nowhere in the part that was read.
    const QRectF recvs = g.rowRect(0, Row::Recvs);
    auto hasLost = [&](double from, double to) {
        for (int x = int(g.axis(0).x(from)) + 2; x < int(g.axis(0).x(to)) - 2; ++x)
            for (int y = int(recvs.top()) + 3; y < int(recvs.bottom()) - 3; ++y)
                if (image.pixelColor(x, y) == s.lost)
                    return true;
        return false;
    };
    QVERIFY(hasLost(40, 130));
    QVERIFY(!hasLost(29, 37));
    QVERIFY(hasLost(15, 27)); // the lost datagram
    // Lost and cut off read apart, as on the timeline and in its key: the cut-off tail is
    // hatched (its pale lost fill), the lost datagram crossed out, never hatched.
    const QColor hatchFill = TimelineStyle::mix(s.lost, s.background, 0.75);
    auto has = [&](double from, double to, const QColor &colour) {
        for (int x = int(g.axis(0).x(from)) + 2; x < int(g.axis(0).x(to)) - 2; ++x)
            for (int y = int(recvs.top()) + 3; y < int(recvs.bottom()) - 3; ++y)
                if (const QColor c = image.pixelColor(x, y); qAbs(c.red() - colour.red()) <= 1
                    && qAbs(c.green() - colour.green()) <= 1 && qAbs(c.blue() - colour.blue()) <= 1)
                    return true;
        return false;
    };
    QVERIFY(has(40, 130, hatchFill));
    QVERIFY(!has(15, 27, hatchFill));
}

void TestByteStream::rulerLabelsCarryUnits()
{
    QCOMPARE(ByteStreamAxis::label(512, 256), QStringLiteral("512 B"));
    QCOMPARE(ByteStreamAxis::label(12 * 1024, 4096), QStringLiteral("12 KiB"));
    QCOMPARE(ByteStreamAxis::label(3 * 1024 * 1024, 1024 * 1024), QStringLiteral("3 MiB"));
    // A 64 KiB stream on 800 px: round steps whose labels do not touch.
    const ByteStreamAxis axis(0, 800, 0, 65536);
    const qint64 step = axis.tickStep(60);
    QVERIFY(step * axis.pixelsPerByte() >= 60);
    QCOMPARE(step % 1024, 0);
    const QList<qint64> ticks = axis.ticks(60);
    QVERIFY(ticks.size() >= 4 && ticks.size() <= 14);
    QCOMPARE(ticks.first(), 0);
}

QTEST_MAIN(TestByteStream)
#include "tst_bytestream.moc"
