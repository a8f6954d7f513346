#pragma once

#include <QToolButton>

class QScrollArea;

namespace sockscope {

class TimelineWidget;

// A strip under the timeline, shown while runs are out of its view: more runs than fit at a
// readable size (four runs on a 1366×768 projector) scroll, and a thin scroll bar alone is
// easy to miss from the front of a classroom. It says how many runs are below (or, scrolled
// down, above) and a click brings the next one into view.
class HiddenRunsBar : public QToolButton
{
    Q_OBJECT

public:
    HiddenRunsBar(QScrollArea *scroll, TimelineWidget *timeline, QWidget *parent = nullptr);

    // Runs with a lane below (above) the part of the timeline in view.
    int runsBelow() const;
    int runsAbove() const;

public slots:
    // The first run not entirely in view below is scrolled in (else the first above).
    void showNext();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();
    // The part of the timeline in view, in its coordinates: [top, bottom).
    std::pair<double, double> shown() const;
    // Each run's lanes from its header's top to its last lane's bottom.
    QList<std::pair<double, double>> runSpans() const;

    QScrollArea *m_scroll = nullptr;
    TimelineWidget *m_timeline = nullptr;
};

} // namespace sockscope
