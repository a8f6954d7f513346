#pragma once

#include "model/scenario.h"
#include "model/trace.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace sockscope {

class ScenarioKey;

// One control per scenario key, each named after its key (objectName), so that tests and
// users can find "nodelay" by name. The controls are made from ScenarioKey's table: its type picks
// the widget (spin box, check box, combo box, line edit), and its range, words and network flag
// set it up. Every edit goes through Scenario::set(), the same validation as --set and scenario
// files; the first error is shown in one sentence.
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
    // Keys the lesson's variants compare (Lesson::variedKeys()). A varied boolean the user has
    // not set shows a third state, "varied by this lesson" (each variant runs with its own
    // value); checking or unchecking it runs the matching variant alone, and clicking on
    // to the third state again gives the choice back to the lesson.
    void setVariedKeys(const QStringList &keys);
    // Why the last edit was refused; empty after a good one. The scenario itself always stays
    // valid (Scenario::set() is all or nothing), unless setScenario() was given an invalid one.
    QString error() const { return m_error; }

    // The socket options the kernel really applied, next to the requested ones.
    void showEffective(const Trace &trace);
    // The network keys (rtt_ms, mss, loss, …) only matter to the simulator: enabled while it
    // is involved (Simulated or Both), otherwise greyed out with a tooltip saying why.
    void setSimulatorActive(bool active);
    static QStringList networkKeys();
    // An editable combo box's suggestion as shown (a translated "none"), and back: the value
    // its text stands for, or the text typed. The Observe tab's framing box words its
    // suggestions the same way.
    static QString suggestionText(const QString &word);
    static QString comboValue(const QComboBox *combo);
    static void showComboValue(QComboBox *combo, const QString &value);

signals:
    void edited(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    // Space in a number field does nothing (it would replace "auto" by " B").
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A protocol's effective buffer size, kept as a number so that a language switch can
    // format it again.
    struct Effective
    {
        Protocol protocol;
        Mode mode; // a real run's value is the kernel's, a simulated one's the model's
        qint64 bytes;
    };

    // The key's control, by its type, added as a row of the form.
    QWidget *addControl(const ScenarioKey &key);
    void addRow(QWidget *field);
    // A row under the key's control for the value the kernel applied.
    QLabel *addEffective(const QString &key);
    // Applies the text of a line edit or an editable combo box, unless it shows the value already.
    void applyText(const ScenarioKey &key, const QString &text);
    void apply(const QString &key, const QString &value);
    void refresh();
    // Re-sets every label, tooltip, item text, suffix and message in the current language;
    // values and the scenario stay as they are and no edited() is emitted.
    void retranslateUi();
    void setToolTips();
    void showError();
    // A varied boolean the user has not set: each of the lesson's variants runs with its own value.
    bool isLeftToTheLesson(const ScenarioKey &key) const;
    // The line under a check box that says so, shown only then.
    void showVariedNote(const ScenarioKey &key);
    // "effective: 128 KiB"; with real and simulated runs, a line for each (their values differ:
    // the kernel's against the model's). A number never wraps away from its unit.
    static QString describe(const QList<Effective> &effective);
    // One mode's values: "128 KiB" when all agree, else per protocol "TCP 3.8 MiB, UDP 208 KiB".
    static QString describeValues(const QList<Effective> &effective, Mode mode);
    // The effective-value rows, shown only with a value.
    void showEffectiveValues();
    // An effective-value row as tall as its wrapped text at the label's width.
    static void fitHeight(QLabel *label);

    Scenario m_scenario;
    QStringList m_userKeys;
    QStringList m_variedKeys;
    QString m_error;
    bool m_updating = false;
    bool m_simulatorActive = true;
    // The last refused edit, replayed on a language switch to say why again in the new language.
    QString m_refusedKey;
    QString m_refusedValue;
    QList<Effective> m_effectiveSndbuf;
    QList<Effective> m_effectiveRcvbuf;

    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_fields; // by key
    QHash<QString, QLabel *> m_variedNotes; // under the check boxes, by key
    QLabel *m_networkTitle = nullptr;
    QLabel *m_effectiveSndbufLabel = nullptr;
    QLabel *m_effectiveRcvbufLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace sockscope
