#include "render/rectcanvas.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace sockscope;

// A lane's boxes are gathered in a RectCanvas and reach the picture in one drawImage(): what
// they draw must be what the painter draws for the same calls, at every scale an export uses,
// with the lane clipped as RunPainter clips it, and what is drawn between them (a hatch, a
// dashed outline) must stay on top of the boxes before it and under those after it.
namespace {

struct Setup
{
    double pixelRatio = 1; // the image's (an export at --scale 2)
    double worldScale = 1; // the painter's own
    QPointF offset; // the painter's translation
};

using Paint = std::function<void(QPainter &, RectCanvas *)>;

QImage render(const Setup &setup, const QRectF &area, const QRectF &clip, const Paint &paint,
              bool gather)
{
    QImage image(QSize(420, 260) * setup.pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(setup.pixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(setup.offset);
    painter.scale(setup.worldScale, setup.worldScale);
    painter.setClipRect(clip);
    if (gather) {
        RectCanvas canvas(painter, area);
        if (!canvas.gathers())
            return {};
        paint(painter, &canvas);
    } else {
        paint(painter, nullptr);
    }
    return image;
}

QByteArray describe(const Setup &s)
{
    return QByteArray("pixel ratio ") + QByteArray::number(s.pixelRatio) + ", scale "
        + QByteArray::number(s.worldScale) + ", offset " + QByteArray::number(s.offset.x()) + ","
        + QByteArray::number(s.offset.y());
}

int differing(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

QList<Setup> setups()
{
    return {
        { 1, 1, {} }, { 2, 1, {} }, { 1, 2, {} }, { 1, 1, { 3.25, 1.5 } }, { 2, 1.5, { 0.5, 0.75 } }
    };
}

// A fill through the canvas when there is one, else through the painter.
void fill(QPainter &p, RectCanvas *canvas, const QRectF &rect, const QColor &colour)
{
    if (canvas)
        canvas->fill(rect, colour);
    else
        p.fillRect(rect, colour);
}

QColor colour(QRandomGenerator &random)
{
    return QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256));
}

} // namespace

class TestRectCanvas : public QObject
{
    Q_OBJECT

private slots:
    // Fills land on exactly the pixels the raster engine's aliased fillRect() covers, the last
    // one on top, at every scale, cut by the clip as the painter cuts them.
    void fillsAreThePaintersFills()
    {
        QRandomGenerator random(7);
        for (const Setup &setup : setups()) {
            for (int round = 0; round < 20; ++round) {
                QList<std::pair<QRectF, QColor>> rects;
                for (int i = 0; i < 60; ++i) {
                    const double x = 10 + random.bounded(150.0);
                    const double y = 30 + random.bounded(40.0);
                    rects.append({ QRectF(x, y, random.bounded(i % 3 ? 6.0 : 40.0),
                                          2 + random.bounded(50.0)),
                                   colour(random) });
                }
                const QRectF area(20, 25, 140, 90); // boxes reach past its sides: the clip cuts
                const Paint paint = [&](QPainter &p, RectCanvas *canvas) {
                    for (const auto &[rect, c] : rects)
                        fill(p, canvas, rect, c);
                };
                const QImage direct = render(setup, area, area, paint, false);
                const QImage gathered = render(setup, area, area, paint, true);
                QVERIFY2(!gathered.isNull(), "the raster engine gathers");
                QVERIFY2(differing(direct, gathered) == 0,
                         describe(setup) + ": " + QByteArray::number(differing(direct, gathered)));
            }
        }
    }

    // An outline covers the pixels the raster engine's aliased drawRect() covers: a pen one
    // device pixel wide is gathered, the right and bottom edges included; a wider pen, or a box
    // narrower than a pixel, is the painter's own, in its place among the others.
    void outlinesAreThePaintersOutlines()
    {
        QRandomGenerator random(11);
        int gatheredOutlines = 0;
        for (const Setup &setup : setups()) {
            for (const double pen : { 1.0, 2.0, 3.0 }) {
                for (int round = 0; round < 40; ++round) {
                    QList<std::pair<QRectF, QColor>> boxes;
                    for (int i = 0; i < 30; ++i) {
                        // On a sixteenth of a pixel, as a time axis places them (away from where
                        // the engine's 26.6 fixed point rounds a hair differently from floor()).
                        const double x = 10 + random.bounded(2400) / 16.0;
                        const double w = random.bounded(i % 2 ? 64 : 640) / 16.0;
                        boxes.append({ QRectF(x, 40.25, w, 30.5), colour(random) });
                    }
                    const QRectF area(0, 20, 300, 80);
                    const Paint paint = [&](QPainter &p, RectCanvas *canvas) {
                        for (const auto &[box, c] : boxes) {
                            if (canvas) {
                                canvas->fill(box, c);
                                canvas->outline(box, Qt::black, pen);
                            } else {
                                p.fillRect(box, c);
                                p.setPen(QPen(Qt::black, pen));
                                p.drawRect(box);
                            }
                        }
                    };
                    const QImage direct = render(setup, area, area, paint, false);
                    const QImage gathered = render(setup, area, area, paint, true);
                    QVERIFY2(differing(direct, gathered) == 0,
                             describe(setup) + ", pen " + QByteArray::number(pen) + ": "
                                 + QByteArray::number(differing(direct, gathered)));
                }
                QImage image(10, 10, QImage::Format_ARGB32_Premultiplied);
                image.setDevicePixelRatio(setup.pixelRatio);
                QPainter p(&image);
                p.scale(setup.worldScale, setup.worldScale);
                gatheredOutlines += RectCanvas(p, QRectF(0, 0, 10, 10)).outlines(pen);
            }
        }
        QCOMPARE(gatheredOutlines, 2); // the one-pixel pen, unscaled and only translated
    }

    // What the painter draws between two boxes (a hatch, a dashed outline) lies over the boxes
    // before it and under the boxes after it, as it would without the canvas.
    void aCallBetweenBoxesKeepsItsPlace()
    {
        for (const Setup &setup : setups()) {
            const QRectF area(0, 0, 400, 200);
            const Paint paint = [&](QPainter &p, RectCanvas *canvas) {
                fill(p, canvas, QRectF(10, 10, 100, 50), Qt::red);
                if (canvas)
                    canvas->flush();
                p.setPen(QPen(Qt::blue, 2, Qt::DashLine));
                p.drawLine(QPointF(0, 30), QPointF(300, 30));
                fill(p, canvas, QRectF(60, 20, 100, 50), Qt::green);
            };
            const QImage direct = render(setup, area, area, paint, false);
            const QImage gathered = render(setup, area, area, paint, true);
            QVERIFY2(differing(direct, gathered) == 0,
                     describe(setup) + ": " + QByteArray::number(differing(direct, gathered)));
            const double r = setup.pixelRatio;
            const QPointF map = (QPointF(30, 30) * setup.worldScale + setup.offset) * r;
            QCOMPARE(QColor(gathered.pixel(map.toPoint())), QColor(Qt::blue)); // over red
            const QPointF under = (QPointF(100, 30) * setup.worldScale + setup.offset) * r;
            QCOMPARE(QColor(gathered.pixel(under.toPoint())), QColor(Qt::green)); // under green
        }
    }

    // A translucent colour, or a rectangle outside the canvas' rows, is drawn by the painter,
    // in its place among the others.
    void whatTheCanvasCannotHoldIsPaintedInPlace()
    {
        const QRectF area(0, 40, 400, 60);
        const Paint paint = [&](QPainter &p, RectCanvas *canvas) {
            fill(p, canvas, QRectF(10, 50, 100, 30), Qt::red);
            fill(p, canvas, QRectF(50, 10, 100, 60),
                 QColor(0, 0, 255, 128)); // translucent, and out of rows
            fill(p, canvas, QRectF(90, 45, 100, 30), Qt::green);
        };
        const QRectF clip(0, 0, 420, 260);
        for (const Setup &setup : setups()) {
            const QImage direct = render(setup, area, clip, paint, false);
            const QImage gathered = render(setup, area, clip, paint, true);
            QVERIFY2(differing(direct, gathered) == 0,
                     describe(setup) + ": " + QByteArray::number(differing(direct, gathered)));
        }
    }

    // Where the painter does not draw pixels (a vector export) nothing is gathered: every call
    // is the painter's own, one element each.
    void aVectorPainterDrawsEveryCall()
    {
        QPicture picture;
        {
            QPainter painter(&picture);
            RectCanvas canvas(painter, QRectF(0, 0, 100, 100));
            QVERIFY(!canvas.gathers());
            canvas.fill(QRectF(10, 10, 20, 20), Qt::red); // recorded in the picture at once
        }
        QImage replayed(100, 100, QImage::Format_ARGB32_Premultiplied);
        replayed.fill(Qt::white);
        QPainter(&replayed).drawPicture(0, 0, picture);
        QCOMPARE(QColor(replayed.pixel(20, 20)), QColor(Qt::red));
        QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
        QPainter antialiased(&image);
        antialiased.setRenderHint(QPainter::Antialiasing, true);
        QVERIFY(!RectCanvas(antialiased, QRectF(0, 0, 100, 100)).gathers());
        antialiased.setRenderHint(QPainter::Antialiasing, false);
        antialiased.rotate(10);
        QVERIFY(!RectCanvas(antialiased, QRectF(0, 0, 100, 100)).gathers());
    }
};

QTEST_MAIN(TestRectCanvas)
#include "tst_rectcanvas.moc"
