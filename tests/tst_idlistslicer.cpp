#include "util/idlistslicer.h"

#include <QTest>

#include <optional>

using namespace sockscope;

// The slices are ordinary QList<int>s that share one block: they must read as their part, and
// behave like any implicitly shared list when written to or when the slicer is gone.
class tst_IdListSlicer : public QObject
{
    Q_OBJECT

private slots:
    void slicesReadAsTheirPart_data();
    void slicesReadAsTheirPart();
    void writingDetaches();
    void slicesOutliveTheSlicer();
    void lastSliceGrowsInPlace();
};

void tst_IdListSlicer::slicesReadAsTheirPart_data()
{
    QTest::addColumn<qsizetype>("first");
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("front") << qsizetype(0) << qsizetype(2) << QList<int>{ 10, 11 };
    QTest::newRow("middle") << qsizetype(2) << qsizetype(3) << QList<int>{ 12, 13, 14 };
    QTest::newRow("back") << qsizetype(5) << qsizetype(1) << QList<int>{ 15 };
    QTest::newRow("whole") << qsizetype(0) << qsizetype(6) << QList<int>{ 10, 11, 12, 13, 14, 15 };
    QTest::newRow("empty") << qsizetype(3) << qsizetype(0) << QList<int>{};
}

void tst_IdListSlicer::slicesReadAsTheirPart()
{
    QFETCH(qsizetype, first);
    QFETCH(qsizetype, count);
    QFETCH(QList<int>, expected);

    const IdListSlicer slicer({ 10, 11, 12, 13, 14, 15 });
    const QList<int> slice = slicer.slice(first, count);
    QCOMPARE(slice, expected);
    QCOMPARE(slice.size(), count);
    QCOMPARE(slice.isEmpty(), count == 0);
    QCOMPARE(slice.contains(12), first <= 2 && 2 < first + count);
    if (count > 0)
        QCOMPARE(slice.last(), expected.last());
}

void tst_IdListSlicer::writingDetaches()
{
    const IdListSlicer slicer({ 1, 2, 3, 4 });
    QList<int> a = slicer.slice(0, 2);
    const QList<int> b = slicer.slice(2, 2);
    a[1] = 20;
    a.append(30);
    QCOMPARE(a, (QList<int>{ 1, 20, 30 }));
    QCOMPARE(b, (QList<int>{ 3, 4 }));
    QCOMPARE(slicer.slice(0, 4), (QList<int>{ 1, 2, 3, 4 }));
}

void tst_IdListSlicer::slicesOutliveTheSlicer()
{
    QList<int> kept;
    {
        const IdListSlicer slicer({ 7, 8, 9 });
        kept = slicer.slice(1, 2);
    }
    QCOMPARE(kept, (QList<int>{ 8, 9 }));
}

void tst_IdListSlicer::lastSliceGrowsInPlace()
{
    // Once every other user of the block is gone, the slice owns it alone and may write in
    // the space around it: what lay there belonged to slices that no longer exist.
    std::optional<IdListSlicer> slicer(std::in_place, std::vector<int>{ 1, 2, 3, 4, 5, 6 });
    QList<int> a = slicer->slice(1, 2);
    std::optional<QList<int>> b = slicer->slice(3, 2);
    slicer.reset();
    b.reset();
    a.append(9);
    a.prepend(0);
    QCOMPARE(a, (QList<int>{ 0, 2, 3, 9 }));
    a.append({ 10, 11, 12, 13 });
    QCOMPARE(a, (QList<int>{ 0, 2, 3, 9, 10, 11, 12, 13 }));
}

QTEST_GUILESS_MAIN(tst_IdListSlicer)
#include "tst_idlistslicer.moc"
