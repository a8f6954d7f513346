#include "io/tracejsonreader.h"
#include "render/timelinerenderer.h"
#include "view/timelinegeometry.h"
#include "view/timelinelayout.h"
#include "view/timelinestyle.h"
#include "view/timewarp.h"
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <cstdio>
using namespace sockscope;
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QString err;
    auto trace = TraceJsonReader::read(QString::fromLocal8Bit(argv[1]), &err);
    if (!trace) {
        printf("%s\n", qPrintable(err));
        return 1;
    }
    const int w = atoi(argv[2]);
    const int h = atoi(argv[3]);
    const QRect rect(0, 0, w, h);
    TimelineStyle style = TimelineStyle::light();
    TimelineViewport vp
        = TimelineRenderer::fittedViewport(*trace, rect, style, TimeWarp::compact(*trace));
    TimelineLayout layout(rect, *trace, style);
    TimelineGeometry g(layout, vp);
    printf("plot %g readable %g\n", layout.plot().width(), layout.readableBoxWidth());
    for (int r = 0; r < trace->runs.size(); ++r) {
        const Run &run = trace->runs[r];
        printf("run %d %s\n", r, qPrintable(run.label));
        for (int i = 0; i < run.recvs.size(); ++i) {
            QRectF b = g.recvBox(run, r, i);
            printf("  recv %d bytes %lld x %.1f w %.1f\n", i, (long long)run.recvs.at(i).bytes,
                   b.x(), b.width());
        }
        int narrow = 0;
        for (int i = 0; i < run.sends.size(); ++i) {
            if (g.sendBox(run, r, i).width() < 8)
                ++narrow;
        }
        printf("  sends %lld narrow(<8px) %d first w %.1f\n", (long long)run.sends.size(), narrow,
               run.sends.isEmpty() ? 0.0 : g.sendBox(run, r, 0).width());
    }
    QImage img(w, h, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    TimelineRenderer::paint(p, rect, *trace, vp, style);
    p.end();
    img.save(QString::fromLocal8Bit(argv[4]));
}
