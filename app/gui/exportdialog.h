#pragma once

#include "render/timelineexportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace sockscope {

// File → Export timeline: format by the file name (PNG, SVG, PDF), PNG scale 1×/2×/4×, whole
// run or the visible range, and light (for slides) or the screen's theme.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    // The folder to propose: the one remembered from the last export if it still exists, else
    // the user's Pictures folder, created when missing (a fresh account has none), else home.
    // Never a folder that does not exist.
    static QString proposedFolder(const QString &remembered);

    void setPath(const QString &path);
    QString path() const;
    double scale() const;
    bool visibleRangeOnly() const;
    bool screenTheme() const;

private:
    void formatChosen();
    void browse();

    QComboBox *m_format = nullptr;
    QComboBox *m_scale = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_visible = nullptr;
    QCheckBox *m_theme = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace sockscope
