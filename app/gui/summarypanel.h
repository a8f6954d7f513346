#pragma once

#include "model/trace.h"

#include <QWidget>

class QLabel;

namespace sockscope {

// Per run: what happened in one sentence, counts by fate, bytes, conservation and the socket
// options the kernel really applied.
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setTrace(const Trace &trace);
    // While a run records, the panel says so; setTrace() (the finished run) or false ends it.
    void setRecording(bool recording);
    // Predict first: the run is recorded but hidden until Reveal, and the panel says so instead
    // of inviting a run.
    void setRunHidden(bool hidden);

    // The lesson's headline with the measured numbers, first, and each claim with ✓, ⚠ or –
    // (empty for a trace of no lesson); presentation mode's strip shows the same, brief
    // (LessonExpectations::brief: the numbers are in the headline above).
    static QString expectationsHtml(const Trace &trace, bool brief = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString runHtml(const Run &run);

    Trace m_trace; // kept to write it again in another language
    bool m_recording = false;
    bool m_runHidden = false;
    // Predicted vs observed (a trace with real and simulated runs): where they agree, and why not.
    static QString comparisonHtml(const Trace &trace);

    QLabel *m_label = nullptr;
};

} // namespace sockscope
