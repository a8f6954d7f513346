// View → Language switches the interface at run time, without a restart: menu titles, a
// toolbar button, the lesson explanation and the summary change to Chinese and back, and the
// choice is remembered.

#include "gui/languagemenu.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "model/lessoncatalogue.h"
#include "model/scenario.h"

#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace sockscope;

namespace {

QString fileMenuTitle(const MainWindow &w)
{
    return w.menuBar()->actions().value(0) ? w.menuBar()->actions().value(0)->text() : QString();
}

QString explanation(const MainWindow &w)
{
    auto *label = w.findChild<QLabel *>(QStringLiteral("explanation"));
    return label ? label->text() : QString();
}

QString runButton(const MainWindow &w)
{
    // The toolbar's first button is Run.
    for (auto *button : w.findChildren<QToolButton *>()) {
        if (button->defaultAction()
            && button->defaultAction()->shortcut() == QKeySequence(Qt::Key_F5))
            return button->text();
    }
    return {};
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesAtRunTimeAndBack();
    void menuChoiceIsRemembered();
    void pluralsWithoutATranslation();
    void cleanupTestCase();

private:
    LanguageSwitcher m_switcher;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_switcher.setLanguage(LanguageSwitcher::englishCode());
}

void TestLanguageSwitch::switchesAtRunTimeAndBack()
{
    MainWindow w;
    w.openLesson(LessonCatalogue::defaultLesson());
    w.show();
    QCOMPARE(fileMenuTitle(w), QStringLiteral("&File"));
    QCOMPARE(runButton(w), QStringLiteral("Run"));
    const QString english = explanation(w);
    QVERIFY(!english.isEmpty() && !hasChinese(english));
    const QString title = w.windowTitle();

    m_switcher.setLanguage(LanguageSwitcher::chineseCode());
    QTRY_COMPARE(fileMenuTitle(w), QStringLiteral("文件(&F)"));
    QCOMPARE(runButton(w), QStringLiteral("运行"));
    QVERIFY2(hasChinese(explanation(w)), qPrintable(explanation(w)));
    QVERIFY(hasChinese(w.windowTitle()));
    QCOMPARE(QLocale().language(), QLocale::Chinese);

    m_switcher.setLanguage(LanguageSwitcher::englishCode());
    QTRY_COMPARE(fileMenuTitle(w), QStringLiteral("&File"));
    QCOMPARE(runButton(w), QStringLiteral("Run"));
    QCOMPARE(explanation(w), english);
    QCOMPARE(w.windowTitle(), title);
}

void TestLanguageSwitch::menuChoiceIsRemembered()
{
    MainWindow w;
    w.openLesson(LessonCatalogue::defaultLesson());
    auto *menu = w.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QAction *chinese = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data() == LanguageSwitcher::chineseCode())
            chinese = a;
    }
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(m_switcher.language(), LanguageSwitcher::chineseCode());
    QCOMPARE(LanguageSwitcher::savedLanguage(), LanguageSwitcher::chineseCode());
    QTRY_COMPARE(menu->title(),
                 QCoreApplication::translate("sockscope::LanguageMenu", "&Language"));
    QTRY_COMPARE(fileMenuTitle(w), QStringLiteral("文件(&F)"));
}

// The system's language when SockScope has no translation for it (CTest runs this once more
// under LANG=de_DE): the English plural forms, not the sources' "(s)".
void TestLanguageSwitch::pluralsWithoutATranslation()
{
    if (qEnvironmentVariable("LC_ALL").startsWith(QLatin1String("de")))
        QCOMPARE(QLocale::system().language(), QLocale::German);
    if (QLocale::system().language() == QLocale::Chinese)
        QSKIP("the system speaks Chinese, which has a translation");
    m_switcher.setLanguage(QString()); // the system's
    auto say = [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QCOMPARE(say("sockscope::Scenario", "%n message(s)", 1), QStringLiteral("1 message"));
    QCOMPARE(say("sockscope::Scenario", "%n message(s)", 3), QStringLiteral("3 messages"));
    QCOMPARE(say("sockscope::CallCount", "%n recv() call(s)", 1), QStringLiteral("1 recv() call"));
    QCOMPARE(say("sockscope::RunNarrative", "%n datagram(s)", 2), QStringLiteral("2 datagrams"));
    // What the window shows: the scenario's description counts its messages.
    Scenario one;
    one.count = 1;
    QVERIFY2(!one.describe().contains(QLatin1String("(s)")), qPrintable(one.describe()));
    m_switcher.setLanguage(LanguageSwitcher::englishCode());
}

void TestLanguageSwitch::cleanupTestCase()
{
    m_switcher.setLanguage(LanguageSwitcher::englishCode());
    QSettings().clear();
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
