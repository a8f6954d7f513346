#include "util/bytebuffer.h"

#include <QTest>

using namespace sockscope;

// ByteBuffer moves a growing buffer from the heap into a 2 MiB-aligned mapping and grows it
// there, in place or by moving its pages elsewhere: every way must keep every byte.
class tst_ByteBuffer : public QObject
{
    Q_OBJECT

private slots:
    void growingKeepsEveryByte();
    void twoBuffersGrowingInTurnKeepTheirBytes();
    void squeezeKeepsTheBytesAndGivesBackRoom();
    void copiesAreDeep();
};

namespace {

char byteAt(qsizetype i)
{
    return char((i * 131 + i / 4093) & 0xff);
}

void fill(ByteBuffer &b, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        b.data()[i] = byteAt(i);
}

bool holdsPattern(const ByteBuffer &b, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (b.data()[i] != byteAt(i))
            return false;
    }
    return true;
}

bool isAligned(const ByteBuffer &b)
{
    return reinterpret_cast<quintptr>(b.data()) % quintptr(ByteBuffer::kHugePage) == 0;
}

} // namespace

void tst_ByteBuffer::growingKeepsEveryByte()
{
    // From a few bytes on the heap to 20 MiB, the way a column grows: a step at a time.
    ByteBuffer b;
    qsizetype n = 0;
    while (n < (qsizetype(20) << 20)) {
        const qsizetype next = n + 4099;
        b.resize(next);
        fill(b, n, next);
        n = next;
    }
    QVERIFY(holdsPattern(b, n));
    QVERIFY(b.capacity() >= n);
#ifdef Q_OS_LINUX
    // Large: whole 2 MiB pages at an address that is a multiple of them.
    QCOMPARE(b.capacity() % ByteBuffer::kHugePage, 0);
    QVERIFY(isAligned(b));
#endif
}

void tst_ByteBuffer::twoBuffersGrowingInTurnKeepTheirBytes()
{
    // Each blocks the other's growing in place, so the mappings have to move.
    ByteBuffer a;
    ByteBuffer b;
    qsizetype n = 0;
    while (n < (qsizetype(12) << 20)) {
        const qsizetype next = n + 65537;
        a.resize(next);
        fill(a, n, next);
        b.resize(next);
        fill(b, n, next);
        n = next;
    }
    QVERIFY(holdsPattern(a, n));
    QVERIFY(holdsPattern(b, n));
#ifdef Q_OS_LINUX
    QVERIFY(isAligned(a));
    QVERIFY(isAligned(b));
#endif
}

void tst_ByteBuffer::squeezeKeepsTheBytesAndGivesBackRoom()
{
    ByteBuffer b;
    const qsizetype big = qsizetype(7) << 20;
    b.resize(big);
    fill(b, 0, big);
    const qsizetype grown = b.capacity();

    b.resize(qsizetype(3) << 20); // still a mapping, smaller
    b.squeeze();
    QVERIFY(b.capacity() < grown);
    QVERIFY(b.capacity() >= b.size());
    QVERIFY(holdsPattern(b, b.size()));

    b.resize(1000); // back to the heap
    b.squeeze();
    QCOMPARE(b.capacity(), 1000);
    QVERIFY(holdsPattern(b, 1000));

    b.resize(0);
    b.squeeze();
    QCOMPARE(b.capacity(), 0);
}

void tst_ByteBuffer::copiesAreDeep()
{
    ByteBuffer a;
    const qsizetype n = qsizetype(9) << 20;
    a.resize(n);
    fill(a, 0, n);
    ByteBuffer b = a;
    b.data()[5] = char(~byteAt(5));
    QVERIFY(holdsPattern(a, n));
    QCOMPARE(b.size(), n);
    QCOMPARE(b.data()[n - 1], byteAt(n - 1));
    ByteBuffer c = std::move(b);
    QCOMPARE(b.size(), 0);
    QCOMPARE(c.data()[5], char(~byteAt(5)));
}

QTEST_APPLESS_MAIN(tst_ByteBuffer)
#include "tst_bytebuffer.moc"
