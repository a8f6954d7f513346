#pragma once

#include "view/timelinestyle.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace sockscope {

class ObserveController;
class ObserveSettings;
class LegendWidget;
class TimelineWidget;
struct TimelineSelection;
struct Trace;

// The Observe tab: SockScope listens and records every recv() of whatever connects — a
// student's own client, netcat — on a live timeline with the decoded messages under the
// recvs. The listening address is shown big enough to copy onto the board, with a one-line
// client to try. Socket work is ObserveController's (worker threads); this class only wires,
// and every failure (port in use, a bad framing spec) is a sentence in the panel.
class ObservePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ObservePanel(QWidget *parent = nullptr);
    ~ObservePanel() override;

    bool isListening() const;
    // What the tab is doing, for the window's status bar: listening where, with how many
    // connections and calls so far, or how to start.
    QString statusText() const;

    void setTimelineStyle(const TimelineStyle &style);
    // View → Legend: the key under this tab's timeline, as under the lessons' one.
    void setLegendVisible(bool visible);

signals:
    void statusChanged();

public slots:
    // Returns the error shown (empty when listening).
    QString start();
    void stop();
    void toggle();
    void saveTrace();
    void exportImage();
    void copyImage();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createBanner();
    QWidget *createSide();
    void retranslateUi();
    void started(const QString &address, quint16 port);
    void traceChanged();
    void finished();
    void addNote(const QString &note);
    void noteBadFrames(const Trace &trace);
    void showSelection(const TimelineSelection &selection);
    void showError(const QString &error);
    void updateState();
    void updateBanner();
    void updateFonts();
    QString exportTitle() const;

    ObserveController *m_controller = nullptr;
    ObserveSettings *m_settings = nullptr;
    TimelineWidget *m_timeline = nullptr;
    LegendWidget *m_legend = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_settingsTitle = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_addressHint = nullptr;
    QToolButton *m_copyAddress = nullptr;
    QLabel *m_python = nullptr;
    QLabel *m_netcat = nullptr;
    QToolButton *m_copyPython = nullptr;
    QToolButton *m_copyNetcat = nullptr;
    QWidget *m_side = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_notesTitle = nullptr;
    QListWidget *m_notes = nullptr;
    QLabel *m_details = nullptr;
    QString m_errorText;
    QString m_countsText; // the counts under the timeline, empty before anything connected
    QString m_listenAddress;
    quint16 m_listenPort = 0;
    QList<qsizetype> m_framesSeen; // per run: frames already checked for decoder errors
};

} // namespace sockscope
