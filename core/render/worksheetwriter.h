#pragma once

#include "model/lesson.h"
#include "model/trace.h"
#include "util/progressmeter.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace sockscope {

// The worksheet of a lesson, a PDF for the class to fill in: page one has the lesson's title,
// its explanation, what will run, and its prediction questions (PredictionQuestions) with room
// to answer; page two is the answer key: the timeline of a run of the lesson (TimelineExporter's
// figure) and each question's answer as that run measured it (PredictionCheck). Written in the
// language installed now. Needs a QGuiApplication (fonts).
class WorksheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::WorksheetWriter)

public:
    // scenario: what ran (the lesson's, or as edited); answers: a trace of that lesson. An error
    // sentence, or empty. progress counts two steps, drawn and written, as TimelineExporter's.
    static QString exportPdf(const Lesson &lesson, const Scenario &scenario, const Trace &answers,
                             const QString &path, const ProgressMeter::Callback &progress = {});
    // The two pages onto an A4 device the painter is active on, at 72 dots per inch.
    static void paint(QPagedPaintDevice &device, QPainter &painter, const Lesson &lesson,
                      const Scenario &scenario, const Trace &answers);
};

} // namespace sockscope
