#include "gui/languageswitcher.h"
#include "gui/scenariocontrols.h"
#include "model/scenariokey.h"
#include "scenariokeyvalues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace sockscope;

// Every control changes exactly the scenario key it is named after.
class TestScenarioControls : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyHasAControl();
    void controlChangesItsKey_data();
    void controlChangesItsKey();
    void badValueIsRefusedWithASentence();
    void conflictIsRefusedWithASentence();
    void setScenarioDoesNotReportEdits();
    void aVariedKnobOffersTheLessonsChoice();
    void effectiveValuesOnlyOnceKnown();
    void effectiveValuesSayWhichRun();
    void framingNoneIsShownInWords();
    void languageSwitchKeepsValues();
    // Every key of ScenarioKey's table, so that a new key is covered without a new row.
    void controlsFollowTheKeyTable();
    void everyKeyRoundTripsThroughItsControl_data();
    void everyKeyRoundTripsThroughItsControl();

private:
    // Operates the control like a user would; returns false if the control is of no known kind.
    static bool operate(QWidget *control, const QString &value);
};

bool TestScenarioControls::operate(QWidget *control, const QString &value)
{
    // A word instead of a number ("auto") is the spin box's special value, at its minimum.
    bool number = false;
    if (auto *spin = qobject_cast<QSpinBox *>(control)) {
        const int v = value.toInt(&number);
        spin->setValue(number ? v : spin->minimum());
        return true;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(control)) {
        const double v = value.toDouble(&number);
        spin->setValue(number ? v : spin->minimum());
        return true;
    }
    if (auto *check = qobject_cast<QCheckBox *>(control)) {
        if (check->isChecked() != (value == QLatin1String("true")))
            check->click();
        return true;
    }
    if (auto *combo = qobject_cast<QComboBox *>(control)) {
        int index = combo->findData(value);
        if (index < 0)
            index = combo->findText(value);
        if (index < 0 && combo->isEditable()) {
            combo->lineEdit()->setText(value);
            emit combo->lineEdit()->editingFinished();
            return true;
        }
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        return true;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(control)) {
        edit->setText(value);
        emit edit->editingFinished();
        return true;
    }
    return false;
}

void TestScenarioControls::everyKeyHasAControl()
{
    ScenarioControls controls;
    for (const QString &key : Scenario::keys())
        QVERIFY2(controls.findChild<QWidget *>(key), qPrintable(key));
}

void TestScenarioControls::controlChangesItsKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("protocol") << "protocol"
                              << "udp" << QJsonValue(QStringLiteral("udp"));
    QTest::newRow("count") << "count"
                           << "25" << QJsonValue(25);
    QTest::newRow("size") << "size"
                          << "100" << QJsonValue(100);
    QTest::newRow("size auto") << "size"
                               << "auto" << QJsonValue(QStringLiteral("auto"));
    QTest::newRow("interval_ms") << "interval_ms"
                                 << "20" << QJsonValue(20);
    QTest::newRow("payload") << "payload"
                             << "hello" << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("nodelay") << "nodelay"
                             << "true" << QJsonValue(true);
    QTest::newRow("sndbuf") << "sndbuf"
                            << "4608" << QJsonValue(4608);
    QTest::newRow("rcvbuf") << "rcvbuf"
                            << "4096" << QJsonValue(4096);
    QTest::newRow("recv_size") << "recv_size"
                               << "10" << QJsonValue(10);
    QTest::newRow("read_interval_ms") << "read_interval_ms"
                                      << "50" << QJsonValue(50);
    QTest::newRow("read_delay_ms") << "read_delay_ms"
                                   << "200" << QJsonValue(200);
    QTest::newRow("nonblocking") << "nonblocking"
                                 << "true" << QJsonValue(true);
    QTest::newRow("framing") << "framing"
                             << "length:4:le" << QJsonValue(QStringLiteral("length:4:le"));
    QTest::newRow("parts") << "parts"
                           << "2" << QJsonValue(2);
    QTest::newRow("reply_size") << "reply_size"
                                << "5120" << QJsonValue(5120);
    QTest::newRow("reply_read") << "reply_read"
                                << "once" << QJsonValue(QStringLiteral("once"));
    QTest::newRow("evidence") << "evidence"
                              << "false" << QJsonValue(false);
    QTest::newRow("rtt_ms") << "rtt_ms"
                            << "80" << QJsonValue(80);
    QTest::newRow("bandwidth_kbps") << "bandwidth_kbps"
                                    << "1000" << QJsonValue(1000);
    QTest::newRow("mss") << "mss"
                         << "536" << QJsonValue(536);
    QTest::newRow("loss") << "loss"
                          << "0.25" << QJsonValue(0.25);
    QTest::newRow("reorder") << "reorder"
                             << "0.1" << QJsonValue(0.1);
    QTest::newRow("duplicate") << "duplicate"
                               << "0.05" << QJsonValue(0.05);
    QTest::newRow("delayed_ack_ms") << "delayed_ack_ms"
                                    << "200" << QJsonValue(200);
    QTest::newRow("seed") << "seed"
                          << "42" << QJsonValue(42);
}

void TestScenarioControls::controlChangesItsKey()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QJsonValue, expected);

    ScenarioControls controls;
    // TCP only, so that TCP-only keys (framing, reply_size) are valid on their own.
    Scenario start;
    start.protocol
        = key == QLatin1String("protocol") ? Scenario::Protocols::Both : Scenario::Protocols::Tcp;
    start.size = 50;
    start.payload = { QStringLiteral("msg-{n};") };
    controls.setScenario(start);
    controls.show();
    QSignalSpy edited(&controls, &ScenarioControls::edited);

    auto *control = controls.findChild<QWidget *>(key);
    QVERIFY(control);
    QVERIFY2(operate(control, value), qPrintable(key));

    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().first().toString(), key);
    QCOMPARE(controls.error(), QString());
    const QJsonObject before = start.toJson();
    const QJsonObject after = controls.scenario().toJson();
    QCOMPARE(after.value(key), expected);
    for (const QString &other : Scenario::keys()) {
        if (other != key)
            QVERIFY2(after.value(other) == before.value(other),
                     qPrintable(other + QStringLiteral(" changed too")));
    }
    QVERIFY(controls.userKeys().contains(key));
}

void TestScenarioControls::badValueIsRefusedWithASentence()
{
    ScenarioControls controls;
    Scenario tcp;
    tcp.protocol = Scenario::Protocols::Tcp;
    controls.setScenario(tcp);
    QSignalSpy edited(&controls, &ScenarioControls::edited);
    operate(controls.findChild<QWidget *>(QStringLiteral("framing")),
            QStringLiteral("length:3:be"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(controls.scenario().framing, QStringLiteral("none"));
    QVERIFY(controls.error().contains(QStringLiteral("length")));
}

void TestScenarioControls::conflictIsRefusedWithASentence()
{
    // framing needs TCP: switching to UDP is refused as a whole, and the control shows TCP again.
    ScenarioControls controls;
    Scenario tcp;
    tcp.protocol = Scenario::Protocols::Tcp;
    tcp.framing = QStringLiteral("length:4:be");
    controls.setScenario(tcp);
    QSignalSpy edited(&controls, &ScenarioControls::edited);
    auto *protocol = controls.findChild<QComboBox *>(QStringLiteral("protocol"));
    operate(protocol, QStringLiteral("udp"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(controls.scenario().protocol, Scenario::Protocols::Tcp);
    QCOMPARE(protocol->currentData().toString(), QStringLiteral("tcp"));
    QVERIFY(controls.error().startsWith(QStringLiteral("framing")));
    // The next good edit clears the message.
    operate(controls.findChild<QWidget *>(QStringLiteral("count")), QStringLiteral("3"));
    QCOMPARE(controls.error(), QString());
}

void TestScenarioControls::setScenarioDoesNotReportEdits()
{
    ScenarioControls controls;
    QSignalSpy edited(&controls, &ScenarioControls::edited);
    Scenario s;
    s.count = 77;
    s.nodelay = true;
    controls.setScenario(s);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(controls.findChild<QSpinBox *>(QStringLiteral("count"))->value(), 77);
    QVERIFY(controls.findChild<QCheckBox *>(QStringLiteral("nodelay"))->isChecked());
    QVERIFY(controls.userKeys().isEmpty());
}

void TestScenarioControls::aVariedKnobOffersTheLessonsChoice()
{
    // The Nagle lessons compare nodelay off and on: until the teacher picks one, the box says so
    // and both variants run; a click picks one (only it runs), clicking on gives it back.
    ScenarioControls controls;
    controls.setVariedKeys({ QStringLiteral("nodelay") });
    controls.setScenario(Scenario{});
    auto *nodelay = controls.findChild<QCheckBox *>(QStringLiteral("nodelay"));
    QCOMPARE(nodelay->checkState(), Qt::PartiallyChecked);
    auto *note = controls.findChild<QLabel *>(QStringLiteral("nodelay_varied"));
    QVERIFY(note);
    // Said on a line of its own that wraps: the check box's text cannot, and a long one was cut
    // off in the panel and widened it into a sideways scroll.
    QVERIFY(note->text().contains(QLatin1String("Varied by this lesson")));
    QVERIFY(note->wordWrap());
    QVERIFY(!note->isHidden());
    QVERIFY(!nodelay->text().contains(QLatin1String("varied")));
    QSignalSpy edited(&controls, &ScenarioControls::edited);

    nodelay->click(); // partially → checked
    QCOMPARE(nodelay->checkState(), Qt::Checked);
    QVERIFY(controls.scenario().nodelay);
    QCOMPARE(controls.userKeys(), QStringList{ QStringLiteral("nodelay") });
    QVERIFY(note->isHidden());

    nodelay->click(); // checked → unchecked: still the teacher's choice, the other variant
    QCOMPARE(nodelay->checkState(), Qt::Unchecked);
    QVERIFY(!controls.scenario().nodelay);
    QCOMPARE(controls.userKeys(), QStringList{ QStringLiteral("nodelay") });

    nodelay->click(); // unchecked → partially: the lesson's choice again
    QCOMPARE(nodelay->checkState(), Qt::PartiallyChecked);
    QVERIFY(controls.userKeys().isEmpty());
    QCOMPARE(edited.count(), 3);
    QVERIFY(!note->isHidden());

    // Not varied: a plain two-state box.
    controls.setVariedKeys({});
    QVERIFY(!nodelay->isTristate());
    QVERIFY(note->isHidden());
    nodelay->click();
    QCOMPARE(nodelay->checkState(), Qt::Checked);
}

namespace {

// What a Chinese reader sees of the controls: a row label, a check box, a combo item, a spin
// box's special text, a greyed-out key's tooltip and the refusal message.
QStringList visibleTexts(const ScenarioControls &controls)
{
    QString countLabel;
    for (auto *label : controls.findChildren<QLabel *>()) {
        if (label->buddy() == controls.findChild<QWidget *>(QStringLiteral("count")))
            countLabel = label->text();
    }
    return { countLabel,
             controls.findChild<QCheckBox *>(QStringLiteral("nodelay"))->text(),
             controls.findChild<QComboBox *>(QStringLiteral("protocol"))->itemText(0),
             controls.findChild<QSpinBox *>(QStringLiteral("size"))->specialValueText(),
             controls.findChild<QSpinBox *>(QStringLiteral("rtt_ms"))->toolTip(),
             controls.error() };
}

} // namespace

void TestScenarioControls::languageSwitchKeepsValues()
{
    LanguageSwitcher switcher;
    switcher.setLanguage(LanguageSwitcher::englishCode());
    ScenarioControls controls;
    Scenario s;
    s.count = 40;
    s.nodelay = true;
    s.size = -1;
    controls.setScenario(s, { QStringLiteral("count") });
    controls.setSimulatorActive(false);
    operate(controls.findChild<QWidget *>(QStringLiteral("payload")), QStringLiteral("[1,2]"));
    QSignalSpy edited(&controls, &ScenarioControls::edited);
    const QStringList english = visibleTexts(controls);
    QCOMPARE(english.first(), QStringLiteral("Messages"));
    QVERIFY(english.at(4).contains(QStringLiteral("simulator only")));
    QVERIFY(english.last().startsWith(QStringLiteral("payload: every item")));

    switcher.setLanguage(LanguageSwitcher::chineseCode());
    QTRY_COMPARE(visibleTexts(controls).first(), QStringLiteral("消息数"));
    const QStringList chinese = visibleTexts(controls);
    QCOMPARE(chinese.at(1), QStringLiteral("TCP_NODELAY（关闭 Nagle）"));
    QCOMPARE(chinese.at(2), QStringLiteral("TCP 与 UDP 对照"));
    QCOMPARE(chinese.at(3), QStringLiteral("自动"));
    QVERIFY(chinese.at(4).startsWith(QStringLiteral("一去一回的传播延迟。\n")));
    QVERIFY2(chinese.last().startsWith(QStringLiteral("payload：")), qPrintable(chinese.last()));
    // Nothing was edited: same scenario, same values shown, same user keys.
    QCOMPARE(edited.count(), 0);
    QVERIFY(controls.scenario() == s);
    QCOMPARE(controls.findChild<QSpinBox *>(QStringLiteral("count"))->value(), 40);
    QVERIFY(controls.findChild<QCheckBox *>(QStringLiteral("nodelay"))->isChecked());
    QCOMPARE(controls.findChild<QComboBox *>(QStringLiteral("protocol"))->currentIndex(), 0);
    QCOMPARE(controls.userKeys(), QStringList{ QStringLiteral("count") });

    switcher.setLanguage(LanguageSwitcher::englishCode());
    QTRY_COMPARE(visibleTexts(controls), english);
    QCOMPARE(edited.count(), 0);
    QVERIFY(controls.scenario() == s);
}

namespace {

// The row label of a control, or a check box's own text.
QString labelOf(const ScenarioControls &controls, QWidget *field)
{
    if (auto *check = qobject_cast<QCheckBox *>(field))
        return check->text();
    for (auto *label : controls.findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text();
    }
    return QString();
}

} // namespace

void TestScenarioControls::controlsFollowTheKeyTable()
{
    using Type = ScenarioKey::Type;
    ScenarioControls controls;
    QStringList network;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        const QByteArray name = key.name;
        auto *field = controls.findChild<QWidget *>(key.key());
        QVERIFY2(field, name);
        QCOMPARE(labelOf(controls, field), key.translatedLabel());
        QCOMPARE(field->accessibleName(), key.translatedLabel());
        if (key.toolTip)
            QCOMPARE(field->toolTip(), key.translatedToolTip());
        const double bottom = key.special ? std::min(key.special->value, key.minimum) : key.minimum;
        switch (key.type()) {
        case Type::Int: {
            auto *spin = qobject_cast<QSpinBox *>(field);
            QVERIFY2(spin, name);
            QCOMPARE(spin->minimum(), int(bottom));
            QCOMPARE(spin->maximum(), int(key.maximum));
            QCOMPARE(spin->suffix(), key.translatedSuffix());
            QCOMPARE(spin->specialValueText(), key.translatedSpecialText());
            break;
        }
        case Type::Int64:
        case Type::Double: {
            auto *spin = qobject_cast<QDoubleSpinBox *>(field);
            QVERIFY2(spin, name);
            QCOMPARE(spin->minimum(), bottom);
            QCOMPARE(spin->maximum(), key.maximum);
            QCOMPARE(spin->decimals() == 0, key.type() == Type::Int64);
            QCOMPARE(spin->suffix(), key.translatedSuffix());
            QCOMPARE(spin->specialValueText(), key.translatedSpecialText());
            break;
        }
        case Type::Bool:
            QVERIFY2(qobject_cast<QCheckBox *>(field), name);
            break;
        case Type::Choice: {
            auto *combo = qobject_cast<QComboBox *>(field);
            QVERIFY2(combo && !combo->isEditable(), name);
            QCOMPARE(combo->count(), qsizetype(key.choices.size()));
            for (int i = 0; i < combo->count(); ++i) {
                QCOMPARE(combo->itemData(i).toString(), QLatin1String(key.choices[i].word));
                QCOMPARE(combo->itemText(i), ScenarioKey::choiceText(key.choices[i]));
            }
            break;
        }
        case Type::String:
        case Type::StringList:
            if (!key.suggestions.empty()) {
                auto *combo = qobject_cast<QComboBox *>(field);
                QVERIFY2(combo && combo->isEditable(), name);
                QCOMPARE(combo->count(), qsizetype(key.suggestions.size()));
            } else {
                auto *edit = qobject_cast<QLineEdit *>(field);
                QVERIFY2(edit, name);
                QCOMPARE(edit->placeholderText(), key.translatedPlaceholder());
            }
            break;
        }
        if (key.network)
            network << key.key();
    }
    // The network keys are the table's, greyed out while the simulator is not involved.
    QCOMPARE(ScenarioControls::networkKeys(), network);
    QVERIFY(!network.isEmpty());
    controls.setSimulatorActive(false);
    for (const ScenarioKey &key : ScenarioKey::all())
        QCOMPARE(controls.findChild<QWidget *>(key.key())->isEnabled(), !key.network);
    controls.setSimulatorActive(true);
    for (const ScenarioKey &key : ScenarioKey::all())
        QVERIFY(controls.findChild<QWidget *>(key.key())->isEnabled());
}

void TestScenarioControls::everyKeyRoundTripsThroughItsControl_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    for (const ScenarioKey &key : ScenarioKey::all()) {
        for (const QString &text : keyvalues::validTexts(key))
            QTest::addRow("%s=%s", key.name, qPrintable(text)) << key.key() << text;
    }
}

void TestScenarioControls::everyKeyRoundTripsThroughItsControl()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    const ScenarioKey *k = ScenarioKey::find(key);
    QVERIFY(k);
    const Scenario base = keyvalues::base(k);
    Scenario expected = base;
    QCOMPARE(expected.set(key, text), QString());

    // The scenario on the controls: the control shows the value, nothing counts as an edit.
    ScenarioControls controls;
    controls.show();
    QSignalSpy edited(&controls, &ScenarioControls::edited);
    controls.setScenario(expected);
    auto *field = controls.findChild<QWidget *>(key);
    QVERIFY(field);
    const QVariant value = k->value(expected);
    if (auto *spin = qobject_cast<QSpinBox *>(field))
        QCOMPARE(spin->value(), value.toInt());
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(field))
        QCOMPARE(number->value(), value.toDouble());
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        QCOMPARE(check->isChecked(), value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        // An editable combo box shows a suggestion in words ("none (no framing)"): the value
        // is the item's data; text typed is its own value.
        const int shown = combo->findText(combo->currentText());
        QCOMPARE(!combo->isEditable() ? combo->currentData().toString()
                     : shown >= 0     ? combo->itemData(shown).toString()
                                      : combo->currentText(),
                 text);
    } else if (auto *edit = qobject_cast<QLineEdit *>(field))
        QCOMPARE(edit->text(), text);
    else
        QFAIL("a control of no known kind");
    // Read back: operating the control to what it shows changes nothing.
    QVERIFY(operate(field, text));
    QCOMPARE(edited.count(), 0);
    QVERIFY(controls.scenario() == expected);
    QCOMPARE(controls.error(), QString());

    // Change the control: the scenario changes as --set would change it, and only that key.
    controls.setScenario(base);
    QVERIFY(operate(field, text));
    QCOMPARE(controls.error(), QString());
    QVERIFY(controls.scenario() == expected);
    QCOMPARE(edited.count(), expected == base ? 0 : 1);
    if (!(expected == base))
        QCOMPARE(edited.first().first().toString(), key);
}

void TestScenarioControls::effectiveValuesOnlyOnceKnown()
{
    // Before the first run the kernel has applied nothing: no blank row under SO_SNDBUF and
    // SO_RCVBUF. After it, the values it applied.
    ScenarioControls controls;
    controls.setScenario(Scenario{});
    auto *sndbuf = controls.findChild<QLabel *>(QStringLiteral("effective_sndbuf"));
    auto *rcvbuf = controls.findChild<QLabel *>(QStringLiteral("effective_rcvbuf"));
    QVERIFY(sndbuf && rcvbuf);
    QVERIFY(sndbuf->isHidden());
    QVERIFY(rcvbuf->isHidden());
    Trace trace;
    Run run;
    run.effective.sndbuf = 4096;
    trace.runs.append(run);
    controls.showEffective(trace);
    QVERIFY(!sndbuf->isHidden());
    QVERIFY(sndbuf->text().contains(QLatin1String("effective")));
    QVERIFY(rcvbuf->isHidden()); // not known: still no row
    controls.setScenario(Scenario{}); // another scenario: not run yet
    QVERIFY(sndbuf->isHidden());
}

void TestScenarioControls::effectiveValuesSayWhichRun()
{
    // Both: the kernel's sizes (real runs) and the model's (simulated runs) differ, and each is
    // said with the runs it is from; a number never wraps away from its unit.
    ScenarioControls controls;
    controls.setScenario(Scenario{});
    auto *sndbuf = controls.findChild<QLabel *>(QStringLiteral("effective_sndbuf"));
    auto *rcvbuf = controls.findChild<QLabel *>(QStringLiteral("effective_rcvbuf"));
    QVERIFY(sndbuf && rcvbuf);
    auto run = [](Protocol protocol, Mode mode, qint64 sndbuf, qint64 rcvbuf) {
        Run r;
        r.protocol = protocol;
        r.mode = mode;
        r.effective.sndbuf = sndbuf;
        r.effective.rcvbuf = rcvbuf;
        return r;
    };
    Trace both;
    both.runs = { run(Protocol::Tcp, Mode::Real, 3'984'588, 131'072),
                  run(Protocol::Udp, Mode::Real, 212'992, 212'992),
                  run(Protocol::Tcp, Mode::Sim, 16'384, 131'072),
                  run(Protocol::Udp, Mode::Sim, 212'992, 212'992) };
    controls.showEffective(both);
    // "~" stands for a no-break space.
    auto nb = [](QString text) { return text.replace(QLatin1Char('~'), QChar(0x00A0)); };
    const QStringList lines = sndbuf->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(QLatin1String("real"))
                 && lines[0].contains(nb(QStringLiteral("TCP~3.8~MiB")))
                 && lines[0].contains(nb(QStringLiteral("UDP~208~KiB")))
                 && !lines[0].contains(QStringLiteral("16.0")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QLatin1String("simulated"))
                 && lines[1].contains(nb(QStringLiteral("TCP~16.0~KiB")))
                 && lines[1].contains(nb(QStringLiteral("UDP~208~KiB")))
                 && !lines[1].contains(QStringLiteral("3.8")),
             qPrintable(lines[1]));
    // The same value from every run: said once, for both kinds of run.
    QVERIFY2(!rcvbuf->text().contains(QLatin1Char('\n'))
                 && rcvbuf->text().contains(QLatin1String("real and simulated"))
                 && rcvbuf->text().contains(nb(QStringLiteral("TCP~128~KiB"))),
             qPrintable(rcvbuf->text()));
    // Real runs alone: as before, no tag needed.
    Trace real;
    real.runs = { both.runs[0], both.runs[1] };
    controls.showEffective(real);
    QVERIFY2(!sndbuf->text().contains(QLatin1String("real"))
                 && sndbuf->text().contains(nb(QStringLiteral("3.8~MiB"))),
             qPrintable(sndbuf->text()));
    QCOMPARE(rcvbuf->text(), nb(QStringLiteral("effective: TCP~128~KiB, UDP~208~KiB")));
}

void TestScenarioControls::framingNoneIsShownInWords()
{
    // "none" is the scenario file's word; the combo box shows it in the UI's language
    // ("无（none）" in Chinese) and still applies "none".
    ScenarioControls controls;
    Scenario tcp;
    tcp.protocol = Scenario::Protocols::Tcp;
    tcp.framing = QStringLiteral("length:4:be");
    controls.setScenario(tcp);
    auto *framing = controls.findChild<QComboBox *>(QStringLiteral("framing"));
    QVERIFY(framing && framing->isEditable());
    const int none = framing->findData(QStringLiteral("none"));
    QVERIFY(none >= 0);
    QCOMPARE(framing->itemText(none), QStringLiteral("none (no framing)"));
    QCOMPARE(framing->currentText(), QStringLiteral("length:4:be"));
    QSignalSpy edited(&controls, &ScenarioControls::edited);
    framing->setCurrentIndex(none);
    emit framing->activated(none);
    QCOMPARE(controls.scenario().framing, QStringLiteral("none"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(framing->currentText(), QStringLiteral("none (no framing)"));
    // Shown in words after setScenario() too, and the words typed back mean "none".
    controls.setScenario(tcp);
    framing->lineEdit()->setText(QStringLiteral("none (no framing)"));
    emit framing->lineEdit()->editingFinished();
    QCOMPARE(controls.scenario().framing, QStringLiteral("none"));
    QVERIFY(controls.error().isEmpty());
    controls.setScenario(Scenario{});
    QCOMPARE(framing->currentText(), QStringLiteral("none (no framing)"));
}

QTEST_MAIN(TestScenarioControls)
#include "tst_scenariocontrols.moc"
