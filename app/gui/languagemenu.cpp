#include "gui/languagemenu.h"

#include "gui/languageswitcher.h"

#include <QActionGroup>
#include <QEvent>

namespace sockscope {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current
        = LanguageSwitcher::instance() ? LanguageSwitcher::instance()->language() : QString();
    auto add = [this, &current](const QString &text, const QString &code) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [code] { choose(code); });
        return action;
    };
    m_system = add(QString(), QString());
    addSeparator();
    add(QStringLiteral("English"), LanguageSwitcher::englishCode());
    add(QStringLiteral("简体中文"), LanguageSwitcher::chineseCode());
    retranslateUi();
}

void LanguageMenu::choose(const QString &code)
{
    LanguageSwitcher::saveLanguage(code);
    if (LanguageSwitcher *switcher = LanguageSwitcher::instance())
        switcher->setLanguage(code);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System default"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace sockscope
