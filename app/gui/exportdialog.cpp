#include "gui/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sockscope {

ExportDialog::ExportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export timeline"));
    auto *form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    form->addRow(tr("Format"), m_format);
    m_format->setAccessibleName(tr("Format"));

    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->addItem(tr("1× (1600 px wide)"), 1.0);
    m_scale->addItem(tr("2× (sharp on slides)"), 2.0);
    m_scale->addItem(tr("4× (print)"), 4.0);
    m_scale->setCurrentIndex(1);
    form->addRow(tr("PNG scale"), m_scale);
    m_scale->setAccessibleName(tr("PNG scale"));

    m_whole = new QRadioButton(tr("Whole run"), this);
    m_visible = new QRadioButton(tr("Visible range only"), this);
    m_whole->setChecked(true);
    auto *range = new QHBoxLayout;
    range->addWidget(m_whole);
    range->addWidget(m_visible);
    form->addRow(tr("Range"), range);

    m_theme = new QCheckBox(tr("Use the screen's colours (otherwise light, for slides)"), this);
    m_theme->setObjectName(QStringLiteral("theme"));
    form->addRow(QString(), m_theme);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setAccessibleName(tr("File"));
    m_path->setAccessibleDescription(tr("The file to write; its extension chooses the format."));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleDescription(tr("Choose the file in a dialog"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    form->addRow(tr("File"), file);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::activated, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        const int index = m_format->findData(QFileInfo(text).suffix().toLower());
        if (index >= 0)
            m_format->setCurrentIndex(index);
        m_scale->setEnabled(m_format->currentData() == QLatin1String("png"));
    });
    setPath(QString());
}

void ExportDialog::formatChosen()
{
    // The format follows the file name and the file name follows the format.
    QFileInfo info(m_path->text());
    const QString suffix = m_format->currentData().toString();
    if (!m_path->text().isEmpty())
        m_path->setText(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.')
                        + suffix);
    m_scale->setEnabled(suffix == QLatin1String("png"));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export timeline"), m_path->text(),
                                                        tr("Images (*.png *.svg *.pdf)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

QString ExportDialog::proposedFolder(const QString &remembered)
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty() && QDir().mkpath(pictures))
        return pictures;
    return QDir::homePath();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (QFileInfo(p).suffix().isEmpty())
        p += QLatin1Char('.') + m_format->currentData().toString();
    return p;
}

double ExportDialog::scale() const
{
    return m_scale->currentData().toDouble();
}

bool ExportDialog::visibleRangeOnly() const
{
    return m_visible->isChecked();
}

bool ExportDialog::screenTheme() const
{
    return m_theme->isChecked();
}

} // namespace sockscope
