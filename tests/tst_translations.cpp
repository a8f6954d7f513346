#include "model/lessoncatalogue.h"
#include "model/scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sockscope;

namespace {

// One <message> of a .ts file.
struct TsEntry
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // empty when finished; unfinished, vanished or obsolete otherwise
    QStringList translations; // the text, or one per numerus form
};

QList<TsEntry> readTs(const QString &path, QString *error)
{
    QList<TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry
                = TsEntry{ context,
                           {},
                           xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                           {},
                           {} };
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.translations << xml.readElementText();
            } else {
                entry.translations << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

// %1..%9 and %n (or %Ln), sorted: a translation may reorder them but not drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    found.sort();
    return found;
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QString tsPath(const char *locale)
{
    return QStringLiteral(SOCKSCOPE_TS_DIR "/sockscope_%1.ts").arg(QLatin1String(locale));
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete();
    void englishPluralsAreComplete();
    void chineseAtRuntime();
    void englishPluralsAtRuntime();
    void scenarioErrorsInChinese();

private:
    void install(QTranslator &translator, const char *locale);
};

void tst_Translations::install(QTranslator &translator, const char *locale)
{
    const QString qm = QStringLiteral(":/i18n/sockscope_%1.qm").arg(QLatin1String(locale));
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
}

void tst_Translations::chineseIsComplete()
{
    QString error;
    const QList<TsEntry> entries = readTs(tsPath("zh_CN"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);

    QStringList problems;
    for (const TsEntry &e : entries) {
        const QString where
            = e.context + QStringLiteral(": \"") + e.source.left(60) + QLatin1Char('"');
        // lupdate puts a tr() it cannot attribute (a free function) in the namespace's context,
        // where the runtime lookup never finds it.
        if (!e.context.contains(QLatin1String("::")))
            problems << QStringLiteral("context without a class (use QCoreApplication::translate "
                                       "with a literal context): ")
                    + where;
        if (!e.type.isEmpty())
            problems << e.type + QStringLiteral(": ") + where;
        if (e.numerus && e.translations.size() != 1) // Chinese has one plural form
            problems << QStringLiteral("%1 numerus forms: ").arg(e.translations.size()) + where;
        for (const QString &t : e.translations) {
            if (t.isEmpty())
                problems << QStringLiteral("empty translation: ") + where;
            else if (placeholders(t) != placeholders(e.source))
                problems << QStringLiteral("placeholders %1 ≠ %2: ")
                                .arg(placeholders(t).join(QLatin1Char(' ')),
                                     placeholders(e.source).join(QLatin1Char(' ')))
                        + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::englishPluralsAreComplete()
{
    QString error;
    const QList<TsEntry> entries = readTs(tsPath("en"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int plurals = 0;
    for (const TsEntry &e : entries) {
        if (!e.numerus)
            continue;
        ++plurals;
        const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        if (!e.type.isEmpty() || e.translations.size() != 2 || e.translations.contains(QString()))
            problems << QStringLiteral("singular and plural needed: ") + where;
        for (const QString &t : e.translations)
            if (!t.isEmpty() && placeholders(t) != placeholders(e.source))
                problems << QStringLiteral("placeholders differ: ") + where;
    }
    QVERIFY(plurals > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::chineseAtRuntime()
{
    const Lesson *lesson = LessonCatalogue::find(QStringLiteral("side-by-side"));
    QVERIFY(lesson);
    QCOMPARE(lesson->translatedTitle(), QStringLiteral("TCP and UDP side by side"));

    QTranslator zh;
    install(zh, "zh_CN");
    QVERIFY2(hasChinese(lesson->translatedTitle()), qPrintable(lesson->translatedTitle()));
    QVERIFY(lesson->translatedTitle().contains(QLatin1String("TCP")));
    QVERIFY(hasChinese(lesson->translatedExplanation()));
    QVERIFY(lesson->translatedExplanation().contains(QLatin1String("recv(1024)")));
    QCOMPARE(QCoreApplication::translate("sockscope::CallCount", "%n recv() call(s)", nullptr, 3),
             QStringLiteral("3 次 recv() 调用"));
    QCOMPARE(QCoreApplication::translate("sockscope::FateWord", "merged"), QStringLiteral("粘包"));
    QCOMPARE(QCoreApplication::translate("sockscope::FateWord", "split"), QStringLiteral("拆包"));
    QCOMPARE(QCoreApplication::translate("sockscope::FateWord", "truncated"),
             QStringLiteral("截断"));
    QCOMPARE(QCoreApplication::translate("sockscope::FateWord", "unread"),
             QStringLiteral("未读取"));
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(lesson->translatedTitle(), QStringLiteral("TCP and UDP side by side"));
}

void tst_Translations::englishPluralsAtRuntime()
{
    QTranslator en;
    install(en, "en");
    QCOMPARE(QCoreApplication::translate("sockscope::CallCount", "%n recv() call(s)", nullptr, 1),
             QStringLiteral("1 recv() call"));
    QCOMPARE(QCoreApplication::translate("sockscope::CallCount", "%n recv() call(s)", nullptr, 3),
             QStringLiteral("3 recv() calls"));
    QCOMPARE(QCoreApplication::translate("sockscope::Scenario", "%n message(s)", nullptr, 12),
             QStringLiteral("12 messages"));
    // Everything else is the source text.
    QCOMPARE(QCoreApplication::translate("sockscope::FateWord", "merged"),
             QStringLiteral("merged"));
    QCoreApplication::removeTranslator(&en);
}

void tst_Translations::scenarioErrorsInChinese()
{
    QTranslator zh;
    install(zh, "zh_CN");
    Scenario s;
    const QString bad = s.set(QStringLiteral("count"), QStringLiteral("many"));
    QVERIFY2(bad.startsWith(QLatin1String("count")) && hasChinese(bad), qPrintable(bad));
    QVERIFY2(bad.contains(QLatin1String("many")), qPrintable(bad));

    const QString unknown = s.set(QStringLiteral("colour"), QStringLiteral("red"));
    QVERIFY2(unknown.contains(QLatin1String("colour")) && hasChinese(unknown), qPrintable(unknown));

    QCOMPARE(s.set(QStringLiteral("protocol"), QStringLiteral("udp")), QString());
    // Cross-key validation: framing is TCP's (UDP keeps boundaries itself).
    const QString invalid = s.set(QStringLiteral("framing"), QStringLiteral("length:4:be"));
    QVERIFY2(invalid.startsWith(QLatin1String("framing")) && hasChinese(invalid),
             qPrintable(invalid));

    QVERIFY(hasChinese(Scenario().describe()));
    QCoreApplication::removeTranslator(&zh);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
