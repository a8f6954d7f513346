#include "lessonpanel.h"

#include "lessoncatalogue.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sockscope {

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("lesson"));
    m_picker->setAccessibleName(tr("Lesson"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_picker);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    retranslate();
    connect(m_picker, &QComboBox::activated, this, [this] {
        showText();
        const QString name = lesson();
        if (!name.isEmpty())
            emit lessonChosen(name);
    });
}

void LessonPanel::retranslate()
{
    const QString current = lesson();
    m_picker->clear();
    for (const Lesson &l : LessonCatalogue::all())
        m_picker->addItem(l.translatedTitle(), l.name);
    m_picker->addItem(tr("Custom scenario"), QString());
    setLesson(current);
}

void LessonPanel::setLesson(const QString &name)
{
    const int index = name.isEmpty() ? -1 : m_picker->findData(name);
    m_picker->setCurrentIndex(index >= 0 ? index : m_picker->count() - 1);
    showText();
}

QString LessonPanel::lesson() const
{
    return m_picker->currentData().toString();
}

void LessonPanel::showText()
{
    if (const Lesson *l = LessonCatalogue::find(lesson())) {
        m_title->setText(l->translatedTitle());
        m_explanation->setText(l->translatedExplanation());
    } else {
        m_title->setText(tr("Custom scenario"));
        m_explanation->setText(tr("Your own settings, run as one scenario. Pick a lesson to start from a prepared one."));
    }
}

} // namespace sockscope
