#pragma once

#include "observe/observeoptions.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sockscope {

// The Observe tab's knobs, one per ObserveOptions field, each named after its CLI flag
// (objectName "port", "bind", "recv-size", …) so that tests and users find them by name. The
// bind address stays 127.0.0.1 until the user explicitly allows other computers, and then a
// warning says what that means. Values persist in QSettings ("observe/…").
class ObserveSettings : public QWidget
{
    Q_OBJECT

public:
    explicit ObserveSettings(QWidget *parent = nullptr);

    ObserveOptions options() const;
    void setOptions(const ObserveOptions &options);
    // While listening the settings are read-only: they describe the observation in progress.
    void setListening(bool listening);

    void saveSettings() const;
    void restoreSettings();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QFormLayout *m_form = nullptr;
    QRadioButton *m_tcp = nullptr;
    QRadioButton *m_udp = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_remote = nullptr;
    QLineEdit *m_bind = nullptr;
    QLabel *m_warning = nullptr;
    QSpinBox *m_recvSize = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_framing = nullptr;
    QSpinBox *m_maxFrame = nullptr;
    QSpinBox *m_maxClients = nullptr;
    QList<QLabel *> m_labels;
    bool m_listening = false;
};

} // namespace sockscope
