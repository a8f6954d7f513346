#pragma once

#include "analysis/predictionquestions.h"
#include "model/trace.h"

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace sockscope {

// "Predict, then run" (Run → Predict first): the lesson's questions, each with a field for the
// class's answer (a number with its unit, or a recv's number, typed or picked on the timeline),
// above a run that records hidden. Reveal shows the run, and each prediction against what the
// run measured (PredictionCheck): ✓, or how far off. Enter moves to the next field; in the last
// one it runs, or reveals a run that waits.
class PredictPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        Asking, // before a run: questions and fields
        Recording, // the run records, hidden
        Hidden, // recorded and hidden: Reveal shows it
        Revealed, // the run is shown, each prediction checked
    };

    explicit PredictPanel(QWidget *parent = nullptr);

    // New questions (another lesson, a changed scenario): answers to a question that stays
    // (same id) are kept.
    void setQuestions(const QList<PredictionQuestion> &questions);
    const QList<PredictionQuestion> &questions() const { return m_questions; }
    void setState(State state);
    State state() const { return m_state; }
    // Per question, the number entered, or nullopt.
    QList<std::optional<double>> predictions() const;
    bool hasPredictions() const;
    void setPrediction(int question, std::optional<double> value);
    // The comparison with a trace (State Revealed); made again on a language switch and when a
    // prediction changes.
    void showResults(const Trace &trace);
    // The result lines shown, for the window's status and for tests.
    QStringList resultLines() const;
    // A recv clicked on the timeline while a pick question's Pick button is down: its number
    // is the answer, when it is a recv of the run the question is about.
    enum class Pick { NotPicking, Taken, OtherRun };
    Pick pickRecv(int run, int recv);
    // The field of the first question, to start typing in.
    void focusFirstField();

    // As tall as the intro line and every row need (the window caps it once revealed).
    QSize sizeHint() const override;

signals:
    void revealRequested();
    // Enter in the last field: what the Run key does (run, or reveal a waiting run).
    void runRequested();
    void predictionsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QLabel *question = nullptr;
        QDoubleSpinBox *field = nullptr;
        QToolButton *pick = nullptr;
        QLabel *result = nullptr;
    };
    void rebuild();
    void retranslateUi();
    void refreshResults();
    // The rows as tall as their wrapped words need at the scroll area's width, so that it
    // scrolls them rather than squeezing the lines.
    void fitRows();

    QList<PredictionQuestion> m_questions;
    QList<Row> m_rows;
    State m_state = State::Asking;
    Trace m_trace; // the revealed trace (a shared copy of the timeline's), while Revealed
    QLabel *m_intro = nullptr;
    QPushButton *m_reveal = nullptr;
    QWidget *m_rowsBox = nullptr;
    QWidget *m_rowsViewport = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
};

} // namespace sockscope
