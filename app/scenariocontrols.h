#pragma once

#include "scenario.h"
#include "trace.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sockscope {

// One control per scenario key, each named after its key (objectName), so that tests and
// users can find "nodelay" by name. Every edit goes through Scenario::set(), the same
// validation as --set and scenario files; the first error is shown in one sentence.
class ScenarioControls : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioControls(QWidget *parent = nullptr);

    // Shows a scenario without reporting edits; forgets which keys the user changed.
    void setScenario(const Scenario &scenario, const QStringList &userKeys = {});
    const Scenario &scenario() const { return m_scenario; }
    // Keys the user changed since setScenario(): they win over a lesson variant's settings.
    QStringList userKeys() const { return m_userKeys; }
    // Why the last edit was refused; empty after a good one. The scenario itself always stays
    // valid (Scenario::set() is all or nothing), unless setScenario() was given an invalid one.
    QString error() const { return m_error; }

    // The socket options the kernel really applied, next to the requested ones.
    void showEffective(const Trace &trace);

signals:
    void edited(const QString &key);

private:
    QSpinBox *addSpin(const QString &key, int minimum, int maximum, const QString &special, const QString &suffix);
    QDoubleSpinBox *addProbability(const QString &key, const QString &label, const QString &toolTip);
    QCheckBox *addCheck(const QString &key, const QString &text);
    void apply(const QString &key, const QString &value);
    void refresh();
    void addRow(const QString &label, QWidget *field, const QString &toolTip);

    Scenario m_scenario;
    QStringList m_userKeys;
    QString m_error;
    bool m_updating = false;

    QFormLayout *m_form = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_payload = nullptr;
    QComboBox *m_framing = nullptr;
    QComboBox *m_replyRead = nullptr;
    QHash<QString, QSpinBox *> m_spins;
    QHash<QString, QCheckBox *> m_checks;
    QHash<QString, QDoubleSpinBox *> m_probabilities;
    QLabel *m_effectiveSndbuf = nullptr;
    QLabel *m_effectiveRcvbuf = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace sockscope
