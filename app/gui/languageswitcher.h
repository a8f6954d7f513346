#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace sockscope {

// Which language the interface speaks, switched at run time: installs our translator and Qt's
// (qtbase: standard dialogs and shortcuts) for the chosen locale and removes the previous ones.
// The English one is always installed beneath: it gives counted strings their plural forms.
// Installing or removing a translator makes QApplication post QEvent::LanguageChange to every
// window; each widget re-sets its texts in retranslateUi(). One instance, owned by main().
class LanguageSwitcher
{
public:
    // Codes stored in QSettings under kSettingsKey: empty = the system's language.
    static constexpr const char *kSettingsKey = "view/language";
    static QString englishCode() { return QStringLiteral("en"); }
    static QString chineseCode() { return QStringLiteral("zh_CN"); }

    LanguageSwitcher();
    ~LanguageSwitcher();
    LanguageSwitcher(const LanguageSwitcher &) = delete;
    LanguageSwitcher &operator=(const LanguageSwitcher &) = delete;

    static LanguageSwitcher *instance();

    // "" (system), "en" or "zh_CN"; anything else falls back to the system's language.
    void setLanguage(const QString &code);
    QString language() const { return m_code; }
    QLocale locale() const;

    // The choice the user made in the GUI (View → Language), or "" when none.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

private:
    void removeTranslators();

    QString m_code;
    std::unique_ptr<QTranslator> m_ours; // the chosen language's, when it is not English
    std::unique_ptr<QTranslator> m_english; // always: the plural forms of the English sources
    std::unique_ptr<QTranslator> m_qt;
    bool m_lessonTexts = false; // LessonTexts::translator() is installed
};

} // namespace sockscope
