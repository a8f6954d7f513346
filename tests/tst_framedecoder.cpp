#include "model/framedecoder.h"
#include "view/eventtext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sockscope;

namespace {

FramingSpec spec(const QString &text)
{
    QString error;
    const auto parsed = FramingSpec::parse(text, &error);
    if (!parsed)
        qFatal("bad spec in test: %s", qPrintable(error));
    return *parsed;
}

struct Chunk
{
    qint64 begin;
    qint64 size;
};

QList<Frame> decode(const FramingSpec &framing, const QByteArray &stream,
                    const QList<Chunk> &chunks, qint64 maxFrame = 16 * 1024 * 1024)
{
    FrameDecoder decoder(framing, maxFrame);
    for (int i = 0; i < chunks.size(); ++i)
        decoder.feed(stream.constData() + chunks[i].begin, chunks[i].size, i);
    decoder.finish();
    return decoder.takeFrames();
}

QList<Chunk> cutAt(qint64 total, const QList<qint64> &points)
{
    QList<Chunk> out;
    qint64 begin = 0;
    for (qint64 p : points) {
        out.append({ begin, p - begin });
        begin = p;
    }
    out.append({ begin, total - begin });
    return out;
}

QList<Chunk> randomChunks(qint64 total, QRandomGenerator &random, int maxChunk)
{
    QList<Chunk> out;
    for (qint64 begin = 0; begin < total;) {
        const qint64 size = qMin<qint64>(random.bounded(1, maxChunk + 1), total - begin);
        out.append({ begin, size });
        begin += size;
    }
    return out;
}

// The chunks (recvs) that hold bytes of [begin, end); empty chunks hold nothing.
QList<int> chunksOver(const QList<Chunk> &chunks, qint64 begin, qint64 end)
{
    QList<int> out;
    for (int i = 0; i < chunks.size(); ++i) {
        if (chunks[i].size > 0 && chunks[i].begin < end && chunks[i].begin + chunks[i].size > begin)
            out.append(i);
    }
    return out;
}

QByteArray lengthPrefix(quint64 value, int width, bool bigEndian = true)
{
    QByteArray out(width, '\0');
    for (int i = 0; i < width; ++i)
        out[i] = char(value >> (8 * (bigEndian ? width - 1 - i : i)));
    return out;
}

QByteArray jsonFrame(const QByteArray &header, const QByteArray &body = {})
{
    return lengthPrefix(quint64(header.size()), 4) + header + body;
}

} // namespace

class tst_FrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void noneProducesNoFrames();
    void malformed_data();
    void malformed();
    void stopsAfterFailure();
    void lengthAtTheLimit();
    void delimiterNeverArrives();
    void delimiterBeyondMaxFrame();
    void previewIsBodyOnly();
    void frameCountIsBounded_data();
    void frameCountIsBounded();
    void headerFieldsAreBounded();
};

void tst_FrameDecoder::roundTrip_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<QByteArray>>("bodies");

    const QList<QByteArray> general{
        "hello", "", "world!", QByteArray(300, 'z'), QByteArray("\x00\x01\xff\n", 4), "msg-5;"
    };
    const QList<QByteArray> text{ "hello", "", "world!", QByteArray(300, 'z'), "msg-5;" };
    // A 1-byte length field carries at most 255 bytes.
    QTest::newRow("length:1:be") << QStringLiteral("length:1:be")
                                 << QList<QByteArray>{ "hello", "", QByteArray(255, 'z'), "x" };
    for (const char *s : { "length:2:le", "length:4:be", "length:4:le", "length:8:be",
                           "json-header:4:be:size", "json-header:2:le:bytes" })
        QTest::newRow(s) << QString::fromLatin1(s) << general;
    QTest::newRow("delimiter:\\n") << QStringLiteral("delimiter:\\n") << text;
    QTest::newRow("delimiter:\\r\\n") << QStringLiteral("delimiter:\\r\\n") << text;
    // Bodies that end in a prefix of the delimiter make the scan fall back mid-match.
    QTest::newRow("delimiter:abab") << QStringLiteral("delimiter:abab")
                                    << QList<QByteArray>{ "aba", "abaa", "bbb", "", "hello" };
    QTest::newRow("fixed:8") << QStringLiteral("fixed:8")
                             << QList<QByteArray>{ "hello", "", "12345678", QByteArray("\0\1", 2) };
}

void tst_FrameDecoder::roundTrip()
{
    QFETCH(QString, spec);
    QFETCH(QList<QByteArray>, bodies);
    const FramingSpec framing = ::spec(spec);

    QByteArray stream;
    QList<Frame> expected;
    for (int n = 0; n < bodies.size(); ++n) {
        const QByteArray wire = framing.encode(bodies[n], n);
        Frame f;
        f.id = n;
        f.offset = stream.size();
        f.length = wire.size();
        const QByteArray body = framing.kind == FramingSpec::Kind::Fixed ? wire : bodies[n];
        f.preview = body.left(kPreviewBytes);
        f.payloadBytes = body.size();
        if (framing.kind == FramingSpec::Kind::JsonHeader)
            f.fields = { { QStringLiteral("name"), QStringLiteral("msg-%1.bin").arg(n) },
                         { framing.field, qint64(bodies[n].size()) } };
        expected.append(f);
        stream += wire;
    }

    QList<QList<Chunk>> feeds;
    for (qint64 p = 0; p <= stream.size(); ++p)
        feeds.append(cutAt(stream.size(), { p }));
    QRandomGenerator random(20240611); // fixed seed: a failure reproduces
    feeds.append(randomChunks(stream.size(), random, 1)); // byte by byte
    for (int round = 0; round < 50; ++round)
        feeds.append(randomChunks(stream.size(), random, 1 + round % 40));

    for (const QList<Chunk> &chunks : std::as_const(feeds)) {
        const QList<Frame> frames = decode(framing, stream, chunks);
        QCOMPARE(frames.size(), expected.size());
        for (int i = 0; i < frames.size(); ++i) {
            const Frame &got = frames[i];
            const Frame &want = expected[i];
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.offset, want.offset);
            QCOMPARE(got.length, want.length);
            QVERIFY2(got.complete, qPrintable(got.error));
            QVERIFY(got.error.isEmpty());
            QCOMPARE(got.preview, want.preview);
            QCOMPARE(got.payloadBytes, want.payloadBytes);
            QCOMPARE(got.recvs, chunksOver(chunks, want.offset, want.offset + want.length));
            QCOMPARE(got.fields.value(QStringLiteral("name")),
                     want.fields.value(QStringLiteral("name")));
            QCOMPARE(got.fields.value(framing.field).toLongLong(),
                     want.fields.value(framing.field).toLongLong());
            QCOMPARE(got.fields.size(), want.fields.size());
        }
    }
}

void tst_FrameDecoder::noneProducesNoFrames()
{
    FrameDecoder decoder(spec(QStringLiteral("none")));
    decoder.feed("hello", 5, 0);
    decoder.finish();
    QVERIFY(decoder.takeFrames().isEmpty());
    QVERIFY(!decoder.failed());
}

void tst_FrameDecoder::malformed_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("errorMentions");
    QTest::addColumn<qint64>("errorLength"); // bytes of the failed frame seen before giving up

    QTest::newRow("length 0xFFFFFFFF") << QStringLiteral("length:4:be")
                                       << QByteArray("\xff\xff\xff\xff"
                                                     "abcdef")
                                       << QStringLiteral("4294967295") << qint64(4);
    QTest::newRow("length:8 huge") << QStringLiteral("length:8:le") << QByteArray(8, '\xff')
                                   << QStringLiteral("18446744073709551615") << qint64(8);
    QTest::newRow("header not JSON")
        << QStringLiteral("json-header:4:be:size") << jsonFrame("nope{", "body")
        << QStringLiteral("JSON object") << qint64(9);
    QTest::newRow("header a JSON array")
        << QStringLiteral("json-header:4:be:size") << jsonFrame("[1,2]")
        << QStringLiteral("JSON object") << qint64(9);
    QTest::newRow("empty header") << QStringLiteral("json-header:4:be:size") << jsonFrame("")
                                  << QStringLiteral("JSON object") << qint64(4);
    QTest::newRow("header missing field")
        << QStringLiteral("json-header:4:be:size") << jsonFrame(R"({"name":"a.bin"})", "xx")
        << QStringLiteral("\"size\"") << qint64(20);
    QTest::newRow("negative size")
        << QStringLiteral("json-header:4:be:size") << jsonFrame(R"({"size":-1})")
        << QStringLiteral("\"size\"") << qint64(15);
    QTest::newRow("fractional size")
        << QStringLiteral("json-header:4:be:size") << jsonFrame(R"({"size":1.5})")
        << QStringLiteral("\"size\"") << qint64(16);
    QTest::newRow("size as a string")
        << QStringLiteral("json-header:4:be:size") << jsonFrame(R"({"size":"12"})")
        << QStringLiteral("\"size\"") << qint64(17);
    QTest::newRow("body beyond the limit")
        << QStringLiteral("json-header:4:be:size") << jsonFrame(R"({"size":99999999999})")
        << QStringLiteral("99999999999") << qint64(24);
    QTest::newRow("header beyond the limit")
        << QStringLiteral("json-header:4:be:size") << QByteArray("\x7f\xff\xff\xff{", 5)
        << QStringLiteral("2147483647") << qint64(4);
}

void tst_FrameDecoder::malformed()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, stream);
    QFETCH(QString, errorMentions);
    QFETCH(qint64, errorLength);

    // One chunk, and byte by byte: the verdict must not depend on how the bytes arrive.
    for (const qint64 chunk : { stream.size(), qint64(1) }) {
        FrameDecoder decoder(::spec(spec), 1024 * 1024);
        for (qint64 i = 0; i < stream.size(); i += chunk)
            decoder.feed(stream.constData() + i, qMin(chunk, stream.size() - i), int(i));
        QVERIFY(decoder.failed());
        decoder.finish();
        const QList<Frame> frames = decoder.takeFrames();
        QCOMPARE(frames.size(), 1);
        QVERIFY(!frames[0].complete);
        QVERIFY2(frames[0].error.contains(errorMentions), qPrintable(frames[0].error));
        QCOMPARE(frames[0].offset, 0);
        QCOMPARE(frames[0].length, errorLength);
        QVERIFY(!frames[0].recvs.isEmpty());
    }
}

void tst_FrameDecoder::stopsAfterFailure()
{
    FrameDecoder decoder(spec(QStringLiteral("length:2:be")), 100);
    const QByteArray good = lengthPrefix(3, 2) + "abc";
    const QByteArray bad = lengthPrefix(101, 2);
    decoder.feed(good.constData(), good.size(), 0);
    decoder.feed(bad.constData(), bad.size(), 1);
    decoder.feed(good.constData(), good.size(), 2);
    decoder.finish();
    QVERIFY(decoder.failed());
    const QList<Frame> frames = decoder.takeFrames();
    QCOMPARE(frames.size(), 2);
    QVERIFY(frames[0].complete);
    QCOMPARE(frames[1].offset, 5);
    QCOMPARE(frames[1].recvs, QList<int>{ 1 });
    QVERIFY(!frames[1].error.isEmpty());
    QVERIFY(decoder.takeFrames().isEmpty());
}

void tst_FrameDecoder::lengthAtTheLimit()
{
    FrameDecoder decoder(spec(QStringLiteral("length:2:be")), 10);
    const QByteArray stream = lengthPrefix(10, 2) + QByteArray(10, 'x') + lengthPrefix(0, 2);
    decoder.feed(stream.constData(), stream.size(), 7);
    decoder.finish();
    QVERIFY(!decoder.failed());
    const QList<Frame> frames = decoder.takeFrames();
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].length, 12);
    QCOMPARE(frames[1].length, 2); // an empty body is a frame too
    QCOMPARE(frames[1].recvs, QList<int>{ 7 });
}

void tst_FrameDecoder::delimiterNeverArrives()
{
    FrameDecoder decoder(spec(QStringLiteral("delimiter:\\n")));
    decoder.feed("one\ntw", 6, 0);
    decoder.feed("o, still", 8, 1);
    decoder.finish();
    QVERIFY(!decoder.failed());
    const QList<Frame> frames = decoder.takeFrames();
    QCOMPARE(frames.size(), 2);
    QVERIFY(frames[0].complete);
    QCOMPARE(frames[0].preview, QByteArray("one"));
    QVERIFY(!frames[1].complete);
    QVERIFY(!frames[1].error.isEmpty());
    QCOMPARE(frames[1].offset, 4);
    QCOMPARE(frames[1].length, 10);
    QCOMPARE(frames[1].recvs, (QList<int>{ 0, 1 }));
    QCOMPARE(frames[1].preview, QByteArray("two, still"));
}

void tst_FrameDecoder::delimiterBeyondMaxFrame()
{
    FrameDecoder decoder(spec(QStringLiteral("delimiter:\\r\\n")), 8);
    const QByteArray ok = "12345678\r\n";
    decoder.feed(ok.constData(), ok.size(), 0);
    QVERIFY(!decoder.failed());
    const QByteArray tooLong = "123456789\r\n";
    decoder.feed(tooLong.constData(), tooLong.size(), 1);
    QVERIFY(decoder.failed());
    const QList<Frame> frames = decoder.takeFrames();
    QCOMPARE(frames.size(), 2);
    QVERIFY(frames[0].complete);
    QVERIFY(!frames[1].complete);
    QVERIFY(frames[1].error.contains(QLatin1String("8")));
}

void tst_FrameDecoder::previewIsBodyOnly()
{
    const FramingSpec framing = spec(QStringLiteral("json-header:4:be:size"));
    const QByteArray body(1000, 'b');
    const QByteArray wire = framing.encode(body, 3);
    FrameDecoder decoder(framing);
    decoder.feed(wire.constData(), wire.size(), 0);
    const QList<Frame> frames = decoder.takeFrames();
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].preview, QByteArray(kPreviewBytes, 'b'));
    QCOMPARE(frames[0].payloadBytes, 1000);
    // Shown, the cut preview says that the message goes on; a whole one does not.
    QVERIFY(EventText::preview(frames[0]).endsWith(QChar(0x2026)));
    Frame whole = frames[0];
    whole.payloadBytes = kPreviewBytes;
    QVERIFY(!EventText::preview(whole).endsWith(QChar(0x2026)));
    QCOMPARE(frames[0].fields.value(QStringLiteral("size")).toInt(), 1000);
    QCOMPARE(frames[0].fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("msg-3.bin"));
}

void tst_FrameDecoder::frameCountIsBounded_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("unit"); // one tiny frame, repeated by a hostile peer

    QTest::newRow("empty lines") << QStringLiteral("delimiter:\\n") << QByteArray("\n");
    QTest::newRow("zero lengths") << QStringLiteral("length:1:be") << QByteArray(1, '\0');
    QTest::newRow("fixed:1") << QStringLiteral("fixed:1") << QByteArray("x");
}

void tst_FrameDecoder::frameCountIsBounded()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, unit);
    FrameDecoder decoder(::spec(spec), 1024, 100);
    const QByteArray stream = unit.repeated(1000);
    decoder.feed(stream.constData(), stream.size(), 0);
    decoder.feed(stream.constData(), stream.size(), 1); // ignored: decoding has stopped
    decoder.finish();
    QVERIFY(decoder.failed());
    const QList<Frame> frames = decoder.takeFrames();
    QCOMPARE(frames.size(), 101);
    QVERIFY(frames[99].complete);
    QVERIFY(!frames.last().complete);
    QVERIFY2(frames.last().error.contains(QLatin1String("100")), qPrintable(frames.last().error));
    QCOMPARE(frames.last().offset, 100 * unit.size());
}

void tst_FrameDecoder::headerFieldsAreBounded()
{
    QByteArray header = R"({"size":2,"name":")" + QByteArray(5000, 'n') + R"(","deep":[)"
        + QByteArray(400, '1').replace('1', "1,") + "1]";
    for (int i = 0; i < 40; ++i)
        header += ",\"z" + QByteArray::number(i) + "\":" + QByteArray::number(i);
    header += '}';
    const QByteArray stream = jsonFrame(header, "ok");
    FrameDecoder decoder(spec(QStringLiteral("json-header:4:be:size")));
    decoder.feed(stream.constData(), stream.size(), 0);
    const QList<Frame> frames = decoder.takeFrames();
    QCOMPARE(frames.size(), 1);
    QVERIFY2(frames[0].complete, qPrintable(frames[0].error));
    const QVariantMap &fields = frames[0].fields;
    QCOMPARE(fields.size(), FrameDecoder::kMaxFields + 1); // the kept ones and a "…" marker
    QCOMPARE(fields.value(QStringLiteral("size")).toInt(), 2);
    QVERIFY(fields.value(QStringLiteral("name")).toString().size() < 400);
    QVERIFY(fields.value(QStringLiteral("deep")).toString().contains(QLatin1String("bytes")));
    QCOMPARE(frames[0].preview, QByteArray("ok"));
}

QTEST_GUILESS_MAIN(tst_FrameDecoder)
#include "tst_framedecoder.moc"
