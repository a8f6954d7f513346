// libFuzzer target: `sockscope show` and File → Open trace on a crafted file. Every trace that
// TraceJsonReader accepts goes through all that `show` does with it: the lesson's claims judged
// again, the text table, every writer (JSON, CSV, Chrome trace, pcapng) into memory, and the
// renderer into a small image, whole and as replay shows it halfway; and through what the window
// does with an opened trace: tooltips, the selection's summary, replay steps, hit tests. None of
// it may crash, read out of range or overflow (ASan, UBSan), and a trace written again must read
// back the same.

#include "analysis/lessonexpectations.h"
#include "io/chrometracewriter.h"
#include "io/pcapngwriter.h"
#include "io/textreport.h"
#include "io/tracecsvwriter.h"
#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"
#include "render/timelineexporter.h"
#include "render/timelinerenderer.h"
#include "view/eventtext.h"
#include "view/replaycursor.h"
#include "view/runnarrative.h"
#include "view/selectionsummary.h"
#include "view/timelinehittest.h"
#include "view/timewarp.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace sockscope;

namespace {

void render(const Trace &trace, double replayNs)
{
    TimelineExportOptions options;
    options.width = 400;
    options.replayNs = replayNs;
    QString error;
    const QImage image = TimelineExporter::render(trace, options, &error);
    if (image.isNull() && error.isEmpty())
        std::abort(); // a figure that cannot be made must say why
}

// What the window shows of an opened trace besides the picture, for the first few of everything.
void inspect(const Trace &trace)
{
    constexpr int kFirst = 8;
    QString words;
    for (const Run &run : trace.runs) {
        words += RunNarrative::sentence(run) + EventText::outcome(run) + EventText::options(run);
        for (int i = 0; i < std::min<int>(kFirst, int(run.sends.size())); ++i)
            words += EventText::sendDetails(run, i);
        for (int i = 0; i < std::min<int>(kFirst, int(run.recvs.size())); ++i)
            words += EventText::recvDetails(run, i);
        for (int i = 0; i < std::min<int>(kFirst, int(run.frames.size())); ++i)
            words += EventText::frameDetails(run, i);
    }
    TimelineSelection selection;
    for (int i = 0; i < kFirst; ++i) {
        selection = SelectionSummary::step(trace, selection, 1);
        words += SelectionSummary::describe(trace, selection);
    }
    ReplayCursor replay(trace);
    for (int i = 0; i < kFirst; ++i)
        replay.stepForward();
    const Trace revealed = replay.revealed(trace);
    replay.seek(replay.endNs() / 2);
    replay.stepBack();

    const QRectF rect(0, 0, 400, 300);
    const TimelineStyle style = TimelineStyle::light();
    // The window's compact axis, and a zoom into it as the mouse wheel makes.
    TimelineViewport viewport
        = TimelineRenderer::fittedViewport(trace, rect, style, TimeWarp::compact(trace));
    for (const double zoom : { 1.0, 64.0 }) {
        viewport.zoomAround(200, zoom);
        for (int x = 0; x <= 400; x += 50) {
            for (int y = 0; y <= 300; y += 25)
                TimelineHitTest::hit(trace, rect, viewport, style, QPointF(x, y));
        }
    }
    Q_UNUSED(words);
    Q_UNUSED(revealed);
}

} // namespace

namespace {

QGuiApplication *app = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Fonts and painting need a QGuiApplication; offscreen needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    app = new QGuiApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    std::optional<Trace> trace = TraceJsonReader::fromJson(json, &error);
    if (!trace) {
        if (error.isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }

    // File → Open shows the claims as saved; `show` judges them again.
    const QString saved = TextReport::renderExpectations(*trace);
    LessonExpectations::judge(*trace);
    const QString table = TextReport::render(*trace, PreviewText::Encoding::Utf8)
        + TextReport::render(*trace, PreviewText::Encoding::Hex);

    // What is written reads back, and writing that again gives the same bytes.
    const QByteArray written = TraceJsonWriter::toJson(*trace);
    QString again;
    const std::optional<Trace> reread = TraceJsonReader::fromJson(written, &again);
    if (!reread || TraceJsonWriter::toJson(*reread) != written)
        std::abort();

    const QByteArray csv = TraceCsvWriter::toCsv(*trace, PreviewText::Encoding::Utf8);
    const QByteArray chrome = ChromeTraceWriter::toJson(*trace, PreviewText::Encoding::Hex);
    const QByteArray pcapng = PcapngWriter::toPcapng(*trace);

    render(*trace, -1);
    // libFuzzer ends with exit(), never returning to a main() that would destroy the application
    // before Qt's font caches. Exit handlers run last registered first: registered once the
    // first picture has made those caches, this one destroys the application while they are
    // still there, as returning from main() does (otherwise fontconfig's fallback font sets are
    // left behind, and LeakSanitizer says so).
    inspect(*trace);
    static const int destroyAtExit = std::atexit([] { delete app; });
    Q_UNUSED(destroyAtExit);
    render(*trace,
           (TimelineRenderer::traceStartNs(*trace) + TimelineRenderer::traceEndNs(*trace)) / 2);
    Q_UNUSED(saved);
    Q_UNUSED(table);
    Q_UNUSED(csv);
    Q_UNUSED(chrome);
    Q_UNUSED(pcapng);
    return 0;
}
