#include "scenariocontrols.h"

#include "eventtext.h"

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

namespace sockscope {

namespace {

constexpr int kMaxInt = 64 * 1024 * 1024;

QString payloadText(const QStringList &payload)
{
    if (payload.size() == 1)
        return payload.first();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(payload)).toJson(QJsonDocument::Compact));
}

} // namespace

ScenarioControls::ScenarioControls(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_form);

    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_protocol->addItem(tr("TCP and UDP side by side"), QStringLiteral("both"));
    m_protocol->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    m_protocol->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    addRow(tr("Protocol"), m_protocol, tr("Which sockets to run; both run at the same time on one time axis."));
    connect(m_protocol, &QComboBox::activated, this,
            [this] { apply(QStringLiteral("protocol"), m_protocol->currentData().toString()); });

    addSpin(QStringLiteral("count"), 1, 1'000'000, QString(), QString());
    addSpin(QStringLiteral("size"), -1, 16 * 1024 * 1024, tr("auto"), tr(" B"));
    addSpin(QStringLiteral("interval_ms"), 0, 60'000, tr("back to back"), tr(" ms"));

    m_payload = new QLineEdit(this);
    m_payload->setObjectName(QStringLiteral("payload"));
    m_payload->setPlaceholderText(tr("msg-{n};  or  [\"hello\",\"world\"]"));
    addRow(tr("Payload"), m_payload,
           tr("What each message says; {n} is its number. A JSON list cycles: [\"hello\",\"world\"]."));
    connect(m_payload, &QLineEdit::editingFinished, this, [this] {
        if (m_payload->text() != payloadText(m_scenario.payload))
            apply(QStringLiteral("payload"), m_payload->text());
    });
    addSpin(QStringLiteral("parts"), 1, 64, QString(), QString());

    m_framing = new QComboBox(this);
    m_framing->setObjectName(QStringLiteral("framing"));
    m_framing->setEditable(true);
    m_framing->addItems({QStringLiteral("none"), QStringLiteral("length:4:be"), QStringLiteral("length:4:le"),
                         QStringLiteral("delimiter:\\n"), QStringLiteral("fixed:16"),
                         QStringLiteral("json-header:4:be:size")});
    m_framing->setInsertPolicy(QComboBox::NoInsert);
    addRow(tr("Framing"), m_framing, tr("How TCP messages are delimited so the receiver can find them again."));
    auto applyFraming = [this] {
        if (m_framing->currentText() != m_scenario.framing)
            apply(QStringLiteral("framing"), m_framing->currentText());
    };
    connect(m_framing, &QComboBox::activated, this, applyFraming);
    connect(m_framing->lineEdit(), &QLineEdit::editingFinished, this, applyFraming);

    addCheck(QStringLiteral("nodelay"), tr("TCP_NODELAY (Nagle off)"));
    addCheck(QStringLiteral("nonblocking"), tr("Non-blocking send (O_NONBLOCK)"));
    addSpin(QStringLiteral("sndbuf"), 0, kMaxInt, tr("kernel default"), tr(" B"));
    m_effectiveSndbuf = new QLabel(this);
    m_effectiveSndbuf->setObjectName(QStringLiteral("effective_sndbuf"));
    m_effectiveSndbuf->setWordWrap(true);
    m_form->addRow(QString(), m_effectiveSndbuf);

    addSpin(QStringLiteral("rcvbuf"), 0, kMaxInt, tr("kernel default"), tr(" B"));
    m_effectiveRcvbuf = new QLabel(this);
    m_effectiveRcvbuf->setObjectName(QStringLiteral("effective_rcvbuf"));
    m_effectiveRcvbuf->setWordWrap(true);
    m_form->addRow(QString(), m_effectiveRcvbuf);
    addSpin(QStringLiteral("recv_size"), 1, 16 * 1024 * 1024, QString(), tr(" B"));
    addSpin(QStringLiteral("read_interval_ms"), 0, 60'000, tr("when data is ready"), tr(" ms"));
    addSpin(QStringLiteral("read_delay_ms"), 0, 60'000, tr("at once"), tr(" ms"));

    addSpin(QStringLiteral("reply_size"), 0, 16 * 1024 * 1024, tr("no replies"), tr(" B"));
    m_replyRead = new QComboBox(this);
    m_replyRead->setObjectName(QStringLiteral("reply_read"));
    m_replyRead->addItem(tr("read the whole reply"), QStringLiteral("full"));
    m_replyRead->addItem(tr("one recv() per reply"), QStringLiteral("once"));
    addRow(tr("Reply reading"), m_replyRead, tr("The classic bug: one recv() per reply leaves the rest for later."));
    connect(m_replyRead, &QComboBox::activated, this,
            [this] { apply(QStringLiteral("reply_read"), m_replyRead->currentData().toString()); });
    addCheck(QStringLiteral("evidence"), tr("Record kernel evidence"));

    // The imagined network of the simulator; real loopback runs ignore these keys.
    auto *network = new QLabel(tr("<b>Simulated network</b> (sockscope run --mode sim)"), this);
    m_form->addRow(network);
    addSpin(QStringLiteral("rtt_ms"), 0, 60'000, tr("none"), tr(" ms"));
    addSpin(QStringLiteral("bandwidth_kbps"), 0, 10'000'000, tr("unlimited"), tr(" kbit/s"));
    addSpin(QStringLiteral("mss"), 88, 65495, QString(), tr(" B"));
    addSpin(QStringLiteral("delayed_ack_ms"), 0, 200, tr("off"), tr(" ms"));
    addProbability(QStringLiteral("loss"), tr("Packet loss"), tr("Probability that a packet is lost."));
    addProbability(QStringLiteral("reorder"), tr("Reordering"), tr("Probability that a packet is held back behind later ones."));
    addProbability(QStringLiteral("duplicate"), tr("Duplication"), tr("Probability that a packet arrives twice."));
    addSpin(QStringLiteral("seed"), 0, std::numeric_limits<int>::max(), QString(), QString());

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #D55E00; font-weight: bold;"));
    m_errorLabel->hide();
    outer->addWidget(m_errorLabel);
    outer->addStretch(1);

    setScenario(Scenario{});
}

void ScenarioControls::addRow(const QString &label, QWidget *field, const QString &toolTip)
{
    field->setToolTip(toolTip);
    field->setAccessibleName(label);
    m_form->addRow(label, field);
}

QSpinBox *ScenarioControls::addSpin(const QString &key, int minimum, int maximum, const QString &special, const QString &suffix)
{
    struct Text
    {
        const char *key;
        const char *label;
        const char *tip;
    };
    static const Text texts[] = {
        {"count", QT_TR_NOOP("Messages"), QT_TR_NOOP("How many application messages the sender sends.")},
        {"size", QT_TR_NOOP("Message size"), QT_TR_NOOP("Bytes per message; auto = the payload's own length.")},
        {"interval_ms", QT_TR_NOOP("Send interval"), QT_TR_NOOP("Pause between two messages.")},
        {"parts", QT_TR_NOOP("send() calls per message"), QT_TR_NOOP("2 = the write-write-read pattern that meets delayed ACK.")},
        {"sndbuf", QT_TR_NOOP("SO_SNDBUF"), QT_TR_NOOP("Send buffer to request; Linux doubles it and applies a floor.")},
        {"rcvbuf", QT_TR_NOOP("SO_RCVBUF"), QT_TR_NOOP("Receive buffer to request; Linux doubles it (floor 2304 B).")},
        {"recv_size", QT_TR_NOOP("recv() size"), QT_TR_NOOP("The size passed to every recv(): a UDP datagram longer than this is cut.")},
        {"read_interval_ms", QT_TR_NOOP("Read every"), QT_TR_NOOP("A slow reader lets bytes pile up in the receive buffer.")},
        {"read_delay_ms", QT_TR_NOOP("Reader starts after"), QT_TR_NOOP("The receiver's first recv() waits this long.")},
        {"reply_size", QT_TR_NOOP("Reply size"), QT_TR_NOOP("TCP request/response: the server answers each message with this many bytes.")},
        {"rtt_ms", QT_TR_NOOP("Round trip"), QT_TR_NOOP("Propagation delay there and back.")},
        {"bandwidth_kbps", QT_TR_NOOP("Bandwidth"), QT_TR_NOOP("Link rate; unlimited = no serialisation delay.")},
        {"mss", QT_TR_NOOP("MSS"), QT_TR_NOOP("TCP maximum segment size (1460 B on Ethernet).")},
        {"delayed_ack_ms", QT_TR_NOOP("Delayed ACK"), QT_TR_NOOP("The receiver's delayed ACK timeout: Linux 40 ms, Windows 200 ms.")},
        {"seed", QT_TR_NOOP("Random seed"), QT_TR_NOOP("Same seed and scenario, same simulated trace.")},
    };
    auto *spin = new QSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(minimum, maximum);
    spin->setSpecialValueText(special);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    // Apply when the user stops typing (Enter, focus out, arrows), not at every digit: each
    // change can restart a live run.
    spin->setKeyboardTracking(false);
    QString label = key;
    QString tip;
    for (const Text &t : texts) {
        if (key == QLatin1String(t.key)) {
            label = tr(t.label);
            tip = tr(t.tip);
        }
    }
    addRow(label, spin, tip);
    m_spins.insert(key, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int value) {
        if (key == QLatin1String("size") && value < 0)
            apply(key, QStringLiteral("auto"));
        else
            apply(key, QString::number(value));
    });
    return spin;
}

QDoubleSpinBox *ScenarioControls::addProbability(const QString &key, const QString &label, const QString &toolTip)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(key);
    spin->setRange(0, 1);
    spin->setDecimals(3);
    spin->setSingleStep(0.01);
    spin->setSpecialValueText(tr("never"));
    spin->setKeyboardTracking(false);
    addRow(label, spin, toolTip);
    m_probabilities.insert(key, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double value) { apply(key, QString::number(value)); });
    return spin;
}

QCheckBox *ScenarioControls::addCheck(const QString &key, const QString &text)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(key);
    m_form->addRow(QString(), check);
    m_checks.insert(key, check);
    connect(check, &QCheckBox::toggled, this,
            [this, key](bool on) { apply(key, on ? QStringLiteral("true") : QStringLiteral("false")); });
    return check;
}

void ScenarioControls::apply(const QString &key, const QString &value)
{
    if (m_updating)
        return;
    Scenario next = m_scenario;
    m_error = next.set(key, value);
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
    m_effectiveSndbuf->clear();
    m_effectiveRcvbuf->clear();
    refresh();
}

void ScenarioControls::refresh()
{
    m_updating = true;
    const Scenario &s = m_scenario;
    m_protocol->setCurrentIndex(m_protocol->findData(s.hasTcp() && s.hasUdp() ? QStringLiteral("both")
                                                     : s.hasTcp()            ? QStringLiteral("tcp")
                                                                             : QStringLiteral("udp")));
    const std::pair<const char *, int> values[] = {
        {"count", s.count},           {"size", s.size},           {"interval_ms", s.intervalMs},
        {"parts", s.parts},           {"sndbuf", s.sndbuf},       {"rcvbuf", s.rcvbuf},
        {"recv_size", s.recvSize},    {"read_interval_ms", s.readIntervalMs},
        {"read_delay_ms", s.readDelayMs}, {"reply_size", s.replySize}, {"rtt_ms", s.rttMs},
        {"bandwidth_kbps", s.bandwidthKbps}, {"mss", s.mss}, {"delayed_ack_ms", s.delayedAckMs},
        {"seed", int(std::min<qint64>(s.seed, std::numeric_limits<int>::max()))}};
    for (const auto &[key, value] : values)
        m_spins.value(QLatin1String(key))->setValue(value);
    const std::pair<const char *, double> probabilities[] = {{"loss", s.loss}, {"reorder", s.reorder}, {"duplicate", s.duplicate}};
    for (const auto &[key, value] : probabilities)
        m_probabilities.value(QLatin1String(key))->setValue(value);
    m_checks.value(QStringLiteral("nodelay"))->setChecked(s.nodelay);
    m_checks.value(QStringLiteral("nonblocking"))->setChecked(s.nonblocking);
    m_checks.value(QStringLiteral("evidence"))->setChecked(s.evidence);
    if (!m_payload->hasFocus() || m_payload->text() == payloadText(s.payload))
        m_payload->setText(payloadText(s.payload));
    m_framing->setCurrentText(s.framing);
    m_replyRead->setCurrentIndex(s.replyRead == Scenario::ReplyRead::Full ? 0 : 1);
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_updating = false;
}

void ScenarioControls::showEffective(const Trace &trace)
{
    // Per protocol, not per run: variants of one lesson share their socket options.
    auto describe = [&trace](auto member) {
        QStringList parts;
        QStringList values;
        for (const Run &run : trace.runs) {
            const std::optional<qint64> value = run.effective.*member;
            if (!value)
                continue;
            const QString protocol = run.protocol == Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
            const QString part = protocol + QLatin1Char(' ') + EventText::bytes(*value);
            if (!parts.contains(part)) {
                parts << part;
                values << EventText::bytes(*value);
            }
        }
        values.removeDuplicates();
        if (parts.isEmpty())
            return QString();
        return tr("effective: %1").arg(values.size() == 1 ? values.first() : parts.join(QStringLiteral(", ")));
    };
    m_effectiveSndbuf->setText(describe(&EffectiveOptions::sndbuf));
    m_effectiveRcvbuf->setText(describe(&EffectiveOptions::rcvbuf));
}

} // namespace sockscope
