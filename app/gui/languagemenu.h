#pragma once

#include <QMenu>

class QActionGroup;

namespace sockscope {

// View → Language: System default / English / 简体中文. Switches at once (LanguageSwitcher) and
// remembers the choice in QSettings. The language names stay in their own language, so that
// whoever cannot read the current one still finds theirs.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    static void choose(const QString &code);
    void retranslateUi();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};

} // namespace sockscope
