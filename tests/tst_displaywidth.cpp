// Terminal columns: Chinese characters take two, so the CLI table pads by display width and
// its columns line up with the zh_CN translation loaded.

#include "io/textreport.h"
#include "model/lessoncatalogue.h"
#include "record/stopsignal.h"
#include "run/planrunner.h"
#include "util/displaywidth.h"

#include <QTest>
#include <QTranslator>

using namespace sockscope;

namespace {

// The character that starts at terminal column `column` (0-based), or 0 if a wide character
// straddles it or the line is shorter.
char32_t atColumn(const QString &line, int column)
{
    int at = 0;
    for (char32_t c : QStringView(line).toUcs4()) {
        if (at == column)
            return c;
        at += DisplayWidth::of(c);
        if (at > column)
            return 0;
    }
    return 0;
}

} // namespace

class TestDisplayWidth : public QObject
{
    Q_OBJECT

private slots:
    void widths_data();
    void widths();
    void padAndClip();
    void chineseTableLinesUp();
};

void TestDisplayWidth::widths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::newRow("ascii") << QStringLiteral("recv") << 4;
    QTest::newRow("chinese") << QStringLiteral("粘包") << 4;
    QTest::newRow("mixed") << QStringLiteral("TCP 拆包") << 8;
    QTest::newRow("fullwidth punctuation") << QStringLiteral("，：（）") << 8;
    QTest::newRow("ambiguous arrows and dashes") << QStringLiteral("→—…") << 3;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("supplementary ideograph") << QString::fromUcs4(U"\U00020000") << 2;
    QTest::newRow("empty") << QString() << 0;
}

void TestDisplayWidth::widths()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QCOMPARE(DisplayWidth::of(text), columns);
}

void TestDisplayWidth::padAndClip()
{
    QCOMPARE(DisplayWidth::pad(QStringLiteral("丢包"), -6), QStringLiteral("丢包  "));
    QCOMPARE(DisplayWidth::pad(QStringLiteral("丢包"), 6), QStringLiteral("  丢包"));
    QCOMPARE(DisplayWidth::pad(QStringLiteral("截断了的"), 4), QStringLiteral("截断了的"));
    QCOMPARE(DisplayWidth::clip(QStringLiteral("粘包粘包"), 5), QStringLiteral("粘包…"));
    QCOMPARE(DisplayWidth::clip(QStringLiteral("hello"), 5), QStringLiteral("hello"));
    QCOMPARE(DisplayWidth::clip(QStringLiteral("hello!"), 5), QStringLiteral("hell…"));
}

void TestDisplayWidth::chineseTableLinesUp()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/sockscope_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    StopSignal stop;
    const QString report = TextReport::render(
        PlanRunner::run(lesson->plan(lesson->scenario), lesson->name, Mode::Sim, stop));

    // The message table: msg(5) contents(26) bytes(6) sent (as wide as its longest cell)
    // fate(10), then the recvs: the column the header's "recvs" starts at, in terminal columns,
    // is where every row's recv list starts.
    const QString header = QCoreApplication::translate("sockscope::TextReport", "recvs");
    const QString msg = QCoreApplication::translate("sockscope::TextReport", "msg");
    QCoreApplication::removeTranslator(&zh);
    const QStringList lines = report.split(QLatin1Char('\n'));
    int headers = 0;
    int rows = 0;
    int column = -1;
    for (const QString &line : lines) {
        const bool isHeader = line.startsWith(QStringLiteral("  ") + DisplayWidth::pad(msg, -5))
            && line.endsWith(header);
        const bool isRow
            = line.startsWith(QLatin1String("  m")) && line.size() > 3 && line[3].isDigit();
        if (!isHeader && !isRow)
            continue;
        if (isHeader)
            column = DisplayWidth::of(line) - DisplayWidth::of(header);
        QVERIFY2(column > 60, qPrintable(line));
        const char32_t first = atColumn(line, column);
        QVERIFY2(atColumn(line, column - 1) == U' ', qPrintable(line));
        if (isHeader) {
            ++headers;
            QCOMPARE(uint(first), header.toUcs4().value(0));
        } else {
            ++rows;
            QVERIFY2(first == U'r' || first == U'—', qPrintable(line));
        }
    }
    QCOMPARE(headers, 2); // TCP and UDP
    QVERIFY(rows >= 20);
    // Something in the table really is Chinese, or this test proves nothing.
    QVERIFY(std::any_of(report.cbegin(), report.cend(),
                        [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }));
}

QTEST_GUILESS_MAIN(TestDisplayWidth)
#include "tst_displaywidth.moc"
