#include "gui/modeswitch.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace sockscope {

ModeSwitch::ModeSwitch(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("modeSwitch"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(0);
    layout->addWidget(m_label);
    layout->addSpacing(6);
    for (Mode mode : { Mode::Real, Mode::Sim, Mode::Both }) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("mode_") + modeName(mode));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        m_group->addButton(b, int(mode));
        layout->addWidget(b);
    }
    m_group->setExclusive(true);
    button(m_mode)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        const auto mode = Mode(id);
        if (mode == m_mode)
            return;
        m_mode = mode;
        emit modeChanged(mode);
    });
    retranslateUi();
}

QToolButton *ModeSwitch::button(Mode mode) const
{
    return static_cast<QToolButton *>(m_group->button(int(mode)));
}

void ModeSwitch::setMode(Mode mode)
{
    m_mode = mode;
    button(mode)->setChecked(true);
}

void ModeSwitch::retranslateUi()
{
    m_label->setText(tr("Network:"));
    button(Mode::Real)->setText(tr("Real"));
    button(Mode::Real)->setToolTip(tr("Real sockets on loopback: what this kernel really does"));
    button(Mode::Sim)->setText(tr("Simulated"));
    button(Mode::Sim)->setToolTip(
        tr("The same scenario on an imagined network (round trip, MSS, loss… under "
           "Simulated network), "
           "with the packets on the wire"));
    button(Mode::Both)->setText(tr("Both"));
    button(Mode::Both)
        ->setToolTip(tr("Predicted vs observed: each real run with its simulated twin right below "
                        "it, on one time axis"));
    for (QAbstractButton *b : m_group->buttons())
        b->setAccessibleName(tr("Network: %1").arg(b->text()));
}

void ModeSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sockscope
