// View → Language switches the interface at run time, without a restart: menu titles, a
// toolbar button, the lesson explanation and the summary change to Chinese and back, and the
// choice is remembered. Texts made once for a run (the runs' titles, the summary's headings,
// the status bar) follow too.

#include "gui/languagemenu.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "gui/observepanel.h"
#include "model/lessoncatalogue.h"
#include "model/scenario.h"
#include "view/eventtext.h"
#include "windowtesthelpers.h"

#include <QDockWidget>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpSocket>
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

// View → Language → the language with this code, as the user picks it.
void chooseLanguage(const MainWindow &w, const QString &code)
{
    auto *menu = w.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    for (QAction *a : menu->actions()) {
        if (a->data() == code) {
            a->trigger();
            return;
        }
    }
    QFAIL("no such language in the menu");
}

// What a run shows of itself in words, as the window shows it.
struct RunTexts
{
    QStringList titles; // the timeline's and the summary's heading of each run
    QStringList labels; // the runs' own part of them (the variant and direction)
    QString status; // the status bar
    QString summary;
    QStringList replayButtons; // the texts of the replay bar's buttons that show text
    bool replayFits = false; // the replay bar has the room its buttons' words take
};

RunTexts runTexts(const MainWindow &w)
{
    RunTexts texts;
    for (const Run &run : windowtest::timeline(w)->trace().runs) {
        texts.titles << EventText::runTitle(run);
        texts.labels << run.label;
    }
    for (const QLabel *label : w.statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts.status += label->text();
    }
    texts.summary = windowtest::summaryText(w); // read even while its dock is closed
    for (const QToolButton *b : windowtest::replayBar(w)->findChildren<QToolButton *>()) {
        if (b->isVisible() && b->toolButtonStyle() != Qt::ToolButtonIconOnly)
            texts.replayButtons << b->text();
    }
    const ReplayBar *bar = windowtest::replayBar(w);
    texts.replayFits = bar->width() >= bar->layout()->minimumSize().width();
    return texts;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesAtRunTimeAndBack();
    void menuChoiceIsRemembered();
    void aRunShownIsRetitled();
    void anObservedRunIsRetitled();
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

// The lesson of the reviewer's screenshot at projector size: after View → Language → 简体中文,
// no run title, summary heading or status message is left in English, the replay buttons keep
// their words, and English brings back exactly what was there.
void TestLanguageSwitch::aRunShownIsRetitled()
{
    m_switcher.setLanguage(LanguageSwitcher::englishCode());
    MainWindow w;
    w.openLesson(QStringLiteral("tcp-nagle-delayed-ack"));
    windowtest::modeSwitch(w)->setMode(Mode::Sim); // milliseconds a run
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The side panels closed: the replay bar is wide enough for its buttons' words.
    for (const char *dock : { "lessonDock", "summaryDock" })
        windowtest::part<QDockWidget>(w, QLatin1String(dock))->hide();
    QSignalSpy finished(windowtest::controller(w), &RunController::finished);
    w.run();
    QVERIFY(finished.wait(30000));
    QTest::qWait(50); // the replay bar fits its buttons to its width
    const RunTexts english = runTexts(w);
    QCOMPARE(english.titles.size(), 4);
    QVERIFY2(english.titles.first().startsWith(QLatin1String("Nagle on")),
             qPrintable(english.titles.first()));
    QVERIFY2(english.status.startsWith(QLatin1String("Done in")), qPrintable(english.status));
    QVERIFY(english.replayFits);
    // On a projector (CTest runs this once more on a 1366×768 screen) the words fit.
    if (w.screen()->size().width() >= 1366)
        QVERIFY(!english.replayButtons.isEmpty());

    chooseLanguage(w, LanguageSwitcher::chineseCode());
    QTRY_COMPARE(fileMenuTitle(w), QStringLiteral("文件(&F)"));
    QTest::qWait(50);
    const RunTexts chinese = runTexts(w);
    QCOMPARE(chinese.titles.size(), english.titles.size());
    for (qsizetype i = 0; i < chinese.titles.size(); ++i) {
        // Not only the "(simulated)" the title adds: the run's own words.
        QVERIFY2(!chinese.titles[i].contains(english.labels[i]), qPrintable(chinese.titles[i]));
        QVERIFY2(hasChinese(chinese.labels[i]), qPrintable(chinese.labels[i]));
        QVERIFY2(!chinese.summary.contains(english.labels[i]), qPrintable(english.labels[i]));
        QVERIFY2(chinese.summary.contains(chinese.titles[i]), qPrintable(chinese.titles[i]));
    }
    QVERIFY2(hasChinese(chinese.status), qPrintable(chinese.status));
    QVERIFY2(chinese.status.contains(QLatin1String("ms")), qPrintable(chinese.status));
    // Every button that had words has words, now Chinese ones, and only where they fit.
    QVERIFY(chinese.replayFits);
    QVERIFY(chinese.replayButtons.size() >= english.replayButtons.size());
    for (const QString &text : chinese.replayButtons)
        QVERIFY2(!text.isEmpty() && hasChinese(text), qPrintable(text));

    chooseLanguage(w, LanguageSwitcher::englishCode());
    QTRY_COMPARE(fileMenuTitle(w), QStringLiteral("&File"));
    QTest::qWait(50);
    const RunTexts back = runTexts(w);
    QCOMPARE(back.titles, english.titles);
    QCOMPARE(back.labels, english.labels);
    QCOMPARE(back.status, english.status);
    QCOMPARE(back.summary, english.summary);
    QCOMPARE(back.replayButtons, english.replayButtons);
    QVERIFY(back.replayFits);
}

// The Observe tab's runs are titled from their peers, in the language now chosen: while the
// client is connected, and after the session ends (when the recording's own result, titled when
// the client connected, replaces what the window followed).
void TestLanguageSwitch::anObservedRunIsRetitled()
{
    m_switcher.setLanguage(LanguageSwitcher::englishCode());
    ObservePanel panel;
    panel.resize(1366, 768);
    panel.show();
    panel.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0);
    QCOMPARE(panel.start(), QString());
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), windowtest::observeController(panel)->port());
    QVERIFY(client.waitForConnected(5000));
    client.write("消息0消息1");
    QVERIFY(client.waitForBytesWritten(5000));
    const TimelineWidget *timeline = windowtest::observeTimeline(panel);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->trace().runs.size(), qsizetype(1), 10000);
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    QCOMPARE(timeline->trace().runs.at(0).label, QStringLiteral("TCP from %1").arg(peer));

    m_switcher.setLanguage(LanguageSwitcher::chineseCode());
    QTRY_VERIFY_WITH_TIMEOUT(hasChinese(timeline->trace().runs.at(0).label), 5000);
    QVERIFY2(timeline->trace().runs.at(0).label.contains(peer),
             qPrintable(timeline->trace().runs.at(0).label));
    const QString chinese = timeline->trace().runs.at(0).label;
    client.disconnectFromHost();
    panel.stop();
    QVERIFY(!panel.isListening());
    QCOMPARE(timeline->trace().runs.size(), qsizetype(1));
    QCOMPARE(timeline->trace().runs.at(0).label, chinese);

    m_switcher.setLanguage(LanguageSwitcher::englishCode());
    QTRY_COMPARE_WITH_TIMEOUT(timeline->trace().runs.at(0).label,
                              QStringLiteral("TCP from %1").arg(peer), 5000);
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
