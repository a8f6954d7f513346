#include "gui/scenariocontrols.h"

#include "view/eventtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>
#include <span>

namespace sockscope {

namespace {

constexpr int kMaxInt = 64 * 1024 * 1024;

QString payloadText(const QStringList &payload)
{
    if (payload.size() == 1)
        return payload.first();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(payload)).toJson(QJsonDocument::Compact));
}

} // namespace

// The words of every control, kept untranslated so that retranslateUi() can look them up again
// in whatever language is installed. label is a check box's own text.
struct ScenarioControls::KeyText
{
    const char *key;
    const char *label;
    const char *tip = nullptr;
    const char *special = nullptr; // a spin box's text at its minimum
    const char *suffix = nullptr;
};

std::span<const ScenarioControls::KeyText> ScenarioControls::keyTexts()
{
    static const KeyText texts[] = {
        { "protocol", QT_TR_NOOP("Protocol"),
          QT_TR_NOOP("Which sockets to run; both run at the same time on one time axis.") },
        { "count", QT_TR_NOOP("Messages"),
          QT_TR_NOOP("How many application messages the sender sends.") },
        { "size", QT_TR_NOOP("Message size"),
          QT_TR_NOOP("Bytes per message; auto = the payload's own length."), QT_TR_NOOP("auto"),
          QT_TR_NOOP(" B") },
        { "interval_ms", QT_TR_NOOP("Send interval"), QT_TR_NOOP("Pause between two messages."),
          QT_TR_NOOP("back to back"), QT_TR_NOOP(" ms") },
        { "payload", QT_TR_NOOP("Payload"),
          QT_TR_NOOP("What each message says; {n} is its number. A JSON list cycles: "
                     "[\"hello\",\"world\"].") },
        { "parts", QT_TR_NOOP("send() calls per message"),
          QT_TR_NOOP("2 = the write-write-read pattern that meets delayed ACK.") },
        { "framing", QT_TR_NOOP("Framing"),
          QT_TR_NOOP("How TCP messages are delimited so the receiver can find them again.") },
        { "nodelay", QT_TR_NOOP("TCP_NODELAY (Nagle off)") },
        { "nonblocking", QT_TR_NOOP("Non-blocking send (O_NONBLOCK)") },
        { "sndbuf", QT_TR_NOOP("SO_SNDBUF"),
          QT_TR_NOOP("Send buffer to request; Linux doubles it and applies a floor."),
          QT_TR_NOOP("kernel default"), QT_TR_NOOP(" B") },
        { "rcvbuf", QT_TR_NOOP("SO_RCVBUF"),
          QT_TR_NOOP("Receive buffer to request; Linux doubles it (floor 2304 B)."),
          QT_TR_NOOP("kernel default"), QT_TR_NOOP(" B") },
        { "recv_size", QT_TR_NOOP("recv() size"),
          QT_TR_NOOP("The size passed to every recv(): a UDP datagram longer than this is cut."),
          nullptr, QT_TR_NOOP(" B") },
        { "read_interval_ms", QT_TR_NOOP("Read every"),
          QT_TR_NOOP("A slow reader lets bytes pile up in the receive buffer."),
          QT_TR_NOOP("when data is ready"), QT_TR_NOOP(" ms") },
        { "read_delay_ms", QT_TR_NOOP("Reader starts after"),
          QT_TR_NOOP("The receiver's first recv() waits this long."), QT_TR_NOOP("at once"),
          QT_TR_NOOP(" ms") },
        { "reply_size", QT_TR_NOOP("Reply size"),
          QT_TR_NOOP("TCP request/response: the server answers each message with this many bytes."),
          QT_TR_NOOP("no replies"), QT_TR_NOOP(" B") },
        { "reply_read", QT_TR_NOOP("Reply reading"),
          QT_TR_NOOP("The classic bug: one recv() per reply leaves the rest for later.") },
        { "evidence", QT_TR_NOOP("Record kernel evidence") },
        { "rtt_ms", QT_TR_NOOP("Round trip"), QT_TR_NOOP("Propagation delay there and back."),
          QT_TR_NOOP("none"), QT_TR_NOOP(" ms") },
        { "bandwidth_kbps", QT_TR_NOOP("Bandwidth"),
          QT_TR_NOOP("Link rate; unlimited = no serialisation delay."), QT_TR_NOOP("unlimited"),
          QT_TR_NOOP(" kbit/s") },
        { "mss", QT_TR_NOOP("MSS"), QT_TR_NOOP("TCP maximum segment size (1460 B on Ethernet)."),
          nullptr, QT_TR_NOOP(" B") },
        { "delayed_ack_ms", QT_TR_NOOP("Delayed ACK"),
          QT_TR_NOOP("The receiver's delayed ACK timeout: Linux 40 ms, Windows 200 ms."),
          QT_TR_NOOP("off"), QT_TR_NOOP(" ms") },
        { "loss", QT_TR_NOOP("Packet loss"), QT_TR_NOOP("Probability that a packet is lost."),
          QT_TR_NOOP("never") },
        { "reorder", QT_TR_NOOP("Reordering"),
          QT_TR_NOOP("Probability that a packet is held back behind later ones."),
          QT_TR_NOOP("never") },
        { "duplicate", QT_TR_NOOP("Duplication"),
          QT_TR_NOOP("Probability that a packet arrives twice."), QT_TR_NOOP("never") },
        { "seed", QT_TR_NOOP("Random seed"),
          QT_TR_NOOP("Same seed and scenario, same simulated trace.") },
    };
    return texts;
}

ScenarioControls::ScenarioControls(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_form);

    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_protocol->addItem(QString(), QStringLiteral("both"));
    m_protocol->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    m_protocol->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    addRow(m_protocol);
    connect(m_protocol, &QComboBox::activated, this,
            [this] { apply(QStringLiteral("protocol"), m_protocol->currentData().toString()); });

    addSpin(QStringLiteral("count"), 1, 1'000'000);
    addSpin(QStringLiteral("size"), -1, 16 * 1024 * 1024);
    addSpin(QStringLiteral("interval_ms"), 0, 60'000);

    m_payload = new QLineEdit(this);
    m_payload->setObjectName(QStringLiteral("payload"));
    addRow(m_payload);
    connect(m_payload, &QLineEdit::editingFinished, this, [this] {
        if (m_payload->text() != payloadText(m_scenario.payload))
            apply(QStringLiteral("payload"), m_payload->text());
    });
    addSpin(QStringLiteral("parts"), 1, 64);

    m_framing = new QComboBox(this);
    m_framing->setObjectName(QStringLiteral("framing"));
    m_framing->setEditable(true);
    m_framing->addItems({ QStringLiteral("none"), QStringLiteral("length:4:be"),
                          QStringLiteral("length:4:le"), QStringLiteral("delimiter:\\n"),
                          QStringLiteral("fixed:16"), QStringLiteral("json-header:4:be:size") });
    m_framing->setInsertPolicy(QComboBox::NoInsert);
    addRow(m_framing);
    auto applyFraming = [this] {
        if (m_framing->currentText() != m_scenario.framing)
            apply(QStringLiteral("framing"), m_framing->currentText());
    };
    connect(m_framing, &QComboBox::activated, this, applyFraming);
    connect(m_framing->lineEdit(), &QLineEdit::editingFinished, this, applyFraming);

    addCheck(QStringLiteral("nodelay"));
    addCheck(QStringLiteral("nonblocking"));
    addSpin(QStringLiteral("sndbuf"), 0, kMaxInt);
    m_effectiveSndbufLabel = new QLabel(this);
    m_effectiveSndbufLabel->setObjectName(QStringLiteral("effective_sndbuf"));
    m_effectiveSndbufLabel->setWordWrap(true);
    m_form->addRow(QString(), m_effectiveSndbufLabel);

    addSpin(QStringLiteral("rcvbuf"), 0, kMaxInt);
    m_effectiveRcvbufLabel = new QLabel(this);
    m_effectiveRcvbufLabel->setObjectName(QStringLiteral("effective_rcvbuf"));
    m_effectiveRcvbufLabel->setWordWrap(true);
    m_form->addRow(QString(), m_effectiveRcvbufLabel);
    addSpin(QStringLiteral("recv_size"), 1, 16 * 1024 * 1024);
    addSpin(QStringLiteral("read_interval_ms"), 0, 60'000);
    addSpin(QStringLiteral("read_delay_ms"), 0, 60'000);

    addSpin(QStringLiteral("reply_size"), 0, 16 * 1024 * 1024);
    m_replyRead = new QComboBox(this);
    m_replyRead->setObjectName(QStringLiteral("reply_read"));
    m_replyRead->addItem(QString(), QStringLiteral("full"));
    m_replyRead->addItem(QString(), QStringLiteral("once"));
    addRow(m_replyRead);
    connect(m_replyRead, &QComboBox::activated, this,
            [this] { apply(QStringLiteral("reply_read"), m_replyRead->currentData().toString()); });
    addCheck(QStringLiteral("evidence"));

    // The imagined network of the simulator; real loopback runs ignore these keys.
    m_networkTitle = new QLabel(this);
    m_networkTitle->setObjectName(QStringLiteral("networkTitle"));
    m_form->addRow(m_networkTitle);
    addSpin(QStringLiteral("rtt_ms"), 0, 60'000);
    addSpin(QStringLiteral("bandwidth_kbps"), 0, 10'000'000);
    addSpin(QStringLiteral("mss"), 88, 65495);
    addSpin(QStringLiteral("delayed_ack_ms"), 0, 200);
    addProbability(QStringLiteral("loss"));
    addProbability(QStringLiteral("reorder"));
    addProbability(QStringLiteral("duplicate"));
    addSpin(QStringLiteral("seed"), 0, std::numeric_limits<int>::max());

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

void ScenarioControls::addRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

QSpinBox *ScenarioControls::addSpin(const QString &key, int minimum, int maximum)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    // Apply when the user stops typing (Enter, focus out, arrows), not at every digit: each
    // change can restart a live run.
    spin->setKeyboardTracking(false);
    addRow(spin);
    m_spins.insert(key, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int value) {
        if (key == QLatin1String("size") && value < 0)
            apply(key, QStringLiteral("auto"));
        else
            apply(key, QString::number(value));
    });
    return spin;
}

QDoubleSpinBox *ScenarioControls::addProbability(const QString &key)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(0, 1);
    spin->setDecimals(3);
    spin->setSingleStep(0.01);
    spin->setKeyboardTracking(false);
    addRow(spin);
    m_probabilities.insert(key, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this,
            [this, key](double value) { apply(key, QString::number(value)); });
    return spin;
}

QCheckBox *ScenarioControls::addCheck(const QString &key)
{
    auto *check = new QCheckBox(this);
    check->setObjectName(key);
    m_form->addRow(QString(), check);
    m_checks.insert(key, check);
    connect(check, &QCheckBox::toggled, this, [this, key](bool on) {
        apply(key, on ? QStringLiteral("true") : QStringLiteral("false"));
    });
    return check;
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
    for (const KeyText &t : keyTexts()) {
        auto *field = findChild<QWidget *>(QLatin1String(t.key), Qt::FindDirectChildrenOnly);
        if (!field)
            continue;
        const QString label = tr(t.label);
        field->setAccessibleName(label);
        if (auto *check = qobject_cast<QCheckBox *>(field))
            check->setText(label);
        else if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(field)))
            buddy->setText(label);
        const QString special = t.special ? tr(t.special) : QString();
        if (auto *spin = qobject_cast<QSpinBox *>(field)) {
            spin->setSpecialValueText(special);
            spin->setSuffix(t.suffix ? tr(t.suffix) : QString());
        } else if (auto *probability = qobject_cast<QDoubleSpinBox *>(field)) {
            probability->setSpecialValueText(special);
        }
    }
    m_protocol->setItemText(0, tr("TCP and UDP side by side"));
    m_replyRead->setItemText(0, tr("read the whole reply"));
    m_replyRead->setItemText(1, tr("one recv() per reply"));
    m_payload->setPlaceholderText(tr("msg-{n};  or  [\"hello\",\"world\"]"));
    m_networkTitle->setText(tr("<b>Simulated network</b> (sockscope run --mode sim)"));
    setToolTips();
    m_effectiveSndbufLabel->setText(describe(m_effectiveSndbuf));
    m_effectiveRcvbufLabel->setText(describe(m_effectiveRcvbuf));
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
    const QStringList network = networkKeys();
    for (const KeyText &t : keyTexts()) {
        auto *field = findChild<QWidget *>(QLatin1String(t.key), Qt::FindDirectChildrenOnly);
        if (!field || !t.tip)
            continue;
        QString tip = tr(t.tip);
        if (!m_simulatorActive && network.contains(QLatin1String(t.key)))
            tip += QLatin1Char('\n')
                + tr("Used by the simulator only: switch the network to Simulated or Both.");
        field->setToolTip(tip);
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

void ScenarioControls::setScenario(const Scenario &scenario, const QStringList &userKeys)
{
    m_scenario = scenario;
    m_userKeys = userKeys;
    m_error = scenario.validate();
    m_refusedKey.clear();
    m_refusedValue.clear();
    m_effectiveSndbuf.clear();
    m_effectiveRcvbuf.clear();
    m_effectiveSndbufLabel->clear();
    m_effectiveRcvbufLabel->clear();
    refresh();
}

void ScenarioControls::refresh()
{
    m_updating = true;
    const Scenario &s = m_scenario;
    m_protocol->setCurrentIndex(m_protocol->findData(s.hasTcp() && s.hasUdp()
                                                         ? QStringLiteral("both")
                                                         : s.hasTcp() ? QStringLiteral("tcp")
                                                                      : QStringLiteral("udp")));
    const std::pair<const char *, int> values[]
        = { { "count", s.count },
            { "size", s.size },
            { "interval_ms", s.intervalMs },
            { "parts", s.parts },
            { "sndbuf", s.sndbuf },
            { "rcvbuf", s.rcvbuf },
            { "recv_size", s.recvSize },
            { "read_interval_ms", s.readIntervalMs },
            { "read_delay_ms", s.readDelayMs },
            { "reply_size", s.replySize },
            { "rtt_ms", s.rttMs },
            { "bandwidth_kbps", s.bandwidthKbps },
            { "mss", s.mss },
            { "delayed_ack_ms", s.delayedAckMs },
            { "seed", int(std::min<qint64>(s.seed, std::numeric_limits<int>::max())) } };
    for (const auto &[key, value] : values)
        m_spins.value(QLatin1String(key))->setValue(value);
    const std::pair<const char *, double> probabilities[]
        = { { "loss", s.loss }, { "reorder", s.reorder }, { "duplicate", s.duplicate } };
    for (const auto &[key, value] : probabilities)
        m_probabilities.value(QLatin1String(key))->setValue(value);
    m_checks.value(QStringLiteral("nodelay"))->setChecked(s.nodelay);
    m_checks.value(QStringLiteral("nonblocking"))->setChecked(s.nonblocking);
    m_checks.value(QStringLiteral("evidence"))->setChecked(s.evidence);
    if (!m_payload->hasFocus() || m_payload->text() == payloadText(s.payload))
        m_payload->setText(payloadText(s.payload));
    m_framing->setCurrentText(s.framing);
    m_replyRead->setCurrentIndex(s.replyRead == Scenario::ReplyRead::Full ? 0 : 1);
    showError();
    m_updating = false;
}

QStringList ScenarioControls::networkKeys()
{
    return { QStringLiteral("rtt_ms"),    QStringLiteral("bandwidth_kbps"),
             QStringLiteral("mss"),       QStringLiteral("delayed_ack_ms"),
             QStringLiteral("loss"),      QStringLiteral("reorder"),
             QStringLiteral("duplicate"), QStringLiteral("seed") };
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
                values.append({ run.protocol, *value });
        }
        return values;
    };
    m_effectiveSndbuf = collect(&EffectiveOptions::sndbuf);
    m_effectiveRcvbuf = collect(&EffectiveOptions::rcvbuf);
    m_effectiveSndbufLabel->setText(describe(m_effectiveSndbuf));
    m_effectiveRcvbufLabel->setText(describe(m_effectiveRcvbuf));
}

QString ScenarioControls::describe(const QList<Effective> &effective) const
{
    // Per protocol, not per run: variants of one lesson share their socket options.
    QStringList parts;
    QStringList values;
    for (const Effective &e : effective) {
        const QString protocol
            = e.protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
        const QString part = protocol + QLatin1Char(' ') + EventText::bytes(e.bytes);
        if (!parts.contains(part)) {
            parts << part;
            values << EventText::bytes(e.bytes);
        }
    }
    values.removeDuplicates();
    if (parts.isEmpty())
        return QString();
    return tr("effective: %1")
        .arg(values.size() == 1 ? values.first() : parts.join(QStringLiteral(", ")));
}

} // namespace sockscope
