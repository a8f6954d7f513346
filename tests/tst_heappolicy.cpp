#include "util/heappolicy.h"

#include <QTest>

#include <cstdlib>
#include <cstring>
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

using namespace sockscope;

// HeapPolicy: a block of tens of MiB comes from the heap, not from a mapping of its own, and
// freeing it keeps the memory for the next one instead of handing it back to the kernel.
class tst_HeapPolicy : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksStayOnTheHeap();
};

void tst_HeapPolicy::largeBlocksStayOnTheHeap()
{
#if defined(SOCKSCOPE_SANITIZED) // set by CMake for -DSOCKSCOPE_SANITIZE=...
    QSKIP("a sanitizer brings its own allocator; mallopt() and mallinfo2() do not see it");
#elif defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    HeapPolicy::apply();
    constexpr size_t kBlock = 64 * 1024 * 1024;
    static_assert(kBlock < size_t(HeapPolicy::kKeepBytes));
    const size_t mappedBefore = mallinfo2().hblkhd;
    char *block = static_cast<char *>(std::malloc(kBlock));
    QVERIFY(block);
    std::memset(block, 1, kBlock);
    // Not mapped on its own (glibc's default maps every block above 128 KiB to 32 MiB).
    QCOMPARE(mallinfo2().hblkhd, mappedBefore);
    std::free(block);
    // Kept: the heap still holds the freed 64 MiB (the default trims above 128 KiB).
    QVERIFY2(mallinfo2().fordblks >= kBlock,
             qPrintable(QStringLiteral("%1 bytes free on the heap").arg(mallinfo2().fordblks)));
#else
    QSKIP("the heap policy is glibc's mallopt()");
#endif
}

QTEST_GUILESS_MAIN(tst_HeapPolicy)
#include "tst_heappolicy.moc"
