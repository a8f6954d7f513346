#include "gui/languageswitcher.h"

#include "model/lessontexts.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace sockscope {

namespace {

LanguageSwitcher *s_instance = nullptr;

} // namespace

LanguageSwitcher::LanguageSwitcher()
{
    s_instance = this;
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageSwitcher *LanguageSwitcher::instance()
{
    return s_instance;
}

QLocale LanguageSwitcher::locale() const
{
    if (m_code == englishCode())
        return { QLocale::English, QLocale::UnitedStates };
    if (m_code == chineseCode())
        return { QLocale::Chinese, QLocale::China };
    return QLocale::system();
}

void LanguageSwitcher::removeTranslators()
{
    for (std::unique_ptr<QTranslator> *t : { &m_ours, &m_english, &m_qt }) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    if (m_lessonTexts)
        QCoreApplication::removeTranslator(LessonTexts::translator());
    m_lessonTexts = false;
}

void LanguageSwitcher::setLanguage(const QString &code)
{
    m_code = (code == englishCode() || code == chineseCode()) ? code : QString();
    removeTranslators();
    const QLocale chosen = locale();
    // Number formatting (%L1, QLocale()) follows the interface language.
    QLocale::setDefault(chosen);
    // English first, under whatever comes next: the sources' counted strings ("%n message(s)")
    // get their singular and plural from it, in every language we have no translation for
    // (German, the C locale, …), not only when English is chosen. The last translator installed
    // is asked first.
    m_english = std::make_unique<QTranslator>();
    if (m_english->load(QStringLiteral(":/i18n/sockscope_en.qm")))
        QCoreApplication::installTranslator(m_english.get());
    else
        m_english.reset();
    m_ours = std::make_unique<QTranslator>();
    if (chosen.language() != QLocale::English
        && m_ours->load(chosen, QStringLiteral("sockscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_ours.get());
    else
        m_ours.reset();
    // The lesson files' own Chinese texts, asked before ours (a file may reuse a built-in text).
    m_lessonTexts = chosen.language() == QLocale::Chinese;
    if (m_lessonTexts)
        QCoreApplication::installTranslator(LessonTexts::translator());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();
}

QString LanguageSwitcher::savedLanguage()
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void LanguageSwitcher::saveLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(kSettingsKey), code);
}

} // namespace sockscope
