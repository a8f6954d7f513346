#include "model/framingspec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sockscope;

class tst_FramingSpec : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void encodeLength_data();
    void encodeLength();
    void encodeOthers();
    void encodeJsonHeader();
};

void tst_FramingSpec::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("canonical");

    using K = FramingSpec::Kind;
    QTest::newRow("none") << "none" << int(K::None) << 0 << true << QByteArray() << QString()
                          << "none";
    QTest::newRow("empty is none")
        << "" << int(K::None) << 0 << true << QByteArray() << QString() << "none";
    QTest::newRow("length:1:be") << "length:1:be" << int(K::Length) << 1 << true << QByteArray()
                                 << QString() << "length:1:be";
    QTest::newRow("length:4:le") << "length:4:le" << int(K::Length) << 4 << false << QByteArray()
                                 << QString() << "length:4:le";
    QTest::newRow("length:8:be") << "length:8:be" << int(K::Length) << 8 << true << QByteArray()
                                 << QString() << "length:8:be";
    QTest::newRow("delimiter:\\n")
        << "delimiter:\\n"
        << int(K::Delimiter) << 0 << true << QByteArray("\n") << QString() << "delimiter:\\n";
    QTest::newRow("delimiter:\\r\\n")
        << "delimiter:\\r\\n"
        << int(K::Delimiter) << 0 << true << QByteArray("\r\n") << QString() << "delimiter:\\r\\n";
    QTest::newRow("delimiter with hex and NUL")
        << "delimiter:\\x41\\0" << int(K::Delimiter) << 0 << true << QByteArray("A\0", 2)
        << QString() << "delimiter:A\\x00";
    QTest::newRow("plain delimiter") << "delimiter:END" << int(K::Delimiter) << 0 << true
                                     << QByteArray("END") << QString() << "delimiter:END";
    QTest::newRow("fixed:1") << "fixed:1" << int(K::Fixed) << 1 << true << QByteArray() << QString()
                             << "fixed:1";
    QTest::newRow("fixed:16777216") << "fixed:16777216" << int(K::Fixed) << 16777216 << true
                                    << QByteArray() << QString() << "fixed:16777216";
    QTest::newRow("json-header:4:be:size")
        << "json-header:4:be:size" << int(K::JsonHeader) << 4 << true << QByteArray() << "size"
        << "json-header:4:be:size";
    QTest::newRow("json-header:2:le:length")
        << "json-header:2:le:length" << int(K::JsonHeader) << 2 << false << QByteArray() << "length"
        << "json-header:2:le:length";
}

void tst_FramingSpec::parseValid()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, width);
    QFETCH(bool, bigEndian);
    QFETCH(QByteArray, delimiter);
    QFETCH(QString, field);
    QFETCH(QString, canonical);

    QString error;
    const auto spec = FramingSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(int(spec->kind), kind);
    QCOMPARE(spec->width, width);
    if (kind == int(FramingSpec::Kind::Length) || kind == int(FramingSpec::Kind::JsonHeader))
        QCOMPARE(spec->bigEndian, bigEndian);
    QCOMPARE(spec->delimiter, delimiter);
    QCOMPARE(spec->field, field);
    QCOMPARE(spec->toString(), canonical);

    // toString() is what scenario files store: it must parse back to the same spec.
    const auto again = FramingSpec::parse(spec->toString(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *spec);
}

void tst_FramingSpec::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    const auto lengthError = [](const char *spec) {
        return QStringLiteral("expected length:N:be|le with N = 1, 2, 4 or 8, got \"%1\"")
            .arg(QLatin1String(spec));
    };
    QTest::newRow("length width 3") << "length:3:be" << lengthError("length:3:be");
    QTest::newRow("length width missing") << "length" << lengthError("length");
    QTest::newRow("length endian") << "length:4:xx" << lengthError("length:4:xx");
    QTest::newRow("length extra part") << "length:4:be:x" << lengthError("length:4:be:x");
    QTest::newRow("fixed:0")
        << "fixed:0"
        << "expected fixed:N with N from 1 to 16777216, got \"fixed:0\"";
    QTest::newRow("fixed too big")
        << "fixed:16777217"
        << "expected fixed:N with N from 1 to 16777216, got \"fixed:16777217\"";
    QTest::newRow("fixed not a number")
        << "fixed:ten"
        << "expected fixed:N with N from 1 to 16777216, got \"fixed:ten\"";
    QTest::newRow("json-header no field")
        << "json-header:4:be:"
        << "expected json-header:N:be|le:FIELD, got \"json-header:4:be:\"";
    QTest::newRow("json-header short")
        << "json-header:4:be"
        << "expected json-header:N:be|le:FIELD, got \"json-header:4:be\"";
    QTest::newRow("json-header width 5")
        << "json-header:5:le:size"
        << "expected json-header:N:be|le:FIELD, got \"json-header:5:le:size\"";
    QTest::newRow("empty delimiter")
        << "delimiter:"
        << "delimiter needs at least one byte, e.g. delimiter:\\n";
    QTest::newRow("delimiter without colon")
        << "delimiter"
        << "delimiter needs at least one byte, e.g. delimiter:\\n";
    QTest::newRow("lone backslash") << "delimiter:ab\\"
                                    << "the delimiter ends with a lone backslash";
    QTest::newRow("short hex") << "delimiter:\\x4"
                               << "\\x needs two hex digits";
    QTest::newRow("bad hex") << "delimiter:\\xzz"
                             << "\\x needs two hex digits";
    QTest::newRow("unknown escape") << "delimiter:\\q"
                                    << "unknown escape \\q in the delimiter";
    QTest::newRow("unknown kind")
        << "lenght:4:be"
        << "unknown kind \"lenght\" (none, length, delimiter, fixed, json-header)";
}

void tst_FramingSpec::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    QString got;
    QVERIFY(!FramingSpec::parse(text, &got));
    QCOMPARE(got, error);
}

void tst_FramingSpec::encodeLength_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    // The expected prefixes are Python's struct.pack output for the same length.
    const QByteArray hello("hello");
    const QByteArray big(300, 'x');
    QTest::newRow("struct.pack('<I', 5)")
        << "length:4:le" << hello << QByteArray("\x05\x00\x00\x00", 4) + hello;
    QTest::newRow("struct.pack('<I', 300)")
        << "length:4:le" << big << QByteArray("\x2c\x01\x00\x00", 4) + big;
    QTest::newRow("struct.pack('!I', 300)")
        << "length:4:be" << big << QByteArray("\x00\x00\x01\x2c", 4) + big;
    QTest::newRow("struct.pack('<H', 300)")
        << "length:2:le" << big << QByteArray("\x2c\x01", 2) + big;
    QTest::newRow("struct.pack('!Q', 5)")
        << "length:8:be" << hello << QByteArray("\0\0\0\0\0\0\0\x05", 8) + hello;
    QTest::newRow("struct.pack('B', 0)") << "length:1:be" << QByteArray() << QByteArray("\0", 1);
}

void tst_FramingSpec::encodeLength()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);

    QString error;
    const auto framing = FramingSpec::parse(spec, &error);
    QVERIFY2(framing, qPrintable(error));
    const QByteArray wire = framing->encode(body, 0);
    QCOMPARE(wire, expected);
    QCOMPARE(framing->readLength(wire.constData()), quint64(body.size()));
}

void tst_FramingSpec::encodeOthers()
{
    QString error;
    const auto delimiter = FramingSpec::parse(QStringLiteral("delimiter:\\r\\n"), &error);
    QCOMPARE(delimiter->encode("hi", 0), QByteArray("hi\r\n"));
    const auto fixed = FramingSpec::parse(QStringLiteral("fixed:4"), &error);
    QCOMPARE(fixed->encode("ab", 0), QByteArray("ab\0\0", 4));
    QCOMPARE(fixed->encode("abcdef", 0), QByteArray("abcd"));
    const auto none = FramingSpec::parse(QStringLiteral("none"), &error);
    QCOMPARE(none->encode("raw", 0), QByteArray("raw"));
}

void tst_FramingSpec::encodeJsonHeader()
{
    QString error;
    const auto framing = FramingSpec::parse(QStringLiteral("json-header:4:be:size"), &error);
    const QByteArray body("file contents");
    const QByteArray wire = framing->encode(body, 7);

    const quint64 headerSize = framing->readLength(wire.constData());
    const QJsonObject header = QJsonDocument::fromJson(wire.mid(4, qsizetype(headerSize))).object();
    QCOMPARE(header.value(QStringLiteral("size")).toInteger(), body.size());
    QCOMPARE(header.value(QStringLiteral("name")).toString(), QStringLiteral("msg-7.bin"));
    QCOMPARE(wire.mid(4 + qsizetype(headerSize)), body);
}

QTEST_GUILESS_MAIN(tst_FramingSpec)
#include "tst_framingspec.moc"
