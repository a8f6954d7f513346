#include "render/worksheetwriter.h"

#include "analysis/predictioncheck.h"
#include "analysis/predictionquestions.h"
#include "render/timelineexporter.h"
#include "util/outputfile.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace sockscope {

namespace {

// A4 in points, drawn at 72 dpi: one device pixel is one point.
constexpr double kMargin = 56;
const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kMuted(0x5F, 0x63, 0x68);
const QColor kRule(0xB0, 0xB4, 0xBA);

QFont font(double points, bool bold = false)
{
    // The timeline's family: Qt falls back per glyph to a font with the Chinese characters.
    QFont f(QStringLiteral("Sans Serif"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Writes text down the page from y, wrapped to the page's width; returns the y under it.
class Flow
{
public:
    Flow(QPagedPaintDevice &device, QPainter &painter) : m_device(device), m_painter(painter)
    {
        m_page = QRectF(QPointF(0, 0), QSizeF(device.width(), device.height()))
                     .adjusted(kMargin, kMargin, -kMargin, -kMargin);
        m_y = m_page.top();
    }

    double width() const { return m_page.width(); }
    double y() const { return m_y; }
    double left() const { return m_page.left(); }
    double room() const { return m_page.bottom() - m_y; }

    void text(const QString &words, const QFont &f, const QColor &colour, double indent = 0,
              double after = 6)
    {
        const QRectF box(m_page.left() + indent, m_y, m_page.width() - indent, 1e6);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF used = QFontMetricsF(f, &m_device).boundingRect(box, flags, words);
        if (used.height() > room())
            newPage();
        m_painter.setFont(f);
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(box.left(), m_y, box.width(), used.height() + 2), flags, words);
        m_y += used.height() + after;
    }

    void skip(double dy) { m_y += dy; }
    void need(double dy)
    {
        if (dy > room())
            newPage();
    }
    void newPage()
    {
        m_device.newPage();
        m_y = m_page.top();
    }

private:
    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    QRectF m_page;
    double m_y = 0;
};

// The line a prediction is written on, with its unit: "________ ms", "recv # ________".
void answerLine(QPainter &painter, Flow &flow, const PredictionQuestion &q, const QString &label)
{
    constexpr double kHeight = 30;
    flow.need(kHeight + 8);
    const QFont f = font(10);
    painter.setFont(f);
    painter.setPen(kMuted);
    const QFontMetricsF fm(f, painter.device());
    const double baseline = flow.y() + kHeight - 8;
    double x = flow.left() + 18;
    painter.drawText(QPointF(x, baseline), label);
    x += fm.horizontalAdvance(label) + 8;
    if (q.isPick()) {
        const QString prefix = QStringLiteral("recv #");
        painter.drawText(QPointF(x, baseline), prefix);
        x += fm.horizontalAdvance(prefix) + 4;
    }
    painter.setPen(QPen(kRule, 0.8));
    painter.drawLine(QPointF(x, baseline + 3), QPointF(x + 140, baseline + 3));
    painter.setPen(kMuted);
    if (const QString unit = q.unitText(); !unit.isEmpty())
        painter.drawText(QPointF(x + 146, baseline), unit);
    flow.skip(kHeight + 6);
}

} // namespace

void WorksheetWriter::paint(QPagedPaintDevice &device, QPainter &painter, const Lesson &lesson,
                            const Scenario &scenario, const Trace &answers)
{
    const QList<PredictionQuestion> questions = PredictionQuestions::of(lesson, scenario);
    Flow flow(device, painter);
    painter.fillRect(QRectF(0, 0, device.width(), device.height()), Qt::white);

    // Page one: the lesson and its questions, for the class.
    flow.text(tr("Worksheet · %1").arg(lesson.name), font(9), kMuted, 0, 4);
    flow.text(lesson.translatedTitle(), font(20, true), kInk, 0, 10);
    flow.text(lesson.translatedExplanation(), font(11), kInk, 0, 8);
    flow.text(tr("What runs: %1").arg(scenario.describe(lesson.variedKeys())), font(9), kMuted, 0,
              18);
    flow.text(tr("Predict before the run"), font(14, true), kInk, 0, 8);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        flow.text(tr("%1. %2").arg(i + 1).arg(questions[i].text.translated()), font(11), kInk, 0,
                  2);
        answerLine(painter, flow, questions[i], tr("Your prediction:"));
        answerLine(painter, flow, questions[i], tr("Measured:"));
        flow.skip(6);
    }
    flow.skip(12);
    flow.text(tr("Name: ____________________    Date: ____________"), font(10), kMuted);

    // Page two: the answer key, from the recorded run.
    flow.newPage();
    painter.fillRect(QRectF(0, 0, device.width(), device.height()), Qt::white);
    flow.text(tr("Worksheet · %1").arg(lesson.name), font(9), kMuted, 0, 4);
    flow.text(tr("Answer key: %1").arg(lesson.translatedTitle()), font(20, true), kInk, 0, 10);
    if (!answers.runs.isEmpty()) {
        TimelineExportOptions options;
        options.width = 900;
        const QSizeF figure = TimelineExporter::logicalSize(answers, options);
        // The figure as wide as the page, and at most about half its height.
        const double most = std::max(120.0, flow.room() * 0.55);
        const double scale
            = std::min(flow.width() / figure.width(), most / std::max(1.0, figure.height()));
        painter.save();
        painter.translate(flow.left(), flow.y());
        painter.scale(scale, scale);
        TimelineExporter::paint(painter, answers, options);
        painter.restore();
        painter.setPen(QPen(kRule, 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            QRectF(flow.left(), flow.y(), figure.width() * scale, figure.height() * scale));
        flow.skip(figure.height() * scale + 16);
    }
    flow.text(tr("Measured answers"), font(14, true), kInk, 0, 8);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const PredictionAnswer a = PredictionCheck::measure(answers, questions[i]);
        flow.text(tr("%1. %2").arg(i + 1).arg(questions[i].text.translated()), font(10), kInk, 0,
                  2);
        const QString measured = a.value
            ? tr("Answer: %1 — %2")
                  .arg(PredictionCheck::format(questions[i], *a.value), a.text.translated())
            : tr("Not measured: this run has nothing the question asks about.");
        flow.text(measured, font(10, true), kInk, 18, 10);
    }
}

QString WorksheetWriter::exportPdf(const Lesson &lesson, const Scenario &scenario,
                                   const Trace &answers, const QString &path,
                                   const ProgressMeter::Callback &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return tr("drawing a worksheet needs a QGuiApplication (fonts); this program has none");
    ProgressMeter meter(progress);
    if (!meter.start(2))
        return tr("%1: cannot write the worksheet (%2)").arg(path, ProgressMeter::cancelled());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(tr("Worksheet: %1").arg(lesson.translatedTitle()));
        pdf.setCreator(QStringLiteral("SockScope"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("%1: cannot start the PDF").arg(path);
        paint(pdf, painter, lesson, scenario, answers);
        painter.end();
    }
    if (!meter.add()) // drawn
        return tr("%1: cannot write the worksheet (%2)").arg(path, ProgressMeter::cancelled());
    // The last report comes before the file replaces the old one: a stop there still keeps it.
    const auto produce = [&](const OutputFile::Chunk &chunk) {
        if (chunk(buffer.data()))
            meter.finish();
    };
    if (const QString error = OutputFile::write(path, produce, &meter); !error.isEmpty())
        return tr("%1: cannot write the worksheet (%2)").arg(path, error);
    return {};
}

} // namespace sockscope
