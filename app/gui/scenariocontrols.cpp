#include "gui/scenariocontrols.h"

#include "model/scenariokey.h"
#include "view/eventtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

ScenarioControls::ScenarioControls(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_form);

    for (const ScenarioKey &key : ScenarioKey::all()) {
        // The imagined network of the simulator under its own title; real loopback runs ignore
        // these keys.
        if (key.network && !m_networkTitle) {
            m_networkTitle = new QLabel(this);
            m_networkTitle->setObjectName(QStringLiteral("networkTitle"));
            m_form->addRow(m_networkTitle);
        }
        m_fields.insert(key.key(), addControl(key));
        // The socket options the kernel applied, under the requested ones (showEffective()).
        if (key.key() == QLatin1String("sndbuf"))
            m_effectiveSndbufLabel = addEffective(key.key());
        else if (key.key() == QLatin1String("rcvbuf"))
            m_effectiveRcvbufLabel = addEffective(key.key());
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #D55E00; font-weight: bold;"));
    m_errorLabel->hide();
    outer->addWidget(m_errorLabel);
    outer->addStretch(1);

    retranslateUi();
    setScenario(Scenario{});
}

QLabel *ScenarioControls::addEffective(const QString &key)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("effective_") + key);
    label->setWordWrap(true);
    label->installEventFilter(this); // fitHeight() at every width
    m_form->addRow(QString(), label);
    m_form->setRowVisible(label, false);
    return label;
}

void ScenarioControls::addRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

QWidget *ScenarioControls::addControl(const ScenarioKey &key)
{
    const QString name = key.key();
    // A spin box's special value sits at the bottom of its range (size's "auto" below 0).
    const double bottom = key.special ? std::min(key.special->value, key.minimum) : key.minimum;
    QWidget *field = nullptr;
    switch (key.type()) {
    case ScenarioKey::Type::Int: {
        auto *spin = new QSpinBox(this);
        spin->setRange(int(bottom), int(key.maximum));
        spin->setGroupSeparatorShown(true);
        connect(spin, &QSpinBox::valueChanged, this,
                [this, &key](int value) { apply(key.key(), key.text(value)); });
        field = spin;
        break;
    }
    case ScenarioKey::Type::Int64:
    case ScenarioKey::Type::Double: {
        // Whole numbers beyond int (the seed, up to 2^53) in a double spin box without decimals:
        // a double holds them exactly.
        auto *spin = new QDoubleSpinBox(this);
        const bool whole = key.type() == ScenarioKey::Type::Int64;
        spin->setDecimals(whole ? 0 : 3);
        spin->setRange(bottom, key.maximum);
        spin->setSingleStep(whole ? 1 : 0.01);
        spin->setGroupSeparatorShown(whole);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, &key, whole](double value) {
            apply(key.key(), key.text(whole ? QVariant(qint64(value)) : QVariant(value)));
        });
        field = spin;
        break;
    }
    case ScenarioKey::Type::Bool: {
        // A check box's text does not wrap: "varied by this lesson" goes on a line of its own
        // under it, which does (in a narrow panel it would otherwise be cut off and widen the
        // panel into a sideways scroll).
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *check = new QCheckBox(box);
        check->setObjectName(name);
        auto *note = new QLabel(box);
        note->setObjectName(name + QStringLiteral("_varied"));
        note->setWordWrap(true);
        // Measured and drawn by one text layout: as plain text, the height asked for and the
        // lines drawn disagreed where the font falls back (Latin text in a Chinese UI font), and
        // the last line was cut off.
        note->setTextFormat(Qt::RichText);
        // Under the check box's text, not its indicator.
        note->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                     + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                 0, 0, 0);
        note->hide();
        boxLayout->addWidget(check);
        boxLayout->addWidget(note);
        m_form->addRow(QString(), box);
        m_variedNotes.insert(name, note);
        // stateChanged, not toggled: a key a lesson varies has a third state, "each variant
        // its own value" (see setVariedKeys()).
        connect(check, &QCheckBox::stateChanged, this, [this, &key](int state) {
            if (m_updating)
                return;
            if (state == Qt::PartiallyChecked) {
                m_userKeys.removeAll(key.key());
                refresh();
                emit edited(key.key());
                return;
            }
            // Picking a value of a varied key is a choice even when the scenario already holds
            // it: it runs that variant alone.
            const bool varied = m_variedKeys.contains(key.key());
            if (varied && !m_userKeys.contains(key.key()))
                m_userKeys.append(key.key());
            const Scenario before = m_scenario;
            apply(key.key(), key.text(state == Qt::Checked));
            if (varied && m_scenario == before) {
                refresh();
                emit edited(key.key());
            }
        });
        return check;
    }
    case ScenarioKey::Type::Choice: {
        auto *combo = new QComboBox(this);
        for (const ScenarioKey::Choice &choice : key.choices)
            combo->addItem(QString(), QLatin1String(choice.word));
        connect(combo, &QComboBox::activated, this,
                [this, &key, combo] { apply(key.key(), combo->currentData().toString()); });
        field = combo;
        break;
    }
    case ScenarioKey::Type::String:
    case ScenarioKey::Type::StringList:
        if (!key.suggestions.empty()) {
            // Editable: the suggestions are examples, any valid text goes.
            auto *combo = new QComboBox(this);
            combo->setEditable(true);
            for (const char *suggestion : key.suggestions)
                combo->addItem(suggestionText(QLatin1String(suggestion)),
                               QLatin1String(suggestion));
            combo->setInsertPolicy(QComboBox::NoInsert);
            auto applyCombo = [this, &key, combo] { applyText(key, comboValue(combo)); };
            connect(combo, &QComboBox::activated, this, applyCombo);
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, applyCombo);
            field = combo;
        } else {
            auto *edit = new QLineEdit(this);
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, &key, edit] { applyText(key, edit->text()); });
            field = edit;
        }
        break;
    }
    // Apply when the user stops typing (Enter, focus out, arrows), not at every digit: each
    // change can restart a live run.
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        spin->setKeyboardTracking(false);
        // Space is no digit: typed over a selected special value ("auto") it left the suffix
        // alone in the field. The key reaches the spin box or its line edit, whichever has it.
        spin->installEventFilter(this);
        for (QLineEdit *edit : spin->findChildren<QLineEdit *>())
            edit->installEventFilter(this);
    }
    field->setObjectName(name);
    addRow(field);
    return field;
}

bool ScenarioControls::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize
        && (watched == m_effectiveSndbufLabel || watched == m_effectiveRcvbufLabel))
        fitHeight(static_cast<QLabel *>(watched));
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease
        || event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (event->type() == QEvent::ShortcutOverride)
                event->accept(); // and no window shortcut either: Space is the field's
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScenarioControls::applyText(const ScenarioKey &key, const QString &text)
{
    if (text != key.text(m_scenario))
        apply(key.key(), text);
}

void ScenarioControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScenarioControls::retranslateUi()
{
    // Setting texts, suffixes and item texts emits none of the signals apply() listens to, so a
    // language switch never counts as an edit.
    for (const ScenarioKey &key : ScenarioKey::all()) {
        QWidget *field = m_fields.value(key.key());
        const QString label = key.translatedLabel();
        field->setAccessibleName(label);
        if (auto *check = qobject_cast<QCheckBox *>(field)) {
            check->setText(label);
            showVariedNote(key);
        } else if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(field)))
            buddy->setText(label);
        if (auto *spin = qobject_cast<QSpinBox *>(field)) {
            spin->setSpecialValueText(key.translatedSpecialText());
            spin->setSuffix(key.translatedSuffix());
        } else if (auto *number = qobject_cast<QDoubleSpinBox *>(field)) {
            number->setSpecialValueText(key.translatedSpecialText());
            number->setSuffix(key.translatedSuffix());
        } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            edit->setPlaceholderText(key.translatedPlaceholder());
        } else if (auto *combo = qobject_cast<QComboBox *>(field); combo && !combo->isEditable()) {
            for (int i = 0; i < int(key.choices.size()); ++i)
                combo->setItemText(i, ScenarioKey::choiceText(key.choices[i]));
        } else if (combo) {
            // The suggestions in words of the language; the value shown stays the scenario's.
            const QString value = comboValue(combo);
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, suggestionText(combo->itemData(i).toString()));
            showComboValue(combo, value);
        }
    }
    if (m_networkTitle)
        m_networkTitle->setText(tr("<b>Simulated network</b> (sockscope run --mode sim)"));
    setToolTips();
    showEffectiveValues();
    // The scenario's messages come from core's tr(): ask again in the new language.
    if (!m_refusedKey.isEmpty()) {
        Scenario probe = m_scenario;
        m_error = probe.set(m_refusedKey, m_refusedValue);
    } else if (!m_error.isEmpty()) {
        m_error = m_scenario.validate();
    }
    showError();
}

void ScenarioControls::setToolTips()
{
    for (const ScenarioKey &key : ScenarioKey::all()) {
        QString tip = key.translatedToolTip();
        if (tip.isEmpty())
            continue;
        if (!m_simulatorActive && key.network)
            tip += QLatin1Char('\n')
                + tr("Used by the simulator only: switch the network to Simulated or Both.");
        m_fields.value(key.key())->setToolTip(tip);
    }
}

void ScenarioControls::showError()
{
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
}

void ScenarioControls::apply(const QString &key, const QString &value)
{
    if (m_updating)
        return;
    Scenario next = m_scenario;
    m_error = next.set(key, value);
    m_refusedKey = m_error.isEmpty() ? QString() : key;
    m_refusedValue = m_error.isEmpty() ? QString() : value;
    // set() is all or nothing: a refused value leaves the scenario as it was, the control snaps
    // back and the reason stays on screen until the next good edit.
    if (m_error.isEmpty() && !(next == m_scenario)) {
        m_scenario = next;
        if (!m_userKeys.contains(key))
            m_userKeys.append(key);
        refresh();
        emit edited(key);
        return;
    }
    refresh();
}

bool ScenarioControls::isLeftToTheLesson(const ScenarioKey &key) const
{
    return m_variedKeys.contains(key.key()) && !m_userKeys.contains(key.key());
}

void ScenarioControls::showVariedNote(const ScenarioKey &key)
{
    QLabel *note = m_variedNotes.value(key.key());
    if (!note)
        return;
    const bool varied = isLeftToTheLesson(key);
    note->setText(varied ? tr("Varied by this lesson: each run has its own value. Click to pick "
                              "one.")
                               .toHtmlEscaped()
                         : QString());
    note->setVisible(varied);
    if (QWidget *field = m_fields.value(key.key()))
        field->setAccessibleDescription(note->text());
}

void ScenarioControls::setVariedKeys(const QStringList &keys)
{
    m_variedKeys = keys;
    refresh();
}

void ScenarioControls::setScenario(const Scenario &scenario, const QStringList &userKeys)
{
    m_scenario = scenario;
    m_userKeys = userKeys;
    m_error = scenario.validate();
    m_refusedKey.clear();
    m_refusedValue.clear();
    m_effectiveSndbuf.clear();
    m_effectiveRcvbuf.clear();
    showEffectiveValues();
    refresh();
}

void ScenarioControls::refresh()
{
    m_updating = true;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        QWidget *field = m_fields.value(key.key());
        const QVariant value = key.value(m_scenario);
        if (auto *spin = qobject_cast<QSpinBox *>(field)) {
            spin->setValue(value.toInt());
        } else if (auto *number = qobject_cast<QDoubleSpinBox *>(field)) {
            number->setValue(value.toDouble());
        } else if (auto *check = qobject_cast<QCheckBox *>(field)) {
            const bool varied = m_variedKeys.contains(key.key());
            check->setTristate(varied);
            check->setCheckState(varied && !m_userKeys.contains(key.key()) ? Qt::PartiallyChecked
                                     : value.toBool()                      ? Qt::Checked
                                                                           : Qt::Unchecked);
            check->setText(key.translatedLabel());
            showVariedNote(key);
        } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
            if (combo->isEditable())
                showComboValue(combo, key.text(value));
            else
                combo->setCurrentIndex(combo->findData(value.toString()));
        } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            // Text being typed stays until it is applied.
            const QString text = key.text(value);
            if (!edit->hasFocus() || edit->text() == text)
                edit->setText(text);
        }
    }
    showError();
    m_updating = false;
}

QString ScenarioControls::suggestionText(const QString &word)
{
    // "none" is a word of the scenario language (--set framing=none), not of the UI: in
    // Chinese it reads "无（none）", and is still applied as "none".
    if (word == QLatin1String("none"))
        return tr("none (no framing)");
    return word;
}

QString ScenarioControls::comboValue(const QComboBox *combo)
{
    // A suggestion shown in words stands for its value; anything typed is the value itself.
    const QString text = combo->currentText();
    const int index = combo->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    return index >= 0 && combo->itemData(index).isValid() ? combo->itemData(index).toString()
                                                          : text;
}

void ScenarioControls::showComboValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
    combo->setCurrentText(index >= 0 ? combo->itemText(index) : value);
}

QStringList ScenarioControls::networkKeys()
{
    QStringList keys;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        if (key.network)
            keys << key.key();
    }
    return keys;
}

void ScenarioControls::setSimulatorActive(bool active)
{
    m_simulatorActive = active;
    for (const QString &key : networkKeys()) {
        auto *field = findChild<QWidget *>(key, Qt::FindDirectChildrenOnly);
        if (!field)
            continue;
        field->setEnabled(active);
        if (QWidget *label = m_form->labelForField(field))
            label->setEnabled(active);
    }
    setToolTips();
}

void ScenarioControls::showEffective(const Trace &trace)
{
    auto collect = [&trace](auto member) {
        QList<Effective> values;
        for (const Run &run : trace.runs) {
            if (const std::optional<qint64> value = run.effective.*member)
                values.append({ run.protocol, run.mode, *value });
        }
        return values;
    };
    m_effectiveSndbuf = collect(&EffectiveOptions::sndbuf);
    m_effectiveRcvbuf = collect(&EffectiveOptions::rcvbuf);
    showEffectiveValues();
}

void ScenarioControls::showEffectiveValues()
{
    // Before a run there is nothing to say: the rows go, rather than leave a blank line under
    // each buffer size.
    for (const auto &[label, values] :
         { std::pair{ m_effectiveSndbufLabel, &m_effectiveSndbuf },
           std::pair{ m_effectiveRcvbufLabel, &m_effectiveRcvbuf } }) {
        label->setText(describe(*values));
        m_form->setRowVisible(label, !label->text().isEmpty());
        fitHeight(label);
    }
}

void ScenarioControls::fitHeight(QLabel *label)
{
    // QFormLayout gives a word-wrapped field the height it needs at the width it reckons the
    // field column has, which can be wider than the one the field then gets (a translated key
    // name widens the label column): the row was a line short and its text cut off at the top
    // and the bottom. The label asks for the height its text takes at its own width.
    if (label->width() <= 0)
        return;
    const int height = label->heightForWidth(label->width());
    if (height > 0 && height != label->minimumHeight())
        label->setMinimumHeight(height);
}

QString ScenarioControls::describeValues(const QList<Effective> &effective, Mode mode)
{
    // Per protocol, not per run: variants of one lesson share their socket options. A value
    // is held together with its unit and its protocol (no-break spaces): the row wraps only
    // between values.
    const QChar nbsp(0x00A0);
    QStringList parts;
    QStringList values;
    for (const Effective &e : effective) {
        if (e.mode != mode)
            continue;
        const QString value = EventText::bytes(e.bytes).replace(QLatin1Char(' '), nbsp);
        const QString protocol
            = e.protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
        const QString part = protocol + nbsp + value;
        if (!parts.contains(part)) {
            parts << part;
            values << value;
        }
    }
    values.removeDuplicates();
    return values.size() == 1 ? values.first() : parts.join(QStringLiteral(", "));
}

QString ScenarioControls::describe(const QList<Effective> &effective)
{
    const QString real = describeValues(effective, Mode::Real);
    const QString simulated = describeValues(effective, Mode::Sim);
    if (real.isEmpty() && simulated.isEmpty())
        return {};
    if (simulated.isEmpty() || real.isEmpty())
        return tr("effective: %1").arg(real.isEmpty() ? simulated : real);
    // Real and simulated runs side by side (Both): which run each value is from.
    if (real == simulated)
        return tr("effective, real and simulated: %1").arg(real);
    return tr("effective, real: %1").arg(real) + QLatin1Char('\n')
        + tr("effective, simulated: %1").arg(simulated);
}

} // namespace sockscope
