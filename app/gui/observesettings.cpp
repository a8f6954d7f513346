#include "gui/observesettings.h"

#include "gui/scenariocontrols.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

namespace sockscope {

namespace {

constexpr int kDefaultPort = 9000;
constexpr int kKiB = 1024;
// Every interface: what a teacher means by "let the class connect".
const char *const kAnyAddress = "0.0.0.0";

} // namespace

ObserveSettings::ObserveSettings(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *protocol = new QWidget(this);
    auto *protocolRow = new QHBoxLayout(protocol);
    protocolRow->setContentsMargins(0, 0, 0, 0);
    m_tcp = new QRadioButton(QStringLiteral("TCP"), protocol);
    m_tcp->setObjectName(QStringLiteral("tcp"));
    m_udp = new QRadioButton(QStringLiteral("UDP"), protocol);
    m_udp->setObjectName(QStringLiteral("udp"));
    m_tcp->setChecked(true);
    protocolRow->addWidget(m_tcp);
    protocolRow->addWidget(m_udp);
    protocolRow->addStretch(1);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setValue(kDefaultPort);

    m_remote = new QCheckBox(this);
    m_remote->setObjectName(QStringLiteral("allow-remote"));
    m_bind = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_bind->setObjectName(QStringLiteral("bind"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("bindWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35900; font-weight: bold;"));

    m_recvSize = new QSpinBox(this);
    m_recvSize->setObjectName(QStringLiteral("recv-size"));
    m_recvSize->setRange(1, ObserveOptions::kMaxRecvSize);
    m_recvSize->setValue(ObserveOptions::kDefaultTcpRecvSize);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("read-interval-ms"));
    m_interval->setRange(0, 60'000);
    m_interval->setSingleStep(10);

    m_framing = new QComboBox(this);
    m_framing->setObjectName(QStringLiteral("framing"));
    m_framing->setEditable(true);
    m_framing->setInsertPolicy(QComboBox::NoInsert);
    // The suggestions, each shown as the Lessons tab shows it (a translated "none") with the
    // spec it stands for as its data.
    for (const char *spec : { "none", "length:4:be", "length:4:le", "length:2:be", "delimiter:\\n",
                              "fixed:16", "json-header:4:be:size" })
        m_framing->addItem(ScenarioControls::suggestionText(QLatin1String(spec)),
                           QLatin1String(spec));

    m_maxFrame = new QSpinBox(this);
    m_maxFrame->setObjectName(QStringLiteral("max-frame"));
    m_maxFrame->setRange(1, 4 * kKiB * kKiB); // 4 GiB in KiB, the decoder's ceiling
    m_maxFrame->setValue(int(ObserveOptions{}.maxFrame / kKiB));

    m_maxClients = new QSpinBox(this);
    m_maxClients->setObjectName(QStringLiteral("max-clients"));
    m_maxClients->setRange(1, 1024);
    m_maxClients->setValue(ObserveOptions{}.maxClients);

    auto row = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    row(protocol);
    row(m_port);
    m_form->addRow(m_remote);
    row(m_bind);
    m_form->addRow(m_warning);
    row(m_recvSize);
    row(m_interval);
    row(m_framing);
    row(m_maxFrame);
    row(m_maxClients);

    connect(m_tcp, &QRadioButton::toggled, this, [this](bool tcp) {
        // UDP reads whole datagrams by default: a short buffer would truncate (its own lesson).
        const bool wasDefault = m_recvSize->value()
            == (tcp ? ObserveOptions::kDefaultUdpRecvSize : ObserveOptions::kDefaultTcpRecvSize);
        if (wasDefault)
            m_recvSize->setValue(tcp ? ObserveOptions::kDefaultTcpRecvSize
                                     : ObserveOptions::kDefaultUdpRecvSize);
        updateEnabled();
        emit changed();
    });
    connect(m_remote, &QCheckBox::toggled, this, [this](bool remote) {
        m_bind->setText(remote ? QLatin1String(kAnyAddress) : QStringLiteral("127.0.0.1"));
        updateEnabled();
        emit changed();
    });
    connect(m_bind, &QLineEdit::textChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    for (QSpinBox *spin : { m_port, m_recvSize, m_interval, m_maxFrame, m_maxClients })
        connect(spin, &QSpinBox::valueChanged, this, &ObserveSettings::changed);
    connect(m_framing, &QComboBox::currentTextChanged, this, &ObserveSettings::changed);

    retranslateUi();
    updateEnabled();
}

ObserveOptions ObserveSettings::options() const
{
    ObserveOptions o;
    o.protocol = m_udp->isChecked() ? Protocol::Udp : Protocol::Tcp;
    o.port = quint16(m_port->value());
    o.bindAddress = m_remote->isChecked() ? m_bind->text().trimmed() : QStringLiteral("127.0.0.1");
    o.recvSize = m_recvSize->value();
    o.readIntervalMs = m_interval->value();
    o.framing = o.protocol == Protocol::Tcp ? ScenarioControls::comboValue(m_framing).trimmed()
                                            : QStringLiteral("none");
    o.maxFrame = qint64(m_maxFrame->value()) * kKiB;
    o.maxClients = m_maxClients->value();
    return o;
}

void ObserveSettings::setOptions(const ObserveOptions &o)
{
    (o.protocol == Protocol::Udp ? m_udp : m_tcp)->setChecked(true);
    m_port->setValue(o.port);
    m_remote->setChecked(!o.bindsLoopback());
    m_bind->setText(o.bindAddress);
    m_recvSize->setValue(o.recvSize);
    m_interval->setValue(o.readIntervalMs);
    ScenarioControls::showComboValue(m_framing, o.framing);
    m_maxFrame->setValue(int(std::clamp<qint64>(o.maxFrame / kKiB, 1, m_maxFrame->maximum())));
    m_maxClients->setValue(o.maxClients);
    updateEnabled();
}

void ObserveSettings::setListening(bool listening)
{
    m_listening = listening;
    updateEnabled();
}

void ObserveSettings::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *>{ m_tcp, m_udp, m_port, m_remote, m_recvSize,
                                                        m_interval, m_maxFrame, m_maxClients })
        w->setEnabled(!m_listening);
    const bool tcp = m_tcp->isChecked();
    m_bind->setEnabled(!m_listening && m_remote->isChecked());
    m_framing->setEnabled(!m_listening && tcp);
    m_maxFrame->setEnabled(!m_listening && tcp);
    m_maxClients->setEnabled(!m_listening && tcp);
    m_warning->setVisible(m_remote->isChecked()
                          && !Endpoint::isLoopbackAddress(m_bind->text().trimmed()));
}

void ObserveSettings::saveSettings() const
{
    QSettings s;
    const ObserveOptions o = options();
    s.setValue(QStringLiteral("observe/protocol"), protocolName(o.protocol));
    s.setValue(QStringLiteral("observe/port"), o.port);
    s.setValue(QStringLiteral("observe/recvSize"), o.recvSize);
    s.setValue(QStringLiteral("observe/readIntervalMs"), o.readIntervalMs);
    s.setValue(QStringLiteral("observe/framing"), ScenarioControls::comboValue(m_framing));
    s.setValue(QStringLiteral("observe/maxFrameKiB"), m_maxFrame->value());
    s.setValue(QStringLiteral("observe/maxClients"), o.maxClients);
    // The bind address is not kept: every session starts on loopback, a wider bind is chosen anew.
}

void ObserveSettings::restoreSettings()
{
    const QSettings s;
    if (!s.contains(QStringLiteral("observe/port")))
        return;
    (s.value(QStringLiteral("observe/protocol")).toString() == QLatin1String("udp") ? m_udp : m_tcp)
        ->setChecked(true);
    m_port->setValue(s.value(QStringLiteral("observe/port")).toInt());
    m_recvSize->setValue(s.value(QStringLiteral("observe/recvSize"), m_recvSize->value()).toInt());
    m_interval->setValue(s.value(QStringLiteral("observe/readIntervalMs"), 0).toInt());
    ScenarioControls::showComboValue(
        m_framing, s.value(QStringLiteral("observe/framing"), QStringLiteral("none")).toString());
    m_maxFrame->setValue(
        s.value(QStringLiteral("observe/maxFrameKiB"), m_maxFrame->value()).toInt());
    m_maxClients->setValue(
        s.value(QStringLiteral("observe/maxClients"), m_maxClients->value()).toInt());
}

void ObserveSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ObserveSettings::retranslateUi()
{
    const QString texts[]
        = { tr("Protocol"),   tr("Port"),    tr("Bind address"), tr("recv() size"),
            tr("Read every"), tr("Framing"), tr("Max message"),  tr("Max clients") };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i] + QLatin1Char(':'));
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("The TCP or UDP port to listen on; 0 lets the kernel pick a free one"));
    m_remote->setText(tr("Let other computers connect"));
    m_remote->setToolTip(tr("Off: only programs on this computer can connect (127.0.0.1)"));
    m_bind->setToolTip(tr("The IPv4 address to listen on; 0.0.0.0 means every network interface"));
    m_warning->setText(
        tr("Anyone on this network can connect and send data. SockScope only displays "
           "what it receives, but check that this is what you want."));
    m_recvSize->setSuffix(tr(" B"));
    m_recvSize->setToolTip(tr("The size passed to every recv() call, as in the student's server"));
    m_interval->setSpecialValueText(tr("as soon as data is ready"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("A slow reader: one recv() every N ms lets the kernel queue bytes, "
                              "so recvs merge messages"));
    // The value shown stays the value after the words change.
    const QString framing = ScenarioControls::comboValue(m_framing);
    for (int i = 0; i < m_framing->count(); ++i)
        m_framing->setItemText(i,
                               ScenarioControls::suggestionText(m_framing->itemData(i).toString()));
    ScenarioControls::showComboValue(m_framing, framing);
    m_framing->setToolTip(
        tr("How to cut the byte stream into messages: none, length:N:be|le, delimiter:\\n, "
           "fixed:N or json-header:N:be|le:FIELD"));
    m_maxFrame->setSuffix(tr(" KiB"));
    m_maxFrame->setToolTip(tr("A peer is untrusted: a longer message (or length prefix) is "
                              "reported as an error, never allocated"));
    m_maxClients->setToolTip(
        tr("TCP connections recorded at once; more are turned away and noted"));
}

} // namespace sockscope
