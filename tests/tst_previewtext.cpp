// Payload previews as the user reads them: UTF-8 and GB18030 text shown as text, only what
// cannot be shown escaped, and the 64-byte preview cut never splitting a character.

#include "io/tracecsvwriter.h"
#include "model/preview.h"
#include "model/previewtext.h"
#include "model/wireformat.h"
#include "render/textwidths.h"
#include "util/displaywidth.h"

#include <QTest>

using namespace sockscope;

namespace {

using Encoding = PreviewText::Encoding;

QString utf8(QByteArrayView bytes)
{
    return PreviewText::display(bytes, Encoding::Utf8);
}

QString gb(QByteArrayView bytes)
{
    return PreviewText::display(bytes, Encoding::Gb18030);
}

} // namespace

class tst_PreviewText : public QObject
{
    Q_OBJECT

private slots:
    void utf8ChineseIsText();
    void asciiReadsAsTheContract();
    void controlsAndInvalidBytesAreEscaped();
    void aCharacterCutByThePreviewIsLeftOut();
    void aCutKeepsEscapesWhole();
    void gbkBytes();
    void gb18030FourByteAndInvalid();
    void hex();
    void names();
    void csvPreviewColumn();
};

void tst_PreviewText::utf8ChineseIsText()
{
    QCOMPARE(utf8("消息0"), QStringLiteral("消息0"));
    QCOMPARE(utf8("粘包 demo，完成。"), QStringLiteral("粘包 demo，完成。"));
    QCOMPARE(utf8("\xf0\x9f\x98\x80"), QStringLiteral("😀")); // four bytes, outside the BMP
    QCOMPARE(PreviewText::display(QByteArrayView("消息0")), QStringLiteral("消息0")); // default
}

// For ASCII the display text is the contract's text: the table and CSV of an ASCII lesson read
// as before.
void tst_PreviewText::asciiReadsAsTheContract()
{
    QByteArray all;
    for (int b = 0; b < 0x80; ++b)
        all.append(char(b));
    QCOMPARE(utf8(all.first(kPreviewBytes)), WireFormat::previewText(all.first(kPreviewBytes)));
    QCOMPARE(utf8(all.sliced(kPreviewBytes)), WireFormat::previewText(all.sliced(kPreviewBytes)));
    QCOMPARE(utf8("msg-1;"), QStringLiteral("msg-1;"));
    QCOMPARE(gb("msg-1;"), QStringLiteral("msg-1;"));
}

void tst_PreviewText::controlsAndInvalidBytesAreEscaped()
{
    QCOMPARE(utf8("a\nb\t\x01\x7f\\"), QStringLiteral("a\\x0ab\\x09\\x01\\x7f\\x5c"));
    QCOMPARE(utf8("\xff\xfe"), QStringLiteral("\\xff\\xfe"));
    QCOMPARE(utf8("\x80消"), QStringLiteral("\\x80消")); // a stray continuation byte
    QCOMPARE(utf8("\xc0\xaf"), QStringLiteral("\\xc0\\xaf")); // overlong '/'
    QCOMPARE(utf8("\xed\xa0\x80"), QStringLiteral("\\xed\\xa0\\x80")); // a surrogate
    QCOMPARE(utf8("\xf4\x90\x80\x80"), QStringLiteral("\\xf4\\x90\\x80\\x80")); // > U+10FFFF
    QCOMPARE(utf8("\xc2\x85"), QStringLiteral("\\xc2\\x85")); // C1 control NEL
    QCOMPARE(utf8("a\xe2\x80\xaez"), QStringLiteral("a\\xe2\\x80\\xaez")); // right-to-left override
    // A valid character after a broken one still reads: one bad byte costs one escape.
    QCOMPARE(utf8("\xe6\xb6消"), QStringLiteral("\\xe6\\xb6消"));
    // A payload that itself ends inside a character (a recv that split it) shows the bytes.
    QCOMPARE(utf8("消\xe6\xb6"), QStringLiteral("消\\xe6\\xb6"));
}

void tst_PreviewText::aCharacterCutByThePreviewIsLeftOut()
{
    // 21 three-byte characters are 63 bytes; the 64th byte is the start of the 22nd.
    const QByteArray message = QStringLiteral("消").repeated(30).toUtf8();
    const Preview preview(message);
    QCOMPARE(preview.size(), kPreviewBytes);
    QCOMPARE(utf8(preview), QStringLiteral("消").repeated(21));
    // Two bytes of a three-byte character at the cut.
    const Preview shifted(QByteArray("ab") + message);
    QCOMPARE(utf8(shifted), QStringLiteral("ab") + QStringLiteral("消").repeated(20));
    // GB18030: 32 two-byte characters fill the preview exactly; one byte off, the last is cut.
    const QByteArray gbk = QByteArray("\xcf\xfb").repeated(40);
    if (PreviewText::gb18030Available()) {
        QCOMPARE(gb(Preview(gbk)), QStringLiteral("消").repeated(32));
        QCOMPARE(gb(Preview(QByteArray("a") + gbk)),
                 QStringLiteral("a") + QStringLiteral("消").repeated(31));
    }
}

// The bytes a program on Chinese Windows sends for "消息".
// Cut for a table's columns or a box's width, "HTTP/1.0\x0d\x0a" loses whole escapes, never
// reads "HTTP/1.0\x0d\…" (a byte 0x0 and a stray backslash to the reader).
void tst_PreviewText::aCutKeepsEscapesWhole()
{
    const QString request = utf8("GET / HTTP/1.0\r\n\r\n");
    QCOMPARE(request, QStringLiteral("GET / HTTP/1.0\\x0d\\x0a\\x0d\\x0a"));
    const auto check = [&](const QString &cut) {
        QVERIFY2(cut.endsWith(QChar(0x2026)), qPrintable(cut));
        const QString kept = cut.chopped(1);
        QVERIFY2(request.startsWith(kept), qPrintable(cut));
        // 14 letters, then escapes of 4 characters each.
        QVERIFY2(kept.size() < 14 || (kept.size() - 14) % 4 == 0, qPrintable(cut));
    };
    for (int columns = 15; columns < request.size(); ++columns)
        check(PreviewText::withoutCutEscape(DisplayWidth::clip(request, columns)));
    const TextWidths text(QFont(QStringLiteral("DejaVu Sans"), 12));
    for (double px = text.width(QStringLiteral("GET / HTTP/1.0")); px < text.width(request);
         px += 2)
        check(text.elided(request, px));
    // Cuts elsewhere, and text that is not cut, are left alone.
    QCOMPARE(PreviewText::withoutCutEscape(QStringLiteral("C:\\x…")), QStringLiteral("C:…"));
    QCOMPARE(PreviewText::withoutCutEscape(QStringLiteral("a\\x0d b…")),
             QStringLiteral("a\\x0d b…"));
    QCOMPARE(PreviewText::withoutCutEscape(QStringLiteral("a\\x0")), QStringLiteral("a\\x0"));
}

void tst_PreviewText::gbkBytes()
{
    const QByteArray gbk("\xcf\xfb\xcf\xa2");
    // Under UTF-8, 0xcf 0xfb is no character; 0xcf 0xa2 happens to be one (U+03E2), which is
    // what any UTF-8 reader would show too. Never 消息.
    QCOMPARE(utf8(gbk), QStringLiteral("\\xcf\\xfb") + QChar(0x03e2));
    if (!PreviewText::gb18030Available())
        QSKIP(qPrintable(PreviewText::gb18030Unavailable()));
    QCOMPARE(gb(gbk), QStringLiteral("消息"));
    QCOMPARE(gb(QByteArray("\xcf\xfb\xcf\xa2") + "0\n"), QStringLiteral("消息0\\x0a"));
    // UTF-8 bytes read as GB18030 are not 消息 either.
    QVERIFY(!gb("消息").contains(QStringLiteral("消息")));
}

void tst_PreviewText::gb18030FourByteAndInvalid()
{
    if (!PreviewText::gb18030Available()) {
        // Without the codec the bytes are shown, never guessed at.
        QCOMPARE(gb("\xcf\xfb"), QStringLiteral("\\xcf\\xfb"));
        QSKIP(qPrintable(PreviewText::gb18030Unavailable()));
    }
    QCOMPARE(gb("\x81\x30\x84\x36"), QStringLiteral("¥"));
    QCOMPARE(gb("\x94\x39\xfc\x36"), QStringLiteral("😀"));
    QCOMPARE(gb("\xa2\xe3"), QStringLiteral("€"));
    QCOMPARE(gb("\x80\xff"), QStringLiteral("\\x80\\xff"));
    QCOMPARE(gb("\x81\x20"), QStringLiteral("\\x81 ")); // a lead byte without its trail
    QCOMPARE(gb("\x81\x30\x20\x30"), QStringLiteral("\\x810 0"));
    QCOMPARE(gb("\x81\x30\x81\x30"), QStringLiteral("\\x81\\x30\\x81\\x30")); // U+0080, a control
}

void tst_PreviewText::hex()
{
    QCOMPARE(PreviewText::display("消息0", Encoding::Hex), QStringLiteral("e6 b6 88 e6 81 af 30"));
    QCOMPARE(PreviewText::display(QByteArrayView("\x00\xff", 2), Encoding::Hex),
             QStringLiteral("00 ff"));
    QCOMPARE(PreviewText::display(QByteArrayView(), Encoding::Hex), QString());
}

void tst_PreviewText::names()
{
    QCOMPARE(PreviewText::fromName(QStringLiteral("utf-8")), Encoding::Utf8);
    QCOMPARE(PreviewText::fromName(QStringLiteral("UTF8")), Encoding::Utf8);
    QCOMPARE(PreviewText::fromName(QStringLiteral("gb18030")), Encoding::Gb18030);
    QCOMPARE(PreviewText::fromName(QStringLiteral("GBK")), Encoding::Gb18030);
    QCOMPARE(PreviewText::fromName(QStringLiteral("hex")), Encoding::Hex);
    QVERIFY(!PreviewText::fromName(QStringLiteral("bogus")));
    for (const QString &name : PreviewText::names())
        QCOMPARE(PreviewText::name(*PreviewText::fromName(name)), name);
}

void tst_PreviewText::csvPreviewColumn()
{
    Trace trace;
    Run run;
    SendEvent send;
    send.requested = send.accepted = 7;
    send.preview = QByteArray("消息0");
    run.sends.append(send);
    trace.runs.append(run);
    QVERIFY(TraceCsvWriter::toCsv(trace).contains("消息0"));
    QVERIFY(TraceCsvWriter::toCsv(trace, Encoding::Hex).contains("e6 b6 88 e6 81 af 30"));
}

QTEST_MAIN(tst_PreviewText) // a font measures the elided labels
#include "tst_previewtext.moc"
