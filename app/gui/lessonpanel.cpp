#include "gui/lessonpanel.h"

#include "analysis/lessonexpectations.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"
#include "model/textjoin.h"
#include "model/tracedescription.h"
#include "view/eventtext.h"

#include <QDir>

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sockscope {

LessonPanel::LessonPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("lesson"));
    m_picker->setAccessibleName(tr("Lesson"));
    // As wide as the panel, not as the longest title: the list that opens shows them whole.
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(12);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The switch: three exclusive buttons in one row, big enough to hit on a projector.
    m_switchRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_switchRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_switchName = new QLabel(m_switchRow);
    QFont bold = m_switchName->font();
    bold.setBold(true);
    m_switchName->setFont(bold);
    row->addWidget(m_switchName);
    m_switch = new QButtonGroup(this);
    m_switch->setExclusive(true);
    for (const auto &[state, name] :
         { std::pair{ LessonSwitch::Off, "switchOff" }, std::pair{ LessonSwitch::On, "switchOn" },
           std::pair{ LessonSwitch::Both, "switchBoth" } }) {
        auto *button = new QToolButton(m_switchRow);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_switch->addButton(button, int(state));
        row->addWidget(button, 1);
    }
    m_switch->button(int(m_state))->setChecked(true);
    connect(m_switch, &QButtonGroup::idClicked, this, [this](int id) {
        if (LessonSwitch(id) == m_state)
            return;
        m_state = LessonSwitch(id);
        emit switchChanged(m_state);
    });
    m_recordingNote = new QLabel(this);
    m_recordingNote->setObjectName(QStringLiteral("recordingNote"));
    m_recordingNote->setWordWrap(true);
    m_recordingNote->setTextFormat(Qt::RichText);
    m_recordingNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Set off from the lesson's own text: a framed box in the tooltip colours.
    m_recordingNote->setFrameShape(QFrame::StyledPanel);
    m_recordingNote->setMargin(4);
    m_recordingNote->setAutoFillBackground(true);
    m_recordingNote->setBackgroundRole(QPalette::ToolTipBase);
    m_recordingNote->setForegroundRole(QPalette::ToolTipText);
    m_recordingNote->hide();
    layout->addWidget(m_picker);
    layout->addWidget(m_title);
    layout->addWidget(m_recordingNote);
    layout->addWidget(m_explanation);
    m_modelNote = new QLabel(this);
    m_modelNote->setObjectName(QStringLiteral("modelNote"));
    m_modelNote->setWordWrap(true);
    m_modelNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelNote->hide();
    layout->addWidget(m_modelNote);
    layout->addWidget(m_switchRow);
    retranslate();
    connect(m_picker, &QComboBox::activated, this, [this] {
        showText();
        retranslateSwitch();
        const QString name = lesson();
        if (!name.isEmpty())
            emit lessonChosen(name);
    });
}

void LessonPanel::retranslate()
{
    const QString current = lesson();
    m_picker->clear();
    for (const Lesson *l : LessonCatalogue::everyLesson()) {
        if (!l->fromFile()) {
            m_picker->addItem(l->translatedTitle(), l->name);
            continue;
        }
        // A lesson from a file says so, and where the file is.
        m_picker->addItem(tr("%1 (file)").arg(l->translatedTitle()), l->name);
        m_picker->setItemData(m_picker->count() - 1, QDir::toNativeSeparators(l->file),
                              Qt::ToolTipRole);
    }
    m_picker->addItem(tr("Custom scenario"), QString());
    setLesson(current);
    retranslateSwitch();
}

void LessonPanel::retranslateSwitch()
{
    const Lesson *l = LessonCatalogue::find(lesson());
    const bool has = l && l->hasSwitch();
    m_switchRow->setVisible(has);
    if (!has)
        return;
    m_switchName->setText(tr("%1:").arg(l->translatedSwitchName()));
    const QString off = QCoreApplication::translate("sockscope::Lesson", l->switchOff.label);
    const QString on = QCoreApplication::translate("sockscope::Lesson", l->switchOn.label);
    const std::tuple<LessonSwitch, QString, QString> texts[] = {
        { LessonSwitch::Off, tr("Off"), tr("Run only “%1”").arg(off) },
        { LessonSwitch::On, tr("On"), tr("Run only “%1”").arg(on) },
        { LessonSwitch::Both, tr("Both"),
          tr("Run both, stacked: “%1” above, “%2” below").arg(off, on) },
    };
    for (const auto &[state, text, tip] : texts) {
        QAbstractButton *b = m_switch->button(int(state));
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(QStringLiteral("%1 %2").arg(l->translatedSwitchName(), text));
    }
}

LessonSwitch LessonPanel::switchState() const
{
    const Lesson *l = LessonCatalogue::find(lesson());
    return l && l->hasSwitch() ? m_state : LessonSwitch::On;
}

void LessonPanel::setSwitchState(LessonSwitch state)
{
    m_state = state;
    m_switch->button(int(state))->setChecked(true);
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonPanel::setLesson(const QString &name)
{
    const int index = name.isEmpty() ? -1 : m_picker->findData(name);
    m_picker->setCurrentIndex(index >= 0 ? index : m_picker->count() - 1);
    showText();
    retranslateSwitch();
}

QString LessonPanel::lesson() const
{
    return m_picker->currentData().toString();
}

void LessonPanel::setModelNote(const QString &note)
{
    m_modelNote->setText(note);
    m_modelNote->setVisible(!note.isEmpty());
}

void LessonPanel::setRecording(const Trace &trace)
{
    m_recording = Trace{};
    m_recording.lesson = trace.lesson;
    m_recording.scenario = trace.scenario;
    m_recording.observe = trace.observe;
    for (const Run &run : trace.runs) {
        Run settings;
        settings.label = run.label;
        settings.protocol = run.protocol;
        settings.mode = run.mode;
        settings.role = run.role;
        settings.scenario = run.scenario;
        settings.requested = run.requested;
        settings.effective = run.effective;
        settings.requestsRun = run.requestsRun;
        m_recording.runs.append(settings);
    }
    showText();
}

QString LessonPanel::recordingNote(const Lesson &lesson) const
{
    if (m_recording.lesson != lesson.name || m_recording.runs.isEmpty())
        return {};
    const QStringList changed = LessonExpectations::changedKeys(lesson, m_recording);
    const QList<const char *> missing = LessonExpectations::missingVariants(lesson, m_recording);
    if (changed.isEmpty() && missing.isEmpty())
        return {};
    QStringList names;
    for (const QString &name : changed) {
        const ScenarioKey *key = ScenarioKey::find(name);
        const QString label = key ? key->translatedLabel() : QString();
        names << (label.isEmpty() ? name : label);
    }
    // Each run's options as its sockets reported them, each distinct line once.
    QStringList effective;
    for (const Run &run : m_recording.runs) {
        const QString options = EventText::options(run);
        if (options.isEmpty())
            continue;
        const QString line = run.label.isEmpty() ? options : tr("%1: %2").arg(run.label, options);
        if (!effective.contains(line))
            effective << line;
    }
    const auto paragraph
        = [](const QString &text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    QStringList what;
    if (!names.isEmpty())
        what << tr("Changed: %1.").arg(TextJoin::list(names));
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const char *label : missing)
            labels << tr("“%1”").arg(QCoreApplication::translate("sockscope::Lesson", label));
        what << tr("Not recorded: %1, which the lesson compares.").arg(TextJoin::list(labels));
    }
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(tr("These runs were not recorded with the lesson's own settings.")
                                .toHtmlEscaped(),
                            what.join(QLatin1Char(' ')).toHtmlEscaped());
    html += paragraph(tr("Recorded: %1.").arg(TraceDescription::settings(m_recording)));
    if (!effective.isEmpty())
        html += paragraph(tr("Effective: %1.").arg(effective.join(tr("; "))));
    html += paragraph(
        tr("The lesson's own: %1.").arg(lesson.scenario.describe(lesson.variedKeys())));
    html += paragraph(tr("The text below is the lesson's, for its own settings; “What happened” "
                         "is measured on these runs."));
    return html;
}

void LessonPanel::showText()
{
    if (const Lesson *l = LessonCatalogue::find(lesson())) {
        m_title->setText(l->translatedTitle());
        const QString note = recordingNote(*l);
        m_recordingNote->setText(note);
        m_recordingNote->setVisible(!note.isEmpty());
        m_explanation->setText(
            note.isEmpty()
                ? l->translatedExplanation()
                : tr("The lesson, with its own settings: %1").arg(l->translatedExplanation()));
        m_explanation->setForegroundRole(note.isEmpty() ? QPalette::WindowText
                                                        : QPalette::PlaceholderText);
    } else {
        m_recordingNote->hide();
        m_explanation->setForegroundRole(QPalette::WindowText);
        m_title->setText(tr("Custom scenario"));
        m_explanation->setText(tr(
            "Your own settings, run as one scenario. Pick a lesson to start from a prepared one."));
    }
}

} // namespace sockscope
