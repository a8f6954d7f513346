#include "model/trace.h"

#include <QTest>

#include <limits>
#include <random>
#include <vector>

using namespace sockscope;

// The columnar store must give back exactly what went in, whatever the values (a column widens
// from 0 to 8 bytes as they grow), through every way events move: appends, recorder batches
// (slices appended to another list), edits, truncation and copies that share storage.
class tst_EventList : public QObject
{
    Q_OBJECT

private slots:
    void blockedColumnKeepsEveryValue();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void batchesRebuildTheWhole();
    void editsAndTruncation();
    void copiesAreIndependent();
    void appendsItself();
    void usualValuesTakeNoRoom();
    void previewsOfOneLengthTakeNoRoom();
    void previewsOfOtherLengthsJoin();
};

namespace {

RecvEvent recv(int id, qint64 big, int seq)
{
    RecvEvent r;
    r.id = id;
    r.tNs = big;
    r.durNs = -(big / 3);
    r.requested = 1024;
    r.bytes = big / 7;
    r.offset = big / 2;
    r.queuedBefore = id % 3 == 0 ? std::nullopt : std::optional<qint64>(big % 100'000);
    r.datagramSize = id % 2 == 0 ? std::optional<qint64>(-5) : std::nullopt;
    r.truncated = id % 5 == 0;
    r.seq = seq;
    r.peer = id % 4 - 1;
    r.error = id % 7 == 0 ? 104 : 0;
    r.preview = QByteArray(id % 65, char('a' + id % 26));
    return r;
}

void compare(const RecvEvent &a, const RecvEvent &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.tNs, b.tNs);
    QCOMPARE(a.durNs, b.durNs);
    QCOMPARE(a.requested, b.requested);
    QCOMPARE(a.bytes, b.bytes);
    QCOMPARE(a.offset, b.offset);
    QCOMPARE(a.queuedBefore, b.queuedBefore);
    QCOMPARE(a.datagramSize, b.datagramSize);
    QCOMPARE(a.truncated, b.truncated);
    QCOMPARE(a.seq, b.seq);
    QCOMPARE(a.peer, b.peer);
    QCOMPARE(a.error, b.error);
    QCOMPARE(a.preview, b.preview);
}

} // namespace

void tst_EventList::roundTripsEveryField_data()
{
    QTest::addColumn<qint64>("big");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("one byte") << qint64(100);
    QTest::newRow("two bytes") << qint64(-30'000);
    QTest::newRow("four bytes") << qint64(2'000'000'000);
    QTest::newRow("eight bytes") << std::numeric_limits<qint64>::max() / 2;
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min();
}

void tst_EventList::roundTripsEveryField()
{
    QFETCH(qint64, big);
    RecvList list;
    QList<RecvEvent> expected;
    // Small values first, then the big one: every column has to widen part way.
    for (int i = 0; i < 200; ++i) {
        const RecvEvent r = recv(i, i < 100 ? i : big, i < 150 ? i - 1 : int(big % 1000));
        list.append(r);
        expected.append(r);
    }
    QCOMPARE(list.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        compare(list.at(i), expected.at(i));
        QCOMPARE(list.get<&RecvEvent::bytes>(i), expected.at(i).bytes);
        QCOMPARE(list.get<&RecvEvent::queuedBefore>(i), expected.at(i).queuedBefore);
        QCOMPARE(list.preview(i), expected.at(i).preview.view());
    }
    int i = 0;
    for (const RecvEvent &r : list)
        compare(r, expected.at(i++));
    QCOMPARE(i, 200);
}

void tst_EventList::batchesRebuildTheWhole()
{
    // What EventRecorder::flush() and LiveTrace do: slices of a growing list, appended in turn
    // to another list, must add up to the original, ids and message numbers included.
    SendList whole;
    for (int i = 0; i < 1000; ++i) {
        SendEvent s;
        s.message = i / 3; // several calls per message: not equal to the index
        s.tNs = qint64(i) * 1'000'003;
        s.requested = 10 + i % 4;
        s.accepted = i % 9 == 0 ? 0 : s.requested;
        s.offset = qint64(i) * 11;
        s.unsentAfter = i % 2 ? std::optional<qint64>(i) : std::nullopt;
        s.preview = QByteArray::number(i);
        whole.appendNumbered(s);
    }
    SendList rebuilt;
    for (const auto &[from, to] :
         { std::pair(0, 1), std::pair(1, 250), std::pair(250, 251), std::pair(251, 1000) })
        rebuilt.append(whole.slice(from, to));
    QCOMPARE(rebuilt.size(), whole.size());
    for (int i = 0; i < whole.size(); ++i) {
        const SendEvent a = rebuilt.at(i);
        const SendEvent b = whole.at(i);
        QCOMPARE(a.id, i);
        QCOMPARE(a.message, b.message);
        QCOMPARE(a.tNs, b.tNs);
        QCOMPARE(a.accepted, b.accepted);
        QCOMPARE(a.unsentAfter, b.unsentAfter);
        QCOMPARE(a.preview, b.preview);
    }
    // A slice on its own keeps the ids and message numbers of its source.
    const SendList tail = whole.slice(600, 700);
    QCOMPARE(tail.size(), 100);
    QCOMPARE(tail.at(0).id, 600);
    QCOMPARE(tail.at(0).message, 200);
    QCOMPARE(tail.get<&SendEvent::message>(99), 699 / 3);
}

void tst_EventList::editsAndTruncation()
{
    RecvList list;
    for (int i = 0; i < 10; ++i)
        list.append(recv(i, i * 1000, i));
    list.edit(3)->preview = "a much longer preview than before";
    list.edit(4)->error = 32;
    list.editLast()->bytes = 1LL << 40;
    QCOMPARE(list.at(3).preview, QByteArray("a much longer preview than before"));
    QCOMPARE(list.at(4).error, 32);
    compare(list.at(5), recv(5, 5000, 5)); // its neighbours' previews did not move
    compare(list.at(2), recv(2, 2000, 2));
    QCOMPARE(list.at(9).bytes, 1LL << 40);
    list.truncate(4);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(3).preview, QByteArray("a much longer preview than before"));
    list.append(recv(4, 4000, 4));
    compare(list.at(4), recv(4, 4000, 4));
    list.removeLast();
    QCOMPARE(list.size(), 4);
    list.clear();
    QVERIFY(list.isEmpty());
}

void tst_EventList::copiesAreIndependent()
{
    RecvList a;
    a.append(recv(0, 1, 0));
    const RecvList b = a;
    QCOMPARE(b.identity(), a.identity()); // shared until written
    a.edit(0)->bytes = 99;
    a.append(recv(1, 2, 1));
    QVERIFY(b.identity() != a.identity());
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.at(0).bytes, recv(0, 1, 0).bytes);
    QCOMPARE(a.at(0).bytes, 99);
}

void tst_EventList::appendsItself()
{
    RecvList a;
    for (int i = 0; i < 3; ++i)
        a.append(recv(i, i, i));
    a.append(a);
    QCOMPARE(a.size(), 6);
    compare(a.at(4), recv(1, 1, 1));
}

void tst_EventList::usualValuesTakeNoRoom()
{
    // A TCP run without evidence: no datagram sizes, FIONREAD values, errors or peers. Those
    // columns stay empty; only what varies takes memory.
    RecvList list;
    for (int i = 0; i < 100'000; ++i) {
        RecvEvent r;
        r.id = i;
        r.tNs = qint64(i) * 20'000; // < 2^31: four bytes
        r.requested = 1024; // two bytes
        r.bytes = 20; // one byte
        r.offset = qint64(i) * 20; // four bytes
        list.append(r);
    }
    // Times, sizes and offsets are stored per block of 256 as differences from the block's
    // first value (PackedColumn::setBlocked): times take 4 bytes (a block spans 5.1 ms),
    // offsets 2 (5,100 bytes), the sizes that never change none. 6 bytes an event in use, and
    // 8 bytes per block of each of those four columns. Growing by half leaves up to half as
    // much again unused, and a column past 512 KiB is whole 2 MiB pages (ByteBuffer). A struct
    // per event was 168 bytes.
    constexpr qsizetype kBlocks = (100'000 + 255) / 256;
    QCOMPARE(list.sizeBytes(), 100'000 * 6 + 4 * kBlocks * 8);
    QVERIFY2(list.capacityBytes() < 100'000 * 9 + 2 * ByteBuffer::kHugePage,
             qPrintable(QString::number(list.capacityBytes())));
    QCOMPARE(list.at(99'999).offset, 99'999 * 20);
    QCOMPARE(list.at(99'999).seq, -1);
    QCOMPARE(list.at(99'999).queuedBefore, std::nullopt);
}

void tst_EventList::previewsOfOneLengthTakeNoRoom()
{
    // A lesson's equal messages: every preview as long as the first, so where each one ends
    // follows from its index and only the preview bytes take memory.
    SendList list;
    for (int i = 0; i < 100'000; ++i) {
        SendEvent s;
        s.message = i;
        s.preview = QByteArray::number(1'000'000'000 + i); // ten bytes
        list.appendNumbered(s);
    }
    const qsizetype n = list.size();
    // Ten bytes an event, the preview's; where each ends took four more.
    QCOMPARE(list.sizeBytes(), n * 10);
    QCOMPARE(list.at(n - 1).preview, QByteArray::number(1'000'000'000 + n - 1));
    // One longer preview in the middle: the ends after it are no longer implied, and every
    // preview still reads back, in the list and in slices across it.
    list.edit(500)->preview = "a longer preview than the rest";
    QCOMPARE(list.at(500).preview, QByteArray("a longer preview than the rest"));
    QCOMPARE(list.at(501).preview, QByteArray::number(1'000'000'501));
    QCOMPARE(list.at(n - 1).preview, QByteArray::number(1'000'000'000 + n - 1));
    const SendList across = list.slice(499, 600);
    QCOMPARE(across.at(0).preview, QByteArray::number(1'000'000'499));
    QCOMPARE(across.at(1).preview, QByteArray("a longer preview than the rest"));
    QCOMPARE(across.at(100).preview, QByteArray::number(1'000'000'599));
    const SendList after = list.slice(501, 600);
    QCOMPARE(after.at(0).preview, QByteArray::number(1'000'000'501));
    QCOMPARE(after.at(98).preview, QByteArray::number(1'000'000'599));
}

void tst_EventList::previewsOfOtherLengthsJoin()
{
    // Lists whose first previews differ in length (imported traces, a batch that starts with
    // a short call) are joined preview by preview.
    SendList a;
    SendList b;
    for (int i = 0; i < 5; ++i) {
        SendEvent s;
        s.preview = QByteArray(3, char('a' + i));
        a.append(s);
        s.preview = QByteArray(5 + i % 2, char('v' + i));
        b.append(s);
    }
    a.append(b.slice(1, 5));
    a.append(b);
    QCOMPARE(a.size(), 14);
    QCOMPARE(a.at(4).preview, QByteArray(3, 'e'));
    QCOMPARE(a.at(5).preview, QByteArray(6, 'w'));
    QCOMPARE(a.at(8).preview, QByteArray(5, 'z'));
    QCOMPARE(a.at(9).preview, QByteArray(5, 'v'));
    QCOMPARE(a.at(13).preview, QByteArray(5, 'z'));
}

// A blocked column (times, offsets, sizes: differences from each block's first value) gives
// back every value exactly, extremes included, through appends, slices that start inside a
// block, appended slices, writes in place and truncation.
void tst_EventList::blockedColumnKeepsEveryValue()
{
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    std::mt19937_64 random(7);
    std::vector<qint64> values;
    for (int i = 0; i < 3000; ++i) {
        switch (i % 7) {
        case 0:
            values.push_back(qint64(i) * 20'000); // a time
            break;
        case 1:
            values.push_back(i % 3 == 0 ? kMin : kMax);
            break;
        case 2:
            values.push_back(qint64(random()));
            break;
        default:
            values.push_back(values.empty() ? 0 : qint64(quint64(values.back()) + 10));
            break;
        }
    }
    PackedColumn column;
    column.setBlocked(true);
    for (std::size_t i = 0; i < values.size(); ++i)
        column.append(qsizetype(i), values[i]);
    for (std::size_t i = 0; i < values.size(); ++i)
        QCOMPARE(column.at(qsizetype(i)), values[i]);

    for (const qsizetype from : { 0, 1, 255, 256, 257, 1000 }) {
        const PackedColumn part = column.slice(from, 2900);
        QVERIFY(part.blocked());
        for (qsizetype i = from; i < 2900; ++i)
            QCOMPARE(part.at(i - from), values[std::size_t(i)]);
        // Appended after a plain column's and a blocked column's first 300 or 256 values (a
        // block's end: the blocks are taken as they are).
        for (const bool blocked : { false, true }) {
            for (const qsizetype head : { 300, 256 }) {
                PackedColumn joined;
                joined.setBlocked(blocked);
                for (qsizetype i = 0; i < head; ++i)
                    joined.append(i, values[std::size_t(i)] / 3);
                joined.appendColumn(head, part, 2900 - from);
                for (qsizetype i = 0; i < head; ++i)
                    QCOMPARE(joined.at(i), values[std::size_t(i)] / 3);
                for (qsizetype i = 0; i < 2900 - from; ++i)
                    QCOMPARE(joined.at(head + i), values[std::size_t(from + i)]);
            }
        }
    }

    column.set(700, qsizetype(values.size()), kMin);
    column.set(768, qsizetype(values.size()), 5);
    values[700] = kMin;
    values[768] = 5;
    column.truncate(1030);
    column.append(1030, 42);
    values.resize(1030);
    values.push_back(42);
    for (std::size_t i = 0; i < values.size(); ++i)
        QCOMPARE(column.at(qsizetype(i)), values[i]);

    // Equal sizes take no room beyond one base per block; a column of zeros none at all.
    PackedColumn sizes;
    PackedColumn zeros;
    sizes.setBlocked(true);
    zeros.setBlocked(true);
    for (qsizetype i = 0; i < 1024; ++i) {
        sizes.append(i, 1024);
        zeros.append(i, 0);
    }
    QCOMPARE(sizes.sizeBytes(), 4 * qsizetype(sizeof(qint64)));
    QCOMPARE(zeros.sizeBytes(), 0);
    QCOMPARE(sizes.at(1023), 1024);
}

QTEST_GUILESS_MAIN(tst_EventList)
#include "tst_eventlist.moc"
