#include "gui/predictpanel.h"

#include "analysis/predictioncheck.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace sockscope {

namespace {

// A field's "nothing entered": its minimum, shown as "?".
constexpr double kUnanswered = -1;

} // namespace

PredictPanel::PredictPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("predictPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("predictIntro"));
    m_intro->setWordWrap(true);
    top->addWidget(m_intro, 1);
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    connect(m_reveal, &QPushButton::clicked, this, &PredictPanel::revealRequested);
    top->addWidget(m_reveal, 0, Qt::AlignTop);
    layout->addLayout(top);
    // The questions wrap to the width and scroll when the lanes need the height (after Reveal).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("predictScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rowsBox = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(m_rowsBox);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    scroll->setWidget(m_rowsBox);
    m_rowsViewport = scroll->viewport();
    m_rowsViewport->installEventFilter(this);
    layout->addWidget(scroll, 1);
    retranslateUi();
}

void PredictPanel::setQuestions(const QList<PredictionQuestion> &questions)
{
    // Answers follow their question when the questions are made again.
    QHash<QString, std::optional<double>> kept;
    const QList<std::optional<double>> old = predictions();
    for (qsizetype i = 0; i < m_questions.size() && i < old.size(); ++i)
        kept.insert(m_questions[i].id, old[i]);
    m_questions = questions;
    rebuild();
    for (qsizetype i = 0; i < m_questions.size(); ++i)
        setPrediction(int(i), kept.value(m_questions[i].id));
    if (m_state == State::Revealed)
        refreshResults();
}

void PredictPanel::rebuild()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.question;
        delete row.field;
        delete row.pick;
        delete row.result;
    }
    m_rows.clear();
    // A row's line is a layout of its own, and so its own item.
    while (QLayoutItem *item = m_rowsLayout->takeAt(0))
        delete item;
    QWidget *previous = m_reveal;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const PredictionQuestion &q = m_questions[i];
        Row row;
        row.question = new QLabel(m_rowsBox);
        row.question->setWordWrap(true);
        row.question->setObjectName(QStringLiteral("question%1").arg(i));
        row.field = new QDoubleSpinBox(m_rowsBox);
        row.field->setObjectName(QStringLiteral("prediction%1").arg(i));
        row.field->setDecimals(q.unit == PredictionQuestion::Unit::Milliseconds ? 1 : 0);
        row.field->setRange(kUnanswered, 1e9);
        row.field->setValue(kUnanswered);
        row.field->setSpecialValueText(QStringLiteral("?"));
        row.field->setMinimumWidth(
            row.field->fontMetrics().horizontalAdvance(QStringLiteral("recv #0000")) + 30);
        row.field->installEventFilter(this);
        row.question->setBuddy(row.field);
        connect(row.field, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_state == State::Revealed)
                refreshResults();
            emit predictionsChanged();
        });
        auto *line = new QHBoxLayout;
        line->addWidget(row.question, 1);
        line->addWidget(row.field);
        if (q.isPick()) {
            row.pick = new QToolButton(m_rowsBox);
            row.pick->setObjectName(QStringLiteral("pick%1").arg(i));
            row.pick->setCheckable(true);
            line->addWidget(row.pick);
        }
        m_rowsLayout->addLayout(line);
        row.result = new QLabel(m_rowsBox);
        row.result->setObjectName(QStringLiteral("result%1").arg(i));
        row.result->setWordWrap(true);
        row.result->setTextFormat(Qt::PlainText);
        row.result->hide();
        m_rowsLayout->addWidget(row.result);
        setTabOrder(previous, row.field);
        previous = row.field;
        if (row.pick) {
            setTabOrder(previous, row.pick);
            previous = row.pick;
        }
        m_rows.append(row);
    }
    m_rowsLayout->addStretch(1);
    retranslateUi();
}

void PredictPanel::fitRows()
{
    const int width = m_rowsViewport->width();
    // A layout without height-for-width (no rows yet, no wrapped words) answers -1: its own
    // minimum then.
    if (width > 0)
        m_rowsBox->setMinimumHeight(m_rowsLayout->hasHeightForWidth()
                                        ? m_rowsLayout->heightForWidth(width)
                                        : m_rowsLayout->minimumSize().height());
    updateGeometry();
}

QSize PredictPanel::sizeHint() const
{
    const QMargins m = layout()->contentsMargins();
    const int top = std::max(m_intro->sizeHint().height(), m_reveal->sizeHint().height());
    return { QWidget::sizeHint().width(),
             m.top() + top + layout()->spacing() + m_rowsBox->minimumHeight() + m.bottom() + 2 };
}

void PredictPanel::setState(State state)
{
    m_state = state;
    if (state != State::Revealed) {
        for (const Row &row : std::as_const(m_rows))
            row.result->hide();
    }
    retranslateUi();
}

QList<std::optional<double>> PredictPanel::predictions() const
{
    QList<std::optional<double>> out;
    for (const Row &row : m_rows) {
        const double v = row.field->value();
        out.append(v <= kUnanswered ? std::nullopt : std::optional<double>(v));
    }
    return out;
}

bool PredictPanel::hasPredictions() const
{
    const QList<std::optional<double>> p = predictions();
    return std::any_of(p.cbegin(), p.cend(), [](const auto &v) { return v.has_value(); });
}

void PredictPanel::setPrediction(int question, std::optional<double> value)
{
    if (question < 0 || question >= m_rows.size())
        return;
    m_rows[question].field->setValue(value.value_or(kUnanswered));
}

void PredictPanel::showResults(const Trace &trace)
{
    m_trace = trace;
    m_state = State::Revealed;
    retranslateUi();
}

void PredictPanel::refreshResults()
{
    const QList<std::optional<double>> p = predictions();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const PredictionQuestion &q = m_questions[i];
        const PredictionAnswer a = PredictionCheck::measure(m_trace, q);
        const PredictionCheck::Verdict v = PredictionCheck::verdict(q, p[i], a);
        QLabel *result = m_rows[i].result;
        result->setText(PredictionCheck::mark(v) + QLatin1Char(' ')
                        + PredictionCheck::describe(q, p[i], a));
        // Colour says it again for those who see it; the mark says it for everyone.
        QPalette palette = result->palette();
        const QColor colour = v == PredictionCheck::Verdict::Right ? QColor(0x00, 0x7A, 0x3D)
            : v == PredictionCheck::Verdict::Off                   ? QColor(0xB0, 0x3A, 0x00)
                                                 : this->palette().color(QPalette::WindowText);
        palette.setColor(QPalette::WindowText, colour);
        result->setPalette(palette);
        QFont f = font();
        f.setBold(v == PredictionCheck::Verdict::Right || v == PredictionCheck::Verdict::Off);
        result->setFont(f);
        result->show();
    }
    fitRows();
}

QStringList PredictPanel::resultLines() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (row.result->isVisibleTo(this))
            lines << row.result->text();
    }
    return lines;
}

PredictPanel::Pick PredictPanel::pickRecv(int run, int recv)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        if (!row.pick || !row.pick->isChecked())
            continue;
        // A recv of another run (UDP's, when the question is about TCP's stream) is no answer.
        const int about = PredictionCheck::measure(m_trace, m_questions[i]).run;
        if (m_state == State::Revealed && about >= 0 && about != run)
            return Pick::OtherRun;
        row.pick->setChecked(false);
        row.field->setValue(recv);
        return Pick::Taken;
    }
    return Pick::NotPicking;
}

void PredictPanel::focusFirstField()
{
    if (!m_rows.isEmpty())
        m_rows.first().field->setFocus(Qt::TabFocusReason);
}

bool PredictPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rowsViewport && event->type() == QEvent::Resize)
        fitRows();
    // A field shows "?" until answered: whichever way it gets the focus (a click, the panel
    // opening, Enter from the field above), what is typed replaces it.
    if (event->type() == QEvent::FocusIn) {
        for (const auto &row : std::as_const(m_rows)) {
            if (row.field == watched)
                QTimer::singleShot(0, row.field, &QAbstractSpinBox::selectAll);
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            for (qsizetype i = 0; i < m_rows.size(); ++i) {
                if (m_rows[i].field != watched)
                    continue;
                m_rows[i].field->interpretText();
                if (i + 1 < m_rows.size())
                    m_rows[i + 1].field->setFocus(Qt::TabFocusReason);
                else
                    emit runRequested();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PredictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PredictPanel::retranslateUi()
{
    switch (m_state) {
    case State::Asking:
        m_intro->setText(tr("Predict first: answer each question, then Run (F5). The run is "
                            "recorded but hidden until you reveal it."));
        break;
    case State::Recording:
        m_intro->setText(tr("Recording, hidden… keep predicting."));
        break;
    case State::Hidden:
        m_intro->setText(tr("Recorded and hidden. Reveal (F5) replays the run and checks each "
                            "prediction."));
        break;
    case State::Revealed:
        m_intro->setText(tr("Your predictions against what the run measured:"));
        break;
    }
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Show the hidden run, replayed, and check each prediction (F5)"));
    m_reveal->setEnabled(m_state == State::Hidden);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const PredictionQuestion &q = m_questions[i];
        Row &row = m_rows[i];
        row.question->setText(tr("%1. %2").arg(i + 1).arg(q.text.translated()));
        row.field->setPrefix(q.isPick() ? QStringLiteral("recv #") : QString());
        row.field->setSuffix(q.unitText().isEmpty() ? QString() : QLatin1Char(' ') + q.unitText());
        row.field->setToolTip(q.isPick() ? tr("The recv's number (recvs are numbered from 0); "
                                              "or press Pick and click the recv on the timeline")
                                         : tr("Your prediction; ? = none"));
        if (row.pick) {
            row.pick->setText(tr("Pick"));
            row.pick->setToolTip(
                tr("Then click a recv box on the timeline: its number is your answer"));
        }
    }
    if (m_state == State::Revealed)
        refreshResults();
    fitRows();
}

} // namespace sockscope
